/**
 * Bylines read as names, not as wordings: a byline is a list of pieces (split on commas, `and`,
 * `&`), each either a person's name or an affiliation (the outlet or desk the writer works for:
 * `Breitbart News`, `Special to The Post`, `Staff Writer`). Tags come from compromise (`#Person`,
 * `#FirstName`, `#Organization`, `#Actor`). The affiliation is kept apart: it is where the writer
 * works, not necessarily the outlet that published the article.
 */
import nlp from 'compromise';
import { nameCase } from './name-case.ts';

/** What one piece of a byline is. */
export type PieceKind = 'person' | 'name' | 'affiliation' | 'other';

/** A byline read from text. */
export interface Byline {
  authors: string[];
  /** The pieces after the names that say where the writer works. */
  affiliation: string[];
}

const PIECE_SPLIT = /\s*,\s*|\s+and\s+|\s*&\s*/i;
const CAPITALISED = /^(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]\.)$/u;
const PARTICLE = /^(?:de|da|van|von|der|del|la|le|bin|al)$/;

/** Classifies one byline piece: a person, a name-shaped piece, an affiliation, or other text. */
export function pieceKind(piece: string): PieceKind {
  const words = piece.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 'other';
  // `Special to Breitbart News`, `Staff Writer`, `The New York Times`.
  if (/^special to\b/i.test(piece)) return 'affiliation';
  if (!words.every((w) => CAPITALISED.test(w) || PARTICLE.test(w))) return 'other';
  const doc = nlp(nameCase(piece));
  // An organisation, a job (`Staff Writer`), or a name with an article (`The Post`).
  if (doc.has('#Organization') || doc.has('#Actor') || doc.has('^#Determiner'))
    return 'affiliation';
  if (words.length === 1) return 'affiliation';
  if (words.length > 4) return 'other';
  if (doc.has('#Place') && !doc.has('#Person')) return 'affiliation';
  return doc.has('#Person') ? 'person' : 'name';
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
export function readByline(text: string, marked: boolean): Byline | undefined {
  if (!marked && /[.!?]\s*$/.test(text)) return undefined;
  const pieces = text
    .trim()
    .replace(/[,;:]$/, '')
    .split(PIECE_SPLIT)
    .map((p) => p.trim())
    .filter(Boolean);
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
