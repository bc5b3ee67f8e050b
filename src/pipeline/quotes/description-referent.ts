/**
 * Who a definite description that attributes a quotation refers to when nobody was introduced
 * with its words (`The firm closed the book …, saying “…”` after `Bookmaker William Hill has …`): `The versatile Finnan … “…,” said the Liverpool player`, `Ioannidis also said
 * … The lawyer added that …`. A definite description (`the` and a noun) points back, like a
 * pronoun, to the one the sentences before are about; its head noun says whether that is a
 * person: a person noun (compromise's `Actor` or `Person` tag, an agent noun in -er/-or/-ist/-ian:
 * `player`, `boss`, `striker`, `star`) or an age used as a noun (`the 36-year-old`).
 */
import { firstNameGender } from './first-names.ts';
import { IS_NAME } from './passes/patterns.ts';
import { isSubject, OPENER, sentenceSubject } from './passes/clause-subject.ts';
import { PRE_SPEAKER_CUE } from './passes/cue-subject.ts';
import { looksHuman, resolveName, type Person } from './people.ts';
import { sentencesBefore } from './sentences.ts';
import { isPersonNoun } from './person-noun.ts';
import { hasTag, tagWords } from './pos-tags.ts';
import { subjectBefore } from './pronouns.ts';
import { BODY_NOUNS } from './words/body-nouns.ts';

const BODIES: ReadonlySet<string> = new Set(BODY_NOUNS);
/** `U.N. PANEL RULES FOR WIKILEAKS FOUNDER.`: a headline in capitals names no one. */
const HEADLINE = /^\p{Lu}[\p{Lu}.'’-]+(?: [\p{Lu}.'’-]+)+$/u;

/** How many sentences back the description's referent is looked for. */
const DESCRIPTION_REACH = 2;

/** What kind of referent a definite description takes, from its head noun; undefined when it is none. */
export function descriptionKind(mention: string): 'person' | 'body' | undefined {
  const plain = mention.trim();
  const words = tagWords(plain);
  if (words.length < 2 || words[0]!.text.toLowerCase() !== 'the') return undefined;
  // `the 36-year-old`: an age standing for the person.
  if (/\d-year-old$/u.test(plain)) return 'person';
  // `The firm closed the book on Friday, saying …`: an organisation named by what it is.
  if (BODIES.has(words.at(-1)!.text.toLowerCase())) return 'body';
  return isPersonNoun(words.at(-1)) ? 'person' : undefined;
}

/**
 * The person a definite description in the sentence starting at `sentenceStart` refers to: the
 * subject of the closest sentence before it (back to `windowStart`) that names someone.
 * Undefined when the description is not a person's, or when it is a role of someone else's
 * (`the Clinton spokesman` is not Clinton, `the ad's narrator` not the ad).
 */
export function describedPerson(
  mention: string,
  text: string,
  people: readonly Person[],
  at: number,
  sentenceStart: number,
  windowStart: number,
): Person | undefined {
  const kind = descriptionKind(mention);
  if (!kind) return undefined;
  const owned = tagWords(mention.trim())
    .slice(1, -1)
    .some((w) => hasTag(w, ['Possessive']) || ownerName(w.text, people, at));
  if (owned) return undefined;
  const who =
    kind === 'body'
      ? (p: Person) => (!p.human || introducedAsBody(text, p)) && !HEADLINE.test(p.name)
      : (p: Person) => p.human;
  const spoke = kind === 'body' ? bodyBefore(text, sentenceStart, windowStart, true) : undefined;
  if (spoke) return resolveName(people, spoke.name, spoke.mentions[0]!) ?? spoke;
  const subject = subjectBefore(
    text,
    people,
    sentenceStart,
    windowStart,
    DESCRIPTION_REACH,
    undefined,
    who,
  )?.person;
  return subject ?? (kind === 'body' ? bodyBefore(text, sentenceStart, windowStart) : undefined);
}

/**
 * The organisation the sentence just before is about: with `speaking`, the one that speaks in it
 * (`… but GM said it will do less well this year. “…,” the company said`), else its subject (`In
 * the past, IBM has supported … . The company said`), also one the people list does not hold (one
 * word, an acronym).
 */
function bodyBefore(
  text: string,
  start: number,
  windowStart: number,
  speaking = false,
): Person | undefined {
  const [before] = sentencesBefore(text, start, windowStart, 1);
  const sentence = before ? text.slice(...before) : '';
  // The speaker of a cue, as its subject (not `in Family and Medical Leave Act benefits`).
  const cue = speaking
    ? [...sentence.matchAll(PRE_SPEAKER_CUE)].filter((m) => isSubject(sentence, m.index)).at(-1)
    : undefined;
  const subject = speaking
    ? cue && { mention: cue.groups!['spk']!, at: cue.index }
    : before
      ? sentenceSubject(sentence)
      : undefined;
  if (!subject || !IS_NAME.test(subject.mention) || looksHuman(subject.mention.split(' ')))
    return undefined;
  if (HEADLINE.test(subject.mention)) return undefined;
  // The subject opens the sentence's main clause, past an opener at most (`In the past, IBM`).
  const lead = sentence.slice(0, subject.at);
  if (!speaking && lead.trim() && !OPENER.test(lead)) return undefined;
  const at = before![0] + subject.at;
  return {
    name: subject.mention,
    tokens: subject.mention.split(' '),
    descriptors: new Set(),
    mentions: [at],
    human: false,
  };
}

/** A name introduced after a noun of an organisation: `Bookmaker William Hill`, `Computer giant IBM`. */
function introducedAsBody(text: string, p: Person): boolean {
  return p.mentions.some((m) => {
    const word = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, m - 30), m))?.[1];
    return word !== undefined && BODIES.has(word.toLowerCase());
  });
}

/** A capitalised word that is someone's name (a person introduced with a first name). */
function ownerName(word: string, people: readonly Person[], at: number): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const person = resolveName(people, word, at);
  return (
    person !== undefined &&
    person.human &&
    person.tokens.length > 1 &&
    firstNameGender(person.tokens[0]!) !== undefined
  );
}
