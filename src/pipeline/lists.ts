/**
 * List items in raw text: a line that opens with a bullet (`-`, `*`, `•` …) or a number or letter
 * and `.`/`)` is a list item. Consecutive item lines form one list block, kept one item per line
 * (`parse-lines.ts` joins them with `\n`), never one run-on paragraph.
 */

/** A list item's marker: `- `, `* `, `• `, `1. `, `12) `, `a) `. */
const MARKER = /^(?:[-*•▪●–]|\d{1,2}[.)]|[a-z][.)])\s+/;
const NUMBERED = /^(?:\d{1,2}|[a-z])[.)]/;

/** A list read from a block's text. */
export interface ListShape {
  /** Numbered (`1.`, `a)`) rather than bulleted. */
  ordered: boolean;
  /** The number the list starts at, for a list numbered in digits. */
  start?: number;
  /** Each item's text without its marker, in order. */
  items: string[];
  /** Where each item's text starts in the block's text. */
  offsets: number[];
}

/** True when the line opens with a list marker. */
export function isListItem(line: string): boolean {
  return MARKER.test(line);
}

/**
 * The list a block's text holds: two or more lines, each opening with a marker; ordered when every
 * marker is a number or letter. Null for anything else.
 */
export function listShape(text: string): ListShape | null {
  const lines = text.split('\n');
  if (lines.length < 2) return null;
  const items: string[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const line of lines) {
    const marker = MARKER.exec(line);
    if (!marker) return null;
    items.push(line.slice(marker[0].length));
    offsets.push(at + marker[0].length);
    at += line.length + 1;
  }
  const ordered = lines.every((l) => NUMBERED.test(l));
  const first = /^\d+/.exec(lines[0] ?? '');
  return {
    ordered,
    ...(ordered && first ? { start: Number(first[0]) } : {}),
    items,
    offsets,
  };
}
