/**
 * What a quote page shows: the quote, its speaker and evidence, its paragraph with the words
 * marked, the other parts of a split utterance, and other outlets' wordings of it.
 */
import type { Entry, Quote } from '../schemas/entry.ts';
import { describeAttribution, relayName } from './attribution.ts';
import {
  allQuotes,
  describeBlock,
  KIND_LABELS,
  kindLabel,
  markQuote,
  quoteKindOf,
  speakerSlugs,
  utteranceParts,
  variantGroup,
  type MarkedParagraph,
  type QuoteRecord,
} from './quotes.ts';
import { paragraphPath, withBase } from './url.ts';
import { compareWording, type WordingComparison } from './word-diff.ts';

/** The props of one quote page. */
// A type, not an interface: Astro wants page props indexable by string.
export type QuotePageProps = {
  record: QuoteRecord;
  /** The article's authors. */
  authors: string[];
  slugs: ReadonlyMap<string, string>;
  /** The variant group, first-seen quote first; empty when there are no variants. */
  variants: readonly QuoteRecord[];
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
  /** Who said it, or what it is when it is no one's words (`Term`). */
  speakerLabel: string;
  heading: string;
  /** How the speaker was found, or for a term, title or name, what it is and why no speaker. */
  attribution: string;
  /** What the quotation is: someone's words, a term, a title or a name, in a sentence. */
  kind: string;
  /** Whether it is someone's words: only speech has a speaker and a speaker page. */
  speech: boolean;
  /** Each other wording beside the first-seen one, with their word differences. */
  pairs: VariantPair[];
}

/** A variant beside the first-seen wording of its group, and how their words differ. */
export interface VariantPair {
  first: QuoteRecord;
  variant: QuoteRecord;
  comparison: WordingComparison;
}

/** What a quote page shows, from its props. */
export function quoteView({ record, variants }: QuotePageProps): QuoteView {
  const { quote, article, paragraph } = record;
  const [first, ...others] = variants;
  const kind = quoteKindOf(quote);
  const shared = {
    paragraphHref: withBase(paragraphPath(article.id, quote.block)),
    where: describeBlock(quote.block),
    relay: relayName(quote.relay),
    marked: paragraph === null ? null : markQuote(paragraph, quote),
    pairs: first ? others.map((variant) => variantPair(first, variant)) : [],
  };
  if (kind !== 'speech')
    return {
      ...shared,
      speakerLabel: capitalised(KIND_LABELS[kind]),
      heading: `A ${KIND_LABELS[kind]} in quotation marks`,
      attribution: 'Not someone’s words, so no speaker is given',
      kind: capitalised(NOT_SPEECH[kind]),
      speech: false,
    };
  return {
    ...shared,
    speakerLabel: quote.speaker ?? 'Unattributed',
    heading: quote.speaker ? `Quote from ${quote.speaker}` : 'Unattributed quote',
    attribution: describeAttribution(quote),
    kind: quote.fragment ? 'A short quotation inside a sentence' : 'A full statement',
    speech: true,
  };
}

/** Each variant's pair, made once: every page of a group of n wordings shows its n − 1 pairs. */
const pairsMade = new WeakMap<QuoteRecord, VariantPair>();

/** The variant beside the first-seen wording, compared once per build and shared by the pages. */
function variantPair(first: QuoteRecord, variant: QuoteRecord): VariantPair {
  const made = pairsMade.get(variant);
  if (made?.first === first) return made;
  const pair = { first, variant, comparison: compareWording(first.quote.text, variant.quote.text) };
  pairsMade.set(variant, pair);
  return pair;
}

/** `Term`, `Title of a work`, `Name` for a quotation that is not speech; null for speech. */
export function kindCaption(quote: Pick<Quote, 'kind'>): string | null {
  const label = kindLabel(quote);
  return label === null ? null : capitalised(label);
}

const capitalised = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** What a quotation that is not speech is, in words. */
const NOT_SPEECH: Record<keyof typeof KIND_LABELS, string> = {
  term: 'a word or phrase the article holds up in quotation marks (a scare quote, a coined phrase or a slogan)',
  title: 'the title of a work (a film, book, song, programme or game)',
  name: 'a name in quotation marks (a nickname or the name of a thing)',
};
