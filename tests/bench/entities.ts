/**
 * `npm run bench:entities [-- --entries FILE] [--top N] [--evidence]` — what the corpus stage makes of
 * the BBC corpus's named entities, without a site build: the top N entities of each kind (as
 * `/entities/` lists them, most articles first) with the evidence that typed each, and the cost
 * of finding (per article) and of joining.
 *
 * The BBC corpus (../shared/data/bbc) is parsed once without linking; `--entries FILE` keeps
 * those parsed entries in FILE (JSON) and reuses them on the next run, so changing the entity
 * rules is measured in seconds. Delete the file after changing anything else in the pipeline.
 *
 * The warm figures flatter a build, which reads each article once with cold caches: beside them
 * it prints `bench:quotes`'s first pass (quotes and entities once per article in a fresh process).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from '../../src/corpus/build-corpus.ts';
import { linkEntities } from '../../src/corpus/entities.ts';
import { findEntities } from '../../src/pipeline/entities/find-entities.ts';
import { countVocabulary, vocabularyOf } from '../../src/pipeline/vocabulary.ts';
import type { Entry } from '../../src/schemas/entry.ts';
import { entitiesIndex, KINDS } from '../../src/site/entities.ts';
import { hasSharedData, SHARED_DATA } from '../unit/shared-data/shared-data.ts';

if (!hasSharedData) {
  console.error(`bench:entities needs the shared test data at ${SHARED_DATA}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const TOP = Number(option('--top') ?? 50);
const cacheFile = option('--entries');
const showEvidence = args.includes('--evidence');
const dir = path.join(SHARED_DATA, 'bbc');
const files = (await import('node:fs'))
  .readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const texts = files.map((f) => readFileSync(path.join(dir, f), 'utf8'));

let entries: Entry[];
if (cacheFile && existsSync(cacheFile)) {
  entries = JSON.parse(readFileSync(cacheFile, 'utf8')) as Entry[];
} else {
  const t = Date.now();
  entries = buildCorpus(
    files.map((rel, i) => ({ rel, bytes: new TextEncoder().encode(texts[i]!) })),
    [],
    undefined,
    { link: false },
  ).entries;
  console.log(`parsed ${entries.length} articles in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  if (cacheFile) writeFileSync(cacheFile, JSON.stringify(entries));
}

// Warm up the lexicon caches, then time finding alone.
for (const e of entries.slice(0, 50)) findEntities(e);
// CPU time of this process: less disturbed than wall time by other work on a shared machine.
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
let t = cpuMs();
for (const e of entries) findEntities(e);
const findMs = cpuMs() - t;
const vocabulary = vocabularyOf(countVocabulary(texts));
t = cpuMs();
const linked = linkEntities(entries, vocabulary);
const linkMs = cpuMs() - t;

console.log(
  `${entries.length} articles: finding ${(findMs / entries.length).toFixed(3)} ms/article, ` +
    `joining (finding included) ${(linkMs / entries.length).toFixed(3)} ms/article; ` +
    `${linked.size} entities (warm, CPU time; noisy on a shared machine)`,
);
// The first pass, in a fresh process (tests/bench/quotes.ts --first-pass), after the warm
// timing, which it would disturb.
const passFile = path.join(mkdtempSync(path.join(tmpdir(), 'clippings-first-pass-')), 'e.json');
const read = entries.map(({ id, title, dek, blocks }) => ({ id, title, dek, blocks }));
writeFileSync(passFile, JSON.stringify(read));
const quotesBench = fileURLToPath(new URL('./quotes.ts', import.meta.url));
const passArgs = [...process.execArgv, quotesBench, '--first-pass', passFile];
console.log(execFileSync(process.execPath, passArgs, { encoding: 'utf8' }).trim());

const index = entitiesIndex(entries);
for (const { kind, label } of KINDS) {
  const top = index.filter((e) => e.kind === kind).slice(0, TOP);
  console.log(`\n${label} (${index.filter((e) => e.kind === kind).length}), top ${TOP}:`);
  top.forEach((e, i) => {
    const l = linked.get(e.id);
    const also = l ? l.variants.filter((v) => v !== e.name) : [];
    const more = also.length > 3 ? ` +${also.length - 3}` : '';
    const variants = also.length ? `; also ${also.slice(0, 3).join(', ')}${more}` : '';
    console.log(`${String(i + 1).padStart(3)}. ${e.name} (${e.articles.length}${variants})`);
    if (l && showEvidence) console.log(`       ${l.evidence.join('; ')}`);
  });
}
