/**
 * Renders an entry's body to HTML through hast: paragraphs with stable ids and a visible anchor
 * link, subheads as `h2`. Text goes in as text nodes, so nothing in it can become markup.
 */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Block } from '../schemas/entry.ts';

/** The hast tree of an entry's body blocks. */
export function bodyTree(blocks: readonly Block[]): Root {
  let n = 0;
  const children: Element[] = blocks.map((block) => {
    if (block.type === 'subhead') return h('h2', { id: block.id }, block.text);
    n++;
    return h('p', { id: block.id }, [
      h(
        'a',
        { className: ['anchor'], href: `#${block.id}`, ariaLabel: `Paragraph ${n}: link` },
        '¶',
      ),
      ' ',
      block.text,
    ]);
  });
  return { type: 'root', children };
}

/** An entry's body as an HTML string. */
export function renderBody(blocks: readonly Block[]): string {
  return toHtml(bodyTree(blocks));
}
