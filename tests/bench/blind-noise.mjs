/**
 * `npm run bench:blind-noise` — structure figures on blind scraped-page noise: generates blind
 * set 1 (tests/tools/make-blind-noise.mjs, seed 1) from ../shared/data/polnear-dev into a temp
 * folder, runs `inspect` on it and prints the shared scorer's figures. Needs the shared data and
 * python3. `--seed N` and `--holdout` are passed on to the generator.
 *
 * `--set N` (4 and up) runs blind round N instead: tests/tools/make-blind-noise-N.mjs, each written
 * by a helper who had never read the parser (round 4: 33 shapes of its own; round 5: 33 more;
 * round 6: 30; round 7: 30; round 8: 28; round 9: 36; round 10: 29; round 11: 33;
 * round 12: 33 shapes), each
 * built on tests/tools/lib, seed N unless `--seed` says otherwise. `--keep DIR` writes the
 * round, the predictions and nothing else into DIR and keeps them, to read what leaked.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from '../tools/make-blind-noise.mjs';

const SHARED = process.env.CLIPPINGS_SHARED ?? '/work/shared';
const src = path.join(SHARED, 'data', 'polnear-dev');
const scorer = path.join(SHARED, 'tools', 'score-corpus.py');
if (!fs.existsSync(src) || !fs.existsSync(scorer)) {
  console.error(`bench:blind-noise needs ${src} and ${scorer}`);
  process.exit(2);
}
const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 1;
const holdout = args.includes('--holdout');
const setAt = args.indexOf('--set');
const round = setAt >= 0 ? Number(args[setAt + 1]) : 1;

const keepAt = args.indexOf('--keep');
const keep = keepAt >= 0 ? path.resolve(args[keepAt + 1]) : null;
if (keep) fs.mkdirSync(keep, { recursive: true });
const out = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'blind-noise-'));
try {
  if (round >= 4) {
    const roundSeed = seedAt >= 0 ? seed : round;
    execFileSync(
      process.execPath,
      [
        path.join(import.meta.dirname, '..', 'tools', `make-blind-noise-${round}.mjs`),
        '--src',
        src,
        '--out',
        out,
        '--seed',
        String(roundSeed),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    console.log(`blind round ${round}: seed ${roundSeed}`);
  } else {
    const r = generate({ src, out, seed, holdout });
    console.log(
      `blind set: seed ${seed}${holdout ? ', holdout' : ''}, ${r.files} files, ${r.boilerplate} boilerplate lines`,
    );
  }
  const pred = execFileSync(process.execPath, ['src/cli/inspect.ts', path.join(out, 'articles')], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  fs.writeFileSync(path.join(out, 'pred.jsonl'), pred);
  const table = execFileSync(
    'python3',
    [
      scorer,
      'score',
      '--gold',
      path.join(out, 'gold.jsonl'),
      '--pred',
      path.join(out, 'pred.jsonl'),
    ],
    { encoding: 'utf8' },
  );
  console.log(table.trimEnd());
} finally {
  if (!keep) fs.rmSync(out, { recursive: true, force: true });
}
