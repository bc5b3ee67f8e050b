/**
 * `participle-subject`: `Zelenskyy has refused, saying “…”`, `Xi did not respond, but said …` — a
 * participle or a coordinated cue takes the subject of its sentence. A comma before the cue that
 * closes a name set off after a role (`Its planning director, Simon Gatley, said`) makes no
 * participle: the cue is the clause's own verb, and the name in the appositive speaks.
 */
import { CUES } from '../cues.ts';
import { lexiconTagsOf } from '../first-names.ts';
import { sentenceSubject } from './clause-subject.ts';
import { IS_NAME } from './patterns.ts';
import type { Found, QuoteSentence } from './sentence.ts';

/** Participles and coordinated verbs attribute to the sentence's subject: `…, saying “…”`. */
const SUBJECT_CUE = new RegExp(
  `(?:,\\s*|\\b(?:and|but)\\s+(?:also\\s+)?)(?<cue>${CUES})\\b[^“”"]*$`,
  'u',
);

/** The last comma-bounded span before the cue's comma: `, Simon Gatley` of `…, Simon Gatley, said`. */
const LAST_SPAN = /,\s*([^,]{2,60})$/u;

const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region']);

/**
 * The name set off by commas right before the cue's comma, after a phrase it stands beside
 * (`The Chief Secretary to the Treasury, Helen Bramwell,`); not a place completing a place
 * (`Residents of Flint, Michigan,`).
 */
function appositiveName(before: string): { mention: string; at: number } | undefined {
  const span = LAST_SPAN.exec(before);
  if (!span || span.index === 0) return undefined;
  const text = span[1]!.trim();
  const name = IS_NAME.exec(text);
  if (!name) return undefined;
  const words = name[0].split(/\s+/u);
  if (words.some((w) => lexiconTagsOf(w).some((t) => PLACE_TAGS.has(t)))) return undefined;
  return { mention: name[0], at: before.length - span[1]!.length + span[1]!.indexOf(text) };
}

/** Before the quote: `, saying` or `and said`, and the subject of the clause before it. */
export function participleSubject({ pre }: QuoteSentence): Found | undefined {
  const cue = SUBJECT_CUE.exec(pre);
  if (!cue?.groups) return undefined;
  const before = pre.slice(0, cue.index);
  // `…about his rival, Hillary Clinton, saying`: a participle after the comma still takes the
  // sentence's subject; only a finite cue (`said`, `added`) is the appositive's own verb.
  const finite = !/ing$/u.test(cue.groups['cue']!);
  const appositive = finite && pre[cue.index] === ',' ? appositiveName(before) : undefined;
  if (appositive) return { ...appositive, cue: cue.groups['cue']!, rule: 'role-appositive' };
  const subject = sentenceSubject(before);
  return subject
    ? {
        mention: subject.mention,
        cue: cue.groups['cue']!,
        at: subject.at,
        rule: 'participle-subject',
      }
    : undefined;
}
