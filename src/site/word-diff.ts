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
 * The words of `first` that `second` lacks and the words of `second` that `first` lacks (jsdiff
 * `diffWords`: words and punctuation marks are tokens, spacing is ignored).
 */
export function compareWording(first: string, second: string): WordingComparison {
  const a: DiffSegment[] = [];
  const b: DiffSegment[] = [];
  let changes = 0;
  for (const part of diffWords(first, second)) {
    if (part.removed) {
      pushChanged(a, part.value);
      changes++;
    } else if (part.added) {
      pushChanged(b, part.value);
      changes++;
    } else {
      push(a, part.value, false);
      push(b, part.value, false);
    }
  }
  return { first: a, second: b, changes };
}
