/**
 * Lines of structured data left in a scraped page's text: a page's JSON-LD (`{"@context":
 * "https://schema.org","@type":"NewsArticle",…}`), an embed's or a player's settings. A line that
 * is a whole JSON object or array is data for programs, not words for readers: it is taken out
 * wherever it stands (its strings would otherwise be read as quotations), and kept in `removed`.
 * Judged by the JSON grammar, never by the keys it holds.
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

/** Marks lines of structured data as not body text. */
export default function remarkDataLines() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree))
      for (const node of article.children)
        if (node.type === 'paragraph' && isLive(node) && isDataLine(blockText(node)))
          markRemoved(node, 'boilerplate-line', 'structured data (JSON), not text');
  };
}
