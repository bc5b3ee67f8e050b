/** The raw text of an input file as the site serves it at `/raw/<id>.txt`. */
import { decode } from '../pipeline/decode.ts';
import { normalizeText } from '../pipeline/normalize.ts';

/**
 * A byte order mark. Static hosts (`astro preview` among them) serve `.txt` as `text/plain` with
 * no charset, and browsers then read it as Windows-1252; a leading BOM makes them read UTF-8.
 */
export const BYTE_ORDER_MARK = '\ufeff';

/** The file's text: decoded as the pipeline decodes it, with line ends and spaces normalised. */
export function rawTextFromBytes(bytes: Uint8Array): string {
  return normalizeText(decode(bytes).text).text;
}

/** The body of the served raw-text file: a byte order mark, then the file's text. */
export function rawTextBody(bytes: Uint8Array): string {
  return `${BYTE_ORDER_MARK}${rawTextFromBytes(bytes)}`;
}
