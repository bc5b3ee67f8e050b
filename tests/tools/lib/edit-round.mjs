// The closing block of rounds 8-11, whose shapes may edit inside paragraphs: per-file generation
// on a page with per-paragraph edits (sources checked too), shape assignment, the
// `--list-shapes` listing and the command line.
import { assignShapes } from './assign.mjs';
import { boilerOrMarkup, runRound, shapeExamples } from './cli.mjs';
import { makeGenerate } from './generate.mjs';
import { render } from './render.mjs';

/** The page fields of an edit round. */
const editPageFields = () => ({
  titleLabeled: false,
  // per-paragraph edits: index -> { repl: [[pos, str]] (same length), ins: [[pos, str]] }
  edits: new Map(),
  // per-paragraph boilerplate lines placed inside the paragraph by an edit
  paraBoiler: new Map(),
  // separator between two paragraphs (null: the source's)
  paraSep: null,
});

/**
 * Runs an edit round from `argv`: `script` names it in the usage line, `shapes` are its shapes,
 * `salt` and `kDist` drive assignShapes, `example(s, g, text, rec)` gives each shape's
 * `--list-shapes` example (by default boilerOrMarkup).
 */
export function runEditRound({ script, shapes, salt, kDist, example = boilerOrMarkup }, argv) {
  const generate = makeGenerate({
    shapes,
    render,
    pageFields: editPageFields,
    checkSources: true,
  });
  const assign = (recs, ctxs, seed) => assignShapes(shapes, recs, ctxs, seed, { salt, kDist });
  const listShapes = () => {
    const examples = shapeExamples(shapes, generate, example, {
      tries: 60,
      onlyWhereApplies: true,
    });
    for (const [s, ex] of examples)
      console.log(`${s.id.padEnd(26)} ${ex || '(does not apply to the demo article)'}`);
  };
  runRound({ script, shapes, assign, generate, listShapes }, argv);
}
