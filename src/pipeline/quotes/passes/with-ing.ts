/**
 * `with-ing`: `…, with Republican Senator John McCain telling reporters he viewed Obama as “…”`,
 * `– Ryan saying he was …`: a name, then what they do while speaking (a cue in the phrase).
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
