/**
 * Conservation: every non-whitespace character of a file's (normalised) text is accounted for by
 * its entries — body blocks, `removed` pieces, and the metadata taken out of the text (a title
 * line, a dek, a dateline, front matter, a drop-cap repair's `before`). Characters are compared as
 * multisets, so order and whitespace do not matter.
 *
 * Documented normalisations that are allowed: the text is compared after `normalizeText` (NFC,
 * invisible characters removed, odd spaces and line ends unified); the `---` lines around front
 * matter are syntax, not content; a drop-cap repair adds one letter (its `after` minus `before`).
 */
import type { Entry } from '../../../src/schemas/entry.ts';

export type Counts = Map<string, number>;

/** Counts the non-whitespace code points of `text` into `into`. */
export function count(text: string, into: Counts = new Map(), sign = 1): Counts {
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    into.set(ch, (into.get(ch) ?? 0) + sign);
  }
  return into;
}

/** The text the entries of one file account for. */
export function accountedText(entries: readonly Entry[]): string[] {
  const pieces: string[] = [];
  for (const e of entries) {
    for (const b of e.blocks) pieces.push(b.text);
    for (const r of e.removed) pieces.push(r.text);
    if (e.titleSource === 'text') pieces.push(e.title);
    if (e.dek !== null) pieces.push(e.dek);
  }
  return pieces;
}

/**
 * The characters of `input` that no entry accounts for (an empty list when everything is
 * conserved), as `[char, missing count]` pairs.
 */
export function missingCharacters(
  input: string,
  entries: readonly Entry[],
): Array<[string, number]> {
  const balance = count(stripFrontMatterFences(input));
  for (const piece of accountedText(entries)) count(piece, balance, -1);
  // A drop-cap repair turns `before` into `after` in the text: the added letter was not in the input.
  for (const e of entries)
    for (const r of e.repairs) {
      count(r.after, balance, 1);
      count(r.before, balance, -1);
    }
  return [...balance].filter(([, n]) => n > 0);
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

function stripFrontMatterFences(text: string): string {
  const m = FRONT_MATTER.exec(text);
  return m ? `${m[1] ?? ''}\n${text.slice(m[0].length)}` : text;
}
