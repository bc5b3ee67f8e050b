/**
 * `participle-opener`: `Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did
 * suggest …` — a quotation inside an opening participial phrase is the main clause's subject's.
 */
import { NAME, PRONOUN } from './patterns.ts';
import type { Found, QuoteSentence } from './sentence.ts';

/** A sentence opening with a participial phrase that the quotation is inside: `After spending the week bickering over whether …`. */
const PARTICIPLE_OPENER =
  /^\s*(?:(?:After|Before|While|Since|Upon|By|Despite|Without)\s+)?\p{Lu}?\p{Ll}+ing\s[^,;:.!?]*$/u;
/** The subject of the main clause after the phrase closes: `, Clinton on Monday ripped into …`. */
const MAIN_SUBJECT_AFTER = new RegExp(
  `^[”"]?[^,;:.!?“”"]*(?:“[^“”"]*”[^,;:.!?“”"]*)*,\\s+(?:(?:though|however|too),\\s+)?(?<spk>\\b${PRONOUN}\\b|${NAME})(?=\\s+\\p{Ll})`,
  'u',
);

/** The subject of the main clause after the phrase, when it resolves to a person. */
export function participleOpener(s: QuoteSentence): Found | undefined {
  const after = PARTICIPLE_OPENER.test(s.pre) ? MAIN_SUBJECT_AFTER.exec(s.post) : null;
  if (!after?.groups) return undefined;
  const spk = after.groups['spk']!;
  const at = s.postStart + after.index + after[0].length - spk.length;
  const resolved = s.resolve(spk, at);
  return resolved.person
    ? { mention: spk, cue: null, at, rule: 'participle-opener', resolved }
    : undefined;
}
