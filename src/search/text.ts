/**
 * Text normalisation shared by the build-time index and the browser: the same folding on both
 * sides is what makes a query token meet an indexed token. Pure TypeScript, no Astro imports.
 */

/** A word of a text: its folded form and where it sits in the original string. */
export interface TokenSpan {
  token: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, compatibility-decomposed, without diacritics: `Zelenskyy’s` → `zelenskyy`. */
export function foldToken(word: string): string {
  // Printable ASCII (most words of English text) only needs lower case; decomposing is slow.
  if (ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const ASCII = /^[ -~]*$/;

/** Every word of `text` (runs of letters and digits), folded, with its offsets in `text`. */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const token = foldToken(m[0]);
    if (token) spans.push({ token, start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** The folded words of `text`, in order. */
export function tokens(text: string): string[] {
  return tokenSpans(text).map((s) => s.token);
}

/** Words too common to find anything with; never indexed, still matched inside phrases. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his ' +
    'i if in into is it its me my no not of on or our she so than that the their them then ' +
    'there these they this to was we were what when which who will with would you your s t'
  ).split(' '),
);

/** Whether a folded token is worth a posting list: not a stopword, not a single letter. */
export function isIndexable(token: string): boolean {
  return token.length >= 2 && !STOPWORDS.has(token);
}

/** The distinct indexable tokens of `text`. */
export function indexTerms(text: string): string[] {
  return [...new Set(tokens(text).filter(isIndexable))];
}

/** The shard a token's vocabulary lives in: its first character (`_` for other scripts). */
export function vocabShard(token: string): string {
  const first = token[0] ?? '_';
  return /[a-z0-9]/.test(first) ? first : '_';
}

/** A small, stable string hash (FNV-1a, 32 bit): picks a token's postings bucket. */
export function hashToken(token: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    h ^= token.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const CODES = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * One character standing for a word next to an indexed word (`-` for none: the text's start or
 * end): 62 values, so a neighbour is told apart from another 61 times in 62.
 */
export function neighbourCode(token: string | undefined): string {
  return token === undefined ? '-' : (CODES[hashToken(token) % CODES.length] ?? '-');
}

/** The postings bucket of a token among `buckets`. */
export function postingsBucket(token: string, buckets: number): number {
  return hashToken(token) % Math.max(1, buckets);
}

/**
 * Levenshtein distance of `a` and `b` if it is at most `max`, else `max + 1` (rows are cut off
 * early once every cell is over the bound).
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** How many edits a query word of this length may be away from a word of the text. */
export function allowedEdits(token: string): number {
  if (token.length >= 6) return 2;
  if (token.length >= 4) return 1;
  return 0;
}
