/**
 * A quoted e-mail: an article forwarded or answered by mail arrives with every line opened by the
 * mail program's quoting mark (`> `, `>> ` or `> > ` for a quote in a quote). The marks are the
 * program's, not the writer's. They are taken off the lines of a run in which every line opens
 * with one (blank lines between them too, written `>` or left empty) when the run holds prose: a
 * line starting with `>` here and there (a quoted tweet, an arrow) is left as it is. The line right
 * above such a run ending with a colon is the program's introduction of it (`On Sun, Oct 2, 2016
 * at 5:31 PM, Jane Roe <jane@example.com> wrote:`), not the article's.
 */

/** The quoting marks opening a line, with the space after each and any indent before them. */
const MARKS = /^[ \t]*(?:>[ \t]?)+/;
/** A run of quoted lines holds at least this many lines of prose … */
const MIN_PROSE_LINES = 3;
/** … each of at least this many words. */
const PROSE_WORDS = 8;

/** The quoted runs of a text. */
export interface QuotedReply {
  /** For each line, how many characters of quoting marks open it (0 outside a quoted run). */
  skip: number[];
  /** The lines introducing a quoted run (`… wrote:`). */
  intro: number[];
}

/** The quoted runs of `lines`, or undefined when the text holds none. */
export function readQuotedReply(lines: readonly string[]): QuotedReply | undefined {
  const skip = lines.map(() => 0);
  const intro: number[] = [];
  let found = false;
  let i = 0;
  while (i < lines.length) {
    if (!MARKS.test(lines[i]!)) {
      i++;
      continue;
    }
    // A run: lines opened by marks, and blank lines between them.
    let end = i;
    let last = i;
    while (end < lines.length && (MARKS.test(lines[end]!) || lines[end]!.trim() === '')) {
      if (MARKS.test(lines[end]!)) last = end;
      end++;
    }
    const run = lines.slice(i, last + 1);
    const prose = run.filter((l) => l.replace(MARKS, '').trim().split(/\s+/).length >= PROSE_WORDS);
    if (prose.length >= MIN_PROSE_LINES) {
      found = true;
      for (let j = i; j <= last; j++) skip[j] = MARKS.exec(lines[j]!)?.[0].length ?? 0;
      let above = i - 1;
      while (above >= 0 && lines[above]!.trim() === '') above--;
      if (above >= 0 && skip[above] === 0 && lines[above]!.trim().endsWith(':')) intro.push(above);
    }
    i = last + 1;
  }
  return found ? { skip, intro } : undefined;
}
