/**
 * Marks a page sets around a headline that are not part of it, read by their form: a wire
 * service's version marker glued to the front (`UPDATE 2-`, `REFILE-`: a word in capitals, with
 * or without a number, and a hyphen with no space before the headline's first word), a reading
 * list's number (`3.`, `4)`, `#4`, `No. 5:`), and a media tag in brackets at the end (`(+VIDEO)`,
 * `[UPDATED]`: a word of five letters or more set in capitals, one the corpus uses elsewhere, so
 * `(NATO)` stays). What is left must still be a headline of three words or more.
 */
import type { Vocabulary } from './types.ts';

/** A version marker: a capitals word of five letters or more, or one with a version number. */
const VERSION_MARK = /^(?<mark>\p{Lu}{5,}(?:\s\d{1,2})?|\p{Lu}{2,}\s\d{1,2})-(?=["“‘']?\p{Lu})/u;
/** A list number: `3.` or `4)` and a space, `#4`, `No. 5:`. */
const LIST_NUMBER = /^(?<mark>\d{1,3}[.)]|#\d{1,3}|No\.\s?\d{1,3}:)\s+(?=["“‘']?[\p{Lu}\p{N}])/u;
/** A bracketed tag at the end: capitals, perhaps a `+`, one or two words. */
const MEDIA_TAG = /\s+(?<mark>[([]\+?(?<word>\p{Lu}{5,})(?:\s\p{Lu}{3,})?[)\]])$/u;

export interface TitleMarks {
  title: string;
  /** The marks taken off, each with what it is. */
  marks: Array<{ text: string; detail: string }>;
}

/** Takes the marks around a headline off it; `marks` is empty when there are none. */
export function stripTitleMarks(line: string, vocabulary?: Vocabulary): TitleMarks {
  let title = line.trim();
  const marks: TitleMarks['marks'] = [];
  const version = VERSION_MARK.exec(title);
  if (version?.groups && /\p{Ll}/u.test(title)) {
    marks.push({
      text: version[0],
      detail: 'a version marker glued to the headline (capitals and a hyphen)',
    });
    title = title.slice(version[0].length);
  }
  const number = LIST_NUMBER.exec(title);
  if (number?.groups) {
    marks.push({ text: number.groups.mark!, detail: 'a list number before the headline' });
    title = title.slice(number[0].length);
  }
  const tag = MEDIA_TAG.exec(title);
  const word = tag?.groups?.word?.toLowerCase();
  // In capitals against a headline that is not, and a word the corpus knows when there is one.
  if (
    tag?.groups &&
    word &&
    /\p{Ll}/u.test(title.slice(0, tag.index)) &&
    (vocabulary?.known(word) ?? true)
  ) {
    marks.push({ text: tag.groups.mark!, detail: 'a media tag in brackets after the headline' });
    title = title.slice(0, tag.index);
  }
  if (marks.length > 0 && title.split(/\s+/).length < 3) return { title: line, marks: [] };
  return { title, marks };
}
