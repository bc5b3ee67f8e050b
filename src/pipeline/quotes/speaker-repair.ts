/**
 * Repairs or rejects speakers that are not mentions (`speaker-shape.ts` says why), reading the
 * words with compromise's tags: a fragment across a sentence break keeps its last sentence (`its
 * accounts. The network` → `The network`); a document speaks for its issuer (`Wim Kok’s report`
 * → `Wim Kok`, `An IAAF statement` → `IAAF`); a sentence-opening connective is not part of the
 * name (`And Jo Bell` → `Jo Bell`) and alone is no speaker (`Already`); a title before a name is
 * not the name (`of Education Jo Bell`, `Economic Policy Minister Jo Bell` → `Jo Bell`); a common
 * plural is a description, not a name (`Officials` → `officials`); a clause is no speaker. A
 * repaired name is resolved to the fullest form another quote of the article gives it.
 */
import type { Quote } from '../../schemas/entry.ts';
import { TITLES } from './people.ts';
import { hasTag, tagWords, type Token } from './pos-tags.ts';
import { garbleOf } from './speaker-shape.ts';
import { DOCUMENT_NOUNS } from './words/documents.ts';

const DOCUMENTS = new Set(DOCUMENT_NOUNS);
/** Tags of the first word of a person's name. */
const FIRST_NAME = ['FirstName', 'MaleName', 'FemaleName'];

const capitalised = (w: string): boolean => /^[\p{Lu}\d]/u.test(w);
const plain = (w: string): string => w.replace(/['’]s?$/u, '');

/** The name after the titles that open a run of capitalised words: `Economic Policy Minister Jo Bell` → `Jo Bell`. */
function afterTitles(words: readonly Token[], titled = true): string | null {
  const lastTitle = words.findLastIndex((w) => TITLES.has(w.text.toLowerCase()));
  if (titled && lastTitle < 0) return null;
  const rest = lastTitle >= 0 ? words.slice(lastTitle + 1) : words;
  const start = rest.findIndex((w) => hasTag(w, FIRST_NAME));
  if (start < 0) return null;
  const name = rest.slice(start);
  return name.length > 0 && name.every((w) => capitalised(w.text))
    ? name.map((w) => w.text).join(' ')
    : null;
}

/**
 * True when a word of the name, cut where compromise cuts words (spaces, dashes) or anywhere else
 * but letters, digits and dots, is a title: only then can `afterTitles` find one, so a name with
 * none (`Jo Bell`, most speakers) is not tagged for it.
 */
const mayHoldTitle = (name: string): boolean =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .some((w) => TITLES.has(w));

/** The person's name after the titles in a speaker (`afterTitles`), or null. */
const titledName = (name: string): string | null =>
  mayHoldTitle(name) ? afterTitles(tagWords(name)) : null;

/** The issuer of a document: the last run of capitalised words before the document noun. */
function issuer(words: readonly Token[]): string | null {
  const at = words.findLastIndex((w) => DOCUMENTS.has(w.text.toLowerCase()));
  const run: string[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const w = words[i]!;
    if (capitalised(w.text) && !w.tags.has('Determiner')) run.unshift(plain(w.text));
    else if (run.length) break;
  }
  return run.length ? run.join(' ') : null;
}

/** The repaired speaker for a garbled one, or null when there is none to be had. */
export function repairSpeaker(name: string): string | null {
  const garble = garbleOf(name);
  if (!garble) return name;
  const words = tagWords(name);
  let repaired: string | null = null;
  switch (garble) {
    case 'sentence-break':
      repaired = name.split(/(?<=\p{Ll}{2}[.!?])\s+/u).at(-1) ?? null;
      break;
    case 'document':
      repaired = issuer(words);
      break;
    case 'connective':
      repaired = words.length > 1 ? name.slice(name.indexOf(words[1]!.text)) : null;
      break;
    case 'lower-case-start':
      repaired = afterTitles(
        words.slice(words.findLastIndex((w) => !capitalised(w.text)) + 1),
        false,
      );
      break;
    case 'common-word':
      repaired = name.toLowerCase();
      break;
    case 'clause':
      repaired = null;
  }
  if (garble === 'common-word' || repaired === null || repaired === name) return repaired;
  return repairSpeaker(repaired);
}

/** A name's fullest form among the article's speakers: `Bell` → `Jo Bell`. */
function fullest(name: string, names: readonly string[]): string {
  const last = name.split(/\s+/).at(-1)!;
  return names
    .filter((n) => n.length > name.length && n.split(/\s+/).at(-1) === last && !garbleOf(n))
    .reduce((best, n) => (n.length > best.length ? n : best), name);
}

/**
 * Repairs the speakers of an entry's quotes in place: each garbled speaker is repaired or
 * removed, a job title before a person's name comes off, and a repaired name is resolved to its
 * fullest form in the article. The mention is narrowed to the repaired words when it holds them.
 */
export function repairSpeakers(quotes: Quote[]): Quote[] {
  const names = quotes.flatMap((q) =>
    q.speakerName ? [titledName(q.speakerName) ?? q.speakerName] : [],
  );
  for (const quote of quotes) {
    const name = quote.speakerName;
    if (!name) continue;
    let repaired = repairSpeaker(name);
    if (repaired === name) {
      const person = titledName(name);
      if (person && person !== name && capitalised(name)) repaired = person;
      else continue;
    }
    if (repaired === null) {
      Object.assign(quote, { speaker: null, speakerName: null, via: null, rule: null });
      continue;
    }
    const full = /^\p{Ll}/u.test(repaired) ? repaired : fullest(repaired, names);
    Object.assign(quote, { speaker: full, speakerName: full });
    if (quote.speakerMention?.includes(repaired) && quote.speakerMention !== repaired)
      quote.speakerMention = repaired;
  }
  return quotes;
}
