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

/** A quotation closed right before: `“… we have seen.” “There is not …”` goes on what it said. */
const AFTER_QUOTATION = /[”"][^\S\n]+$/u;

/**
 * The sentence after the quote's, when it is a speaker and a cue and little else — unless the
 * quote opens right after another quotation, whose speaker it continues (`“…” “…” But Sky denied`).
 */
export function nextSentence({ following, pre, preStart, text }: QuoteSentence): Found | undefined {
  if (!pre.trim() && AFTER_QUOTATION.test(text?.slice(Math.max(0, preStart - 4), preStart) ?? ''))
    return undefined;
  const m = SHORT_ATTRIBUTION.exec(following);
  return m?.groups ? foundOf(m.groups, 'next-sentence', 0) : undefined;
}
