import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, finishCorpus, planCorpus } from '../../../src/corpus/build-corpus.ts';
import { entryNames } from '../../../src/corpus/entities.ts';
import { parseWaiting } from '../../../src/corpus/parse-workers.ts';
import { SEED_DIR } from '../seeds.ts';

/** The seeds, each under several names: a corpus big enough to share between workers. */
const inputs = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((name) =>
    Array.from({ length: 8 }, (_, copy) => ({
      rel: `copy-${copy}/${name}`,
      bytes: new Uint8Array(readFileSync(path.join(SEED_DIR, name))),
    })),
  );

describe('parsing in worker threads', () => {
  it('gives the corpus a parse in this thread gives', async () => {
    const plan = planCorpus(inputs);
    expect(plan.toParse).toHaveLength(inputs.length);
    const { parses: parsed, threads } = await parseWaiting(plan, { threads: 2, minFiles: 1 });
    expect(threads).toBe(2);
    expect(parsed.size).toBe(inputs.length);
    expect([...parsed.values()].every((p) => !(p instanceof Error))).toBe(true);
    const corpus = finishCorpus(plan, parsed);
    expect(JSON.stringify(corpus)).toBe(JSON.stringify(buildCorpus(inputs)));
  });

  it('brings each entry’s names for linking, as linking would find them', async () => {
    const plan = planCorpus(inputs);
    const { parses: parsed } = await parseWaiting(plan, { threads: 2, minFiles: 1 });
    for (const parse of parsed.values()) {
      if (parse instanceof Error) throw parse;
      expect(parse.names).toEqual(parse.entries.map(entryNames));
    }
  });

  it('finds no names when the corpus is not linked', async () => {
    const plan = planCorpus(inputs);
    const { parses: parsed } = await parseWaiting(plan, { threads: 2, minFiles: 1, link: false });
    expect([...parsed.values()].some((p) => !(p instanceof Error) && p.names)).toBe(false);
    expect(JSON.stringify(finishCorpus(plan, parsed, { link: false }))).toBe(
      JSON.stringify(buildCorpus(inputs, [], undefined, { link: false })),
    );
  });

  it('parses in this thread when there are too few files to share', async () => {
    const plan = planCorpus(inputs.slice(0, 5));
    const { parses: parsed, threads } = await parseWaiting(plan, { threads: 2 });
    expect(threads).toBe(1);
    expect(JSON.stringify(finishCorpus(plan, parsed))).toBe(
      JSON.stringify(buildCorpus(inputs.slice(0, 5))),
    );
  });
});
