/**
 * A readers' comment thread at the end of a page: a short label that names the discussion
 * (`Comments (214)`, `Join the conversation`, `View 479 comments`) over a run of short lines in
 * which each comment's text, a sentence, stands between lines that are not sentences (its
 * handle and time, its counters: `OhioDad 2 hours ago`, `Another hit piece. Cancel my
 * subscription.`, `Like (36)  Reply`). Read by the label's noun and the run's form, not by the
 * comments' wordings: the comments are sentences like the story's, so the thread is told from
 * the story by where and how it is set. Two sentences in a row are the story's prose again.
 */
import { listShape } from './lists.ts';
import { DISCUSSION_WORDS } from './words/discussion-nouns.ts';

/** A label is a few words, not a sentence. */
const MAX_LABEL_WORDS = 8;
/** A comment is short; a line longer than this is a paragraph of the story. */
const MAX_COMMENT_WORDS = 40;
/** Lines after the label, at least: a handle or a count and a comment. */
const MIN_THREAD_LINES = 2;
/** The story above the thread has at least this many lines. */
const MIN_STORY_LINES = 3;
const SENTENCE_END = /[.!?]["'”’)\]]*$/u;

/** A comment thread: the label's index and the last line's, in the lines given. */
export interface CommentThread {
  label: number;
  end: number;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** A line that names a readers' discussion and is not a sentence: `Comments (214)`. */
export function isThreadLabel(text: string): boolean {
  const line = text.trim();
  if (wordCount(line) > MAX_LABEL_WORDS || SENTENCE_END.test(line)) return false;
  const words = line.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((w) => DISCUSSION_WORDS.has(w));
}

/**
 * The comment thread of a page: the first label over a run of at least two short lines, one of
 * them not a sentence (a handle, a time, a count), with no two sentences in a row; the thread runs
 * to the run's end, and more of the page's other lines stand above it than below it. Undefined
 * when there is none.
 */
export function findCommentThread(lines: readonly string[]): CommentThread | undefined {
  const sentence = (i: number) => SENTENCE_END.test((lines[i] ?? '').trim());
  for (let label = MIN_STORY_LINES; label < lines.length; label++) {
    if (!isThreadLabel(lines[label] ?? '')) continue;
    let end = label;
    let furniture = false;
    for (let j = label + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (wordCount(line) > MAX_COMMENT_WORDS || listShape(line)) break;
      if (sentence(j) && j > label + 1 && sentence(j - 1)) break;
      furniture ||= !sentence(j);
      end = j;
    }
    const below = lines.length - 1 - end;
    if (end - label >= MIN_THREAD_LINES && furniture && label > below) return { label, end };
  }
  return undefined;
}
