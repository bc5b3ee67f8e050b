/**
 * Renders an entry's body to HTML through hast: paragraphs with stable ids and a visible anchor
 * link, subheads as `h2`, each quotation as `<q id cite>` and the words naming its speaker linked
 * to the speaker's page. Text goes in as text nodes, so nothing in it can become markup.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Block, Quote } from '../schemas/entry.ts';

/** Where quote and speaker pages live (the loader knows the base path). */
export interface Links {
  quote: (quote: Quote) => string;
  speaker: (quote: Quote) => string | null;
}

interface Range {
  start: number;
  end: number;
  node: (children: ElementContent[]) => Element;
}

/** The hast tree of an entry's body blocks. */
export function bodyTree(
  blocks: readonly Block[],
  quotes: readonly Quote[] = [],
  links?: Links,
): Root {
  let n = 0;
  const children: Element[] = blocks.map((block) => {
    const inBlock = quotes.filter((q) => q.block === block.id);
    const content = links
      ? markQuotes(block.text, inBlock, links)
      : [{ type: 'text' as const, value: block.text }];
    if (block.type === 'subhead') return h('h2', { id: block.id }, content);
    n++;
    return h('p', { id: block.id }, [
      h(
        'a',
        { className: ['anchor'], href: `#${block.id}`, ariaLabel: `Paragraph ${n}: link` },
        '¶',
      ),
      ' ',
      ...content,
    ]);
  });
  return { type: 'root', children };
}

/** An entry's body as an HTML string. */
export function renderBody(
  blocks: readonly Block[],
  quotes: readonly Quote[] = [],
  links?: Links,
): string {
  return toHtml(bodyTree(blocks, quotes, links));
}

/** Splits a paragraph's text into text, `<q>` and speaker-link nodes. */
function markQuotes(text: string, quotes: readonly Quote[], links: Links): ElementContent[] {
  const ranges: Range[] = quotes.map((q) => ({
    start: q.start,
    end: q.end,
    node: (c) => h('q', { id: q.id, cite: links.quote(q), dataSpeaker: q.speaker ?? undefined }, c),
  }));
  const linked = new Set<string>();
  for (const q of quotes) {
    const href = links.speaker(q);
    if (!href || !q.speakerMention || linked.has(`${q.speakerMention}@${q.speaker}`)) continue;
    const at = nearestOutside(text, q.speakerMention, q.start, ranges);
    if (at < 0) continue;
    linked.add(`${q.speakerMention}@${q.speaker}`);
    const label =
      q.speakerMention === q.speaker
        ? []
        : [h('span', { className: ['visually-hidden'] }, ` (${q.speaker})`)];
    ranges.push({
      start: at,
      end: at + q.speakerMention.length,
      node: (c) => h('a', { className: ['speaker'], href }, [...c, ...label]),
    });
  }
  ranges.sort((a, b) => a.start - b.start);
  const out: ElementContent[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at) continue;
    if (r.start > at) out.push({ type: 'text', value: text.slice(at, r.start) });
    out.push(r.node([{ type: 'text', value: text.slice(r.start, r.end) }]));
    at = r.end;
  }
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
  return out;
}

/** The occurrence of `needle` nearest to `near` that lies outside every range, or -1. */
function nearestOutside(
  text: string,
  needle: string,
  near: number,
  ranges: readonly Range[],
): number {
  let best = -1;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const inside = ranges.some((r) => i < r.end && i + needle.length > r.start);
    const word = !/\p{L}/u.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i + needle.length] ?? '');
    if (!inside && word && (best < 0 || Math.abs(i - near) < Math.abs(best - near))) best = i;
  }
  return best;
}
