/**
 * What every sentence pass reads and returns. A pass reads the quote's sentence — the words
 * before the quotation and after it, quotations masked — and returns the mention of who speaks
 * (`Found`), or nothing.
 */
import type { Person } from '../people.ts';
import type { Rule } from '../sieve.ts';

/** A mention resolved to a speaker (`resolve` in `attribute.ts`). */
export interface Resolved {
  speaker: string | null;
  speakerName: string | null;
  via: 'named' | 'pronoun' | 'description' | 'context' | 'sentence' | null;
  person?: Person;
}

/** The quote's sentence and what the passes may look up in the article. */
export interface QuoteSentence {
  /** The sentence before the quotation. */
  pre: string;
  /** The sentence after the quotation (up to its end). */
  post: string;
  /** Where `pre` and `post` start in the article's text. */
  preStart: number;
  postStart: number;
  /** The text after the sentence: the next sentence. */
  following: string;
  /** True when the quotation ends in `?` or `!` (the sentence may go on past it). */
  asks: boolean;
  /** The article's text (quotations masked), for what `it` or a description refers back to. */
  text: string | undefined;
  /** Where the paragraph before the quote's starts: how far back an "it" looks. */
  windowStart: number;
  people: readonly Person[];
  /** Resolves a mention at a place in the article to a speaker. */
  resolve: (mention: string, at: number) => Resolved;
}

/** What a pass found: the mention of who speaks, the cue, where, and the pass. */
export interface Found {
  mention: string;
  /** The reporting verb (`said`), `according to`, `:`, or null when there is none. */
  cue: string | null;
  /** Where the mention is, in the article (after the driver) or in the text matched. */
  at: number;
  rule: Rule;
  /** Where the attribution starts when it is before the mention (`asked by X`). */
  start?: number;
  /** The speaker, when the pass had to resolve the mention to decide. */
  resolved?: Resolved;
}

/** One pass of the sieve over the quote's sentence. */
export type SentencePass = (s: QuoteSentence) => Found | undefined;
