/**
 * `subject`: no reporting verb, but the subject of the sentence is still the likeliest source when
 * it is a person the article names (`De Blasio also repeated his claim that “profit-making” was
 * …`, `He called it a “fundamental mistake”`), at the start of the sentence or after an opening
 * clause (`In an interview, Trump called it a “disaster”`). The cue stays empty.
 */
import { openerEnd } from '../sentences.ts';
import { isRolePhrase, isSubject, OPENER } from './clause-subject.ts';
import { IS_NAME, IS_PRONOUN, NOT_SUBJECT, SUBJECT } from './patterns.ts';
import type { Found, QuoteSentence } from './sentence.ts';

/** The first subject-like mention of the main clause, when it resolves to a person. */
export function subject(s: QuoteSentence): Found | undefined {
  const { pre } = s;
  const main = openerEnd(pre);
  for (const m of pre.matchAll(SUBJECT)) {
    if (m.index < main || NOT_SUBJECT.test(m[0]) || !isSubject(pre, m.index)) continue;
    const mention = m[0];
    if (/^(?:they|we|i)$/i.test(mention)) return undefined;
    const resolved = s.resolve(mention, s.preStart + m.index);
    if (resolved.person) {
      const opener = pre.slice(0, m.index);
      if (m.index > 3 && !OPENER.test(opener) && !isRolePhrase(opener)) return undefined;
      return { mention, cue: null, at: m.index, rule: 'subject', resolved };
    }
    // An opener that names no one (`Immediately after the attacks, …`) is passed over.
    if (IS_PRONOUN.test(mention) || (IS_NAME.test(mention) && mention.includes(' ')))
      return undefined;
  }
  return undefined;
}
