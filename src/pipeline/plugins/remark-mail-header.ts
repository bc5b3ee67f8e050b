/**
 * The header of a forwarded e-mail at the top of a file (`From: …`, `Date: …`, `Subject: …`,
 * `To: …`), with the mail program's separator line above it (`---------- Forwarded message
 * ---------`, `-----Original Message-----`): the mail's, not the article's. Read by form: a run of
 * lines each opened by a header field of the mail format and a colon, holding a sender or a
 * subject. Taken out before header lines are read, so the date the mail was sent is never taken
 * for the article's; kept in `removed`.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { articlesOf, blockText } from '../blocks.ts';
import { MAIL_HEADER_FIELDS } from '../words/mail-header-fields.ts';

/** The header is looked for among this many lines at the top. */
const TOP_LINES = 12;
/** A mail header holds at least this many fields. */
const MIN_FIELDS = 3;
/** `Field: value`: a field name of letters and hyphens, a colon, then the value. */
const FIELD = /^([A-Za-z][A-Za-z-]*):(?:\s|$)/;
/** A mail program's separator: a few words between runs of dashes. */
const SEPARATOR = /^-{3,}\s*[^-]{0,40}?\s*-{3,}$/;

const fieldOf = (line: string): string | undefined => {
  const name = FIELD.exec(line.trim())?.[1]?.toLowerCase();
  return name !== undefined && MAIL_HEADER_FIELDS.has(name) ? name : undefined;
};

/** Takes a forwarded mail's header (and its separator line) out of the first article. */
export default function remarkMailHeader() {
  return (tree: Root, file: VFile): void => {
    const [article] = articlesOf(tree);
    if (!article) return;
    const texts = article.children
      .slice(0, TOP_LINES)
      .map((node) => (node.type === 'paragraph' ? blockText(node) : ''));
    for (let start = 0; start < texts.length; start++) {
      let end = start;
      while (end < texts.length && fieldOf(texts[end]!) !== undefined) end++;
      const fields = texts.slice(start, end).map((t) => fieldOf(t)!);
      if (end - start < MIN_FIELDS || !fields.some((f) => f === 'from' || f === 'subject'))
        continue;
      const from = start > 0 && SEPARATOR.test(texts[start - 1]!.trim()) ? start - 1 : start;
      const removed = (file.data.clippings!.fileRemoved ??= []);
      for (const text of texts.slice(from, end))
        removed.push({
          text,
          reason: 'boilerplate-line',
          detail: 'the header of a forwarded e-mail',
        });
      article.children.splice(from, end - from);
      return;
    }
  };
}
