/**
 * `cue-subject`: a reporting verb next to its grammatical subject — `Putin said: “…”` before the
 * quote, `“…,” Putin said` after it, `X, who …, said`, and `“…,” and donations picked up, Gilbert
 * said` closing the sentence. A document as the subject (`Black Lives Matter issued a statement
 * saying`) speaks for the one who issued it.
 */
import { CUES } from '../cues.ts';
import { openerEnd } from '../sentences.ts';
import { isSubject, sentenceSubject } from './clause-subject.ts';
import {
  APPOSITIVE,
  AUX,
  DOCUMENTS,
  FROM,
  IN_PHRASE,
  NAME,
  NOT_SUBJECT,
  PARTY,
  ROLE_PREFIX,
  SPEAKER,
} from './patterns.ts';
import { foundOf } from './role-appositive.ts';
import type { Found, QuoteSentence } from './sentence.ts';
import { verbForms } from './verb-forms.ts';
import { AFTER_CLAUSE_VERBS } from '../words/position-verbs.ts';

/** The verbs after a relative clause left unclosed: `Katie Packer, who is chairman of … said`. */
const AFTER_CLAUSE_CUES = verbForms(AFTER_CLAUSE_VERBS, ['PastTense', 'PresentTense']);

/** A speaker, then a cue: `Putin said`, `Her aide, Jake Sullivan, has repeatedly said`. */
export const PRE_SPEAKER_CUE = new RegExp(
  `${SPEAKER}${FROM}${APPOSITIVE}\\s+${AUX}(?<cue>${CUES})\\b`,
  'gu',
);

const POST_SPEAKER_FIRST = new RegExp(
  `^[\\s,—–-]*${ROLE_PREFIX}${SPEAKER}${FROM}${APPOSITIVE},?\\s+${AUX}(?<cue>${CUES})\\b`,
  'u',
);

/** `“…,” and donations picked up, Gilbert said.`: the attribution closes the sentence. */
const POST_SENTENCE_END = new RegExp(
  `,\\s+${ROLE_PREFIX}${SPEAKER}${PARTY}\\s+(?<cue>${CUES})\\b(?=[^,]*(?:,|[.!?]?\\s*$))`,
  'u',
);

/** A document someone issues (`a statement`, `her letter`): it speaks for whoever issued it. */
const DOCUMENT = new RegExp(
  `^(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+(?:[\\p{L}’'-]+\\s+){0,2}(?:${DOCUMENTS})$`,
  'u',
);

/** `“…,” Katie Packer, who is chairman of Our Principles Pac said`: a relative clause left unclosed before the cue. */
const POST_WHO_UNCLOSED = new RegExp(
  `^[\\s,—–-]*(?<spk>${NAME}),\\s+who\\s+(?:is|was|has\\s+been|had\\s+been)\\s+[^“”",.;]{1,100}?\\s+(?<cue>${AFTER_CLAUSE_CUES})\\b`,
  'u',
);

/** `“…,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday`. */
const POST_OPEN_APPOSITIVE = new RegExp(
  `^[\\s,—–-]*(?<spk>${NAME}),\\s+(?:the|a|an|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:[^“”",.;]|\\.(?=\\S)){1,100}?\\s+(?<cue>${CUES})\\b`,
  'u',
);

/** Capitalised words run into a person's honorific: `Harrogate Mr Kennedy`, `Foreign Policy Centre Mr Straw`. */
const PLACE_THEN_HONORIFIC = /^(?:\p{Lu}[\p{L}-]* )+(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame)\.? \p{Lu}/u;

/** Before the quote: the last speaker and cue of the main clause (`Putin said: “…”`). */
export function cueSubjectBefore({ pre }: QuoteSentence): Found | undefined {
  let found: Found | undefined;
  const main = openerEnd(pre);
  for (const m of pre.matchAll(PRE_SPEAKER_CUE)) {
    // A possessive is not a subject: "Russia’s demands"; nor is a name in an opening clause.
    if (!m.groups || /['’]s$/u.test(m.groups['spk']!) || m.index < main) continue;
    // `Speaking in Harrogate Mr Kennedy said`: the name starts at the honorific, after the place.
    if (!isSubject(pre, m.index) && !PLACE_THEN_HONORIFIC.test(m.groups['spk']!)) continue;
    // `Thursday, Rep. Hakeem Jeffries …, saying`: a date or an opener is no one.
    // `On Sunday, Sanders issued …, stating`, `Like Corker, Menendez …, arguing`: nor is a name
    // in an opening phrase.
    const spk = m.groups['spk']!;
    if (/^\p{Lu}\p{Ll}+$/u.test(spk) ? NOT_SUBJECT.test(spk) : IN_PHRASE.test(spk)) continue;
    const cued = foundOf(m.groups, 'cue-subject', m.index);
    // `Black Lives Matter issued a statement saying …`: the statement speaks for the subject.
    const issuer = DOCUMENT.test(cued.mention) ? sentenceSubject(pre.slice(0, m.index)) : undefined;
    found = issuer
      ? { mention: issuer.mention, cue: cued.cue, at: issuer.at, rule: 'cue-subject' }
      : cued;
  }
  return found;
}

/** Right after the quote: `,” Putin said`, `,” Katie Packer, who is chairman of … said`. */
export function cueSubjectAfter({ post }: QuoteSentence): Found | undefined {
  const text = post.slice(0, 200);
  const m = POST_WHO_UNCLOSED.exec(text) ?? POST_SPEAKER_FIRST.exec(text);
  return m?.groups ? foundOf(m.groups, 'cue-subject', 0) : undefined;
}

/**
 * After the quote, past an appositive or a clause: `,” Mr Prettejohn, Lloyd's chief executive
 * said` (the name, not the role after it), `,” and donations picked up, Gilbert said`.
 */
export function cueSubjectClosing({ post }: QuoteSentence): Found | undefined {
  const text = post.slice(0, 200);
  const m = POST_OPEN_APPOSITIVE.exec(text) ?? POST_SENTENCE_END.exec(text);
  return m?.groups ? foundOf(m.groups, 'cue-subject', 0) : undefined;
}
