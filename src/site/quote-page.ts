/**
 * What a quote page shows: the quote, its speaker and evidence, its paragraph with the words
 * marked, the other parts of a split utterance, and other outlets' wordings of it.
 */
import type { Entry } from '../schemas/entry.ts';
import { relayName } from './attribution.ts';
import {
  allQuotes,
  describeBlock,
  markQuote,
  speakerSlugs,
  utteranceParts,
  variantGroup,
  type MarkedParagraph,
  type QuoteRecord,
} from './quotes.ts';
import { paragraphPath, withBase } from './url.ts';

/** The props of one quote page. */
// A type, not an interface: Astro wants page props indexable by string.
export type QuotePageProps = {
  record: QuoteRecord;
  /** The article's authors. */
  authors: string[];
  slugs: ReadonlyMap<string, string>;
  /** The variant group, first-seen quote first; empty when there are no variants. */
  variants: QuoteRecord[];
  /** The parts of a split utterance, in reading order; empty when not split. */
  parts: QuoteRecord[];
};

/** The props of every quote page. */
export function quotePages(
  entries: readonly Entry[],
): { params: { id: string }; props: QuotePageProps }[] {
  const authors = new Map(entries.map((e) => [e.id, e.authors]));
  const records = allQuotes(entries);
  const slugs = speakerSlugs(records);
  return records.map((record) => ({
    params: { id: record.quote.id },
    props: {
      record,
      authors: authors.get(record.article.id) ?? [],
      slugs,
      variants: variantGroup(records, record.quote),
      parts: utteranceParts(records, record),
    },
  }));
}

/** A quote page's content, computed from its props. */
export interface QuoteView {
  paragraphHref: string;
  /** Where in the article the quote stands, in words (`paragraph 4`). */
  where: string;
  /** The outlet or document that relayed the quote, when there is one. */
  relay: string | null;
  marked: MarkedParagraph | null;
  speakerLabel: string;
  heading: string;
  /** Each other wording beside the first-seen one. */
  pairs: { first: QuoteRecord; variant: QuoteRecord }[];
}

/** What a quote page shows, from its props. */
export function quoteView({ record, variants }: QuotePageProps): QuoteView {
  const { quote, article, paragraph } = record;
  const [first, ...others] = variants;
  return {
    paragraphHref: withBase(paragraphPath(article.id, quote.block)),
    where: describeBlock(quote.block),
    relay: relayName(quote.relay),
    marked: paragraph === null ? null : markQuote(paragraph, quote),
    speakerLabel: quote.speaker ?? 'Unattributed',
    heading: quote.speaker ? `Quote from ${quote.speaker}` : 'Unattributed quote',
    pairs: first ? others.map((variant) => ({ first, variant })) : [],
  };
}
