/**
 * What a story page shows: the articles about one event side by side, the facts each reports that
 * the others do not, the words they all use, their quotes grouped by wording, and the rewrites.
 */
import type { Entry } from '../schemas/entry.ts';
import { formatCount, formatDate, formatNameList } from './format.ts';
import { outletPageSlugs } from './outlets.ts';
import { allQuotes, quotesByArticle, speakerSlugs, type QuoteRecord } from './quotes.ts';
import {
  distinctFacts,
  groupStories,
  sharedTerms,
  type ArticleFacts,
  type Story,
} from './story-groups.ts';

/** The props of one story page. */
// A type, not an interface: Astro wants page props indexable by string.
export type StoryPageProps<T> = {
  story: Story<T>;
  /** The quotes of the story's articles, in the articles' order. */
  quotes: QuoteRecord[];
  speakers: ReadonlyMap<string, string>;
  outlets: ReadonlyMap<string, string>;
};

/** The props of every story page. */
export function storyPages<T extends { data: Entry }>(
  articles: readonly T[],
): { params: { id: string }; props: StoryPageProps<T> }[] {
  const quotes = allQuotes(articles.map((a) => a.data));
  const speakers = speakerSlugs(quotes);
  const outlets = outletPageSlugs(articles);
  const byArticle = new Map(quotesByArticle(quotes).map((g) => [g.article.id, g.records]));
  return groupStories(articles).map((story) => ({
    params: { id: story.id },
    props: {
      story,
      quotes: story.articles.flatMap((a) => byArticle.get(a.data.id) ?? []),
      speakers,
      outlets,
    },
  }));
}

/** A story page's content, computed from its props. */
export interface StoryView {
  articles: Entry[];
  byId: ReadonlyMap<string, Entry>;
  facts: ReadonlyMap<string, ArticleFacts>;
  /** Content words every article uses. */
  terms: string[];
  /** An article's number on the page (1-based). */
  number: ReadonlyMap<string, number>;
  /** How the page names an article: its number and its outlet. */
  label: (id: string) => string;
  /** Each quote with its variants in other articles, most widely carried first. */
  quoteGroups: QuoteRecord[][];
  /** The groups carried by more than one article. */
  shared: QuoteRecord[][];
  /** The articles that rewrite another article of the story. */
  rewrites: Entry[];
  /** The story's dates, or null when none of its articles is dated. */
  span: string | null;
  description: string;
}

const articleCount = (group: readonly QuoteRecord[]) =>
  new Set(group.map((r) => r.article.id)).size;

/** What a story page shows, from its story and quotes. */
export function storyView(
  story: Story<{ data: Entry }>,
  quotes: readonly QuoteRecord[],
): StoryView {
  const articles = story.articles.map((a) => a.data);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const number = new Map(articles.map((a, i) => [a.id, i + 1]));
  const groups = new Map<string, QuoteRecord[]>();
  for (const record of quotes) {
    const key = record.quote.variantOf ?? record.quote.id;
    const list = groups.get(key) ?? [];
    list.push(record);
    groups.set(key, list);
  }
  const quoteGroups = [...groups.values()].sort((a, b) => articleCount(b) - articleCount(a));
  const span =
    story.first && story.last
      ? story.first === story.last
        ? formatDate(story.first)
        : `${formatDate(story.first)} to ${formatDate(story.last)}`
      : null;
  return {
    articles,
    byId,
    facts: new Map(distinctFacts(articles).map((f) => [f.id, f])),
    terms: sharedTerms(articles),
    number,
    label: (id) => `${number.get(id)}. ${byId.get(id)!.source ?? 'unknown outlet'}`,
    quoteGroups,
    shared: quoteGroups.filter((g) => articleCount(g) > 1),
    rewrites: articles.filter((a) => a.rewriteOf && byId.has(a.rewriteOf)),
    span,
    description: storyDescription(story, span),
  };
}

/** One sentence on a story: how many articles, what joins them, from where and when. */
function storyDescription(story: Story<unknown>, span: string | null): string {
  const what =
    story.kind === 'one-event'
      ? `${formatCount(story.articles.length, 'article')} about one event`
      : `${formatCount(story.articles.length, 'article')} of related coverage`;
  const from = story.outlets.length ? ` from ${formatNameList(story.outlets)}` : '';
  const when =
    span ??
    'none of them dated, so they are grouped on closely shared wording alone, not as one event';
  return `${what}${from}: ${when}.`;
}
