/**
 * Verb tense, read with the `compromise` NLP library: enough to tell a headline-style summary
 * ("Putin lands in New Delhi …", simple present) from narrative text ("Putin arrived …").
 */
import nlp from './document/compromise.ts';

/** Reporting verbs: "the campaign says" is attribution, not a headline. */
const SPEECH =
  /^(?:says|tells|adds|writes|notes|reports|explains|argues|claims|insists|asks|recalls)$/;

interface VerbJson {
  text: string;
  verb?: { grammar?: { form?: string; tense?: string } };
}

function verbsOf(text: string): VerbJson[] {
  return nlp(text).verbs().json() as VerbJson[];
}

/** True when the first verb is simple present, third person (`lands`, `warns`, `pushes`). */
export function isHeadlineTense(text: string): boolean {
  const first = verbsOf(text)[0];
  const word = first?.text.trim().split(/\s+/).at(-1) ?? '';
  return (
    first?.verb?.grammar?.form === 'simple-present' && /[a-z]s$/.test(word) && !SPEECH.test(word)
  );
}

/** True when one of the first three verbs is in the past tense (`arrived`, `has dismissed`). */
export function isNarrativePast(text: string): boolean {
  return verbsOf(text)
    .slice(0, 3)
    .some(
      (v) => v.verb?.grammar?.tense === 'PastTense' || /perfect/.test(v.verb?.grammar?.form ?? ''),
    );
}
