/**
 * `next-sentence`: `“Great question!” Trump said.` — a short sentence right after the quote that
 * only attributes it (read only when the quote's own sentence attributes nothing).
 */
import { CUES } from '../cues.ts';
import { APPOSITIVE, AUX, FROM, SPEAKER } from './patterns.ts';
import { foundOf } from './role-appositive.ts';
import type { Found, QuoteSentence } from './sentence.ts';

/** `“Great question!” Trump said.`: a short sentence right after the quote that only attributes it. */
const SHORT_ATTRIBUTION = new RegExp(
  `^\\s*${SPEAKER}${FROM}${APPOSITIVE}\\s+${AUX}(?<cue>${CUES})\\b[^.!?“”"]{0,60}[.!?]`,
  'u',
);

/** The sentence after the quote's, when it is a speaker and a cue and little else. */
export function nextSentence({ following }: QuoteSentence): Found | undefined {
  const m = SHORT_ATTRIBUTION.exec(following);
  return m?.groups ? foundOf(m.groups, 'next-sentence', 0) : undefined;
}
