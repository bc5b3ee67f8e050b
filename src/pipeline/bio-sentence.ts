/**
 * What makes a line an author bio rather than story text: a bio is about a named person (a name
 * as the subject, never a pronoun, read with compromise: `She was an established author …`
 * continues the story's subject), and it quotes nobody. The wording of the
 * predicate (`is a reporter at …`, `covers … for …`) is read by `readBio`.
 */
import { anyTagged } from './document/tokens.ts';

/** Quotation marks: a line that quotes someone is reporting, not a bio. */
const QUOTE_MARK = /["“”«»]|(?:^|\s)['‘]|['’](?:\s|$)/u;

/** True when `text` has the shape of a bio whose subject is `subject`. */
export function isBioShaped(text: string, subject: string): boolean {
  if (QUOTE_MARK.test(text)) return false;
  const capitalised = subject.split(/\s+/).every((w) => /^\p{Lu}/u.test(w));
  return capitalised && !anyTagged(subject, ['Pronoun']);
}
