/**
 * Nouns that name a person by what they are or do (`player`, `striker`, `host`, `spokesman`),
 * read from compromise's tags: the `Actor` and `Person` tags, or an agent noun in
 * -er/-or/-ist/-ian. Used where a noun stands for someone: a role before a name (`Oscar host
 * Chris Rock`) and the head of a description (`the Tottenham striker`).
 */
import { lexiconTagsOf } from './first-names.ts';
import { hasTag, tagWords, type Token } from './pos-tags.ts';

/** Agent nouns: `striker`, `director`, `economist`, `comedian`, `spokesman`. */
const AGENT = /\p{Ll}{3}(?:er|or|ist|ian|man|woman|person)$/u;

/** A singular noun that names a person: `player`, `striker`, `star`, `comedian`. */
export function isPersonNoun(w: Token | undefined): boolean {
  if (!w || !hasTag(w, ['Noun']) || hasTag(w, ['Plural', 'Possessive', 'Acronym'])) return false;
  return hasTag(w, ['Actor', 'Person']) || AGENT.test(w.text);
}

/**
 * A lower-case word that names a role as a noun (`captain`, `host`, `editor`), or one of the
 * `titles` used as a noun (`coach`, `chief`): tagged after a determiner, as in a phrase, so
 * `coach` is not the verb.
 */
export function isRoleWord(word: string, titles: ReadonlySet<string>): boolean {
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(word)) return false;
  let known = roleWords.get(titles);
  if (!known) roleWords.set(titles, (known = new Map()));
  let role = known.get(word);
  if (role === undefined) {
    const words = mayBePerson(word, titles) ? tagWords(`the ${word}`) : [];
    role =
      words.length === 2 &&
      hasTag(words[0], ['Determiner']) &&
      (isPersonNoun(words[1]) || (titles.has(word) && hasTag(words[1], ['Noun'])));
    if (known.size >= MAX_WORDS) known.clear();
    known.set(word, role);
  }
  return role;
}

/** Lexicon tags of words that may be tagged as naming a person (first names and surnames too). */
const PERSON_TAGS = new Set([
  'Actor',
  'Person',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Honorific',
]);

/**
 * False when tagging cannot make the word a role: no title, no agent noun, and a word of
 * compromise's lexicon with no tag of a person (`deal`, `match`), whose tags after `the` stay a
 * common word's. Words the lexicon does not know are tagged (its suffix rules may make them an
 * `Actor`). Checked on the 25,787 lower-case words of BBC and all PolNeAR and quote gold sets:
 * the same answer for every word, 7,861 of them not tagged.
 */
function mayBePerson(word: string, titles: ReadonlySet<string>): boolean {
  if (titles.has(word) || AGENT.test(word)) return true;
  const tags = lexiconTagsOf(word);
  return tags.length === 0 || tags.some((t) => PERSON_TAGS.has(t));
}

/** Each word's answer, per list of titles: a word is tagged once, whatever the text cache holds. */
const roleWords = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();
/** Enough for the lower-case vocabulary of a large corpus; cleared when full. */
const MAX_WORDS = 20_000;
