/**
 * Who issued a document that a definite description names as the speaker (`“…,” the statement
 * said`, `The report said: “…”`): a definite description points back to what the sentences
 * before introduced, and a document speaks for whoever issued it. The issuer is the subject of
 * the closest sentence before that mentions the same document (`In a statement, Wessex Vale Water
 * said …`, `… said in a statement that …`, `President Obama released a statement …`), when that
 * subject is a name.
 */
import { isSubject, sentenceSubject } from './passes/clause-subject.ts';
import { IS_NAME, NAME, NOT_A_NAME } from './passes/patterns.ts';
import { resolveName, type Person } from './people.ts';
import { hasTag, tagWords } from './pos-tags.ts';
import { openerEnd, sentencesBefore } from './sentences.ts';
import { DOCUMENT_NOUNS } from './words/documents.ts';

const DOCUMENTS: ReadonlySet<string> = new Set(DOCUMENT_NOUNS);
const NAMES = new RegExp(NAME, 'gu');
const FUNCTION_TAGS = ['Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Pronoun'];
/** How many sentences back the document's introduction is looked for. */
const REACH = 3;

/** The issuer of the document `mention` names (`the statement`), from the sentences before `start`. */
export function documentIssuer(
  mention: string,
  text: string,
  people: readonly Person[],
  start: number,
  windowStart: number,
): { name: string; person?: Person } | undefined {
  const described = /^[Tt]he\s+(\p{Ll}[\p{Ll}-]*)$/u.exec(mention.trim());
  const noun = described?.[1];
  if (!noun || !DOCUMENTS.has(noun)) return undefined;
  // Introduced, not itself pointed back to (`According to the statement, …`): after `a`, `its`
  // or an owner (`the campaign's initial statement`), a modifier or two between.
  const introduced = new RegExp(
    `\\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\\p{L}+['’]s?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${noun}\\b`,
    'u',
  );
  for (const [begin, end] of sentencesBefore(text, start, windowStart, REACH)) {
    const sentence = text.slice(begin, end);
    const document = introduced.exec(sentence);
    if (!document) continue;
    // `In a statement, Wessex Vale Water said …`: the subject after an opener holding the document.
    const subject = sentenceSubject(sentence);
    const issuer =
      nameBefore(sentence, document.index) ??
      (subject && subject.at > document.index ? subject : undefined);
    if (!issuer || !IS_NAME.test(issuer.mention)) return undefined;
    const person = resolveName(people, issuer.mention, begin + issuer.at);
    return person ? { name: person.name, person } : { name: issuer.mention };
  }
  return undefined;
}

/**
 * The subject named closest before the document in its sentence (`Cook provided a written
 * statement`, `… Association, which represents small carriers, said in a statement`): a name
 * that is no preposition's object and modifies no noun after it (`British children`).
 */
function nameBefore(sentence: string, at: number): { mention: string; at: number } | undefined {
  let found: { mention: string; at: number } | undefined;
  // `In a statement, …`: not a word of the opener.
  const main = openerEnd(sentence);
  for (const m of sentence.slice(0, at).matchAll(NAMES)) {
    const end = m.index + m[0].length;
    if (m.index < main || NOT_A_NAME.test(m[0]) || !isSubject(sentence, m.index)) continue;
    // `In a statement`: a capitalised function word is no name.
    if (!m[0].includes(' ') && hasTag(tagWords(m[0])[0], FUNCTION_TAGS)) continue;
    if (!/^\s*(?:,|\p{Ll})/u.test(sentence.slice(end))) continue;
    // `British children enjoy …`: a name modifying the noun after it is not the subject.
    const word = /^\s+(\p{Ll}+)/u.exec(sentence.slice(end))?.[1];
    const next = word ? tagWords(`${m[0]} ${word}`).at(-1) : undefined;
    if (next && hasTag(next, ['Noun']) && !hasTag(next, ['Verb'])) continue;
    found = { mention: m[0], at: m.index };
  }
  return found;
}
