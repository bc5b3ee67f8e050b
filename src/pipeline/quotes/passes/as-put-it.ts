/**
 * `as-put-it`: `As Vulture put it, “…”`, `As The Post's Ruth Marcus puts it` before the quote, and
 * after it: `a “lawful source of investment income,” as a Homeland Security memo put it` — the
 * one who put it so, a person or a document that speaks for whoever issued it.
 */
import { DOCUMENTS, NAME, PARTY, SPEAKER } from './patterns.ts';
import type { Found, QuoteSentence } from './sentence.ts';
import { verbForms } from './verb-forms.ts';
import { AS_VERBS } from '../words/position-verbs.ts';

/** The past of the verbs of `As X noted`. */
const AS_CUES = verbForms(AS_VERBS, ['PastTense']);

const PRE_PUT_IT = new RegExp(
  `\\b[Aa]s\\s+(?:${NAME}['’]s\\s+)?${SPEAKER}${PARTY}(?:,\\s[^“”",;]{1,100},)?\\s+(?<cue>put it|puts it|${AS_CUES})\\b[^“”"]{0,40}$`,
  'u',
);

/** A document named by its issuer: `a Homeland Security memo`, `the IMF report`. */
const ISSUED_DOCUMENT = `(?:[Tt]he|[Aa]n?)\\s+(?:\\p{Lu}[\\p{L}'’.&-]*\\s+)+(?:${DOCUMENTS})`;

/** Right after the quote: `,” as X put it`. */
const POST_PUT_IT = new RegExp(
  `^[\\s,]*as\\s+(?:(?<doc>${ISSUED_DOCUMENT})|${SPEAKER}${PARTY})\\s+(?<cue>put it|puts it)\\b`,
  'u',
);

/** Before the quote: `As X put it,`. */
export function asPutIt({ pre }: QuoteSentence): Found | undefined {
  const m = PRE_PUT_IT.exec(pre);
  return m?.groups
    ? { mention: m.groups['spk']!, cue: m.groups['cue']!, at: m.index, rule: 'as-put-it' }
    : undefined;
}

/** After the quote: `“…,” as X put it.` */
export function asPutItAfter({ post }: QuoteSentence): Found | undefined {
  const m = POST_PUT_IT.exec(post);
  const mention = m?.groups?.['doc'] ?? m?.groups?.['spk'];
  return mention
    ? { mention, cue: m!.groups!['cue']!, at: m!.index, rule: 'as-put-it' }
    : undefined;
}
