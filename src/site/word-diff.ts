/** Word-level differences between two wordings of a quote, for showing them side by side. */
import { diffWords } from 'diff';

/** A run of text that both wordings share (`changed: false`) or that only this one has. */
export interface DiffSegment {
  text: string;
  changed: boolean;
}

/** Both wordings cut into shared and changed runs, and how many runs changed in all. */
export interface WordingComparison {
  first: DiffSegment[];
  second: DiffSegment[];
  changes: number;
}

function push(segments: DiffSegment[], text: string, changed: boolean): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last && last.changed === changed) last.text += text;
  else segments.push({ text, changed });
}

/** Adds a changed run, keeping its leading and trailing spaces outside the change. */
function pushChanged(segments: DiffSegment[], text: string): void {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, lead = '', core = '', trail = ''] = match ?? [];
  push(segments, lead, false);
  push(segments, core, true);
  push(segments, trail, false);
}

/**
 * One wording read in step with the diff: jsdiff's parts carry their own spacing (a shared part
 * is spaced as in the second wording), so each side takes its text from its own wording instead,
 * as many non-space characters as the part has, with the spaces between them as written.
 */
class Reader {
  private at = 0;
  private readonly text: string;
  constructor(text: string) {
    this.text = text;
  }

  /** The next stretch of the wording holding the part's non-space characters, spaces and all. */
  take(part: string): string {
    let wanted = part.replace(/\s+/g, '').length;
    const start = this.at;
    while (this.at < this.text.length && /\s/.test(this.text[this.at] ?? '')) this.at++;
    while (this.at < this.text.length && wanted > 0) {
      if (!/\s/.test(this.text[this.at] ?? '')) wanted--;
      this.at++;
    }
    return this.text.slice(start, this.at);
  }

  /** What is left (trailing spaces). */
  rest(): string {
    return this.text.slice(this.at);
  }
}

/**
 * The words of `first` that `second` lacks and the words of `second` that `first` lacks (jsdiff
 * `diffWords`: words and punctuation marks are tokens, spacing is ignored). Each side keeps its
 * own spacing: joined, its segments are its wording exactly.
 */
export function compareWording(first: string, second: string): WordingComparison {
  const a: DiffSegment[] = [];
  const b: DiffSegment[] = [];
  const readA = new Reader(first);
  const readB = new Reader(second);
  let changes = 0;
  for (const part of diffWords(first, second)) {
    if (part.removed) {
      pushChanged(a, readA.take(part.value));
      changes++;
    } else if (part.added) {
      pushChanged(b, readB.take(part.value));
      changes++;
    } else {
      push(a, readA.take(part.value), false);
      push(b, readB.take(part.value), false);
    }
  }
  push(a, readA.rest(), false);
  push(b, readB.rest(), false);
  return { first: a, second: b, changes };
}
