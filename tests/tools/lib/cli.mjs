// The command line of rounds 6-9:
//   node make-blind-noise-N.mjs --src DIR --out DIR --seed N | --list-shapes
// reads the source corpus, assigns shapes, generates every file and writes the round, then
// prints how often each shape was used to stderr.
import { makeCtx } from './article-context.mjs';
import { demoRecord, readCorpus, writeArticle, writeGold } from './corpus-io.mjs';
import { norm } from './scorer-text.mjs';

export function parseArgs(argv) {
  const a = {};
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--list-shapes') a.list = true;
    else if (x.startsWith('--')) {
      a[x.slice(2)] = argv[i + 1];
      i++;
    }
  }
  return a;
}

/**
 * Runs a round from `argv`: `script` names it in the usage line, `shapes` are its shapes,
 * `assign(recs, ctxs, seed)` picks each file's shapes, `generate(rec, text, shapeIds, seed)`
 * returns `{text, gold}`, `listShapes()` prints one example a shape.
 */
export function runRound({ script, shapes, assign, generate, listShapes }, argv) {
  const a = parseArgs(argv);
  if (a.list) {
    listShapes();
    return;
  }
  if (!a.src || !a.out) {
    console.error(`usage: node ${script} --src DIR --out DIR --seed N | --list-shapes`);
    process.exit(2);
  }
  const seed = String(a.seed ?? '0');
  const { recs, texts } = readCorpus(a.src);
  const ctxs = recs.map((r, i) => makeCtx(r, texts[i], seed));
  const asg = assign(recs, ctxs, seed);
  const golds = [];
  recs.forEach((r, i) => {
    const g = generate(r, texts[i], asg.get(i), seed);
    writeArticle(a.out, r, g.text);
    golds.push(g.gold);
  });
  writeGold(a.out, golds);
  const hits = Object.fromEntries(shapes.map((s) => [s.id, 0]));
  for (const g of golds) for (const n of g.noise) hits[n]++;
  console.error(`wrote ${golds.length} files to ${a.out}`);
  for (const [k, v] of Object.entries(hits)) console.error(`  ${k.padEnd(26)} ${v}`);
}

/**
 * For each shape, an example for `--list-shapes`: the demo article is generated with that shape
 * alone under seeds demo1, demo2, ... (fewer than `tries`) until `example(s, g, text, rec)`
 * returns a non-empty string; with `onlyWhereApplies`, seeds where the shape does not apply are skipped.
 * Returns [shape, example] pairs ('' where none was found).
 */
export function shapeExamples(shapes, generate, example, { tries, onlyWhereApplies = false }) {
  const { rec, text } = demoRecord();
  return shapes.map((s) => {
    let ex = '';
    for (let seed = 1; seed < tries && !ex; seed++) {
      if (onlyWhereApplies && !s.applies(makeCtx(rec, text, `demo${seed}`))) continue;
      ex = example(s, generate(rec, text, [s.id], `demo${seed}`), text, rec);
    }
    return [s, ex];
  });
}

/**
 * An `example` for shapeExamples (rounds 8 and 9): the first three boilerplate lines of the
 * generated demo, else the text around its first change, else ''.
 */
export function boilerOrMarkup(s, g, text) {
  if (g.gold.boilerplate.length)
    return g.gold.boilerplate
      .filter((b) => norm(b))
      .slice(0, 3)
      .join(' ⏎ ');
  if (g.text === text) return '';
  const k = [...g.text].findIndex((c, i) => c !== [...text][i]);
  return (
    '(body markup, gold paragraphs unchanged): ' +
    JSON.stringify(g.text.slice(Math.max(0, k - 20), k + 70))
  );
}
