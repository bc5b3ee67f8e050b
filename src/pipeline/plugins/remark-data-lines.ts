/**
 * Lines of structured data left in a scraped page's text: a page's JSON-LD (`{"@context":
 * "https://schema.org","@type":"NewsArticle",…}`), an embed's or a player's settings. A line that
 * is a whole JSON object or array is data for programs, not words for readers: it is taken out
 * wherever it stands (its strings would otherwise be read as quotations), and kept in `removed`.
 * Judged by the JSON grammar, never by the keys it holds.
 *
 * So is a line that is nothing but markup: HTML tags with no text between them (`<!DOCTYPE
 * html>`, `<meta name="author" content="…">`, a lone `<p>` or `</div>`) or a CMS's shortcodes
 * (`[vc_row][vc_column]`, `[tweet https://…]`), and one element with its text (`<title>…</title>`)
 * between two such lines, as in a page's head. The line goes whole; markup inside a line of prose
 * is text as written and stays.
 */
import type { Root } from 'mdast';
import { articlesOf, blockText, isLive, markRemoved } from '../blocks.ts';

/** Data is at least this long: `[1]` or `{}` in a line is no page's data. */
const MIN_LENGTH = 20;

/** True when `line` is a whole JSON object or array with something in it. */
export function isDataLine(line: string): boolean {
  const text = line.trim();
  if (text.length < MIN_LENGTH) return false;
  const open = text[0];
  const close = text.at(-1);
  if (!((open === '{' && close === '}') || (open === '[' && close === ']'))) return false;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
  } catch {
    return false;
  }
}

/** One HTML tag (`<p>`, `</div>`, `<meta … />`, `<!DOCTYPE html>`, `<!-- … -->`). */
const TAG = String.raw`<(?:!--[^]*?--|[!/]?[A-Za-z][\w:-]*(?:\s[^<>]*)?)>`;
/** One shortcode: a name with `_`, arguments or a closing slash (`[vc_row]`, `[/caption]`). */
const SHORTCODE = String.raw`\[(?:/[a-z][\w-]*|[a-z]\w*_[\w-]*|[a-z][\w-]*\s[^[\]]+)\]`;
const MARKUP_LINE = new RegExp(`^(?:(?:${TAG}|${SHORTCODE})\\s*)+$`, 'u');
/** One element and its text: `<title>Flight attendants' union endorses Clinton</title>`. */
const ELEMENT_LINE = /^<([A-Za-z][\w-]*)(?:\s[^<>]*)?>[^<>]*<\/\1>$/u;

/** True when `line` is nothing but markup tags or shortcodes. */
export function isMarkupLine(line: string): boolean {
  return MARKUP_LINE.test(line.trim());
}

/** Marks lines of structured data and markup as not body text. */
export default function remarkDataLines() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) {
      const lines = article.children.map((node) =>
        node.type === 'paragraph' && isLive(node) ? blockText(node).trim() : '',
      );
      const markup = lines.map(isMarkupLine);
      article.children.forEach((node, i) => {
        if (node.type !== 'paragraph' || lines[i] === '') return;
        if (isDataLine(lines[i]!))
          markRemoved(node, 'boilerplate-line', 'structured data (JSON), not text');
        else if (markup[i])
          markRemoved(node, 'boilerplate-line', 'markup (tags or shortcodes), not text');
        else if (markup[i - 1] && markup[i + 1] && ELEMENT_LINE.test(lines[i]!))
          markRemoved(node, 'boilerplate-line', 'an element between lines of markup, not text');
      });
    }
  };
}
