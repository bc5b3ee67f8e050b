// Per-file generation of rounds 6-9: apply the file's shapes to a page, render it, carry the
// gold quote offsets over to the new text (checking each lands on its text) and write the
// file's gold record.
import { makeCtx } from './article-context.mjs';
import { cpToU16Map } from './offsets.mjs';
import { newPage } from './page.mjs';
import { norm } from './scorer-text.mjs';

/** The gold's quote and other_quoted spans (code points) moved to the rendered text. */
function moveSpans(rec, text, ctx, page, R) {
  const origMap = cpToU16Map(text);
  const same = (o) => o;
  const mapQ = (a, b) => {
    const a16 = origMap[a];
    const b16 = origMap[b];
    const k = ctx.pstart.findIndex((s, i) => s <= a16 && b16 <= s + ctx.paras[i].length);
    if (k < 0) throw new Error(`span outside paragraphs in ${rec.file}`);
    const shift = k === 0 ? page.prefix.length : 0;
    const paraMap = R.paraMap ? R.paraMap[k] : same;
    const s16 = R.paraStart[k] + paraMap(shift + (a16 - ctx.pstart[k]), false);
    const e16 = R.paraStart[k] + paraMap(shift + (b16 - ctx.pstart[k]), true);
    return [R.mapOut(s16), R.mapOut(e16)];
  };
  const quotes = rec.quotes.map((q) => {
    const nq = { ...q };
    [nq.start, nq.end] = mapQ(q.start, q.end);
    if (q.source_start !== undefined && q.source_start !== null)
      [nq.source_start, nq.source_end] = mapQ(q.source_start, q.source_end);
    return nq;
  });
  const other = rec.other_quoted.map((q) => {
    const nq = { ...q };
    [nq.start, nq.end] = mapQ(q.start, q.end);
    return nq;
  });
  return { quotes, other };
}

/** Throws unless every moved span covers its text (white space folded); sources optional. */
function checkSpans(rec, out, quotes, other, withSources) {
  const cps = Array.from(out);
  const ws = (s) => s.replace(/\s+/g, ' ');
  const checks = [...quotes, ...other].map((q) => [q.start, q.end, q.text]);
  if (withSources)
    for (const q of quotes)
      if (q.source_start !== undefined && q.source_start !== null && q.source_text)
        checks.push([q.source_start, q.source_end, q.source_text]);
  for (const [s0, e0, txt] of checks) {
    const got = cps.slice(s0, e0).join('');
    if (ws(got) !== ws(txt))
      throw new Error(
        `offset check failed in ${rec.file}: ${JSON.stringify(got)} vs ${JSON.stringify(txt)}`,
      );
  }
}

/**
 * A round's `generate(rec, text, shapeIds, seed)` -> `{text, gold}`. `render(ctx, page)` lays
 * the page out; `pageFields()` adds the round's own page fields; `checkSources` also checks
 * the quotes' source spans; `authorsShown(ctx, page, R)` says whether the gold gets the
 * bylined authors (by default: when a shape set them).
 */
export function makeGenerate({
  shapes,
  render,
  pageFields = () => ({}),
  checkSources = false,
  authorsShown = (ctx, page) => page.setsAuthors,
}) {
  return function generate(rec, text, shapeIds, seed) {
    const ctx = makeCtx(rec, text, seed);
    const page = newPage(ctx, pageFields());
    const order = shapes.filter((s) => shapeIds.includes(s.id));
    for (const s of order) s.apply(ctx, page);
    // dateline prefix changes paragraph 0 -> collision checks must use the final paragraphs
    if (page.prefix) ctx.paraNorms[0] = norm(page.prefix + ctx.paras[0]);
    const R = render(ctx, page);
    const { quotes, other } = moveSpans(rec, text, ctx, page, R);
    checkSpans(rec, R.text, quotes, other, checkSources);
    const titleKept = page.titleMode !== 'drop' || page.titleLabeled;
    const tv = [];
    for (const v of [rec.first_line, rec.title_block, rec.title, ctx.titleBase])
      if (v && v.trim() && !tv.includes(v)) tv.push(v);
    const entry = {
      name: rec.name,
      publisher: rec.publisher,
      date: rec.date,
      authors: authorsShown(ctx, page, R) ? ctx.persons.slice() : [],
      title: titleKept ? (rec.first_line || '').trim() || null : null,
      title_variants: titleKept ? tv : [],
      paragraphs: R.paras,
      quotes,
      other_quoted: other,
    };
    return {
      text: R.text,
      gold: {
        file: rec.file,
        entries: [entry],
        noise: order.map((s) => s.id),
        boilerplate: R.boiler,
        boilerplate_shapes: R.bshapes,
      },
    };
  };
}
