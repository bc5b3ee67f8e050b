/**
 * `npm run bench:link-stages -- <content folder> [--out links.json]` — the CPU of each step of the
 * corpus-wide linking (`finishCorpus`) on one content folder, parses taken from a parse cache of
 * the bench's own (`node_modules/.cache/clippings-bench-link/`, made on the first run), so that
 * linking can be measured again and again without parsing the folder each time. With `--out`,
 * writes what linking decided (stories, rewrites, related articles, entities, quote variants) as
 * JSON lines, to compare two versions of linking. Then the site's view models that grow with
 * the corpus (`allQuotes`, `entitiesIndex`, `entityQuotes`). CPU is the process's (every thread).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { finishCorpus, planCorpus, type InputFile } from '../../src/corpus/build-corpus.ts';
import { listFiles } from '../../src/corpus/list-files.ts';
import { openLinkCache } from '../../src/corpus/link-cache.ts';
import { openParseCache } from '../../src/corpus/parse-cache.ts';
import { parseWaiting } from '../../src/corpus/parse-workers.ts';
import { linkEntities } from '../../src/corpus/entities.ts';
import { linkQuoteVariants } from '../../src/corpus/quote-variants.ts';
import { linkSpeakers } from '../../src/corpus/speakers.ts';
import { linkStories } from '../../src/corpus/stories.ts';

const args = process.argv.slice(2);
const root = path.resolve(args.find((a) => !a.startsWith('--'))!);
const at = args.indexOf('--out');
const out = at >= 0 ? args[at + 1] : undefined;
const cacheBase = path.resolve('node_modules/.cache/clippings-bench-link');

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let t = cpu();
const lap = (what: string): void => {
  const now = cpu();
  console.log(`${what.padEnd(28)} ${((now - t) / 1000).toFixed(2).padStart(8)} s CPU`);
  t = now;
};

const listing = await listFiles(root);
const inputs: InputFile[] = [];
for (const f of listing.files)
  inputs.push({ rel: f.rel, bytes: new Uint8Array(await readFile(f.abs)) });
const parseCache = await openParseCache(root, path.join(cacheBase, 'parse'));
const memos = await openLinkCache(root, cacheBase);
lap('read');
const plan = planCorpus(inputs, listing.skipped, parseCache);
lap(`plan (${plan.toParse.length} to parse)`);
const { parses } = await parseWaiting(plan, { link: true });
lap('parse (this thread)');
const corpus = finishCorpus(plan, parses, { link: false });
lap('finish, no linking');
await parseCache.save();
const entries = corpus.entries;
linkSpeakers(entries);
lap('linkSpeakers');
linkQuoteVariants(entries);
lap('linkQuoteVariants');
// Names come from the entity memo (filled on the first run), as a build's come from its workers.
linkEntities(entries, plan.vocabulary, memos.entities);
lap('linkEntities');
await memos.entities.save();
t = cpu();
const links = linkStories(entries);
lap('linkStories');
console.log(
  `${entries.length} entries; ${links.stories} stories, ${links.rewrites} rewrites; ${links.rewritePairs.checked} of ${links.rewritePairs.candidates} candidate pairs checked; ms:`,
  Object.fromEntries(Object.entries(links.timings).map(([k, v]) => [k, Math.round(v)])),
);
if (out) {
  const lines = entries.map((e) =>
    JSON.stringify({
      id: e.id,
      story: e.story,
      rewriteOf: e.rewriteOf,
      related: e.related,
      date: e.date,
      entities: e.entities.map((m) => m.id),
      variants: e.quotes.map((q) => q.variantOf ?? null),
    }),
  );
  await writeFile(out, lines.join('\n') + '\n');
}

// The site's view models that grow with the corpus, as the routes' `getStaticPaths` make them.
const { allQuotes } = await import('../../src/site/quotes.ts');
const { entitiesIndex, entityQuotes } = await import('../../src/site/entities.ts');
t = cpu();
const records = allQuotes(entries);
lap('allQuotes');
const entities = entitiesIndex(entries);
lap('entitiesIndex');
const about = entityQuotes(records, entries, entities);
lap('entityQuotes');
const forms = entities.map((e) => e.variants.length + 1);
console.log(
  `${records.length} quotes, ${entities.length} entities, forms per entity: mean ${(forms.reduce((a, b) => a + b, 0) / forms.length).toFixed(1)}, max ${Math.max(...forms)}; mentions per entry ${(entries.reduce((n, e) => n + e.entities.length, 0) / entries.length).toFixed(1)}; about ${[...about.values()].reduce((n, x) => n + x.about.length, 0)}`,
);
