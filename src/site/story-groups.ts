/**
 * Stories for the site: the articles of each story (set by the corpus stage in `story`), in
 * order of publication, and what sets each article apart from the others of its story.
 */
import { contentTerms } from '../corpus/term-vectors.ts';
import { compareChronologically } from '../corpus/chronology.ts';

/** The least an article needs to be placed in its story. */
export interface StoryMember {
  id: string;
  title: string;
  date: string | null;
  /** Where the date came from: `story` when it was taken from the other articles of its story. */
  dateSource: string;
  source: string | null;
  story: string | null;
}

/**
 * What a story is: articles about `one-event` when at least one of them has a date of its own
 * (the corpus stage joins dated articles only within three days, and anchors undated ones on
 * them); `related` coverage when none has, since then only closeness of words joined them.
 */
export type StoryKind = 'one-event' | 'related';

/** The kind of a story from its articles' dates. */
export function storyKind(
  members: ReadonlyArray<{ data: Pick<StoryMember, 'date' | 'dateSource'> }>,
): StoryKind {
  return members.some((m) => m.data.date !== null && m.data.dateSource !== 'story')
    ? 'one-event'
    : 'related';
}

/** One story: its id (its first article's id), its articles oldest first, and its date span. */
export interface Story<T> {
  id: string;
  title: string;
  kind: StoryKind;
  articles: T[];
  first: string | null;
  last: string | null;
  outlets: string[];
}

/** Every story of two or more articles, newest first (undated last), ties by id. */
export function groupStories<T extends { data: StoryMember }>(articles: readonly T[]): Story<T>[] {
  const byStory = new Map<string, T[]>();
  for (const a of articles) {
    if (!a.data.story) continue;
    const list = byStory.get(a.data.story) ?? [];
    list.push(a);
    byStory.set(a.data.story, list);
  }
  const stories: Story<T>[] = [];
  for (const [id, members] of byStory) {
    members.sort((a, b) => compareChronologically(a.data, b.data));
    const dates = members.map((m) => m.data.date).filter((d): d is string => d !== null);
    const head = members.find((m) => m.data.id === id) ?? members[0]!;
    stories.push({
      id,
      title: head.data.title,
      kind: storyKind(members),
      articles: members,
      first: dates[0] ?? null,
      last: dates.at(-1) ?? null,
      outlets: [...new Set(members.map((m) => m.data.source).filter((s): s is string => !!s))],
    });
  }
  return stories.sort(
    (a, b) =>
      (b.last ?? '').localeCompare(a.last ?? '') ||
      b.articles.length - a.articles.length ||
      (a.id < b.id ? -1 : 1),
  );
}

/** The text an article's facts are read from. */
export interface FactSource {
  id: string;
  blocks: ReadonlyArray<{ text: string }>;
  entities: ReadonlyArray<{ id: string; name: string }>;
}

/** What one article of a story reports that none of the others does. */
export interface ArticleFacts {
  id: string;
  /** Figures (`28 points`, `$110,000`, `2014`) no other article of the story gives. */
  figures: string[];
  /** People, organisations and places no other article names. */
  entities: Array<{ id: string; name: string }>;
}

const FIGURE =
  /(?:[$£€]\s?)?\d[\d,.]*\d?(?:\s?(?:%|per ?cent|million|billion|trillion|bn|km|miles|points|people|troops|years?|days?|hours?))?/giu;

/** A figure as compared: digits and unit, without thousands separators or spaces. */
function figureKey(figure: string): string {
  return figure.toLowerCase().replace(/[\s,]/g, '').replace('percent', '%');
}

/** The figures of a text, in reading order, each once. */
export function figuresIn(text: string): string[] {
  const seen = new Map<string, string>();
  for (const match of text.matchAll(FIGURE)) {
    const figure = match[0].trim().replace(/[.,]$/, '');
    // Bare one- and two-digit numbers ("3", "10") are too common to tell articles apart.
    if (/^\d{1,2}$/.test(figure)) continue;
    const key = figureKey(figure);
    if (!seen.has(key)) seen.set(key, figure);
  }
  return [...seen.values()];
}

/** For each article, the figures and entities that only it, of all the story's articles, gives. */
export function distinctFacts(articles: readonly FactSource[]): ArticleFacts[] {
  const figures = articles.map((a) => figuresIn(a.blocks.map((b) => b.text).join('\n')));
  const figureCount = new Map<string, number>();
  for (const list of figures)
    for (const key of new Set(list.map(figureKey)))
      figureCount.set(key, (figureCount.get(key) ?? 0) + 1);
  const entityCount = new Map<string, number>();
  for (const a of articles)
    for (const id of new Set(a.entities.map((e) => e.id)))
      entityCount.set(id, (entityCount.get(id) ?? 0) + 1);
  return articles.map((a, i) => ({
    id: a.id,
    figures: figures[i]!.filter((f) => figureCount.get(figureKey(f)) === 1),
    entities: a.entities.filter((e) => entityCount.get(e.id) === 1),
  }));
}

/** Words (content terms) that every article of a story uses: what the story is about. */
export function sharedTerms(articles: readonly FactSource[], limit = 12): string[] {
  if (articles.length === 0) return [];
  const terms = articles.map((a) => contentTerms(a.blocks.map((b) => b.text).join('\n')));
  const sets = terms.map((list) => new Set(list));
  const counts = new Map<string, number>();
  for (const list of terms) for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .filter(([t]) => t.length > 3 && sets.every((s) => s.has(t)))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([t]) => t);
}
