// The page model of rounds 6-9: a page is the article's title and paragraphs plus blocks of
// noise lines placed above (top), between paragraphs (inserts) or below (end); each round's
// render() lays it out. Also the helpers shapes use to place blocks and pick their lines.
import { addDays } from './dates.mjs';
import { cpToU16Map } from './offsets.mjs';

/** A page holding only the article; `extra` adds a round's own fields (after the common ones). */
export function newPage(ctx, extra = {}) {
  return {
    top: [{ order: 20, title: true }],
    inserts: new Map(),
    end: [],
    prefix: '',
    titleLines: ctx.headLines.slice(),
    titleMode: 'keep',
    layout: 'normal',
    wrapWidth: 72,
    ws: null,
    setsAuthors: false,
    ...extra,
  };
}
/**
 * The page in reading order: top blocks and the title (unless dropped) by their order, each
 * paragraph followed by the blocks inserted after it, then the end blocks by their order.
 */
export function pageUnits(page, nParas) {
  const units = [];
  const top = page.top.slice().sort((a, b) => a.order - b.order);
  for (const t of top) {
    if (t.title) {
      if (page.titleMode !== 'drop') units.push({ kind: 'title' });
    } else units.push({ kind: 'noise', block: t.block });
  }
  for (let i = 0; i < nParas; i++) {
    units.push({ kind: 'para', i });
    for (const b of page.inserts.get(i) || []) units.push({ kind: 'noise', block: b });
  }
  for (const e of page.end.slice().sort((a, b) => a.order - b.order))
    units.push({ kind: 'noise', block: e.block });
  return units;
}
export function block(shape, lines, inner = '\n') {
  const tidy = (t) => t.replace(/(?<!\.)\.\.(?!\.)/g, '.');
  return {
    shape,
    lines: lines
      .filter((l) => l !== null && l !== undefined)
      .map((l) => (typeof l === 'string' ? { text: tidy(l), boiler: true } : l)),
    inner,
  };
}
export function addTop(page, order, b) {
  page.top.push({ order, block: b });
}
export function addEnd(page, order, b) {
  page.end.push({ order, block: b });
}
export function addInsert(ctx, page, b, where) {
  const n = ctx.paras.length;
  let i;
  if (where === undefined) i = n >= 2 ? ctx.rng.int(0, n - 2) : 0;
  else i = Math.max(0, Math.min(n - 1, where));
  if (!page.inserts.has(i)) page.inserts.set(i, []);
  page.inserts.get(i).push(b);
}
// choose a line that does not collide with story text
export function okPick(ctx, gen, tries = 8) {
  for (let k = 0; k < tries; k++) {
    const s = gen();
    if (s && ctx.ok(s)) return s;
  }
  return null;
}
export function namesJoin(ctx, names, style) {
  const n = names.length;
  if (n === 1) return names[0];
  switch (style) {
    case 'amp':
      return names.slice(0, -1).join(', ') + ' & ' + names[n - 1];
    case 'comma':
      return names.join(', ');
    case 'oxford':
      return n > 2 ? names.slice(0, -1).join(', ') + ', and ' + names[n - 1] : names.join(' and ');
    default:
      return names.slice(0, -1).join(', ') + ' and ' + names[n - 1];
  }
}
export function later(ctx, maxDays = 2) {
  return addDays(ctx.dt, ctx.rng.int(0, maxDays));
}
export function laterTime(ctx) {
  return { h: Math.min(22, ctx.time.h + ctx.rng.int(1, 5)), mi: ctx.rng.int(0, 59) };
}
/** Hard-wraps `s` at `width` columns by turning chosen spaces into newlines (same length). */
export function wrapText(s, width) {
  const a = s.split('');
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === ' ') lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart) {
      a[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return a.join('');
}
/**
 * Marks up paragraph `i` (rounds 8 and 9; render applies it): `kind` 'repl' overwrites the text
 * at `pos` with `str` (same length), 'ins' inserts `str` at `pos` (UTF-16, in the paragraph).
 */
export function addEdit(page, i, kind, pos, str) {
  if (!page.edits.has(i)) page.edits.set(i, { repl: [], ins: [] });
  page.edits.get(i)[kind].push([pos, str]);
}
/** UTF-16 spans [a, b) of the gold's quotes and sources inside paragraph i (paragraph-relative). */
export function quoteSpansIn(ctx, i) {
  const cpm = cpToU16Map(ctx.text);
  const out = [];
  const spans = [];
  for (const q of ctx.rec.quotes) {
    spans.push([q.start, q.end]);
    if (q.source_start !== undefined && q.source_start !== null)
      spans.push([q.source_start, q.source_end]);
  }
  for (const q of ctx.rec.other_quoted) spans.push([q.start, q.end]);
  for (const [a, b] of spans) {
    const a16 = cpm[a] - ctx.pstart[i];
    const b16 = cpm[b] - ctx.pstart[i];
    if (a16 >= 0 && b16 <= ctx.paras[i].length) out.push([a16, b16]);
  }
  return out;
}
