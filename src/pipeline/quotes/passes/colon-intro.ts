/**
 * `colon-intro`: a colon introduces the quote — `… doesn't surprise pollster Daron Shaw: “…”` (the
 * name before the colon), and `… she offered up this sound bite for which she later apologized:
 * “…”` (the subject of the introduction, when it is someone the article names).
 */
import { isSubject, isSubjectLike, sentenceSubject } from './clause-subject.ts';
import { NAME, PARTY, ROLE_PREFIX } from './patterns.ts';
import type { Found, QuoteSentence } from './sentence.ts';

/** `… doesn’t surprise pollster Daron Shaw: “…”` and `As Vulture put it, “…”` (`As The Post's Ruth Marcus puts it`). */
const PRE_NAME_COLON = new RegExp(
  `(?<![\\p{L}\\d’'.&$-])(?:${ROLE_PREFIX})(?<spk>${NAME})${PARTY}\\s*:\\s*$`,
  'u',
);

/** `… pollster Daron Shaw: “…”`: the name right before the colon, unless it is an object. */
export function colonName({ pre }: QuoteSentence): Found | undefined {
  const colon = PRE_NAME_COLON.exec(pre);
  if (!colon?.groups) return undefined;
  const spk = colon.groups['spk']!;
  // `… delivered a blunt message to Trump: “…”`: the name after a preposition is not the speaker.
  const colonAt = colon.index + colon[0].lastIndexOf(spk);
  // `… to the Dutch newspaper NRC Handelsblad: “…”`: nor after a preposition and a role (a
  // dash ends what came before: `Media shares blame - HuffPollster: “…”`), but the agent after
  // `by` asks (`the question posed by Brighton nurse Marion Brown: “…”`).
  const roleAt = /\s[-–—]\s/u.test(pre.slice(colon.index, colonAt)) ? colonAt : colon.index;
  return isSubjectLike(spk) &&
    isSubject(pre, colonAt) &&
    (isSubject(pre, roleAt) || /\bby\s+$/u.test(pre.slice(0, roleAt)))
    ? { mention: spk, cue: ':', at: colon.index, rule: 'colon-intro' }
    : undefined;
}

/** No cue: the subject of a sentence ending in a colon, when it resolves to someone. */
export function colonSubject(s: QuoteSentence): Found | undefined {
  const subject = /:\s*$/.test(s.pre) ? sentenceSubject(s.pre) : undefined;
  if (!subject || /^(?:they|we|i)$/i.test(subject.mention)) return undefined;
  const resolved = s.resolve(subject.mention, s.preStart + subject.at);
  return resolved.person || (resolved.via === 'description' && resolved.speaker)
    ? { mention: subject.mention, cue: ':', at: subject.at, rule: 'colon-intro', resolved }
    : undefined;
}
