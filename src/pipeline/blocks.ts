/** Small helpers to read, mark and build the line blocks of the article tree. */
import type { Heading, Paragraph, Text } from 'mdast';
import type { Article, Line, LineData, RemovedReason } from './types.ts';

/** The text of a block (paragraph or heading) built by the parser: its single text child. */
export function blockText(node: Paragraph | Heading): string {
  const first = node.children[0] as Text | undefined;
  return first?.value ?? '';
}

/** Replaces the text of a block in place. */
export function setBlockText(node: Paragraph | Heading, value: string): void {
  node.children = [{ type: 'text', value }];
}

/** Creates a paragraph block holding `value`. */
export function makeLine(value: string, blankBefore: boolean): Line {
  return { type: 'paragraph', children: [{ type: 'text', value }], data: { blankBefore } };
}

/** The plugin data of a block. */
export function lineData(node: Paragraph | Heading): LineData {
  return (node.data ??= {}) as LineData;
}

/** True when the block is still body text (not marked as removed). */
export function isLive(node: Paragraph | Heading): boolean {
  return !(node.data as LineData | undefined)?.removal;
}

/** Marks a block as not body text, with the reason. */
export function markRemoved(
  node: Paragraph | Heading,
  reason: RemovedReason,
  detail?: string,
): void {
  lineData(node).removal = detail ? { reason, detail } : { reason };
}

/** The blocks of an article that are still body text, in order. */
export function liveBlocks(article: Article): Array<Paragraph | Heading> {
  return article.children.filter(isLive);
}

/** The live paragraph (not subhead) blocks of an article, in order. */
export function liveParagraphs(article: Article): Paragraph[] {
  return article.children.filter((c): c is Paragraph => c.type === 'paragraph' && isLive(c));
}

/** The articles (stories) of a tree. */
export function articlesOf(tree: { children: Array<{ type: string }> }): Article[] {
  return tree.children.filter((n): n is Article => n.type === 'article');
}
