/**
 * Renders an entry's body to HTML through hast: paragraphs with stable ids and a visible anchor
 * link, subheads as `h2`, each quotation as `<q id cite>`, the words naming its speaker linked
 * to the speaker's page, and the first mention of each named entity linked to the entity's page
 * (inside a `<q>` when the mention is quoted; never inside another link). Text goes in as text
 * nodes, so nothing in it can become markup.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Block, EntityMention, Quote } from '../schemas/entry.ts';
import { nameStart } from './entities/candidates.ts';
import { listShape } from './lists.ts';

/** Where quote, speaker and entity pages live (the loader knows the base path). */
export interface Links {
  quote: (quote: Quote) => string;
  speaker: (quote: Quote) => string | null;
  entity?: ((entity: EntityMention) => string | null) | undefined;
}

interface Range {
  start: number;
  end: number;
  node: (children: ElementContent[]) => Element;
}

/** A block's quotations and speaker links. */
interface Marks {
  quotes: Range[];
  links: Range[];
}

/** The hast tree of an entry's body blocks. */
export function bodyTree(
  blocks: readonly Block[],
  quotes: readonly Quote[] = [],
  links?: Links,
  entities: readonly EntityMention[] = [],
): Root {
  const marks = new Map<string, Marks>();
  if (links)
    for (const block of blocks)
      marks.set(
        block.id,
        markQuotes(
          block.text,
          quotes.filter((q) => q.block === block.id),
          links,
        ),
      );
  if (links?.entity) placeEntities(blocks, entities, marks, links.entity);
  let n = 0;
  const children: Element[] = blocks.map((block) => {
    const m = marks.get(block.id);
    const content = m
      ? build(block.text, 0, block.text.length, [...m.quotes, ...m.links])
      : [{ type: 'text' as const, value: block.text }];
    if (block.type === 'subhead') return h('h2', { id: block.id }, content);
    if (block.type === 'list') return listElement(block, m);
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

/**
 * A list block as `<ul>`/`<ol>`, one `<li>` per item (markers left to the list), with the
 * block's quotations and links cut at item edges.
 */
function listElement(block: Block, m: Marks | undefined): Element {
  const shape = listShape(block.text);
  const items = shape?.items ?? block.items ?? [block.text];
  const offsets = shape?.offsets ?? [0];
  const ranges = m ? [...m.quotes, ...m.links] : [];
  const li = items.map((item, i) => {
    const start = offsets[i] ?? 0;
    const end = start + item.length;
    // A range is drawn in the item it starts in, cut at that item's end (ids stay unique).
    const inside = ranges.flatMap((r) =>
      r.start >= start && r.start < end ? [{ ...r, end: Math.min(r.end, end) }] : [],
    );
    return h('li', build(block.text, start, end, inside));
  });
  const ordered = shape?.ordered ?? block.ordered ?? false;
  const start = shape?.start ?? block.start;
  return h(
    ordered ? 'ol' : 'ul',
    { id: block.id, ...(ordered && start !== undefined && start !== 1 ? { start } : {}) },
    li,
  );
}

/** An entry's body as an HTML string. */
export function renderBody(
  blocks: readonly Block[],
  quotes: readonly Quote[] = [],
  links?: Links,
  entities: readonly EntityMention[] = [],
): string {
  return toHtml(bodyTree(blocks, quotes, links, entities));
}

/** A paragraph's `<q>` ranges and the speaker links beside them. */
function markQuotes(text: string, quotes: readonly Quote[], links: Links): Marks {
  const ranges: Range[] = quotes.map((q) => ({
    start: q.start,
    end: q.end,
    node: (c) => h('q', { id: q.id, cite: links.quote(q), dataSpeaker: q.speaker ?? undefined }, c),
  }));
  const speakerLinks: Range[] = [];
  const linked = new Set<string>();
  for (const q of quotes) {
    const href = links.speaker(q);
    if (!href || !q.speakerMention || linked.has(`${q.speakerMention}@${q.speaker}`)) continue;
    const at = nearestOutside(text, q.speakerMention, q.start, [...ranges, ...speakerLinks]);
    if (at < 0) continue;
    linked.add(`${q.speakerMention}@${q.speaker}`);
    const label =
      q.speakerMention === q.speaker
        ? []
        : [h('span', { className: ['visually-hidden'] }, ` (${q.speaker})`)];
    speakerLinks.push({
      // The link covers the name, not a sentence's opening word before it (`But Ferguson`).
      start: at + nameStart(q.speakerMention),
      end: at + q.speakerMention.length,
      node: (c) => h('a', { className: ['speaker'], href }, [...c, ...label]),
    });
  }
  return { quotes: ranges, links: speakerLinks };
}

/**
 * Links each entity at its first mention, or, when that spot is taken (inside another link, or
 * across a quotation's edge), at the next place the article writes the same words.
 */
function placeEntities(
  blocks: readonly Block[],
  entities: readonly EntityMention[],
  marks: ReadonlyMap<string, Marks>,
  hrefOf: (entity: EntityMention) => string | null,
): void {
  const index = new Map(blocks.map((b, i) => [b.id, i]));
  for (const entity of entities) {
    const href = hrefOf(entity);
    const from = index.get(entity.block) ?? -1;
    if (!href || from < 0) continue;
    // The first mention, else the next place the article writes the mention, the name or,
    // for a person, the surname.
    const needles = [
      ...new Set([
        entity.mention,
        entity.name,
        ...(entity.kind === 'person' ? [entity.name.split(' ').at(-1)!] : []),
      ]),
    ];
    for (let i = from; i < blocks.length; i++) {
      const block = blocks[i]!;
      const m = marks.get(block.id);
      if (!m) continue;
      const spots: Array<[number, number]> = i === from ? [[entity.start, entity.end]] : [];
      for (const needle of needles)
        for (let at = block.text.indexOf(needle); at >= 0; at = block.text.indexOf(needle, at + 1))
          if ((i > from || at > entity.start) && wordAt(block.text, at, needle.length))
            spots.push([at, at + needle.length]);
      spots.sort((a, b) => a[0] - b[0]);
      const spot = spots.find(([start, end]) => end <= block.text.length && fits(start, end, m));
      if (spot === undefined) continue;
      m.links.push({
        start: spot[0],
        end: spot[1],
        node: (c) => h('a', { className: ['entity'], href }, c),
      });
      break;
    }
  }
}

/** True when a range touches no link and lies inside one quotation or outside all. */
function fits(start: number, end: number, m: Marks): boolean {
  if (m.links.some((r) => start < r.end && end > r.start)) return false;
  return m.quotes.every(
    (q) => end <= q.start || start >= q.end || (start >= q.start && end <= q.end),
  );
}

/** True when `text` holds a whole word (or words) at `at`. */
function wordAt(text: string, at: number, length: number): boolean {
  return !/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + length] ?? '');
}

/** Text and nodes for `text[start, end)`, ranges nested where one holds another. */
function build(
  text: string,
  start: number,
  end: number,
  ranges: readonly Range[],
): ElementContent[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ElementContent[] = [];
  let at = start;
  let i = 0;
  while (i < sorted.length) {
    const r = sorted[i]!;
    if (r.start < at) {
      i++;
      continue;
    }
    const inner: Range[] = [];
    let j = i + 1;
    for (; j < sorted.length && sorted[j]!.start < r.end; j++)
      if (sorted[j]!.end <= r.end) inner.push(sorted[j]!);
    if (r.start > at) out.push({ type: 'text', value: text.slice(at, r.start) });
    out.push(r.node(build(text, r.start, r.end, inner)));
    at = r.end;
    i = j;
  }
  if (at < end) out.push({ type: 'text', value: text.slice(at, end) });
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
    if (
      !inside &&
      wordAt(text, i, needle.length) &&
      (best < 0 || Math.abs(i - near) < Math.abs(best - near))
    )
      best = i;
  }
  return best;
}
