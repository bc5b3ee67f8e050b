/**
 * Who a definite description that attributes a quotation refers to when nobody was introduced
 * with its words: `The versatile Finnan … “…,” said the Liverpool player`, `Ioannidis also said
 * … The lawyer added that …`. A definite description (`the` and a noun) points back, like a
 * pronoun, to the one the sentences before are about; its head noun says whether that is a
 * person: a person noun (compromise's `Actor` or `Person` tag, an agent noun in -er/-or/-ist/-ian:
 * `player`, `boss`, `striker`, `star`) or an age used as a noun (`the 36-year-old`).
 */
import { firstNameGender } from './first-names.ts';
import { resolveName, type Person } from './people.ts';
import { isPersonNoun } from './person-noun.ts';
import { hasTag, tagWords } from './pos-tags.ts';
import { subjectBefore } from './pronouns.ts';

/** How many sentences back the description's referent is looked for. */
const DESCRIPTION_REACH = 2;

/** What kind of referent a definite description takes, from its head noun; undefined when it is none. */
export function descriptionKind(mention: string): 'person' | undefined {
  const plain = mention.trim();
  const words = tagWords(plain);
  if (words.length < 2 || words[0]!.text.toLowerCase() !== 'the') return undefined;
  // `the 36-year-old`: an age standing for the person.
  if (/\d-year-old$/u.test(plain)) return 'person';
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
  if (descriptionKind(mention) !== 'person') return undefined;
  const owned = tagWords(mention.trim())
    .slice(1, -1)
    .some((w) => hasTag(w, ['Possessive']) || ownerName(w.text, people, at));
  if (owned) return undefined;
  return subjectBefore(text, people, sentenceStart, windowStart, DESCRIPTION_REACH)?.person;
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
