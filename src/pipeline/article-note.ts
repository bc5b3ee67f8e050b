/**
 * A note about the article itself, which the page adds to the story: `This story has been
 * updated.`, `A version of this article appears in print on Page A14 …`, `Correction: An earlier
 * version of this article misstated …`, `This piece first appeared on Global Risk Insights.` Read
 * with compromise's tags and lemmas: the article (`this` and a noun) is the subject of a verb
 * about its publishing or its revision, or an earlier version of it is the subject (a
 * correction); a label naming a correction or an update may open the line. A sentence with the
 * article as subject and another verb is story text (`This column has spilled a lot of ink on
 * …`), and so is one where `this report` is what someone else wrote (`… this report shows`).
 */
import { firstLemmaSentence, type LemmaTerm } from './document/lemmas.ts';

/** What is done to an article when it is published or revised, as verb lemmas. */
const PUBLISHING = new Set(
  'update revise correct clarify publish republish appear post file print edit write'.split(' '),
);
/** A label that opens a note (`Correction:`, `Editor’s note:`), by its last word. */
const NOTE_LABEL = new Set(['correction', 'corrections', 'clarification', 'update', 'note']);
const LABEL = /^(?<label>[\p{L}’'.]+(?:\s+[\p{L}’'.]+){0,2})\s*[,:]/u;

type Term = LemmaTerm;

const has = (t: Term, tag: string): boolean => t.tags.includes(tag);

/** True when the line is a note about the article: its first sentence is one. */
export function isArticleNote(text: string): boolean {
  let line = text.trim();
  const label = LABEL.exec(line)?.groups?.label;
  if (
    label &&
    NOTE_LABEL.has(
      label
        .toLowerCase()
        .split(/\s+/)
        .at(-1)!
        .replace(/[’']s$/u, ''),
    )
  ) {
    line = line.slice(line.indexOf(label) + label.length).replace(/^[^:]*:\s*/u, '');
    if (!/\p{L}/u.test(line)) return true;
  }
  // Cheap looks before tagging: the article named early (`An earlier version of this …`), or a
  // note's shorthand opening with a participle.
  const opening = line.split(/\s+/, 10).join(' ');
  if (!/\bthis\b|^\p{L}+\s+\p{L}+ed\b|^\p{L}+ed\b/iu.test(opening)) return false;
  const first = firstLemmaSentence(line);
  return first !== undefined && isNoteClause(first);
}

function isNoteClause(terms: readonly Term[]): boolean {
  const verb = terms.findIndex((t) => has(t, 'Verb') && !has(t, 'Auxiliary') && !has(t, 'Copula'));
  if (verb < 0) return false;
  const subject = terms.slice(0, verb).filter((t) => !has(t, 'Adverb') && !has(t, 'Auxiliary'));
  const lemma = terms[verb]!.root ?? terms[verb]!.normal;
  if (subject.some((t) => has(t, 'Person') || has(t, 'Pronoun') || /["“”]/u.test(t.text)))
    return false;
  const at = subject.findIndex((t) => t.normal === 'this');
  const article = at >= 0 && subject[at + 1] !== undefined && has(subject[at + 1]!, 'Noun');
  // `An earlier version of this article …`: a correction, whatever its verb.
  if (article && subject.some((t) => t.normal === 'version')) return true;
  if (!PUBLISHING.has(lemma)) return false;
  // `This story was updated`, or no article named in a note's shorthand: `Story updated
  // throughout.`, `Republished with permission from …` (a bare noun or nothing, then the verb).
  // One verb only: `Filed for six bankruptcies, made millions …` is a list of deeds, not a note.
  const shorthand =
    (subject.length === 0 ||
      (subject.length === 1 && has(subject[0]!, 'Noun') && !has(subject[0]!, 'ProperNoun'))) &&
    has(terms[verb]!, 'PastTense') &&
    !terms.slice(verb + 1).some((t) => has(t, 'Verb'));
  return article || shorthand;
}
