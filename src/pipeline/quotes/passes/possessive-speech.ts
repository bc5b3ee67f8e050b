/**
 * `possessive-speech`: what someone says, as a noun — `While Sanders's clarion call for a
 * “revolution” …`, `her remark that “…”`, `Obama's “if you like your plan, you can keep it”
 * promise`.
 */
import { SPEECH_NOUNS as SPEECH_NOUN_LIST } from '../words/speech-nouns.ts';
import { NAME } from './patterns.ts';
import type { Found, QuoteSentence } from './sentence.ts';

const SPEECH_NOUNS = SPEECH_NOUN_LIST.join('|');
const POSSESSIVE_SPEECH = new RegExp(
  `(?:^|[^\\p{L}])(?<spk>${NAME}['’]s?|[Hh]is|[Hh]er)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${SPEECH_NOUNS})\\s+(?:(?:is|was)\\s+)?(?:that|of|for|to|about|on|against)\\b[^“”".;:!?]{0,80}$|(?:^|[^\\p{L}])(?:${SPEECH_NOUNS})\\s+(?:by|from)\\s+(?<spk3>${NAME})\\s+(?:that|saying)\\b[^“”".;:!?]{0,60}$|(?:^|[^\\p{L}])(?<spk2>${NAME}['’]s?|[Hh]is|[Hh]er)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${SPEECH_NOUNS})[,:]?\\s*$`,
  'u',
);
/** `Obama's “if you like your plan, you can keep it” promise`: the owner, then the quote, then the noun. */
const POSSESSIVE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?<own>${NAME}['’]s?|[Hh]is|[Hh]er)\\s*$`,
  'u',
);
const SPEECH_AFTER = new RegExp(`^\\s*(?:${SPEECH_NOUNS})\\b`, 'u');

/** The owner of a speech noun the quote belongs to, when they resolve to a speaker. */
export function possessiveSpeech(s: QuoteSentence): Found | undefined {
  const owner = POSSESSIVE_SPEECH.exec(s.pre) ?? POSSESSIVE_BEFORE.exec(s.pre);
  const ownerMention = owner?.groups?.['spk'] ?? owner?.groups?.['spk2'] ?? owner?.groups?.['spk3'];
  const own = owner?.groups?.['own'];
  if (!owner || !(ownerMention || (own && SPEECH_AFTER.test(s.post)))) return undefined;
  const spk = ownerMention ?? own!;
  const mention = /^his$/i.test(spk) ? 'he' : /^her$/i.test(spk) ? 'she' : spk;
  const resolved = s.resolve(mention, s.preStart + owner.index);
  return resolved.speaker
    ? { mention: spk, cue: null, at: owner.index, rule: 'possessive-speech', resolved }
    : undefined;
}
