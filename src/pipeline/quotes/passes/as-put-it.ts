/**
 * `as-put-it`: `As Vulture put it, “…”`, `As The Post's Ruth Marcus puts it`.
 */
import { NAME, PARTY, SPEAKER } from './patterns.ts';
import type { Found, QuoteSentence } from './sentence.ts';
import { verbForms } from './verb-forms.ts';
import { AS_VERBS } from '../words/position-verbs.ts';

/** The past of the verbs of `As X noted`. */
const AS_CUES = verbForms(AS_VERBS, ['PastTense']);

const PRE_PUT_IT = new RegExp(
  `\\b[Aa]s\\s+(?:${NAME}['’]s\\s+)?${SPEAKER}${PARTY}(?:,\\s[^“”",;]{1,100},)?\\s+(?<cue>put it|puts it|${AS_CUES})\\b[^“”"]{0,40}$`,
  'u',
);

/** Before the quote: `As X put it,`. */
export function asPutIt({ pre }: QuoteSentence): Found | undefined {
  const m = PRE_PUT_IT.exec(pre);
  return m?.groups
    ? { mention: m.groups['spk']!, cue: m.groups['cue']!, at: m.index, rule: 'as-put-it' }
    : undefined;
}
