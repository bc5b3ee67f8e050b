/**
 * `with-ing`: `…, with Republican Senator John McCain telling reporters he viewed Obama as “…”`,
 * `– Ryan saying he was …`: a name, then what they do while speaking (a cue in the phrase); and
 * `footage of Trump saying, “…”`: a name, then a participle of saying that opens the quote.
 */
import { CUE_IN } from '../cues.ts';
import { NAME, PARTY, ROLE_PREFIX } from './patterns.ts';
import type { Found, QuoteSentence } from './sentence.ts';

/** `with Donald Trump tweeting that …`, `– Ryan saying he was …`: a name, then what they do while speaking. */
const WITH_ING = new RegExp(
  `(?:\\bwith|[;–—])\\s+${ROLE_PREFIX}(?<spk>${NAME})${PARTY}\\s+(?!(?:during|including|regarding|concerning|following|notwithstanding|according)\\b)\\p{Ll}+ing\\b(?:[^“”"]|[“"][^“”"]*[”"])*$`,
  'u',
);

/** Before the quote: `with X telling reporters …`, when the phrase holds a reporting verb. */
export function withIng({ pre }: QuoteSentence): Found | undefined {
  const m = WITH_ING.exec(pre);
  return m?.groups && CUE_IN.test(m[0])
    ? { mention: m.groups['spk']!, cue: 'with', at: m.index, rule: 'with-ing' }
    : undefined;
}

/** `The ad then cuts to footage of Trump saying, “…`: a name, the participle, the quote. */
const NAME_ING = new RegExp(
  `(?<!\\b(?:on|in|at|via|through)\\s)(?<spk>${NAME})${PARTY}\\s+(?<cue>\\p{Ll}+ing)[,:]?\\s*$`,
  'u',
);

/** A participle ending the words before the quote: `… saying, `. */
const ING_AT_END = /\s(\p{Ll}+ing)[,:]?\s*$/u;

/**
 * Right before the quote: a person named and a participle of saying (`X asking,`), its subject.
 * Not a medium (`question on Facebook writing, “…`) nor anything else not human: the participle
 * is the main clause's then.
 */
export function nameIng(s: QuoteSentence): Found | undefined {
  // The participle first: a cheap test that spares the name pattern on most sentences.
  const ing = ING_AT_END.exec(s.pre);
  if (!ing || !CUE_IN.test(ing[1]!)) return undefined;
  const m = NAME_ING.exec(s.pre);
  if (!m?.groups || !CUE_IN.test(m.groups['cue']!)) return undefined;
  const mention = m.groups['spk']!;
  const resolved = s.resolve(mention, s.preStart + m.index);
  return resolved.person?.human
    ? { mention, cue: m.groups['cue']!, at: m.index, rule: 'with-ing', resolved }
    : undefined;
}
