/**
 * The corpus's named entities for the site's entity pages, computed from the entries' `entities`:
 * each entity with its kind, the names the articles give it, its articles with dates, first and
 * last dates seen, the entities named beside it, and the quotes by and about it.
 */
import type { Entry, EntityMention, Quote } from '../schemas/entry.ts';
import { sortArticles } from '../corpus/chronology.ts';
import { formatCount, formatDate } from './format.ts';
import { allQuotes, speakerSlugs, type QuoteRecord, type QuoteSource } from './quotes.ts';

export type EntityKind = EntityMention['kind'];

/** The least of an entry the entity pages need. */
export type EntitySource = Pick<Entry, 'id' | 'title' | 'date' | 'dateSource' | 'source'> & {
  entities: readonly EntityMention[];
  quotes: readonly Quote[];
};

/** An article naming an entity. */
export interface EntityArticle {
  id: string;
  title: string;
  date: string | null;
  dateSource: string;
  source: string | null;
  /** Times the article names the entity. */
  count: number;
  /** Where the article first names it: the block id (`p3`). */
  block: string;
}

/** An entity named beside another, with the number of articles naming both. */
export interface CoEntity {
  id: string;
  name: string;
  kind: EntityKind;
  articles: number;
}

/** One entity of the corpus. */
export interface EntitySummary {
  id: string;
  name: string;
  kind: EntityKind;
  /** Other names the articles first give it (`Kiev` for Kyiv), sorted. */
  variants: string[];
  /** Its articles, newest first. */
  articles: EntityArticle[];
  /** Mentions over all articles. */
  mentions: number;
  /** Earliest and latest publication dates of its articles, or null when none is dated. */
  first: string | null;
  last: string | null;
}

/** Kinds in the order the index shows them, with their headings. */
export const KINDS: ReadonlyArray<{ kind: EntityKind; label: string }> = [
  { kind: 'person', label: 'People' },
  { kind: 'organization', label: 'Organisations' },
  { kind: 'place', label: 'Places' },
  { kind: 'other', label: 'Awards, events and works' },
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every entity, most articles first, ties by name. */
export function entitiesIndex(entries: readonly EntitySource[]): EntitySummary[] {
  const byId = new Map<string, EntitySummary & { forms: Set<string> }>();
  for (const { data } of sortArticles(entries.map((data) => ({ data })))) {
    for (const m of data.entities) {
      let e = byId.get(m.id);
      if (!e) {
        e = {
          id: m.id,
          name: m.name,
          kind: m.kind,
          variants: [],
          articles: [],
          mentions: 0,
          first: null,
          last: null,
          forms: new Set(),
        };
        byId.set(m.id, e);
      }
      if (m.mention !== m.name) e.forms.add(m.mention);
      e.mentions += m.count;
      e.articles.push({
        id: data.id,
        title: data.title,
        date: data.date,
        dateSource: data.dateSource,
        source: data.source,
        count: m.count,
        block: m.block,
      });
      if (data.date !== null && ISO_DATE.test(data.date)) {
        if (e.first === null || data.date < e.first) e.first = data.date;
        if (e.last === null || data.date > e.last) e.last = data.date;
      }
    }
  }
  return [...byId.values()]
    .map(({ forms, ...e }) => ({ ...e, variants: [...forms].sort() }))
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'en'));
}

/**
 * Entities named in the same articles as each entity: id → others, most shared first, at most
 * `limit`. One entity's counts are made at a time, from the articles naming it, and cut to its
 * first `limit` before the next: a table of every pair at once (tens of millions at 50,000
 * files) was the largest thing the entity routes held.
 */
export function coOccurring(entries: readonly EntitySource[], limit = 20): Map<string, CoEntity[]> {
  /** Each entity's articles, as the entity lists of those articles (once per mention record). */
  const articlesOf = new Map<string, (readonly EntityMention[])[]>();
  for (const e of entries)
    for (const a of e.entities) {
      const lists = articlesOf.get(a.id);
      if (lists) lists.push(e.entities);
      else articlesOf.set(a.id, [e.entities]);
    }
  const out = new Map<string, CoEntity[]>();
  for (const [id, lists] of articlesOf) {
    const row = new Map<string, CoEntity>();
    for (const list of lists)
      for (const b of list) {
        if (b.id === id) continue;
        const known = row.get(b.id);
        if (known) known.articles++;
        else row.set(b.id, { id: b.id, name: b.name, kind: b.kind, articles: 1 });
      }
    out.set(id, mostShared([...row.values()], limit));
  }
  return out;
}

/** The first `limit` of `row`, most articles first, ties by name (only the contenders sorted). */
function mostShared(row: CoEntity[], limit: number): CoEntity[] {
  if (row.length > limit) {
    const least = row.map((c) => c.articles).sort((a, b) => b - a)[limit - 1]!;
    row = row.filter((c) => c.articles >= least);
  }
  return row
    .sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name, 'en'))
    .slice(0, limit);
}

/** The entity ids of people by their canonical name (the speaker's name when they are quoted). */
export function personIds(entries: readonly EntitySource[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries)
    for (const m of e.entities) if (m.kind === 'person' && !out.has(m.name)) out.set(m.name, m.id);
  return out;
}

/** Escapes a string for a regular expression. */
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Quotes by each person (their `speaker` is the entity's name) and about each entity (quotes,
 * by someone else, whose words name it: its name, a variant, or a person's surname), from the
 * articles that name it; both in the order of the records (newest article first).
 */
export function entityQuotes(
  records: readonly QuoteRecord[],
  entries: readonly EntitySource[],
  entities: readonly EntitySummary[],
): Map<string, { by: QuoteRecord[]; about: QuoteRecord[] }> {
  const named = new Map(entries.map((e) => [e.id, e.entities]));
  /** Each entity's forms, and a whole-word pattern of them (tried only if a form occurs at all). */
  const matchers = new Map<string, { forms: string[]; pattern: RegExp }>();
  const out = new Map<string, { by: QuoteRecord[]; about: QuoteRecord[] }>();
  for (const e of entities) {
    const forms = new Set([e.name, ...e.variants]);
    if (e.kind === 'person') for (const f of [...forms]) forms.add(f.split(' ').at(-1)!);
    const sorted = [...forms].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<!\\p{L})(?:${sorted.map(escape).join('|')})(?!\\p{L})`, 'u');
    matchers.set(e.id, { forms: sorted, pattern });
    out.set(e.id, { by: [], about: [] });
  }
  for (const record of records) {
    const { quote } = record;
    for (const m of named.get(record.article.id) ?? []) {
      const lists = out.get(m.id);
      if (!lists) continue;
      if (m.kind === 'person' && quote.speaker === m.name) lists.by.push(record);
      else {
        const { forms, pattern } = matchers.get(m.id)!;
        if (forms.some((f) => quote.text.includes(f)) && pattern.test(quote.text))
          lists.about.push(record);
      }
    }
  }
  return out;
}

/**
 * Articles on one page of an entity's list: at 50,000 files a much-named person is in thousands
 * of articles, so the list is cut into pages; the first page also shows the first quotes by and
 * about the entity, with a link to the rest (the speaker page, the search).
 */
export const ENTITY_PAGE_SIZE = 100;
/** Quotes by and about an entity shown on its first page. */
export const ENTITY_QUOTES_SHOWN = { by: 10, about: 25 } as const;

/** The props every page of one entity's list shares. */
// A type, not an interface: Astro wants page props indexable by string.
export type EntityPageProps = {
  entity: EntitySummary;
  /** Entities named in the same articles, most shared first. */
  beside: CoEntity[];
  /** The first quotes by the entity (a person who speaks) and about it, and how many in all. */
  by: QuoteRecord[];
  byTotal: number;
  about: QuoteRecord[];
  aboutTotal: number;
  slugs: ReadonlyMap<string, string>;
};

/** Every entity: its address, its articles (newest first) and its pages' props. */
export function entityPages(
  entries: readonly (EntitySource & QuoteSource)[],
): { params: { id: string }; articles: EntityArticle[]; props: EntityPageProps }[] {
  const records = allQuotes(entries);
  const slugs = speakerSlugs(records);
  const entities = entitiesIndex(entries);
  const beside = coOccurring(entries);
  const quotes = entityQuotes(records, entries, entities);
  return entities.map((entity) => {
    const by = quotes.get(entity.id)?.by ?? [];
    const about = quotes.get(entity.id)?.about ?? [];
    // Every page of an entity's list has these props: frozen, each is digested once for all of
    // them (`page-cache/digest.ts`), not once per page — a name in 5,000 articles has 50 pages.
    Object.freeze(entity.articles);
    return {
      params: { id: entity.id },
      articles: entity.articles,
      props: {
        entity,
        beside: frozen(beside.get(entity.id) ?? []),
        by: frozen(by.slice(0, ENTITY_QUOTES_SHOWN.by)),
        byTotal: by.length,
        about: frozen(about.slice(0, ENTITY_QUOTES_SHOWN.about)),
        aboutTotal: about.length,
        slugs,
      },
    };
  });
}

/** `list`, frozen, typed as it was: the pages read it and never change it. */
const frozen = <T>(list: T[]): T[] => Object.freeze(list) as T[];

/** How an entity page sums its entity up: kind, counts, and when it was seen. */
export function entityView(entity: EntitySummary): {
  kindLabel: string;
  kindName: string;
  summary: string;
  seen: string;
} {
  return {
    kindLabel: KINDS.find((k) => k.kind === entity.kind)!.label,
    kindName: {
      person: 'Person',
      organization: 'Organisation',
      place: 'Place',
      other: 'Award, event or work',
    }[entity.kind],
    summary: `${formatCount(entity.articles.length, 'article')}, ${formatCount(entity.mentions, 'mention')}`,
    seen:
      entity.first === null || entity.last === null
        ? 'no dated article'
        : entity.first === entity.last
          ? `seen on ${formatDate(entity.first)}`
          : `first seen ${formatDate(entity.first)}, last seen ${formatDate(entity.last)}`,
  };
}
