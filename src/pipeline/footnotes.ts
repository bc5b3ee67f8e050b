/**
 * Footnotes of a page copied as text: a mark glued to the end of a word or sentence in the body
 * (`… the unsealing.^2`, `… pageants.(1)`, `… actions.[2]`, `regularly***`) and, after the body,
 * a list of sources each opened by one of those marks (`^2 RealClearPolitics, national polling
 * average.`). The list is read by its form and by the marks it shares with the body, never by
 * its wording: every line of it opens with a mark, and at least one of its marks is glued to a
 * word above it.
 */

/** A footnote's mark: `^1`, `[1]`, `(1)`, `*` to `***`, `†`, `‡`, superscript digits. */
const MARK = String.raw`\^\d{1,2}|\[\d{1,2}\]|\(\d{1,2}\)|\*{1,3}|[†‡]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}`;
/** A line of the list: a mark, a space, the source. */
const LIST_LINE = new RegExp(`^(${MARK})\\s+\\S`, 'u');
/** A mark glued to a word's end or a sentence's closing punctuation, then a space or the end. */
const GLUED = new RegExp(`(?<=[\\p{L}.,;:!?"'”’)])(${MARK})(?=\\s|$)`, 'gu');
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The mark as a key: `^2`, `[2]`, `(2)` and `²` are all `2`; `**` stays `**`. */
export function markKey(mark: string): string {
  const digits = mark.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/gu, (d) => String(SUPERSCRIPT.indexOf(d)));
  return digits.replace(/^[\^[(]|[\])]$/gu, '');
}

/** The key of the mark opening a line of a list of sources, or undefined. */
export function listLineMark(line: string): string | undefined {
  const m = LIST_LINE.exec(line.trim());
  return m ? markKey(m[1]!) : undefined;
}

/** The keys of the marks glued to words in `text`. */
export function gluedMarks(text: string): string[] {
  return [...text.matchAll(GLUED)].map((m) => markKey(m[1]!));
}

/** `text` without the glued marks whose keys are in `keys`, and the marks taken out. */
export function stripGluedMarks(
  text: string,
  keys: ReadonlySet<string>,
): { text: string; marks: string[] } {
  const marks: string[] = [];
  const stripped = text.replace(GLUED, (mark: string) => {
    if (!keys.has(markKey(mark))) return mark;
    marks.push(mark);
    return '';
  });
  return { text: stripped, marks };
}

/** A label over a list (`Notes`, `Sources:`): at most three words, no sentence's end. */
export function isListLabel(line: string): boolean {
  const text = line.trim();
  return (
    text.length > 0 &&
    text.split(/\s+/u).length <= 3 &&
    !/[.!?]$/u.test(text) &&
    listLineMark(text) === undefined
  );
}
