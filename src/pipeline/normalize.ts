/**
 * Normalises decoded text so that later steps see one form of every character: LF line ends,
 * NFC, plain spaces for the many Unicode spaces, no invisible format characters.
 */

/** What normalisation changed, counted so that it can be reported. */
export interface Normalized {
  text: string;
  /** Number of invisible characters (zero-width, bidi controls, soft hyphens) removed. */
  invisibleRemoved: number;
}

// Zero-width and bidi control characters, BOMs inside the text, soft hyphens.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// Unicode space separators other than the plain space (no-break, thin, ideographic …).
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Line and paragraph separators behave as line ends.
const ODD_NEWLINE = /\r\n?|[\u2028\u2029\u0085\v\f]/g;

/** Normalises line ends, Unicode form, spaces and invisible characters. */
export function normalizeText(input: string): Normalized {
  let invisibleRemoved = 0;
  const text = input
    .replace(ODD_NEWLINE, '\n')
    .replace(INVISIBLE, () => {
      invisibleRemoved++;
      return '';
    })
    .replace(ODD_SPACE, ' ')
    .normalize('NFC');
  return { text, invisibleRemoved };
}
