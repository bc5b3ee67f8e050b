/**
 * `participle-subject`: `Zelenskyy has refused, saying “…”`, `Xi did not respond, but said …` — a
 * participle or a coordinated cue takes the subject of its sentence.
 */
import { CUES } from '../cues.ts';
import { sentenceSubject } from './clause-subject.ts';
import type { Found, QuoteSentence } from './sentence.ts';

/** Participles and coordinated verbs attribute to the sentence's subject: `…, saying “…”`. */
const SUBJECT_CUE = new RegExp(
  `(?:,\\s*|\\b(?:and|but)\\s+(?:also\\s+)?)(?<cue>${CUES})\\b[^“”"]*$`,
  'u',
);

/** Before the quote: `, saying` or `and said`, and the subject of the clause before it. */
export function participleSubject({ pre }: QuoteSentence): Found | undefined {
  const cue = SUBJECT_CUE.exec(pre);
  const subject = cue ? sentenceSubject(pre.slice(0, cue.index)) : undefined;
  return cue?.groups && subject
    ? {
        mention: subject.mention,
        cue: cue.groups['cue']!,
        at: subject.at,
        rule: 'participle-subject',
      }
    : undefined;
}
