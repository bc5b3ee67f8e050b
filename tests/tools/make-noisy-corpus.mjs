#!/usr/bin/env node
// Builds a noisy development corpus from clean polnear articles, imitating the scraped-text
// noise of /work/shared/data/polnear-dev-noisy (see the report that came with this script).
//
//   node scripts/make-noisy-corpus.mjs --from /work/shared/data/polnear-train \
//       [--out DIR] [--seed N] [--count N] [--rates a=0.45,g=0.2,...] [--quiet]
//
// Writes DIR/articles/<same file names>.txt and DIR/gold.jsonl in the dev-noisy gold format
// ({file, entries[{name, publisher, date, authors, title, title_variants, paragraphs, quotes,
// other_quoted}], noise, boilerplate}), so that
//   python3 /work/shared/tools/score-corpus.py score --gold DIR/gold.jsonl --pred PRED.jsonl
// works. Output is a pure function of (--from contents, --seed, --count, --rates).
// Node 20 standard library only.
//
// Noise labels (independent draws per file, default rates measured on dev-noisy, n=84):
//   a:metadata_line    first line " date YYYY-MM-DD By A1, A2" (date only when no author);
//                      gold date/authors are set only for files with this line.
//   b:drop_title       title block removed; gold title null, title_variants [].
//   c:single_newlines  every block separated by "\n" instead of "\n\n".
//   d:lost_dropcap     first letter of the first body paragraph dropped (gold keeps it).
//   e:bio_teasers      author bio line + 2-3 teasers ("…") of other articles after the story;
//                      they are the file's gold "boilerplate".
//   f:dek_duplicate    reworded copy of the lead inserted before the lead (not gold).
//   g:concatenated     a whole other article appended (no title/metadata), nearly always with
//                      its own reworded dek; its gold entry has title/date null, authors [].

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readArticle, readGold, writeArticle, writeGold } from './lib/corpus-io.mjs';
import { Rng, hashUtf16 } from './lib/rng.mjs';
import { QMAP } from './lib/scorer-text.mjs';

// ------------------------------------------------------------------ options
const DEFAULT_RATES = {
  a: 0.45, // 38/84
  b: 0.32, // 27/84
  c: 0.38, // 32/84
  d: 0.23, // 19/84
  e: 0.44, // 37/84
  f: 0.36, // 30/84
  g: 0.13, // 11/84
  g_dek: 0.95, // second story with its own dek: 11/11 in dev
  g_dek_first_sentence: 0.4, // multi-sentence second lead -> dek of first sentence only: 2/4
  f_first_sentence: 0.1, // story-1 dek of the first sentence only (0/10 in dev; variation)
};
const LABELS = {
  a: 'a:metadata_line',
  b: 'b:drop_title',
  c: 'c:single_newlines',
  d: 'd:lost_dropcap',
  e: 'e:bio_teasers',
  f: 'f:dek_duplicate',
  g: 'g:concatenated',
};
const PUBLISHER_NAMES = {
  breitbart: 'Breitbart News',
  'huff-post': 'The Huffington Post',
  nyt: 'The New York Times',
  politico: 'Politico',
  'usa-today': 'USA Today',
  'wash-post': 'The Washington Post',
  'west-journal': 'Western Journalism',
};

function usage(msg) {
  if (msg) console.error(`error: ${msg}`);
  console.error(
    'usage: node scripts/make-noisy-corpus.mjs --from DIR [--out DIR] [--seed N] [--count N]\n' +
      '       [--rates a=0.45,b=0.32,...] [--quiet]\n' +
      '  --from   clean corpus with articles/*.txt and gold.jsonl (e.g. /work/shared/data/polnear-train)\n' +
      '  --out    output dir (default $HOME/.cache/clippings/noisy-train)\n' +
      '  --seed   integer seed (default 1)\n' +
      '  --count  number of articles to use, a seeded sample (default: all)\n' +
      `  --rates  override probabilities; keys: ${Object.keys(DEFAULT_RATES).join(', ')}`,
  );
  process.exit(msg ? 2 : 0);
}

function parseArgs(argv) {
  const opts = {
    from: null,
    out: path.join(os.homedir(), '.cache', 'clippings', 'noisy-train'),
    seed: 1,
    count: null,
    rates: { ...DEFAULT_RATES },
    quiet: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [key, inline] = arg.includes('=') && arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) usage(`${key} needs a value`);
      return argv[++i];
    };
    switch (key) {
      case '--from':
        opts.from = value();
        break;
      case '--out':
        opts.out = value();
        break;
      case '--seed':
        opts.seed = Number.parseInt(value(), 10);
        if (!Number.isFinite(opts.seed)) usage('--seed must be an integer');
        break;
      case '--count':
        opts.count = Number.parseInt(value(), 10);
        if (!Number.isFinite(opts.count) || opts.count < 1) usage('--count must be >= 1');
        break;
      case '--rates':
        for (const kv of value().split(',')) {
          const [k, v] = kv.split('=');
          if (!(k in DEFAULT_RATES) || !Number.isFinite(Number(v))) usage(`bad rate "${kv}"`);
          opts.rates[k] = Number(v);
        }
        break;
      case '--quiet':
        opts.quiet = true;
        break;
      case '-h':
      case '--help':
        usage();
        break;
      default:
        usage(`unknown argument ${arg}`);
    }
  }
  if (!opts.from) usage('--from is required');
  if (path.resolve(opts.out) === path.resolve(opts.from)) usage('--out must differ from --from');
  return opts;
}

// ------------------------------------------------------------------ deterministic randomness
/** One stream per (seed, key): mulberry32 seeded by FNV-1a of both. */
function makeRng(seed, key) {
  return new Rng(hashUtf16(`${seed}\u0000${key}`) || 0x9e3779b9);
}

// ------------------------------------------------------------------ text helpers
const normSpace = (s) => s.replace(/\s+/g, ' ').trim();
/** Roughly the scorer's norm(): NFKC, straight quotes, lower case, edge punctuation off. */
const looseNorm = (s) =>
  normSpace(
    s
      .normalize('NFKC')
      .replace(/[\u201c-\u201f\u00ab\u00bb\u2033\u2018\u2032\u00a0]/g, (c) => QMAP[c]),
  )
    .toLowerCase()
    .replace(/^[\p{P}\s"'`]+|[\p{P}\s"'`]+$/gu, '');
const lcFirst = (s) => (s ? s[0].toLowerCase() + s.slice(1) : s);

/** Code-point offset -> UTF-16 index, and back (gold offsets are Python code points). */
function cpToU16(str, cp) {
  let u = 0;
  for (let c = 0; c < cp && u < str.length; c++) {
    const code = str.charCodeAt(u);
    u += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  return u;
}
function u16ToCp(str, u) {
  let cp = 0;
  for (let i = 0; i < u; i++) {
    const code = str.charCodeAt(i);
    if (!(code >= 0xdc00 && code <= 0xdfff)) cp++;
  }
  return cp;
}
const cpLength = (s) => u16ToCp(s, s.length);

/** First sentence of a paragraph, or null when it has only one. */
function firstSentence(p) {
  const m = /^(.+?[.!?][”"’']?)\s+(?=[A-Z“"‘'])/su.exec(p);
  if (!m) return null;
  const s = m[1];
  if (s.split(/\s+/).length < 4) return null; // "Mr. Trump, ..." style false splits
  if (/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|U\.S|D\.C|No|Vol|[A-Z])\.$/.test(s)) {
    return null;
  }
  return s;
}

// ------------------------------------------------------------------ authors / metadata
const NON_PERSON = new Set(
  [
    'ap',
    'upi',
    'afp',
    'reuters',
    'breitbart news',
    'the new york times',
    'the associated press',
    'associated press',
    'fivethirtyeight',
    'virgil',
    'elections 2016',
    'none',
  ].map((s) => s.toLowerCase()),
);

/** Author list as the dev-noisy metadata line shows it ("By X,Y and Z" -> [X, Y, Z]). */
function parseAuthors(raw) {
  let s = (raw || '').trim();
  if (!s || s === 'None') return [];
  s = s.replace(/^(?:By|BY|by)(?:\s+|(?=[A-Z]))/, '');
  // trailing affiliations: ", USA TODAY", ", Special for USA TODAY", ", The Cincinnati Enquirer"
  s = s.replace(/,\s*(?:Special for\s+)?USA TODAY\s*$/i, '');
  s = s.replace(/,\s*The \([^)]*\)\s*[\w-]+\s*$/, '');
  s = s.replace(/,\s*(?:The\s+)?[^,]*\b(?:Enquirer|Press|Courier-Journal)\s*$/, '');
  return s
    .split(/,|\s+and\s+/)
    .map((x) => x.trim())
    .filter((x) => x && !x.startsWith('@') && !/^(?:Special for\s+)?USA TODAY$/i.test(x));
}

const isPerson = (name) =>
  !!name && !NON_PERSON.has(name.toLowerCase()) && name.trim().split(/\s+/).length >= 2;

// ------------------------------------------------------------------ dek rewording
// Word-for-word substitutions, deliberately not the dev vocabulary (apart from plain tense
// swaps, which any rewording of news prose produces). Case of the first letter is kept.
const TENSE = [
  ['is', 'was'],
  ['was', 'is'],
  ['are', 'were'],
  ['were', 'are'],
  ['has', 'had'],
  ['have', 'had'],
  ['had', 'has'],
  ['will', 'would'],
  ['would', 'will'],
  ['can', 'could'],
  ['says', 'said'],
  ['said', 'says'],
  ['shows', 'showed'],
  ['does', 'did'],
  ['wants', 'wanted'],
  ['plans', 'planned'],
  ['remains', 'remained'],
  ['leads', 'led'],
];
const SYNONYMS = [
  ['about', 'regarding'],
  ['because', 'since'],
  ['before', 'ahead of'],
  ['help', 'assist'],
  ['need', 'require'],
  ['claimed', 'asserted'],
  ['announced', 'declared'],
  ['officials', 'authorities'],
  ['lawmakers', 'legislators'],
  ['supporters', 'backers'],
  ['critics', 'detractors'],
  ['country', 'nation'],
  ['nation', 'country'],
  ['recent', 'latest'],
  ['recently', 'lately'],
  ['nearly', 'almost'],
  ['almost', 'nearly'],
  ['important', 'significant'],
  ['major', 'key'],
  ['big', 'large'],
  ['however', 'still'],
  ['although', 'though'],
  ['while', 'whereas'],
  ['also', 'additionally'],
  ['percent', 'per cent'],
  ['people', 'individuals'],
  ['candidate', 'contender'],
  ['debate', 'face-off'],
  ['against', 'opposed to'],
  ['former', 'ex-'],
  ['top', 'leading'],
  ['new', 'fresh'],
  ['group', 'coalition'],
  ['told', 'said to'],
  ['asked', 'urged'],
  ['warned', 'cautioned'],
  ['criticized', 'slammed'],
  ['received', 'got'],
  ['called for', 'urged'],
  ['more than', 'over'],
  ['president', 'commander in chief'],
  ['Democrat', 'Democratic'],
  ['race', 'contest'],
  ['vote', 'ballot'],
  ['does not', "doesn't"],
  ["doesn't", 'does not'],
  ['did not', "didn't"],
  ['is not', "isn't"],
  ['will not', "won't"],
  ['cannot', "can't"],
  ['said that', 'said'],
  ['says that', 'says'],
  ['suggested', 'argued'],
  ['threat', 'danger'],
  ['latest', 'newest'],
  ['longtime', 'veteran'],
  ['endorsed', 'backed'],
  ['conservative', 'right-leaning'],
  ['liberal', 'left-leaning'],
  ['Republican', 'GOP'],
  ['following', 'after'],
  ['first', 'initial'],
  ['last', 'final'],
  ['large', 'big'],
  ['small', 'little'],
  ['many', 'numerous'],
  ['several', 'a number of'],
  ['some', 'certain'],
  ['very', 'quite'],
  ['just', 'only'],
  ['now', 'currently'],
  ['including', 'such as'],
  ['with', 'alongside'],
  ['who', 'that'],
  ['which', 'that'],
];
// function-word swaps: always applicable, used sparingly (weight 1)
const FILLERS = [
  ['the', 'this'],
  ['on', 'upon'],
  ['in', 'within'],
  ['to', 'toward'],
  ['of', 'from'],
];
const PREFIXES = [
  ['Reportedly, ', true],
  ['According to reports, ', true],
  ['As reported, ', true],
  ['In short: ', false],
  ['Summary: ', false],
  ['Update: ', false],
];

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const RULES = [
  ...TENSE.map((r) => [...r, 3]),
  ...SYNONYMS.map((r) => [...r, 2]),
  ...FILLERS.map((r) => [...r, 0.3]),
].map(([from, to, weight]) => ({
  from,
  to,
  weight,
  re: new RegExp(`(?<![\\w’'-])${escapeRe(from)}(?![\\w’'-])`, 'gi'),
}));

function matchCase(src, repl) {
  if (src[0] === src[0].toUpperCase() && src[0] !== src[0].toLowerCase()) {
    return repl[0].toUpperCase() + repl.slice(1);
  }
  return repl;
}

/** A reworded copy of `text`: 1-3 word swaps, or a short prefix. Never equal to the input. */
function reword(text, rng) {
  let out = text;
  const want = rng.weighted([
    [1, 0.3],
    [2, 0.45],
    [3, 0.25],
  ]);
  let done = 0;
  const produced = new Set(); // words already swapped in; never swap them back
  if (!rng.chance(0.03)) {
    for (let k = 0; k < want; k++) {
      const cands = [];
      for (const rule of RULES) {
        if (produced.has(rule.from.toLowerCase())) continue;
        rule.re.lastIndex = 0;
        let m;
        while ((m = rule.re.exec(out))) {
          // only the original lowercase form of lowercase rules (keeps proper nouns alone)
          if (rule.from[0] === rule.from[0].toLowerCase() && /^[A-Z]/.test(m[0])) {
            // capitalised mid-sentence, or "New Hampshire" at the start: a name, leave it
            if (m.index > 0 || /^\s+[A-Z]/.test(out.slice(m[0].length))) continue;
          }
          cands.push({ rule, index: m.index, text: m[0] });
        }
      }
      if (!cands.length) break;
      const c = rng.weighted(cands.map((x) => [x, x.rule.weight]));
      const all = rng.chance(0.3);
      if (all) {
        out = out.replace(c.rule.re, (m0, offset) =>
          offset > 0 && /^[A-Z]/.test(m0) && c.rule.from[0] === c.rule.from[0].toLowerCase()
            ? m0
            : matchCase(m0, c.rule.to),
        );
      } else {
        out =
          out.slice(0, c.index) + matchCase(c.text, c.rule.to) + out.slice(c.index + c.text.length);
      }
      produced.add(c.rule.to.toLowerCase());
      done++;
    }
  }
  if (!done || out === text) {
    const [prefix, lower] = rng.pick(PREFIXES);
    const keepCase = /^[A-Z][a-z]+\s+[A-Z]/.test(text) || /^[A-Z]{2,}\b/.test(text);
    out = prefix + (lower && !keepCase && rng.chance(0.5) ? lcFirst(text) : text);
  }
  return out;
}

function makeDek(lead, rng, firstSentenceRate) {
  let base = lead;
  if (rng.chance(firstSentenceRate)) base = firstSentence(lead) || lead;
  return reword(base, rng);
}

// ------------------------------------------------------------------ bios and teasers
const BIO_LEADS = [
  (n, p) => `${n} is a senior reporter at ${p} covering politics.`,
  (n, p) => `${n} is a political reporter for ${p}.`,
  (n, p) => `${n} covers the White House and national politics for ${p}.`,
  (n, p) => `${n} writes about Congress and campaigns for ${p}.`,
  (n, p) => `${n} is a Washington correspondent for ${p}.`,
  (n, p) => `${n} reports on elections and policy for ${p}.`,
  (n, p) => `${n} is a staff writer at ${p}.`,
];
const BIO_TAILS = [
  (f) => `Follow ${f} on Twitter for the latest from the campaign trail.`,
  () => 'Send tips and story ideas to the politics desk.',
  (f) => `${f} can be reached through the newsroom's contact page.`,
  (f, p) => `Before joining ${p}, ${f} covered Congress and state politics.`,
  (f, p, handle) => `Follow ${f} on Twitter: @${handle}.`,
  (f, p, handle, email) => `Reach ${f} at ${email}.`,
  (f) => `${f} previously reported for several regional newspapers.`,
  () => 'Have a news tip? Contact the politics team.',
  (f) => `Sign up for ${f}'s weekly newsletter on the 2016 race.`,
];
const EMAIL_DOMAINS = {
  breitbart: 'breitbart.com',
  'huff-post': 'huffingtonpost.com',
  nyt: 'nytimes.com',
  politico: 'politico.com',
  'usa-today': 'usatoday.com',
  'wash-post': 'washpost.com',
  'west-journal': 'westernjournalism.com',
};

function makeBio(name, publisher, rng) {
  const pub = PUBLISHER_NAMES[publisher] || publisher;
  const first = name.trim().split(/\s+/)[0];
  const ascii = name
    .normalize('NFKD')
    .replace(/[^\w\s]/g, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  const handle = ascii.join('').slice(0, 15) || 'newsdesk';
  const email = `${ascii[0] || 'news'}.${ascii[ascii.length - 1] || 'desk'}@${EMAIL_DOMAINS[publisher] || 'example.com'}`;
  return `${rng.pick(BIO_LEADS)(name, pub)} ${rng.pick(BIO_TAILS)(first, pub, handle, email)}`;
}

function makeTeaser(rec, rng) {
  const ell = rng.chance(0.9) ? '\u2026' : '...';
  const title = normSpace(rec.title_block || rec.first_line || rec.title || '').replace(/\.$/, '');
  const words = normSpace(rec.paragraphs[0] || '').split(' ');
  // a lead like "ABSTRACT." or "LETTERS." makes no teaser; fall back to the headline
  if (title && (words.length < 6 || rng.chance(0.42))) return title + ell;
  const k = rng.int(8, 18);
  let s = words.slice(0, k).join(' ');
  s = s.replace(/[\s.,;:—–-]+$/u, '');
  return s + ell;
}

// ------------------------------------------------------------------ corpus loading
function loadCorpus(dir) {
  const recs = readGold(dir);
  for (const r of recs) {
    r.text = readArticle(dir, r).replace(/^\uFEFF/, '');
    r.titleBlock = r.text.split('\n\n')[0];
    // UTF-16 start of each gold paragraph in the clean text (paragraphs are stripped lines)
    r.paraPos = [];
    let cursor = r.titleBlock.length;
    for (const p of r.paragraphs) {
      let at = r.text.indexOf(p, cursor);
      if (at < 0) at = r.text.indexOf(p);
      r.paraPos.push(at);
      if (at >= 0) cursor = at + p.length;
    }
    const first = parseAuthors(r.author)[0];
    r.bioName = isPerson(first) ? first : null;
  }
  return recs;
}

// ------------------------------------------------------------------ offsets
/**
 * Re-anchors quote/other_quoted offsets (Python code points) of `rec` into the noisy text.
 * paraStarts[i] = UTF-16 start of paragraph i in the noisy text; shift0 = chars removed at the
 * start of paragraph 0 (lost drop cap). Returns the number of items that could not be placed.
 */
function remapOffsets(items, rec, noisy, paraStarts, shift0, hasSource, stats) {
  const out = [];
  for (const item of items) {
    const q = { ...item };
    const place = (startKey, endKey, textKey) => {
      if (typeof q[startKey] !== 'number' || typeof q[textKey] !== 'string') return;
      const s16 = cpToU16(rec.text, q[startKey]);
      const e16 = cpToU16(rec.text, q[endKey]);
      let ns = -1;
      for (let i = 0; i < rec.paragraphs.length; i++) {
        const ps = rec.paraPos[i];
        if (ps < 0 || s16 < ps || s16 > ps + rec.paragraphs[i].length) continue;
        ns = paraStarts[i] + (s16 - ps) - (i === 0 ? shift0 : 0);
        break;
      }
      const len = e16 - s16;
      const want = q[textKey];
      if (ns < 0 || noisy.slice(ns, ns + len) !== want) {
        // fall back to the nearest occurrence of the text
        let best = -1;
        let from = 0;
        for (;;) {
          const at = noisy.indexOf(want, from);
          if (at < 0) break;
          if (best < 0 || Math.abs(at - ns) < Math.abs(best - ns)) best = at;
          from = at + 1;
        }
        if (best < 0) {
          stats[startKey === 'start' ? 'unplaced' : 'sourceUnplaced']++;
          delete q[startKey];
          delete q[endKey];
          return;
        }
        ns = best;
      }
      q[startKey] = u16ToCp(noisy, ns);
      q[endKey] = q[startKey] + cpLength(want);
    };
    place('start', 'end', 'text');
    if (hasSource) place('source_start', 'source_end', 'source_text');
    out.push(q);
  }
  return out;
}

// ------------------------------------------------------------------ one file
function buildFile(rec, pool, opts) {
  const rng = makeRng(opts.seed, rec.file);
  const R = opts.rates;
  const lead = rec.paragraphs[0] || '';
  const noise = new Set();
  for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) if (rng.chance(R[k])) noise.add(k);
  if (noise.has('d') && !/^\p{L}/u.test(lead)) noise.delete('d');
  if (!rec.date) noise.delete('a');

  const authors = parseAuthors(rec.author);
  const others = pool.filter((x) => x.file !== rec.file);
  const story2 = noise.has('g') ? rng.pick(others) : null;

  // blocks: {text, role, para?: [entryIndex, paragraphIndex]}
  const blocks = [];
  if (noise.has('a')) {
    const line = ` date ${rec.date}${authors.length ? ` By ${authors.join(', ')}` : ''}`;
    blocks.push({ text: line, role: 'meta' });
  }
  if (!noise.has('b')) blocks.push({ text: rec.titleBlock, role: 'title' });
  if (noise.has('f')) blocks.push({ text: makeDek(lead, rng, R.f_first_sentence), role: 'dek' });
  const shift0 = noise.has('d') ? (lead.codePointAt(0) > 0xffff ? 2 : 1) : 0;
  rec.paragraphs.forEach((p, i) =>
    blocks.push({ text: i === 0 ? p.slice(shift0) : p, role: 'para', para: [0, i] }),
  );
  const boilerplate = [];
  if (noise.has('e')) {
    const name = rec.bioName || rng.pick(pool.filter((x) => x.bioName)).bioName;
    boilerplate.push(makeBio(name, rec.publisher, rng));
    // teasers must not occur inside this file's gold paragraphs (the scorer would count a
    // perfectly parsed paragraph as leaked boilerplate), nor repeat each other
    const goldKeys = [...rec.paragraphs, ...(story2 ? story2.paragraphs : [])].map(looseNorm);
    const want = rng.weighted([
      [2, 0.5],
      [3, 0.5],
    ]);
    const seen = new Set();
    for (const s of rng.shuffle(others.filter((x) => x !== story2))) {
      if (boilerplate.length > want) break;
      const t = makeTeaser(s, rng);
      const key = looseNorm(t);
      if (!key || seen.has(key) || goldKeys.some((p) => p.includes(key))) continue;
      seen.add(key);
      boilerplate.push(t);
    }
    for (const b of boilerplate) blocks.push({ text: b, role: 'boilerplate' });
  }
  const info = { dek2: false };
  if (story2) {
    if (rng.chance(R.g_dek)) {
      info.dek2 = true;
      const dek = makeDek(story2.paragraphs[0], rng, R.g_dek_first_sentence);
      blocks.push({ text: dek, role: 'dek2' });
    }
    story2.paragraphs.forEach((p, i) => blocks.push({ text: p, role: 'para2', para: [1, i] }));
  }

  const sep = noise.has('c') ? '\n' : '\n\n';
  const starts = [[], []];
  let text = '';
  blocks.forEach((b, i) => {
    if (i) text += sep;
    if (b.para) starts[b.para[0]][b.para[1]] = text.length;
    text += b.text;
  });
  text += '\n';

  const stats = { unplaced: 0, sourceUnplaced: 0 };
  const entry = (r, idx, primary) => ({
    name: r.name,
    publisher: r.publisher,
    date: primary && noise.has('a') ? r.date : null,
    authors: primary && noise.has('a') ? authors : [],
    title: primary && !noise.has('b') ? (r.first_line || '').trim() || null : null,
    title_variants:
      primary && !noise.has('b')
        ? [r.first_line, r.title_block, r.title].filter((x) => x).map((x) => x.trim())
        : [],
    paragraphs: r.paragraphs,
    quotes: remapOffsets(r.quotes || [], r, text, starts[idx], primary ? shift0 : 0, true, stats),
    other_quoted: remapOffsets(
      r.other_quoted || [],
      r,
      text,
      starts[idx],
      primary ? shift0 : 0,
      false,
      stats,
    ),
  });
  const entries = [entry(rec, 0, true)];
  if (story2) entries.push(entry(story2, 1, false));
  const gold = {
    file: rec.file,
    entries,
    noise: [...noise].sort().map((k) => LABELS[k]),
    boilerplate,
  };
  return { text, gold, stats, info };
}

// ------------------------------------------------------------------ main
function main() {
  const opts = parseArgs(process.argv.slice(2));
  const pool = loadCorpus(opts.from);
  let chosen = pool;
  if (opts.count && opts.count < pool.length) {
    chosen = makeRng(opts.seed, '\u0000sample').shuffle(pool).slice(0, opts.count);
  } else if (opts.count && opts.count > pool.length) {
    console.error(`note: --count ${opts.count} > ${pool.length} articles; using all of them`);
  }
  chosen = chosen.slice().sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));

  const artDir = path.join(opts.out, 'articles');
  fs.mkdirSync(artDir, { recursive: true });
  for (const f of fs.readdirSync(artDir)) {
    if (f.endsWith('.txt')) fs.unlinkSync(path.join(artDir, f));
  }
  const golds = [];
  const perLabel = Object.fromEntries(Object.values(LABELS).map((l) => [l, 0]));
  const combos = new Map();
  let unplaced = 0;
  let sourceUnplaced = 0;
  let quotes = 0;
  let paragraphs = 0;
  let deks2 = 0;
  for (const rec of chosen) {
    const { text, gold, stats, info } = buildFile(rec, pool, opts);
    writeArticle(opts.out, rec, text);
    golds.push(gold);
    for (const l of gold.noise) perLabel[l]++;
    const key = gold.noise.map((l) => l[0]).join('') || '(none)';
    combos.set(key, (combos.get(key) || 0) + 1);
    unplaced += stats.unplaced;
    sourceUnplaced += stats.sourceUnplaced;
    for (const e of gold.entries) {
      quotes += e.quotes.length;
      paragraphs += e.paragraphs.length;
    }
    if (info.dek2) deks2++;
  }
  writeGold(opts.out, golds);

  if (!opts.quiet) {
    const n = chosen.length;
    const pct = (x) => `${((100 * x) / n).toFixed(1)}%`;
    console.log(`wrote ${n} articles and gold.jsonl to ${opts.out} (seed ${opts.seed})`);
    console.log(
      `paragraphs ${paragraphs}, quotes ${quotes}; offsets dropped (text not found in the noisy ` +
        `file): quote/other_quoted ${unplaced}, source ${sourceUnplaced}`,
    );
    console.log('noise label             files   share   (dev-noisy: share of 84)');
    const devShare = { a: 38, b: 27, c: 32, d: 19, e: 37, f: 30, g: 11 };
    for (const [k, l] of Object.entries(LABELS)) {
      console.log(
        `  ${l.padEnd(20)} ${String(perLabel[l]).padStart(6)}  ${pct(perLabel[l]).padStart(6)}   ${((100 * devShare[k]) / 84).toFixed(1)}%`,
      );
    }
    console.log(`  second stories with their own dek: ${deks2}/${perLabel[LABELS.g]}`);
    console.log(
      `  files without noise: ${combos.get('(none)') || 0} (${pct(combos.get('(none)') || 0)}; dev 8.3%)`,
    );
    const top = [...combos.entries()].sort((x, y) => y[1] - x[1]).slice(0, 12);
    console.log(`  most common combinations: ${top.map(([k, v]) => `${k}=${v}`).join('  ')}`);
  }
}

main();
