/**
 * Named entities across the corpus: every article's people, organisations and places
 * (`findEntities`) joined into one entity each, with one canonical name and one page slug.
 * People merge as speakers do (`groupPeople`: `Putin` joins `Vladimir Putin`, `Zelensky`
 * joins `Zelenskyy`), and a person who is quoted keeps the speaker's canonical name. Places and
 * organisations merge on evidence: the same letters in another case (`TASS`/`Tass`), the same
 * spelling key (`Kyiv`/`Kiev`, `Donbas`/`Donbass`), an acronym of the full name (`EU`/`European
 * Union`), or a close spelling of the same kind that never shares an article with it but shares
 * its company. A name the evidence cannot place joins an entity it spells, or is left out; so
 * is an entity the whole corpus names only once.
 */
import { slug } from 'github-slugger';
import {
  decideKind,
  ENTITY_KINDS,
  findEntities,
  type EntityKind,
  type EntityText,
  type FoundEntity,
  type KindScore,
} from '../pipeline/entities/find-entities.ts';
import type { CorpusVocabulary } from '../pipeline/vocabulary.ts';
import { textDigest, type Memo } from './disk-memo.ts';
import type { Entry, EntityMention } from '../schemas/entry.ts';
import { editRatio, fold, groupPeople, spellingKey } from './name-groups.ts';

/** Close spellings (edit ratio) of places and organisations, with shared company, merge. */
const SPELLING = 0.85;
const MIN_SPELLING = 6;
/** Names two spellings must both appear with. */
const SHARED_COMPANY = 2;

/**
 * Mentions an entity needs over the whole corpus (title and dek included), and articles it must
 * appear in, to be kept with a page: a name written once is most often a passing or mistaken one,
 * a name in one article only links that article to itself, and each page costs build time (BBC:
 * 9,394 entities named at least once, 5,251 at least twice, about 3,750 in two articles or more).
 */
const MIN_MENTIONS = 2;
const MIN_ARTICLES = 2;

/**
 * A one-word name the corpus writes in lower case at least this share as often as it names it is
 * a common word capitalised (a headline's `Dismal`, a slogan's `Power`), not an entity.
 */
const COMMON_WORD = 1;

/** How much evidence a name needs, over all its mentions, to be an entity of its own. */
const MIN_EVIDENCE = 1.5;

/** A name as the corpus uses it. */
interface NameStat {
  name: string;
  count: number;
  score: KindScore;
  strong: KindScore;
  /** `kind: reason` → summed weight, over all its mentions. */
  evidence: Record<string, number>;
  /** Mentions after an honorific (`Mr Brown`). */
  honorifics: number;
  kind: EntityKind | null;
  /** Indexes of the entries that use it. */
  entries: Set<number>;
}

/** One entity of the corpus. */
export interface LinkedEntity {
  id: string;
  name: string;
  kind: EntityKind;
  /** Every name the articles give it, the canonical one included, sorted. */
  variants: string[];
  /** The strongest evidence for its kind over the corpus (`organization: head "Party"`). */
  evidence: string[];
}

/** The names an entry's text holds (`findEntities`), under the memo key of that text. */
export interface EntryNames {
  key: string;
  names: FoundEntity[];
}

/** The memo key of what `findEntities` reads of an entry: its title, dek and blocks. */
function namesKey(e: EntityText): string {
  return textDigest(JSON.stringify([e.title, e.dek, e.blocks.map((b) => [b.id, b.text])]));
}

/**
 * An entry's names and their key, found where it was parsed (a parse worker), so that linking
 * takes them as they are: finding them is per-entry work, linking them is not.
 */
export function entryNames(e: EntityText): EntryNames {
  return { key: namesKey(e), names: findEntities(e) };
}

/**
 * Fills every entry's `entities` (in order of first mention) and returns the corpus's entities
 * by id. Run after `linkSpeakers`, whose canonical names it reuses. With the corpus `vocabulary`,
 * a one-word name the corpus writes in lower case as often as it names it is left out. An entry
 * in `ready` brings its names (`entryNames`, found in a parse worker); with a `memo`, the others'
 * names are taken from it when their text is unchanged.
 */
export function linkEntities(
  entries: Entry[],
  vocabulary?: Pick<CorpusVocabulary, 'lowerCount'>,
  memo?: Memo<FoundEntity[]>,
  ready?: ReadonlyMap<Entry, EntryNames>,
): Map<string, LinkedEntity> {
  const found = entries.map((e) => {
    const given = ready?.get(e);
    if (given) {
      memo?.set(given.key, given.names);
      return given.names;
    }
    if (!memo) return findEntities(e);
    const key = namesKey(e);
    let names = memo.get(key);
    if (names === undefined) memo.set(key, (names = findEntities(e)));
    return names;
  });
  const stats = nameStats(found);
  const groups = [
    ...personGroups(stats, speakerNames(entries)),
    ...otherGroups(stats, 'place'),
    ...otherGroups(stats, 'organization'),
    ...otherGroups(stats, 'other'),
  ];
  const common = (s: NameStat): boolean =>
    vocabulary !== undefined &&
    /^\p{L}+$/u.test(s.name) &&
    vocabulary.lowerCount(s.name.toLowerCase()) >= COMMON_WORD * s.count;
  joinUnplaced(stats, groups, common);
  const named = (g: Group): number => g.members.reduce((n, m) => n + (stats.get(m)?.count ?? 0), 0);
  const articles = (g: Group): number =>
    new Set(g.members.flatMap((m) => [...(stats.get(m)?.entries ?? [])])).size;
  const commonWord = (g: Group): boolean =>
    vocabulary !== undefined &&
    g.members.length === 1 &&
    /^\p{L}+$/u.test(g.name) &&
    vocabulary.lowerCount(g.name.toLowerCase()) >= COMMON_WORD * named(g);
  const kept = groups.filter(
    (g) => named(g) >= MIN_MENTIONS && articles(g) >= MIN_ARTICLES && !commonWord(g),
  );
  const byName = new Map<string, LinkedEntity>();
  const result = new Map<string, LinkedEntity>();
  const taken = new Set<string>();
  for (const g of kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const base = slug(g.name) || 'entity';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    const entity: LinkedEntity = {
      id,
      name: g.name,
      kind: g.kind,
      variants: [...new Set([g.name, ...g.members])].sort(),
      evidence: strongest(g, stats),
    };
    result.set(id, entity);
    for (const m of g.members) byName.set(m, entity);
  }
  entries.forEach((entry, i) => {
    entry.entities = mentionsOf(found[i]!, byName);
  });
  return result;
}

/** A group of names for one entity. */
interface Group {
  name: string;
  kind: EntityKind;
  members: string[];
}

function nameStats(found: readonly FoundEntity[][]): Map<string, NameStat> {
  const stats = new Map<string, NameStat>();
  found.forEach((list, i) => {
    for (const f of list) {
      let s = stats.get(f.name);
      if (!s) {
        s = {
          name: f.name,
          count: 0,
          score: { person: 0, place: 0, organization: 0, other: 0 },
          strong: { person: 0, place: 0, organization: 0, other: 0 },
          evidence: {},
          honorifics: 0,
          kind: null,
          entries: new Set(),
        };
        stats.set(f.name, s);
      }
      s.count += f.count;
      for (const kind of ENTITY_KINDS) {
        s.score[kind] += f.score[kind];
        s.strong[kind] += f.strong[kind];
      }
      for (const [reason, weight] of Object.entries(f.evidence))
        s.evidence[reason] = (s.evidence[reason] ?? 0) + weight;
      s.honorifics += f.honorifics;
      s.entries.add(i);
    }
  });
  // A name seen after `Mr` or `Dr` in one article is a person wherever the corpus names it.
  for (const s of stats.values())
    s.kind = s.honorifics > 0 ? 'person' : decideKind(s.score, s.strong, s.count, MIN_EVIDENCE);
  // A name the corpus also writes as a plural is a group's (`Lib Dem`/`Lib Dems`,
  // `Tory`/`Tories`): a person's name takes no plural.
  for (const s of stats.values()) {
    if (s.kind !== 'person' || s.honorifics > 0) continue;
    const plural = [`${s.name}s`, `${s.name}es`, s.name.replace(/y$/, 'ies')]
      .map((p) => stats.get(p))
      .find((p) => p !== undefined && p !== s && p.kind !== null && p.kind !== 'person');
    if (plural) {
      s.kind = plural.kind;
      const reason = `${plural.kind}: plural "${plural.name}" in the corpus`;
      s.evidence[reason] = (s.evidence[reason] ?? 0) + plural.count;
    }
  }
  return stats;
}

/** The three strongest reasons for a group's kind, summed over its names. */
function strongest(g: Group, stats: ReadonlyMap<string, NameStat>): string[] {
  const sum = new Map<string, number>();
  for (const m of g.members)
    for (const [reason, weight] of Object.entries(stats.get(m)?.evidence ?? {}))
      if (reason.startsWith(`${g.kind}:`) && weight > 0)
        sum.set(reason, (sum.get(reason) ?? 0) + weight);
  return [...sum]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([reason, weight]) => `${reason} (${Math.round(weight * 10) / 10})`);
}

/** Speakers' names (`speakerName`) with their canonical names and quote counts. */
function speakerNames(entries: readonly Entry[]): {
  canonical: Map<string, string>;
  quotes: Map<string, number>;
} {
  const canonical = new Map<string, string>();
  const quotes = new Map<string, number>();
  for (const e of entries)
    for (const q of e.quotes) {
      if (!q.speaker) continue;
      if (q.speakerName) canonical.set(q.speakerName, q.speaker);
      canonical.set(q.speaker, q.speaker);
      quotes.set(q.speaker, (quotes.get(q.speaker) ?? 0) + 1);
    }
  return { canonical, quotes };
}

/** People: grouped as speakers are; a quoted person keeps their speaker name. */
function personGroups(
  stats: ReadonlyMap<string, NameStat>,
  speakers: ReturnType<typeof speakerNames>,
): Group[] {
  const people = [...stats.values()].filter((s) => s.kind === 'person');
  return groupPeople(people).map((g) => {
    const quoted = g.members
      .map((m) => speakers.canonical.get(m.name))
      .filter((n): n is string => n !== undefined)
      .sort((a, b) => (speakers.quotes.get(b) ?? 0) - (speakers.quotes.get(a) ?? 0));
    return {
      name: quoted[0] ?? g.head.name,
      kind: 'person',
      members: g.members.map((m) => m.name),
    };
  });
}

/** Initials of a many-word name: `European Union` → `EU`. */
function initials(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length > 1 ? words.map((w) => w[0]).join('') : null;
}

/** Places or organisations, merged on case, spelling key, acronym or close spelling. */
function otherGroups(stats: ReadonlyMap<string, NameStat>, kind: EntityKind): Group[] {
  const names = [...stats.values()].filter((s) => s.kind === kind);
  const parent = names.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  const byKey = new Map<string, number>();
  const join = (key: string, i: number): void => {
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, i);
    else union(i, seen);
  };
  // An acronym joins the one full name of its initials (`SA` joins neither South Africa nor Saudi Arabia).
  const full = new Map<string, number[]>();
  const acronyms = new Map<string, number>();
  names.forEach((s, i) => {
    join(`k:${spellingKey(s.name)}`, i);
    join(`f:${fold(s.name)}`, i);
    const letters = initials(s.name);
    // Works' initials are no acronyms (`The Life Aquatic` is not `LA`).
    if (letters && kind !== 'other') full.set(letters, [...(full.get(letters) ?? []), i]);
    else if (/^(?:\p{Lu}\.?){2,6}$/u.test(s.name)) acronyms.set(s.name.replace(/\./g, ''), i);
  });
  for (const [letters, i] of acronyms) {
    const expansions = full.get(letters);
    if (expansions?.length === 1) union(i, expansions[0]!);
  }
  // Close spellings: candidates share their first two letters.
  const buckets = new Map<string, number[]>();
  names.forEach((s, i) => {
    if (s.name.length < MIN_SPELLING || s.name.includes(' ')) return;
    const key = fold(s.name).slice(0, 2);
    const list = buckets.get(key) ?? [];
    for (const j of list)
      if (find(i) !== find(j) && closeSpelling(s, names[j]!, stats)) union(i, j);
    list.push(i);
    buckets.set(key, list);
  });
  const groups = new Map<number, NameStat[]>();
  names.forEach((s, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), s]);
  });
  return [...groups.values()].map((members) => {
    const head = [...members].sort(
      (a, b) => b.count - a.count || b.name.length - a.name.length || (a.name < b.name ? -1 : 1),
    )[0]!;
    return { name: head.name, kind, members: members.map((m) => m.name) };
  });
}

/** Two spellings of one place or organisation: close, never in one article, in the same company. */
function closeSpelling(a: NameStat, b: NameStat, stats: ReadonlyMap<string, NameStat>): boolean {
  if (editRatio(fold(a.name), fold(b.name)) < SPELLING) return false;
  for (const e of a.entries) if (b.entries.has(e)) return false;
  const company = (s: NameStat): Set<string> => {
    const out = new Set<string>();
    for (const other of stats.values())
      if (other !== s && other.kind !== null)
        for (const e of other.entries)
          if (s.entries.has(e)) {
            out.add(other.name);
            break;
          }
    return out;
  };
  const ours = company(a);
  let shared = 0;
  for (const n of company(b)) if (ours.has(n) && ++shared >= SHARED_COMPANY) return true;
  return false;
}

/**
 * Names with no kind of their own join the entity they spell: the same letters or spelling key
 * (`Donbass` → Donbas), a person's surname (`Witkov` → Steve Witkoff), or an organisation's name
 * without its head word (`Labour` → Labour Party).
 */
function joinUnplaced(
  stats: ReadonlyMap<string, NameStat>,
  groups: Group[],
  common: (s: NameStat) => boolean,
): void {
  const byKey = new Map<string, Group>();
  const put = (key: string, g: Group): void => {
    if (!byKey.has(key)) byKey.set(key, g);
  };
  for (const g of groups)
    for (const m of g.members) {
      put(`k:${spellingKey(m)}`, g);
      put(`f:${fold(m)}`, g);
      const words = m.split(' ');
      if (g.kind === 'person' && words.length > 1) put(`k:${spellingKey(words.at(-1)!)}`, g);
      if (g.kind === 'organization' && words.length === 2) put(`k:${spellingKey(words[0]!)}`, g);
    }
  for (const s of stats.values()) {
    // A common word capitalised (`Life`) joins nothing: it is no surname of `Axa Sun Life`.
    if (s.kind !== null || common(s)) continue;
    const g = byKey.get(`f:${fold(s.name)}`) ?? byKey.get(`k:${spellingKey(s.name)}`);
    if (g) g.members.push(s.name);
  }
}

/** An entry's entities: one per entity, at its first mention, counts summed, in reading order. */
function mentionsOf(
  found: readonly FoundEntity[],
  byName: ReadonlyMap<string, LinkedEntity>,
): EntityMention[] {
  const out = new Map<string, EntityMention>();
  for (const f of found) {
    const entity = byName.get(f.name);
    const first = f.mentions[0];
    if (!entity || !first) continue;
    const known = out.get(entity.id);
    if (known) {
      known.count += f.count;
      continue;
    }
    out.set(entity.id, {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      mention: first.text,
      block: first.block,
      start: first.start,
      end: first.end,
      count: f.count,
    });
  }
  return [...out.values()];
}
