/**
 * Generated corpora for the benchmarks and the CI budget: <n> varied copies of the BBC files in
 * ../shared/data/bbc plus the seeds in content/, written once to
 * `~/.cache/clippings/corpus-<n>/` (outside the repository) and reused while the generator's
 * version and its inputs are unchanged.
 *
 * - Copy 0 of each BBC file is its text unchanged (the headline on line 1), dated within
 *   2004–2005, outlet BBC: the first 2,225 files are the BBC corpus as published.
 * - Every further copy is reworded so that no two files are identical: some words swapped for a
 *   synonym or for a word of another article, one body paragraph dropped (sometimes), the body
 *   after the lead rotated; dated anywhere in 2004–2025 and credited to one of a dozen outlets,
 *   some with authors.
 * - Dates, outlets and authors come in YAML front matter (`src/schemas/front-matter.ts`), so the
 *   parser reads them exactly; the headline stays on line 1 as in the BBC files.
 * - The seeds (5 files, 6 articles) are copied into `seeds/`, so the corpus has <n> + 5 files.
 *
 * Deterministic: the same <n> always gives the same files (a seeded random number generator).
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const BBC = path.resolve(ROOT, '../shared/data/bbc');
export const SEEDS = path.join(ROOT, 'content');
/** Bump when the generated text changes, so cached corpora are made again. */
const GENERATOR_VERSION = 1;

/** Where generated corpora are cached: `$XDG_CACHE_HOME/clippings` or `~/.cache/clippings`. */
export function cacheRoot(): string {
  const base = process.env['XDG_CACHE_HOME'] || path.join(homedir(), '.cache');
  return path.join(base, 'clippings');
}

/** Whether the BBC corpus the generator copies from is present. */
export function hasBbc(): boolean {
  return existsSync(BBC);
}

/** A small deterministic random number generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTLETS = [
  'BBC',
  'Reuters',
  'Associated Press',
  'The Guardian',
  'CNN',
  'NPR',
  'Al Jazeera',
  'The Independent',
  'Financial Times',
  'Sky News',
  'The Times',
  'Deutsche Welle',
];

const AUTHORS = [
  'Alex Morgan',
  'Priya Shah',
  'Tom Becker',
  'Maria Lopez',
  'Chen Wei',
  'Hannah Okafor',
  'Liam Byrne',
  'Sofia Rossi',
  'Daniel Kim',
  'Amira Haddad',
];

/** Word swaps that keep a sentence readable (both directions are used). */
const SYNONYMS: readonly (readonly [string, string])[] = [
  ['big', 'large'],
  ['rise', 'increase'],
  ['fall', 'drop'],
  ['buy', 'purchase'],
  ['help', 'assist'],
  ['start', 'begin'],
  ['show', 'reveal'],
  ['firm', 'company'],
  ['plan', 'proposal'],
  ['warned', 'cautioned'],
  ['major', 'leading'],
  ['latest', 'newest'],
  ['figures', 'numbers'],
  ['expected', 'forecast'],
  ['increase', 'rise'],
  ['people', 'individuals'],
  ['government', 'administration'],
  ['believe', 'think'],
  ['quickly', 'rapidly'],
  ['about', 'around'],
];
const SYNONYM = new Map<string, string>([
  ...SYNONYMS,
  ...SYNONYMS.map(([a, b]) => [b, a] as const),
]);

interface Source {
  name: string;
  title: string;
  paragraphs: string[];
}

function readBbc(): Source[] {
  return readdirSync(BBC)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(BBC, name));
      // One file is Latin-1 on purpose (see SOURCE.md); copies are written as UTF-8.
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        text = new TextDecoder('windows-1252').decode(bytes);
      }
      const [title = '', ...rest] = text.split(/\n\s*\n/);
      return {
        name,
        title: title.trim(),
        paragraphs: rest.map((p) => p.trim()).filter(Boolean),
      };
    });
}

function isoDate(random: () => number, from: number, to: number): string {
  const start = Date.UTC(from, 0, 1);
  const days = Math.floor((Date.UTC(to + 1, 0, 1) - start) / 86_400_000);
  return new Date(start + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10);
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Swaps some words: a synonym where one is known, else (rarely) a word of another article. */
function reword(text: string, random: () => number, words: readonly string[], rate: number) {
  return text.replace(/\b[A-Za-z]{3,}\b/g, (word) => {
    const lower = word.toLowerCase();
    const synonym = SYNONYM.get(lower);
    if (synonym && random() < 0.5) {
      return word[0] === lower[0] ? synonym : synonym[0]!.toUpperCase() + synonym.slice(1);
    }
    if (word.length >= 6 && word === lower && random() < rate) return pick(words, random);
    return word;
  });
}

/** The text of generated file number `n` (0-based) of a corpus. */
function copyText(sources: readonly Source[], words: readonly string[], n: number): string {
  const source = sources[n % sources.length]!;
  const copy = Math.floor(n / sources.length);
  const random = rng(n + 1);
  if (copy === 0) {
    const date = isoDate(random, 2004, 2005);
    return `---\ndate: ${date}\nsource: BBC\n---\n${source.title}\n\n${source.paragraphs.join('\n\n')}\n`;
  }
  let paragraphs = [...source.paragraphs];
  if (paragraphs.length > 4 && random() < 0.5) {
    paragraphs.splice(1 + Math.floor(random() * (paragraphs.length - 1)), 1);
  }
  if (paragraphs.length > 2) {
    const k = 1 + (copy % (paragraphs.length - 1));
    paragraphs = [paragraphs[0]!, ...paragraphs.slice(k), ...paragraphs.slice(1, k)];
  }
  paragraphs = paragraphs.map((p) => reword(p, random, words, 0.03));
  const title = reword(source.title, random, words, 0);
  const outlet = pick(OUTLETS, random);
  const date = isoDate(random, 2004, 2025);
  const authors =
    random() < 0.4
      ? `authors: [${pick(AUTHORS, random)}${random() < 0.3 ? `, ${pick(AUTHORS, random)}` : ''}]\n`
      : '';
  return `---\ndate: ${date}\nsource: ${outlet}\n${authors}---\n${title}\n\n${paragraphs.join('\n\n')}\n`;
}

export interface CorpusInfo {
  /** The corpus folder (pass it as `CLIPPINGS_CONTENT`). */
  dir: string;
  /** Generated files (the seeds come on top). */
  count: number;
  /** Input files in the folder: `count` + the seeds. */
  files: number;
  /** Whether it was generated now (false: reused from the cache). */
  generated: boolean;
  /** Time taken to generate (or to check the cache), ms. */
  ms: number;
}

function fingerprint(count: number): string {
  const hash = createHash('sha256').update(`v${GENERATOR_VERSION} n=${count}\n`);
  for (const dir of [BBC, SEEDS]) {
    for (const name of readdirSync(dir).sort())
      hash.update(`${dir === BBC ? 'bbc' : 'seed'}/${name}\n`);
  }
  hash.update(readFileSync(import.meta.filename));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The corpus of `count` generated files (plus the seeds), from the cache when it is there and
 * was made by this generator from the same inputs; otherwise generated (into a temporary folder
 * that is renamed into place, so an interrupted run leaves no half corpus behind).
 */
export function ensureCorpus(count: number): CorpusInfo {
  if (!Number.isInteger(count) || count < 1) throw new Error(`not a corpus size: ${count}`);
  if (!hasBbc()) throw new Error(`the corpus generator needs the BBC corpus at ${BBC}`);
  const t0 = performance.now();
  const root = cacheRoot();
  const dir = path.join(root, `corpus-${count}`);
  // The manifest sits beside the folder, not in it: a hidden file would be an input file.
  const manifest = path.join(root, `corpus-${count}.json`);
  const key = fingerprint(count);
  const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).length;
  if (existsSync(dir) && existsSync(manifest)) {
    const saved = JSON.parse(readFileSync(manifest, 'utf8')) as { key?: string };
    if (saved.key === key) {
      return { dir, count, files: count + seedFiles, generated: false, ms: performance.now() - t0 };
    }
  }
  const sources = readBbc();
  const words = sources.flatMap((s) =>
    s.paragraphs.flatMap((p) => p.split(/\s+/).filter((w) => /^[a-z]{6,}$/.test(w))),
  );
  const temp = `${dir}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  cpSync(SEEDS, path.join(temp, 'seeds'), {
    recursive: true,
    filter: (src) => !path.basename(src).startsWith('.'),
  });
  for (let n = 0; n < count; n++) {
    const copy = Math.floor(n / sources.length);
    const sub = path.join(temp, `copy-${copy}`);
    if (n % sources.length === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, sources[n % sources.length]!.name), copyText(sources, words, n));
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(temp, dir);
  writeFileSync(manifest, `${JSON.stringify({ key, count, created: new Date().toISOString() })}\n`);
  return { dir, count, files: count + seedFiles, generated: true, ms: performance.now() - t0 };
}
