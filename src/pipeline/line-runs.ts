/**
 * Runs of like lines at a file's edge: a record's fields, a site menu's labels. A run is the
 * longest stretch of lines one after another that `joins` accepts, each stretch starting where
 * the last one ended; it counts when it holds at least `min` lines, and then the line just above
 * it goes with it when `heads` accepts that line (a record's version line, a menu's own label).
 */

/** A run of like lines: line numbers within the lines the caller reads. */
export interface LineRun {
  /** The run's first line: its heading when it has one, else `start`. */
  first: number;
  /** The first line `joins` accepted. */
  start: number;
  /** One past the run's last line. */
  end: number;
}

/**
 * The runs among lines `from` to `to` (not included). `joins(i, start)` says whether line `i`
 * continues the run begun at `start` (i === start for its first line); `heads(i)` whether line
 * `i`, just above a run and not before `from`, is that run's heading.
 */
export function lineRuns(
  from: number,
  to: number,
  min: number,
  joins: (i: number, start: number) => boolean,
  heads: (i: number) => boolean = () => false,
): LineRun[] {
  const runs: LineRun[] = [];
  for (let start = from; start < to;) {
    let end = start;
    while (end < to && joins(end, start)) end++;
    if (end - start >= min)
      runs.push({ first: start > from && heads(start - 1) ? start - 1 : start, start, end });
    start = Math.max(end, start + 1);
  }
  return runs;
}
