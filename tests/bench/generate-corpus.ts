/**
 * `npm run bench:corpus -- 10000 [50000 …]` — makes (or finds in the cache) the generated
 * corpora of those sizes under `~/.cache/clippings/corpus-<n>/` and prints where they are:
 * <n> reworded copies of ../shared/data/bbc plus the seeds (see `lib/corpus.ts`).
 */
import { BBC, ensureCorpus, hasBbc } from './lib/corpus.ts';

const sizes = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number);
if (!hasBbc()) {
  console.error(`bench:corpus needs the BBC corpus at ${BBC}`);
  process.exit(2);
}
for (const n of sizes.length > 0 ? sizes : [2225]) {
  const corpus = ensureCorpus(n);
  console.log(
    `${corpus.dir}: ${corpus.files} files (${n} generated + seeds), ` +
      `${corpus.generated ? 'generated' : 'reused'} in ${(corpus.ms / 1000).toFixed(1)} s`,
  );
}
