/**
 * `cue-subject`: a reporting verb next to its grammatical subject — `Putin said: “…”` before the
 * quote, `“…,” Putin said` after it, `X, who …, said`, and `“…,” and donations picked up, Gilbert
 * said` closing the sentence. A document as the subject (`Black Lives Matter issued a statement
 * saying`) speaks for the one who issued it.
 */
import { CUES } from '../cues.ts';
import { hasTag, tagWords } from '../pos-tags.ts';
import { openerEnd } from '../sentences.ts';
import { isSubject, sentenceSubject } from './clause-subject.ts';
import {
  APPOSITIVE,
  AUX,
  DOCUMENTS,
  FROM,
  HEADS,
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

/**
 * `Laah Chong-gyu, executive director of …`, `Paul Goosens, head of Preventon`, `Alois Rhiel, its
 * minister for economic affairs`: a role without an article, its head a role noun or followed
 * by what it is of.
 */
const BARE_ROLE = `(?=(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}(?:${HEADS})\\b|(?:\\p{Ll}[\\p{Ll}-]*\\s+){1,4}(?:of|at|for|from)\\s)`;

/** `“…,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday`. */
const POST_OPEN_APPOSITIVE = new RegExp(
  `^[\\s,—–-]*(?<spk>${NAME}),\\s+(?:(?:the|a|an|\\p{Lu}[\\p{L}.-]*['’]s)\\s+|${BARE_ROLE})(?:[^“”",.;]|\\.(?=\\S)){1,100}?\\s+(?<cue>${CUES})\\b`,
  'u',
);

/** Capitalised words run into a person's honorific: `Harrogate Mr Kennedy`, `Foreign Policy Centre Mr Straw`. */
const PLACE_THEN_HONORIFIC = /^(?:\p{Lu}[\p{L}-]* )+(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame)\.? \p{Lu}/u;

/** Before the quote: the last speaker and cue of the main clause (`Putin said: “…”`). */
export function cueSubjectBefore({ pre }: QuoteSentence): Found | undefined {
  let found: Found | undefined;
  const main = openerEnd(pre);
  for (const match of pre.matchAll(PRE_SPEAKER_CUE)) {
    const m = canBeSubject(pre, match, main) ? match : setOff(pre, match, main);
    if (!m) continue;
    const cued = foundOf(m.groups!, 'cue-subject', m.index);
    // `Black Lives Matter issued a statement saying …`: the statement speaks for the subject.
    const issuer = DOCUMENT.test(cued.mention) ? sentenceSubject(pre.slice(0, m.index)) : undefined;
    found = issuer
      ? { mention: issuer.mention, cue: cued.cue, at: issuer.at, rule: 'cue-subject' }
      : cued;
  }
  return found;
}

/** The same pattern, matched only where it is started. */
const PRE_SPEAKER_CUE_AT = new RegExp(PRE_SPEAKER_CUE.source, 'uy');

/**
 * A mention that is the object of a preposition does not hide the name set off after it: `In a
 * statement, Dr John E. Kelly, IBM senior vice president, …, said` is read again from `Dr John E.
 * Kelly`, which must be set off by a noun phrase, not a clause (`Salem, New Hampshire, Trump went
 * after Bush, calling`).
 */
function setOff(pre: string, m: RegExpExecArray, main: number): RegExpExecArray | undefined {
  const app = m.groups?.['app'];
  if (!app || !/^\p{Lu}/u.test(app) || isSubject(pre, m.index)) return undefined;
  PRE_SPEAKER_CUE_AT.lastIndex = m.index + m[0].indexOf(app, m.groups!['spk']!.length);
  const again = PRE_SPEAKER_CUE_AT.exec(pre) ?? undefined;
  return again && canBeSubject(pre, again, main) && !clauseBetween(again.groups?.['app'])
    ? again
    : undefined;
}

/** True when an appositive holds an inflected verb: a clause, not a noun phrase (`the Clinton campaign`). */
function clauseBetween(appositive: string | undefined): boolean {
  return (
    appositive !== undefined &&
    tagWords(appositive).some((w) => hasTag(w, ['Verb']) && !hasTag(w, ['Infinitive', 'Gerund']))
  );
}

/** True when a match's mention can be the subject of its cue. */
function canBeSubject(pre: string, m: RegExpExecArray, main: number): boolean {
  const spk = m.groups?.['spk'];
  // A possessive is not a subject: "Russia’s demands"; nor is a name in an opening clause.
  if (!spk || /['’]s$/u.test(spk) || m.index < main) return false;
  // `Speaking in Harrogate Mr Kennedy said`: the name starts at the honorific, after the place.
  if (!isSubject(pre, m.index) && !PLACE_THEN_HONORIFIC.test(spk)) return false;
  // `Thursday, Rep. Hakeem Jeffries …, saying`: a date or an opener is no one.
  // `On Sunday, Sanders issued …, stating`, `Like Corker, Menendez …, arguing`: nor is a name
  // in an opening phrase. `The answers to veteran suicides are “…”`: a determiner opens a noun
  // phrase, so the word after it is a noun, not a cue.
  if (/^\p{Lu}\p{Ll}+$/u.test(spk)) return !NOT_SUBJECT.test(spk) && !isDeterminer(spk);
  return !IN_PHRASE.test(spk);
}

/** A word compromise reads as a determiner (`The`, `This`, `Every`). */
function isDeterminer(word: string): boolean {
  const words = tagWords(word);
  return words.length === 1 && hasTag(words[0], ['Determiner']);
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
