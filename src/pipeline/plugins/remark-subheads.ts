/**
 * Turns subheadings into `heading` blocks: a short line inside the body that reads as a heading —
 * a question, or a phrase with no closing punctuation — and is not a quotation.
 */
import type { Heading, Root } from 'mdast';
import { articlesOf, blockText, liveBlocks } from '../blocks.ts';

const MAX_SUBHEAD_LENGTH = 80;
const MAX_SUBHEAD_WORDS = 12;

/** Converts subhead lines to headings (depth 2). */
export default function remarkSubheads() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) {
      const live = liveBlocks(article);
      for (let i = 1; i < live.length - 1; i++) {
        const block = live[i]!;
        if (block.type !== 'paragraph') continue;
        const text = blockText(block);
        if (!isSubhead(text, blockText(live[i - 1]!), blockText(live[i + 1]!))) continue;
        const heading = block as unknown as Heading;
        heading.type = 'heading';
        heading.depth = 2;
      }
    }
  };
}

/** True when `line`, between two body paragraphs, reads as a subheading. */
export function isSubhead(line: string, before: string, after: string): boolean {
  if (line.length > MAX_SUBHEAD_LENGTH || line.split(/\s+/).length > MAX_SUBHEAD_WORDS)
    return false;
  if (/["“”«»]|['‘’]\s*$/.test(line) || !/^[\p{Lu}\p{N}]/u.test(line)) return false;
  if (/[.,;:!…]$/.test(line)) return false;
  // The neighbours must be real paragraphs: a subhead stands between longer text.
  if (before.length <= line.length || after.length <= line.length) return false;
  if (line.endsWith('?')) return true;
  // Without a question mark: a short phrase, no verb-like ending, in title or sentence case.
  return line.split(/\s+/).length <= 8 && !/\b(?:said|says|told|added)\b/.test(line);
}
