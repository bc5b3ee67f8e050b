/**
 * Which quotation marks an article speaks in. British papers quote speech in single marks and nest
 * double ones inside (`‘He told me, “be ready”,’ he said`); US style is the reverse. `findQuotes`
 * reads double marks as the speech marks, so an article in single-mark style is handed to it as a
 * view of the same length with the two roles swapped: each single mark that is a quotation mark
 * (not an apostrophe) becomes a double one, and the double marks inside become single.
 *
 * A single mark is a quotation mark by its position in the words, as in the CoreNLP quote
 * annotator: an opening one starts a word (after the paragraph start, a space or an opening
 * punctuation), a closing one ends a word (before the paragraph end, a space or punctuation); one
 * inside a word (`don’t`, `Blair’s`) is an apostrophe. Marks are paired by balance within the
 * paragraph: inside an open quotation a mark shaped as an opening one is an elision (`'em`), and a
 * possessive `s’` before a word (`three days’ notice`) closes only when no other closing mark
 * follows before the next opening one; a pair around one letter is an elision (`rock 'n' roll`).
 * An opening mark left open at the paragraph end, before a capital, runs on into the next
 * paragraph, as with double marks.
 *
 * Two straight single marks typed for a double one (`''`) are a double mark.
 *
 * The article is in single-mark style when its quotations of a clause by a reporting verb in
 * single marks (outside double ones) outnumber its double-marked quotations (outside single ones).
 */
import { CUE_IN } from './cues.ts';

/** A pair of single quotation marks: offsets of the marks; `close` is -1 when left open. */
export interface MarkPair {
  open: number;
  close: number;
}

const SINGLE = /['‘’]/gu;
/** What an opening mark follows: a space, an opening bracket or mark, a dash or slash. */
const BEFORE_OPEN = /[\s([{“"«—–\-/]/u;
/** What a closing mark precedes: a space, punctuation, a closing bracket or mark, a dash. */
const AFTER_CLOSE = /[\s.,;:!?)\]}”"»—–\-…]/u;

function opensAt(text: string, i: number): boolean {
  if (text[i] === '’') return false; // `’90s`, `’em`: a right mark never opens
  const before = text[i - 1];
  const after = text[i + 1];
  if (after === undefined || /\s/u.test(after)) return false;
  if (text[i] === "'" && /\d/u.test(after)) return false; // `'90s`
  return before === undefined || BEFORE_OPEN.test(before);
}

function closesAt(text: string, i: number): boolean {
  if (text[i] === '‘') return false;
  const before = text[i - 1];
  const after = text[i + 1];
  if (before === undefined || /\s/u.test(before)) return false;
  return after === undefined || AFTER_CLOSE.test(after);
}

/** `days’ notice`: a closing mark after an `s` and before a word, possibly a plural possessive. */
function possessive(text: string, i: number): boolean {
  return /s/iu.test(text[i - 1] ?? '') && /^\s+[\p{L}\p{N}]/u.test(text.slice(i + 1, i + 3));
}

/**
 * The paragraph with each double mark typed as two straight single ones (`''That wasn't it,''`)
 * written as one straight double mark and a space, so that its halves are no single marks. In a
 * run of three the single mark is the inner one: `it,'''` closes a single then a double one.
 */
export function typedDoubles(text: string): string {
  return text.replace(/'{2,3}/gu, (run, at: number) => {
    const closing = at > 0 && !/\s/u.test(text[at - 1]!);
    if (run.length === 3) return closing ? `'" ` : ` "'`;
    return closing ? '" ' : ' "';
  });
}

/** The pairs of single quotation marks of one paragraph, in text order. */
export function singlePairs(paragraph: string): MarkPair[] {
  const text = typedDoubles(paragraph);
  const marks = [...text.matchAll(SINGLE)].map((m) => m.index);
  const pairs: MarkPair[] = [];
  let open = -1;
  marks.forEach((i, k) => {
    if (open < 0) {
      if (opensAt(text, i)) open = i;
      return;
    }
    // A quotation holds more than one letter: `rock 'n' roll` is an elision.
    if (closesAt(text, i) && i > open + 2) {
      if (possessive(text, i) && closesLater(text, marks.slice(k + 1))) return;
      pairs.push({ open, close: i });
      open = -1;
    } else if (text[i] === '‘' && opensAt(text, i)) {
      // A left mark opening while one is open: the open one lost its closing mark.
      pairs.push({ open, close: -1 });
      open = i;
    }
  });
  // Left open, it runs on into the next paragraph; not an elision such as `shoot 'em ups`.
  if (open >= 0 && !/\p{Ll}/u.test(text[open + 1]!)) pairs.push({ open, close: -1 });
  return pairs;
}

/** A closing mark that is no possessive comes among `marks` before the next opening one. */
function closesLater(text: string, marks: readonly number[]): boolean {
  for (const i of marks) {
    if (closesAt(text, i) && !possessive(text, i)) return true;
    if (opensAt(text, i)) return false;
  }
  return false;
}

/** The double-quoted ranges of a paragraph, straight or curly, paired naively. */
function doubleRanges(paragraph: string): [number, number][] {
  const text = typedDoubles(paragraph);
  const ranges: [number, number][] = [];
  let open = -1;
  for (const m of text.matchAll(/["“”]/gu)) {
    const c = m[0];
    if (open < 0 && c !== '”') open = m.index;
    else if (open >= 0 && c !== '“') {
      ranges.push([open, m.index]);
      open = -1;
    }
  }
  if (open >= 0) ranges.push([open, text.length]);
  return ranges;
}

const inside = (at: number, ranges: readonly [number, number][]): boolean =>
  ranges.some(([a, b]) => a < at && at < b);

const rangeOf = (p: MarkPair, text: string): [number, number] => [
  p.open,
  p.close < 0 ? text.length : p.close,
];

/** The fewest words of a quotation that is speech rather than a term: a clause. */
const CLAUSE_WORDS = 4;

/**
 * A quotation of a clause with a reporting verb in its sentence, outside the marks:
 * `‘Fines are paid by customers in the end,’ she said.`
 */
function speechShaped(text: string, [a, b]: [number, number]): boolean {
  if (
    text
      .slice(a + 1, b)
      .split(/\s+/u)
      .filter(Boolean).length < CLAUSE_WORDS
  )
    return false;
  const before =
    text
      .slice(0, a)
      .split(/[.!?]\s/u)
      .at(-1) ?? '';
  const after = text.slice(b + 1).split(/[.!?](?:\s|$)/u)[0] ?? '';
  return CUE_IN.test(before) || CUE_IN.test(after);
}

/**
 * True when the article quotes speech in single marks (British style): its speech-shaped
 * quotations in single marks, outside double ones, outnumber its double-marked quotations outside
 * single ones. Single-marked terms (`the 'All Golds' rugby league side`) decide nothing.
 */
export function singleMarkStyle(texts: readonly string[]): boolean {
  let single = 0;
  let double = 0;
  for (const text of texts) {
    const singles = singlePairs(text).map((p) => rangeOf(p, text));
    const doubles = doubleRanges(text);
    single += singles.filter((r) => !inside(r[0], doubles) && speechShaped(text, r)).length;
    double += doubles.filter(([a]) => !inside(a, singles)).length;
  }
  return single > double;
}

const SWAP: Readonly<Record<string, string>> = {
  '“': '‘',
  '”': '’',
  '"': "'",
};

/**
 * The paragraphs as `findQuotes` should read them: unchanged in double-mark style; in single-mark
 * style, with single quotation marks made double and double marks inside them made single. Every
 * character stays at its offset.
 */
export function speechMarkView(texts: readonly string[]): string[] {
  if (!singleMarkStyle(texts)) return [...texts];
  return texts.map((text) => {
    const pairs = singlePairs(text);
    if (pairs.length === 0) return text;
    const chars = text.split('');
    for (const p of pairs) {
      const straight = text[p.open] === "'";
      chars[p.open] = straight ? '"' : '“';
      const end = p.close < 0 ? text.length : p.close;
      for (let i = p.open + 1; i < end; i++) chars[i] = SWAP[chars[i]!] ?? chars[i]!;
      if (p.close >= 0) chars[p.close] = straight ? '"' : '”';
    }
    return chars.join('');
  });
}
