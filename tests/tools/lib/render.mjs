// Rendering of rounds 6, 8 and 9: a page (lib/page.mjs) becomes the file's text and the offsets
// the gold needs. Round 7 lays its pages out differently and keeps its own render.
import { u16ToCpMap } from './offsets.mjs';
import { pageUnits, wrapText } from './page.mjs';

/** Applies a paragraph's edits; returns the text and a map of paragraph offsets (UTF-16). */
function applyEdits(p, e) {
  if (!e) return { s: p, map: (o) => o };
  let s = p;
  for (const [pos, str] of e.repl) s = s.slice(0, pos) + str + s.slice(pos + str.length);
  if (s.length !== p.length) throw new Error('replacement changed paragraph length');
  const ins = e.ins.map((x, k) => [x[0], x[1], k]).sort((a, b) => a[0] - b[0] || a[2] - b[2]);
  let out = '';
  let last = 0;
  for (const [pos, str] of ins) {
    out += s.slice(last, pos) + str;
    last = pos;
  }
  out += s.slice(last);
  // a start offset moves past insertions made at its position, an end offset does not
  const map = (o, isEnd) => {
    let sh = 0;
    for (const [pos, str] of ins) if (pos < o || (!isEnd && pos === o)) sh += str.length;
    return o + sh;
  };
  return { s: out, map };
}
/**
 * Lays a page out as text: top blocks, the title, paragraphs with their inserts, end blocks.
 * `page.layout` ('normal', 'single', 'wrap'), `page.ws` (whitespace damage), `page.edits`
 * (markup inside paragraphs), `page.paraBoiler` (the boilerplate lines an edit put inside a
 * paragraph), `page.paraSep` (one separator between paragraphs) and `page.blankSeps` change
 * how. Lines with `para` set are article paragraphs added before or after the source's. Returns
 * the text, where each paragraph starts, the paragraphs, the boilerplate lines and a map from
 * UTF-16 offsets to code points.
 */
export function render(ctx, page) {
  const r = ctx.rng;
  const ws = page.ws || {};
  const paras = ctx.paras.map((p, i) => (i === 0 ? page.prefix + p : p));
  const units = pageUnits(page, paras.length);

  let out = '';
  const paraStart = [];
  const paraMap = [];
  const boiler = [];
  const bshapes = [];
  // article paragraphs added by a shape (newsroom notes), before and after the source's
  const pre = [];
  const post = [];
  const trail = () =>
    ws.trailing && r.chance(0.35) ? r.pick([' ', '  ', '\t', ' \t', '\u00a0']) : '';
  let prev = null;
  for (const u of units) {
    let lines = null;
    if (u.kind === 'noise') {
      lines = u.block.lines.filter((l) => !l.boiler || ctx.ok(l.text));
      if (!lines.length) continue;
    }
    if (prev) {
      let sep;
      if (page.layout === 'single') sep = '\n';
      else if (prev.kind === 'para' && u.kind === 'para')
        sep =
          page.paraSep ??
          (page.layout === 'wrap' || (page.blankSeps && !/\n\s*\n/.test(ctx.seps[prev.i]))
            ? '\n\n'
            : ctx.seps[prev.i]);
      else sep = '\n\n';
      if (ws.extraBlank && sep.includes('\n\n') && r.chance(0.3))
        sep = r.pick(['\n\n\n', '\n\n\n\n', '\n\n\n\n\n']);
      if (ws.nbspLines && page.layout !== 'single' && r.chance(0.25))
        sep = r.pick(['\n\u00a0\n', '\n \n', '\n\t\n']);
      out += sep;
    } else if (ws.bom) {
      out += '\n\n';
    }
    if (u.kind === 'title') {
      out += page.titleLines.join('\n') + trail();
    } else if (u.kind === 'para') {
      if (ws.indent) out += ws.indentStr;
      paraStart[u.i] = out.length;
      const ed = applyEdits(paras[u.i], page.edits?.get(u.i));
      paraMap[u.i] = ed.map;
      const p = ed.s;
      out += (page.layout === 'wrap' ? wrapText(p, page.wrapWidth) : p) + trail();
      for (const b of page.paraBoiler?.get(u.i) || []) {
        boiler.push(b.text.replace(/^\f/, ''));
        bshapes.push(b.shape);
      }
    } else {
      const inner = page.layout === 'single' ? '\n' : u.block.inner;
      lines.forEach((l, k) => {
        if (k) out += inner;
        if (ws.indent && r.chance(0.3)) out += ws.indentStr;
        out +=
          (page.layout === 'wrap' && l.text.length > page.wrapWidth
            ? wrapText(l.text, page.wrapWidth)
            : l.text) + trail();
        if (l.boiler) {
          boiler.push(l.text.replace(/^\f/, ''));
          bshapes.push(u.block.shape);
        }
        if (l.para) (paraStart.length ? post : pre).push(l.text);
      });
    }
    prev = u;
  }
  out += '\n';
  // offsets: crlf and bom adjustments, then UTF-16 -> code points
  let final = out;
  let nlBefore = null;
  if (ws.crlf) {
    nlBefore = new Int32Array(out.length + 1);
    for (let i = 0; i < out.length; i++) nlBefore[i + 1] = nlBefore[i] + (out[i] === '\n' ? 1 : 0);
    final = out.replace(/\n/g, '\r\n');
  }
  const bomLen = ws.bom ? 1 : 0;
  if (ws.bom) final = '\ufeff' + final;
  const to16 = (o) => o + (nlBefore ? nlBefore[o] : 0) + bomLen;
  const cp = u16ToCpMap(final);
  return {
    text: final,
    paraStart,
    paraMap,
    paras: [...pre, ...paras, ...post],
    boiler,
    bshapes,
    mapOut: (o) => cp[to16(o)],
    final,
  };
}
