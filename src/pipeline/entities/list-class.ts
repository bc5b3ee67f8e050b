/**
 * The class a list of names is introduced as: `web portals such as Google, Yahoo, Ebay and
 * Amazon`, `blockbuster films like Harry Potter`, `old rivals, such as Yahoo and Microsoft`.
 * Every name of such a list is one of the plural noun before `such as`, `like` or `including`
 * (a hyponym pattern): the noun says what each name is, wherever it stands in the list.
 */

import { wordTags } from './lexicon.ts';

/** Words that open the list after the class noun. */
const OPENERS: ReadonlyArray<readonly string[]> = [['such', 'as'], ['like'], ['including']];

/** Words allowed between the opener and the name: other names of the list and their glue. */
const GLUE = new Set(['and', 'or', ',', '&']);

/** Lower-case words allowed inside a name of the list (`Lord of the Rings`). */
const INSIDE = new Set(['of', 'the', 'and', 'for', 'de', 'von', 'van']);

/** A quick test for an opener in the text before a name, before reading it word by word. */
const OPENING = /\b(?:such as|like|including)\b/iu;

/** How far back the list is read, in characters. */
const REACH = 160;

const WORD = /\p{L}[\p{L}\p{M}\p{N}'’-]*|[,.;:!?()"“”]/gu;

/**
 * The lower-case plural noun that introduces the list a name at `start` stands in, or null when
 * the name stands in no such list. Reads back over the names before it in the list (capitalised
 * words, commas, `and`/`or`) to `such as`, `like` or `including`, then takes the noun before
 * (`rivals` in `rivals, such as`). A name that modifies the noun after it is no member itself
 * (`players like Middlesbrough winger Stewart Downing`).
 */
export function listClass(text: string, start: number, end: number): string | null {
  const window = text.slice(Math.max(0, start - REACH), start);
  if (!OPENING.test(window) || modifiesNext(text.slice(end, end + 30))) return null;
  const words = window.match(WORD) ?? [];
  let i = words.length - 1;
  // Back over the names and glue before this name.
  while (i >= 0) {
    const w = words[i]!;
    if (GLUE.has(w) || /^\p{Lu}/u.test(w)) i--;
    else if (INSIDE.has(w) && i > 0 && /^\p{Lu}/u.test(words[i - 1]!)) i--;
    else break;
  }
  // The glue right after the opener must lead to a name: `such as Google, Yahoo`, not `as`.
  for (const opener of OPENERS) {
    const from = i - opener.length + 1;
    if (from < 1 || opener.some((w, k) => words[from + k]?.toLowerCase() !== w)) continue;
    let n = from - 1;
    if (words[n] === ',') n--;
    const noun = words[n];
    return noun !== undefined && /^\p{Ll}+s$/u.test(noun) ? noun : null;
  }
  return null;
}

/** The singular forms a plural noun may have: `firms` → `firm`, `companies` → `company`. */
export function singulars(plural: string): string[] {
  const out = [plural.slice(0, -1)];
  if (plural.endsWith('ies')) out.push(`${plural.slice(0, -3)}y`);
  if (plural.endsWith('es')) out.push(plural.slice(0, -2));
  return out;
}

/** Tags of a word that make it a noun, and of one that make it a verb. */
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Actor']);
const VERB_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Copula', 'Modal']);

/**
 * The name is part of a larger member of the list: it modifies the lower-case noun after it
 * (` winger`, ` film`), owns what follows (`Ubisoft's Rayman DS`) or is part of a longer token
 * (`Sky+`).
 */
function modifiesNext(after: string): boolean {
  if (/^['’]s\b/u.test(after) || !/^(?:[\s,.;:!?)"”’]|$)/u.test(after)) return true;
  const next = /^ (\p{Ll}+)\b/u.exec(after)?.[1];
  if (next === undefined) return false;
  const tags = wordTags(next);
  return tags.some((t) => NOUN_TAGS.has(t)) && !tags.some((t) => VERB_TAGS.has(t));
}
