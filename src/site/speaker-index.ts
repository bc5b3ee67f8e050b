/**
 * The quote and speaker indexes at corpus scale: the data of `/quotes/` and `/speakers/` pages
 * (cut into pages by the routes) and of the speaker finder's shards. Pure.
 */
import { formatCount } from './format.ts';
import { compareNames } from './index-pages.ts';
import { finderShards, type FinderItem } from './name-finder.ts';
import {
  allQuotes,
  quotesOfSpeaker,
  speechOnly,
  speakerSlugs,
  speakersIndex,
  type QuoteRecord,
  type QuoteSource,
  type SpeakerSummary,
} from './quotes.ts';
import { speakerPath } from './url.ts';

/** The quotes index: every quote of speech, newest article first, and the corpus's speaker slugs. */
export interface QuoteIndex {
  records: QuoteRecord[];
  slugs: Map<string, string>;
  /** How many articles have a quote. */
  articles: number;
}

export function quoteIndex(entries: readonly QuoteSource[]): QuoteIndex {
  // Terms, titles and names in quotation marks are not quotes of anyone: speech only.
  const records = speechOnly(allQuotes(entries));
  return {
    records,
    slugs: speakerSlugs(records),
    articles: new Set(records.map((r) => r.article.id)).size,
  };
}

/**
 * The slugs of the speakers of some records only: what one page of quotes needs to link its
 * speakers, so that a page's props (and its page-cache digest) do not hold the whole corpus.
 */
export function slugsOf(
  slugs: ReadonlyMap<string, string>,
  records: readonly QuoteRecord[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const { quote } of records) {
    const slug = quote.speaker === null ? undefined : slugs.get(quote.speaker);
    if (quote.speaker !== null && slug !== undefined) out.set(quote.speaker, slug);
  }
  return out;
}

/** The speakers index: every speaker by name (A–Z), and how many quotes have no speaker. */
export interface SpeakerIndex {
  speakers: SpeakerSummary[];
  unattributed: number;
}

export function speakerIndex(entries: readonly QuoteSource[]): SpeakerIndex {
  const records = speechOnly(allQuotes(entries));
  return {
    speakers: speakersIndex(records, speakerSlugs(records)).sort((a, b) =>
      compareNames(a.name, b.name),
    ),
    unattributed: quotesOfSpeaker(records, null).length,
  };
}

/** The speaker finder's shards: name, page and counts of every speaker, most quoted first. */
export function speakerFinderShards(entries: readonly QuoteSource[]): Map<string, FinderItem[]> {
  const records = allQuotes(entries);
  const items = speakersIndex(records, speakerSlugs(records)).map((s): FinderItem => [
    s.name,
    speakerPath(s.slug),
    `${formatCount(s.quotes, 'quote')} in ${formatCount(s.articles, 'article')}`,
  ]);
  return finderShards(items);
}
