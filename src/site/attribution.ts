/** Plain words for how a quote was attributed: the cue, how the speaker was found, the relay. */
import type { Quote } from '../schemas/entry.ts';

type Via = Quote['via'];

const VIA_WORDS: Record<NonNullable<Via>, string> = {
  named: 'named',
  pronoun: 'from a pronoun',
  description: 'from a description',
  context: 'continuing the previous speaker',
  sentence: 'a guess from the sentence',
};

/** How the speaker was found, in a few words: `named`, `from a pronoun` …; `no speaker found`. */
export function describeVia(via: Via): string {
  return via === null ? 'no speaker found' : VIA_WORDS[via];
}

/** Who passed the words on, without a leading `according to`: `according to TASS` → `TASS`. */
export function relayName(relay: string | null): string | null {
  const name = relay?.replace(/^according to\s+/i, '').trim();
  return name ? name : null;
}

/**
 * The attribution words as they read in the text, from the mention and the cue: `he added`,
 * `Putin told`, `according to TASS`; null when there are none.
 */
export function attributionWords(quote: Pick<Quote, 'speakerMention' | 'cue'>): string | null {
  const mention = quote.speakerMention?.trim() || null;
  const cue = quote.cue?.trim() || null;
  if (mention && cue)
    return /^according to$/i.test(cue) ? `${cue} ${mention}` : `${mention} ${cue}`;
  return mention ?? cue;
}

const WHY: Record<NonNullable<Via>, string> = {
  named: 'named in the attribution',
  pronoun: 'the most recent speaker',
  description: 'whom the description refers to',
  context: 'continuing the previous speaker',
  sentence: 'the first name in its sentence: no attribution was read, so this is a guess',
};

/**
 * The evidence for a quote's speaker in one line, composed from its fields, with the pass of the
 * attribution sieve that found it: `“he added” → Donald Trump, the most recent speaker (rule:
 * cue-subject)`.
 */
export function describeAttribution(
  quote: Pick<Quote, 'speaker' | 'speakerMention' | 'cue' | 'via'> & Pick<Partial<Quote>, 'rule'>,
): string {
  const words = attributionWords(quote);
  const from = words ? `“${words}”` : 'no attribution words';
  if (quote.speaker === null) return `${from} → no speaker found`;
  const why = quote.via === null ? null : WHY[quote.via];
  const rule = quote.rule ? ` (rule: ${quote.rule})` : '';
  return `${from} → ${quote.speaker}${why ? `, ${why}` : ''}${rule}`;
}
