/**
 * Bylines read as names, not as wordings: a byline is a list of pieces (split on commas, `and`,
 * `&`), each either a person's name or an affiliation (the outlet or desk the writer works for:
 * `Breitbart News`, `Special to The Post`, `Staff Writer`). Tags come from compromise (`#Person`,
 * `#FirstName`, `#Organization`, `#Actor`). The affiliation is kept apart: it is where the writer
 * works, not necessarily the outlet that published the article.
 */
import nlp from './document/compromise.ts';
import { hasTag, tagWords } from './document/tokens.ts';
import { nameCase } from './name-case.ts';
import { AND_WORDS, BY_WORDS } from './words/byline-words.ts';
import { PICTURE_NOUNS } from './words/picture-nouns.ts';

/** What one piece of a byline is. */
export type PieceKind = 'person' | 'name' | 'affiliation' | 'other';

/** A byline read from text. */
export interface Byline {
  authors: string[];
  /** The pieces after the names that say where the writer works. */
  affiliation: string[];
}

/**
 * Where a byline parts its pieces: commas, `and` (in any case, or another language's in lower
 * case), `&`, a spaced slash, and `for` before a capital (`Emily Peck For HuffPost`).
 */
const AND = `(?:and|And|AND|${[...AND_WORDS].join('|')})`;
const PIECE_SPLIT = new RegExp(
  `\\s*,\\s*(?:${AND}\\s+)?|\\s+${AND}\\s+|\\s*&\\s*|\\s+\\/\\s+|\\s+(?:for|For|FOR)\\s+(?=\\p{Lu})`,
  'u',
);

/** A byline's pieces, as written and trimmed. */
export function bylinePieces(text: string): string[] {
  return text
    .split(PIECE_SPLIT)
    .map((p) => p.trim())
    .filter(Boolean);
}
/** A social handle beside a name (`Ron Nixon (@rnixon)`) says who the writer is on a network. */
const HANDLE = /\s*\(?@[\w.]+\)?/gu;

/**
 * Words that say a line names who wrote the story: `Reporting by`, `Written by`, `Story by`,
 * `Authors:`, `Contributors:` (singular, lower case). A photo or editing credit is not a byline.
 */
const AUTHORSHIP = new Set([
  'author',
  'byline',
  'contributor',
  'reporter',
  'writer',
  'story',
  'article',
  'report',
  'reporting',
  'written',
  'writing',
  'words',
  'posted',
  'creator',
]);

/**
 * The length of the marker that opens a byline, or 0: `By`, authorship words then `by`
 * (`Reporting by`, `Story written by`), a label of the piece then `by` (`News analysis by`,
 * `Opinion by`), or an authorship label and a colon (`Authors:`). A marker may follow another, as
 * an export's field label does (`BYLINE: By …`, `BY By …`): all are taken.
 */
export function bylineMarker(text: string): number {
  let length = 0;
  for (let next = markerAt(text); next > 0; next = markerAt(text.slice(length))) length += next;
  return length;
}

function markerAt(text: string): number {
  const bare = /^by\s*:?\s+/i.exec(text);
  if (bare) return bare[0].length;
  // `Von Charlie Spiering`, `di Mark Landler e Noah Weiland`: another language's `by`, when a
  // person's name follows it.
  const foreign = /^(\p{L}+)\s+/u.exec(text);
  if (
    foreign &&
    BY_WORDS.has(foreign[1]!.toLowerCase()) &&
    namesAPerson(text.slice(foreign[0].length))
  )
    return foreign[0].length;
  const by = /^([\p{L}-]+(?:\s+[\p{L}-]+){0,2})\s+by\s+/iu.exec(text);
  if (by && isPieceLabel(by[1]!)) return by[0].length;
  const label = /^([\p{L}]+)\s*:\s*/u.exec(text);
  if (label && isAuthorshipWord(label[1]!)) return label[0].length;
  return 0;
}

/**
 * Words before `by` that say what the piece is or who wrote it: authorship words (`Reporting`,
 * `Written`), or a label of the piece opening the line (`News analysis`, `Fact check`,
 * `Commentary`). A participle names another act (`Edited by`, `Sponsored by`, `Paid for by`) and
 * a picture noun credits a picture (`Photos by`): neither opens a byline.
 */
function isPieceLabel(words: string): boolean {
  const list = words.split(/\s+/);
  if (list.some(isAuthorshipWord)) return true;
  if (!/^\p{Lu}/u.test(words) || list.length > 2) return false;
  // The word tests first: tagging is the costly part.
  if (list.some((w) => /ed$/i.test(w) || inWords(PICTURE_NOUNS, w))) return false;
  return !nlp(`${words} by`)
    .terms()
    .slice(0, list.length)
    .has('(#PastTense|#Participle|#Preposition|#Pronoun)');
}

/** Whether `words` holds `word` or, for a plural, its singular (`Photos`, `Reporters`), any case. */
function inWords(words: ReadonlySet<string>, word: string): boolean {
  const w = word.toLowerCase();
  return words.has(w) || (w.endsWith('s') && words.has(w.slice(0, -1)));
}

const isAuthorshipWord = (word: string): boolean => inWords(AUTHORSHIP, word);

/** A byline without the social handles written beside its names. */
export function withoutHandles(text: string): string {
  return text.replace(HANDLE, '').trim();
}
const CAPITALISED = /^(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]\.)$/u;
const PARTICLE = /^(?:de|da|van|von|der|del|la|le|bin|al)$/;

/** True when the text up to a separator or a digit holds a person's name (`Charlie Spiering | …`). */
function namesAPerson(text: string): boolean {
  const names = text.split(/\s+[|·•—–-]\s+|\s*[|;(]|\s+\d/u)[0] ?? '';
  return bylinePieces(names).some((p) => pieceKind(p) === 'person');
}

/** One person written surname first: `Spiering, Charlie`, `STEWART, JAMES B.`, `Davis, Julie Hirschfeld`. */
const SURNAME_FIRST =
  /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,2})$/u;

/**
 * A byline in a catalogue's order, surname first (ProQuest and library exports: `Author: Spiering,
 * Charlie`, `By CHENEY, KYLE`, `Lowery, Wesley; Berman, Mark`), as names in reading order. Each
 * person is a surname of one word, a comma and the given names; people are parted by `;`. One
 * person alone is read so only when the given names are no outlet, place or job and open with a
 * first name or are set in a catalogue's capitals; with nothing vouching for the line (`marked`),
 * both.
 */
export function readSurnameFirst(
  text: string,
  marked: boolean,
  vouched = false,
): string[] | undefined {
  const people = text.split(/\s*;\s*/u).filter(Boolean);
  const names: string[] = [];
  for (const person of people) {
    const m = SURNAME_FIRST.exec(person.trim());
    if (!m) return undefined;
    names.push(`${m[2]} ${m[1]}`);
  }
  if (people.length === 1) {
    const given = nlp(nameCase(SURNAME_FIRST.exec(people[0]!.trim())![2]!));
    if (given.has('(#Organization|#Place|#Actor|#Determiner)')) return undefined;
    // `Smith, Reuters` names an agency; unmarked, `Trump, Ryan` lists two people. A first name,
    // or a catalogue's capitals (`PAYBARAH, AZI`), says the given names follow; unmarked, both.
    const firstName = given.has('^#FirstName');
    const capitals = !/\p{Ll}/u.test(text);
    if (!vouched && (marked ? !(firstName || capitals) : !(firstName && capitals)))
      return undefined;
  }
  return /\p{Ll}/u.test(text) ? names : names.map(nameCase);
}

/** Classifies one byline piece: a person, a name-shaped piece, an affiliation, or other text. */
export function pieceKind(piece: string): PieceKind {
  const words = piece.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 'other';
  // `Special to Breitbart News`, `Staff Writer`, `The New York Times`.
  if (/^special to\b/i.test(piece)) return 'affiliation';
  if (!words.every((w) => CAPITALISED.test(w) || PARTICLE.test(w))) return 'other';
  const doc = nlp(nameCase(piece));
  // A first name and a surname that is also a trade (`Nancy Cook`) is a person.
  if (words.length >= 2 && words.length <= 4 && doc.has('^#FirstName') && !doc.has('#Organization'))
    return 'person';
  // An organisation, a job (`Staff Writer`), or a name with an article (`The Post`).
  if (doc.has('#Organization') || doc.has('#Actor') || doc.has('^#Determiner'))
    return 'affiliation';
  if (words.length === 1) return 'affiliation';
  if (words.length > 4) return 'other';
  if (doc.has('#Place') && !doc.has('#Person')) return 'affiliation';
  if (doc.has('#Person')) return 'person';
  // A job: an adjective and a noun (`Congressional Correspondent`), read in lower case, where
  // compromise does not take capitals for a name; no name opens with an adjective.
  const lower = tagWords(piece.toLowerCase());
  if (hasTag(lower[0], ['Adjective']) && !lower.some((t) => hasTag(t, ['Person', 'FirstName'])))
    return 'affiliation';
  return 'name';
}

/** An affiliation in brackets closing a byline: `(HuffPost)`, `(POLITICO)`. */
const BRACKETED_AFFILIATION = /\s*\(([^()@]+)\)\s*$/u;
/**
 * Where the writer filed from, after the names: `in` or `from` (after a participle such as
 * `reporting`) and a place in capitals (`By Emily Peck in New York`, `Charlotte Meehan reporting
 * from Orlando`); a place is one to four capitalised words.
 */
const FILED_FROM =
  /\s+(?:\p{Ll}+ing\s+)?(?:in|from)\s+(\p{Lu}[\p{L}.'’-]*(?:,?\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*$/u;

/** A byline without the place the writer filed from. */
export function withoutPlace(text: string): string {
  const place = FILED_FROM.exec(text);
  return place && place.index > 0 ? text.slice(0, place.index) : text;
}

/** True when every piece of `text` says where a writer works (`Staff Writer`, `USA Today`). */
export function isAffiliation(text: string): boolean {
  const pieces = text.trim().split(PIECE_SPLIT).filter(Boolean);
  return pieces.length > 0 && pieces.every((p) => pieceKind(p.trim()) === 'affiliation');
}

/**
 * Reads a byline (the text after `By`, or a bare list of names): names first, affiliations after
 * them. `marked` says a `By` (or a date beside it) vouches for it; without one, at least one
 * piece must be a known person (compromise's name lexicon), so a list of capitalised words is not
 * taken for a byline, and a name closed by a full stop is a sentence or a signature.
 */
export function readByline(written: string, marked: boolean): Byline | undefined {
  if (!marked && /[.!?]\s*$/.test(written)) return undefined;
  // `Greenwood, Max (HuffPost)`: an outlet in brackets after a name written surname first, as a
  // catalogue writes it, is an affiliation and vouches for the name as a `By` does.
  const bracket = BRACKETED_AFFILIATION.exec(written);
  const before = bracket ? written.slice(0, bracket.index).trim() : '';
  const outlet =
    bracket && SURNAME_FIRST.test(before) && isAffiliation(bracket[1]!) ? bracket[1]! : undefined;
  const text = withoutPlace(outlet ? before : written);
  marked ||= outlet !== undefined;
  const surnameFirst = readSurnameFirst(
    withoutHandles(text).replace(/[,;:]$/, ''),
    marked,
    outlet !== undefined,
  );
  if (surnameFirst) return { authors: surnameFirst, affiliation: outlet ? [outlet] : [] };
  const pieces = bylinePieces(withoutHandles(text).replace(/[,;:]$/, ''));
  if (pieces.length === 0) return undefined;
  const kinds = pieces.map(pieceKind);
  if (kinds.includes('other')) return undefined;
  const firstAffiliation = kinds.findIndex((k) => k === 'affiliation');
  const names = firstAffiliation < 0 ? pieces : pieces.slice(0, firstAffiliation);
  const after = firstAffiliation < 0 ? [] : kinds.slice(firstAffiliation);
  if (after.some((k) => k !== 'affiliation')) return undefined;
  if (!marked && !kinds.includes('person')) return undefined;
  const allCaps = !/\p{Ll}/u.test(names.join(' '));
  return {
    authors: allCaps ? names.map(nameCase) : names,
    affiliation: firstAffiliation < 0 ? [] : pieces.slice(firstAffiliation),
  };
}
