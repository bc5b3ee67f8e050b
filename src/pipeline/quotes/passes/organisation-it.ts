/**
 * `organisation-it`: `“…,” it said.`, `It added, “…”` — an organisation (or a document) named at
 * the start of the sentence before speaks (`itReferent`).
 */
import { CUES } from '../cues.ts';
import { itReferent } from '../it-referent.ts';
import { AUX } from './patterns.ts';
import type { Found, QuoteSentence } from './sentence.ts';

/** `“…,” it said.` and `It added, “…”`: an organisation (or a document) speaks. */
const POST_IT = new RegExp(`^[\\s,—–-]*it\\s+${AUX}(?<cue>${CUES})\\b`, 'u');
const PRE_IT = new RegExp(`(?:^\\s*|,\\s+)[Ii]t\\s+${AUX}(?<cue>${CUES})\\b[^“”"]*$`, 'u');

/** `it` and a cue around the quote, and the body `it` refers back to. */
export function organisationIt(s: QuoteSentence): Found | undefined {
  if (!s.text) return undefined;
  const it = POST_IT.exec(s.post) ?? PRE_IT.exec(s.pre);
  const body = it ? itReferent(s.text, s.people, s.preStart, s.windowStart) : undefined;
  if (!it?.groups || !body) return undefined;
  return {
    mention: 'it',
    cue: it.groups['cue']!,
    at: s.preStart,
    rule: 'organisation-it',
    resolved: { speaker: body, speakerName: body, via: 'description' },
  };
}
