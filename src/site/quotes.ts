/**
 * The corpus's quotations for the site's quote and speaker pages: every quote with its article,
 * speakers and outlets with their slugs, variant groups and split utterances.
 */
import type { Entry, Quote } from '../schemas/entry.ts';
import { sortArticles } from '../corpus/chronology.ts';
import { speakerForms } from './speaker-case.ts';
import { uniqueSlugs } from './slugs.ts';

/** What a quote page and a quote list need to know of the article a quote comes from. */
export interface QuotedArticle {
  id: string;
  title: string;
  /** `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  dateSource: string;
  /** The outlet, or null when unknown. */
  source: string | null;
}

/** One quote with its article and the text of the paragraph it sits in. */
export interface QuoteRecord {
  quote: Quote;
  article: QuotedArticle;
  /** The text of the quote's block, or null when the block is missing. */
  paragraph: string | null;
}

/** The least of an entry the quote pages need. */
export type QuoteSource = Pick<Entry, 'id' | 'title' | 'date' | 'dateSource' | 'source'> & {
  blocks: readonly Pick<Entry['blocks'][number], 'id' | 'text'>[];
  quotes: readonly Quote[];
};

/** What a quote is: someone's words, or a term, title or name (a quote without `kind` is speech). */
export function quoteKindOf(quote: Pick<Quote, 'kind'>): NonNullable<Quote['kind']> {
  return quote.kind ?? 'speech';
}

/** How a quote that is not speech is labelled on the site: `term`, `title of a work`, `name`. */
export const KIND_LABELS: Record<Exclude<NonNullable<Quote['kind']>, 'speech'>, string> = {
  term: 'term',
  title: 'title of a work',
  name: 'name',
};

/** The label of a quote that is not speech, or null for speech. */
export function kindLabel(quote: Pick<Quote, 'kind'>): string | null {
  const kind = quoteKindOf(quote);
  return kind === 'speech' ? null : KIND_LABELS[kind];
}

/** The records that are someone's words: what quote lists and speaker pages show. */
export function speechOnly(records: readonly QuoteRecord[]): QuoteRecord[] {
  return records.filter((r) => quoteKindOf(r.quote) === 'speech');
}

/** The `speaker` filter value of quotes with no speaker; never a speaker's slug. */
export const UNATTRIBUTED = 'unattributed';
/** The `outlet` filter value of quotes from articles with no known outlet; never an outlet's slug. */
export const UNKNOWN_OUTLET = 'unknown';

/** Adds a value to the list under its key. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Every quote of the corpus with its article: newest article first, undated last, ties by
 * article id (as the home page), and the quotes of an article in reading order. Speakers whose
 * names differ only in case are one (`speakerForms`): each quote carries the form shown and its id.
 */
export function allQuotes(entries: readonly QuoteSource[]): QuoteRecord[] {
  const sorted = sortArticles(entries.map((data) => ({ data })));
  const forms = speakerForms(entries.flatMap((e) => e.quotes));
  const shown = (quote: Quote): Quote => {
    const form = quote.speaker === null ? undefined : forms.get(quote.speaker);
    return form && form.speaker !== quote.speaker ? { ...quote, ...form } : quote;
  };
  return sorted.flatMap(({ data }) => {
    const blocks = new Map(data.blocks.map((b) => [b.id, b.text]));
    const article: QuotedArticle = {
      id: data.id,
      title: data.title,
      date: data.date,
      dateSource: data.dateSource,
      source: data.source,
    };
    return data.quotes.map((quote) => ({
      quote: shown(quote),
      article,
      paragraph: blocks.get(quote.block) ?? null,
    }));
  });
}

/**
 * A slug for every speaker in the records, unique across the corpus and never `unattributed`:
 * the one place the site's speaker page addresses come from. It is the pipeline's `speakerId`
 * (which the links in article bodies use), or the `github-slugger` slug of the name for a quote
 * without one; a slug that two speakers would share gets a suffix.
 */
export function speakerSlugs(records: readonly QuoteRecord[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const { quote } of records) {
    if (quote.speaker !== null && quote.speakerId && !ids.has(quote.speaker)) {
      ids.set(quote.speaker, quote.speakerId);
    }
  }
  return uniqueSlugs(
    records.flatMap((r) => (r.quote.speaker === null ? [] : [r.quote.speaker])),
    [UNATTRIBUTED],
    (name) => ids.get(name),
  );
}

/** A speaker's slug from the map made by `speakerSlugs`; `unattributed` for no speaker. */
export function speakerSlug(slugs: ReadonlyMap<string, string>, speaker: string | null): string {
  if (speaker === null) return UNATTRIBUTED;
  const found = slugs.get(speaker);
  if (found === undefined) throw new Error(`no slug for speaker "${speaker}"`);
  return found;
}

/** A slug for every outlet in the records, unique and never `unknown`. */
export function outletSlugs(records: readonly QuoteRecord[]): Map<string, string> {
  return uniqueSlugs(
    records.flatMap((r) => (r.article.source === null ? [] : [r.article.source])),
    [UNKNOWN_OUTLET],
  );
}

/** An outlet's slug from the map made by `outletSlugs`; `unknown` for no outlet. */
export function outletSlug(slugs: ReadonlyMap<string, string>, outlet: string | null): string {
  if (outlet === null) return UNKNOWN_OUTLET;
  const found = slugs.get(outlet);
  if (found === undefined) throw new Error(`no slug for outlet "${outlet}"`);
  return found;
}

/** A speaker with their slug and how many quotes of how many articles are theirs. */
export interface SpeakerSummary {
  name: string;
  slug: string;
  quotes: number;
  articles: number;
}

const byName = (a: string, b: string): number => a.localeCompare(b, 'en');

/** Every speaker, most quoted first, ties by name. */
export function speakersIndex(
  records: readonly QuoteRecord[],
  slugs: ReadonlyMap<string, string>,
): SpeakerSummary[] {
  const tally = new Map<string, { quotes: number; articles: Set<string> }>();
  for (const { quote, article } of records) {
    if (quote.speaker === null) continue;
    const t = tally.get(quote.speaker) ?? { quotes: 0, articles: new Set<string>() };
    t.quotes++;
    t.articles.add(article.id);
    tally.set(quote.speaker, t);
  }
  return [...tally]
    .map(([name, t]) => ({
      name,
      slug: speakerSlug(slugs, name),
      quotes: t.quotes,
      articles: t.articles.size,
    }))
    .sort((a, b) => b.quotes - a.quotes || byName(a.name, b.name));
}

/** An outlet (null: unknown) with its slug and number of quotes. */
export interface OutletSummary {
  name: string | null;
  slug: string;
  quotes: number;
}

/** Every outlet quoted from, by name, the unknown outlet last. */
export function outletsIndex(
  records: readonly QuoteRecord[],
  slugs: ReadonlyMap<string, string>,
): OutletSummary[] {
  const tally = new Map<string | null, number>();
  for (const { article } of records)
    tally.set(article.source, (tally.get(article.source) ?? 0) + 1);
  return [...tally]
    .map(([name, quotes]) => ({ name, slug: outletSlug(slugs, name), quotes }))
    .sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : byName(a.name, b.name)));
}

/** The quotes of one article, in order, with the article. */
export interface ArticleQuotes {
  article: QuotedArticle;
  records: QuoteRecord[];
}

/** A speaker's quotes grouped by article, in the order of the records (newest article first). */
export function quotesByArticle(records: readonly QuoteRecord[]): ArticleQuotes[] {
  const groups = new Map<string, ArticleQuotes>();
  for (const record of records) {
    const group = groups.get(record.article.id);
    if (group) group.records.push(record);
    else groups.set(record.article.id, { article: record.article, records: [record] });
  }
  return [...groups.values()];
}

/** The records by speaker (null: the unattributed ones), each in the order of the records. */
export function quotesBySpeaker(
  records: readonly QuoteRecord[],
): Map<string | null, QuoteRecord[]> {
  const groups = new Map<string | null, QuoteRecord[]>();
  for (const record of records) push(groups, record.quote.speaker, record);
  return groups;
}

/** The quotes of one speaker (null: the unattributed ones), in the order of the records. */
export function quotesOfSpeaker(
  records: readonly QuoteRecord[],
  speaker: string | null,
): QuoteRecord[] {
  return records.filter((r) => r.quote.speaker === speaker);
}

/**
 * The other ways a speaker is written in their quotes' attributions: the distinct `speakerName`
 * and `speakerMention` values other than the canonical name (compared without case), most used
 * first, ties by name; each in the form first seen, or lower-cased if also seen so (`he`).
 */
export function speakerAliases(records: readonly QuoteRecord[], speaker: string): string[] {
  const seen = new Map<string, { text: string; count: number }>();
  const canonical = speaker.toLocaleLowerCase('en');
  for (const { quote } of records) {
    if (quote.speaker !== speaker) continue;
    for (const form of new Set([quote.speakerName, quote.speakerMention])) {
      const text = form?.trim();
      if (!text) continue;
      const key = text.toLocaleLowerCase('en');
      if (key === canonical) continue;
      const known = seen.get(key);
      if (!known) seen.set(key, { text, count: 1 });
      else {
        known.count++;
        // `He` at the start of a sentence is `he`: prefer the form written mid-sentence.
        if (/^\p{Lu}/u.test(known.text) && /^\p{Ll}/u.test(text)) known.text = text;
      }
    }
  }
  return [...seen.values()]
    .sort((a, b) => b.count - a.count || byName(a.text, b.text))
    .map((a) => a.text);
}

/** The records by quote id. */
export function quotesById(records: readonly QuoteRecord[]): Map<string, QuoteRecord> {
  return new Map(records.map((r) => [r.quote.id, r]));
}

/** Variant groups and split utterances by id, built once per array of records. */
interface QuoteLinks {
  byId: Map<string, QuoteRecord>;
  /** Quotes by article id and quote id. */
  inArticle: Map<string, QuoteRecord>;
  /** Quotes by the id in their `variantOf`. */
  variants: Map<string, QuoteRecord[]>;
  /** Quotes by article id and the id in their `utterance`. */
  continuations: Map<string, QuoteRecord[]>;
  /** Each variant group once, by the id of its first-seen quote (made when first asked for). */
  groups: Map<string, readonly QuoteRecord[]>;
}

const linksCache = new WeakMap<readonly QuoteRecord[], QuoteLinks>();

/** The records' links, so that looking up every quote's group stays linear in the corpus. */
function quoteLinks(records: readonly QuoteRecord[]): QuoteLinks {
  const cached = linksCache.get(records);
  if (cached) return cached;
  const links: QuoteLinks = {
    byId: new Map(),
    inArticle: new Map(),
    variants: new Map(),
    continuations: new Map(),
    groups: new Map(),
  };
  for (const record of records) {
    const { id, variantOf, utterance } = record.quote;
    if (!links.byId.has(id)) links.byId.set(id, record);
    links.inArticle.set(`${record.article.id}\u0000${id}`, record);
    if (variantOf !== null && variantOf !== id) push(links.variants, variantOf, record);
    if (utterance !== null && utterance !== id) {
      push(links.continuations, `${record.article.id}\u0000${utterance}`, record);
    }
  }
  linksCache.set(records, links);
  return links;
}

/**
 * The variant group of a quote: the quote whose id is its `variantOf` (or itself, when it is the
 * first-seen one), then every quote whose `variantOf` is that id, in the order of the records.
 * Empty when the quote has no variants. Every member of a group gets the same frozen array, made
 * once: a group of n wordings is on n quote pages, and what is made or digested of it per page
 * (`page-cache/digest.ts` writes a frozen array once) would otherwise grow as n².
 */
export function variantGroup(
  records: readonly QuoteRecord[],
  quote: Quote,
): readonly QuoteRecord[] {
  const links = quoteLinks(records);
  const rootId = quote.variantOf ?? quote.id;
  const made = links.groups.get(rootId);
  if (made) return made;
  const root = links.byId.get(rootId);
  const members = [...(root ? [root] : []), ...(links.variants.get(rootId) ?? [])];
  if (members.length < 2) return NO_VARIANTS;
  const group = Object.freeze(members);
  links.groups.set(rootId, group);
  return group;
}

// Pure: a browser script that imports this module (the quote filter) leaves it out.
const NO_VARIANTS: readonly QuoteRecord[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The parts of a quote's split utterance in reading order (its first part, then every quote of
 * the same article whose `utterance` is that part's id), itself included. Empty when the quote
 * is not split.
 */
export function utteranceParts(
  records: readonly QuoteRecord[],
  record: QuoteRecord,
): QuoteRecord[] {
  const links = quoteLinks(records);
  const firstId = record.quote.utterance ?? record.quote.id;
  const first = links.inArticle.get(`${record.article.id}\u0000${firstId}`);
  const parts = [
    ...(first ? [first] : []),
    ...(links.continuations.get(`${record.article.id}\u0000${firstId}`) ?? []),
  ];
  return parts.length > 1 ? parts : [];
}

/** A paragraph cut around its quote, for highlighting the quoted words. */
export interface MarkedParagraph {
  before: string;
  quoted: string;
  after: string;
}

/**
 * The paragraph split around the quote's words: at its offsets when they hold the quote's text,
 * else at the first occurrence of the text; null when the text is not in the paragraph.
 */
export function markQuote(
  paragraph: string,
  quote: Pick<Quote, 'start' | 'end' | 'text'>,
): MarkedParagraph | null {
  let start = quote.start;
  let end = quote.end;
  if (quote.text === '' || paragraph.slice(start, end) !== quote.text) {
    start = quote.text === '' ? -1 : paragraph.indexOf(quote.text);
    if (start < 0) return null;
    end = start + quote.text.length;
  }
  return {
    before: paragraph.slice(0, start),
    quoted: paragraph.slice(start, end),
    after: paragraph.slice(end),
  };
}

/** `p3` → `paragraph 3`; any other block id comes back as `block <id>`. */
export function describeBlock(block: string): string {
  const match = /^p(\d+)$/.exec(block);
  return match ? `paragraph ${match[1]}` : `block ${block}`;
}

/** The first words of a quote, for telling links apart: at most `words` words, with `…` if cut. */
export function quoteOpening(text: string, words = 6): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')}…`;
}
