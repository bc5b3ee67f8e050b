/** The seed corpus (`content/`), parsed once for the tests that check it. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCorpus, type Corpus } from '../../src/corpus/build-corpus.ts';
import type { Entry } from '../../src/schemas/entry.ts';

export const SEED_DIR = path.resolve(import.meta.dirname, '../../content');

/** Raw text of a seed file by its number prefix (`000` … `004`). */
export function seedText(prefix: string): string {
  const name = readdirSync(SEED_DIR).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(path.join(SEED_DIR, name), 'utf8');
}

let corpus: Corpus | undefined;

/** The parsed seed corpus. */
export function seedCorpus(): Corpus {
  corpus ??= buildCorpus(
    readdirSync(SEED_DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ rel: f, bytes: new Uint8Array(readFileSync(path.join(SEED_DIR, f))) })),
  );
  return corpus;
}

/** The entries made from the seed whose file name starts with `prefix`. */
export function seedEntries(prefix: string): Entry[] {
  return seedCorpus().entries.filter((e) => e.file.startsWith(prefix));
}
