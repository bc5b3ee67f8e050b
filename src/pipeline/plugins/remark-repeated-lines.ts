/**
 * Lines the corpus repeats: a line whose shape (`lineShape`: names, numbers, handles and
 * addresses masked) recurs in many files of the corpus is a page template — a share bar, a
 * sign-up line, a wire credit, a disclaimer — unless it sits inside the body's prose. The counts
 * come from the corpus vocabulary (`repeatedLine`), learned when the corpus is read; each removal
 * says how many files hold the shape. A corpus of a few files repeats nothing, so nothing goes.
 */
import type { Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { articlesOf, blockText, isLive, markRemoved } from '../blocks.ts';
import { lineKey } from '../line-shapes.ts';
import type { Article, Vocabulary } from '../types.ts';

/** A line of prose: a sentence of at least this many words … */
const PROSE_WORDS = 8;
const SENTENCE_END = /[.!?…"”’')\]]$/u;
/** … and a run of repeated prose longer than this is a story told in other files, not a template. */
const MAX_TEMPLATE_RUN = 3;

/** Marks lines whose shape the corpus repeats, outside the body's prose. */
export default function remarkRepeatedLines() {
  return (tree: Root, file: VFile): void => {
    const vocabulary = file.data.clippings?.vocabulary;
    if (!vocabulary?.repeatedLine) return;
    for (const article of articlesOf(tree)) markRepeated(article, vocabulary);
  };
}

function markRepeated(article: Article, vocabulary: Vocabulary): void {
  const blocks = article.children;
  const texts = blocks.map((b) => (b.type === 'paragraph' && isLive(b) ? blockText(b) : ''));
  const keys = texts.map((text) => (text === '' ? undefined : lineKey(text)));
  const repeats = keys.map((key) =>
    // A headline is one file's: its shape does not recur.
    key === undefined ? 0 : (vocabulary.repeatedLine?.(key) ?? 0),
  );
  const prose = texts.map((_, i) => isProse(texts, i));
  // The body: from the first to the last line of prose the corpus does not repeat.
  const own = prose.flatMap((p, i) => (p && repeats[i] === 0 ? [i] : []));
  const first = own[0] ?? blocks.length;
  const last = own.at(-1) ?? -1;
  // Where the story's first sentence stands: the first the corpus does not repeat (a line of a
  // wrapped paragraph cannot say alone).
  const lead = texts.findIndex((text, i) => repeats[i] === 0 && isSentence(text));
  blocks.forEach((block, i) => {
    const n = repeats[i] ?? 0;
    if (n === 0) return;
    // A line too short to have a shape (`Webpage Screenshot`, `Digital Replica Edition`) goes
    // only from above the body, where page chrome stands: between paragraphs it may be a subhead
    // the story needs, below them a line of a note wrapped in several files alike or a field of a
    // record the story-split pass reads as a run.
    if (keys[i]?.startsWith('=') && (lead < 0 || i > lead)) return;
    if (prose[i] && (i > first && i < last ? true : proseRun(prose, repeats, i) > MAX_TEMPLATE_RUN))
      return;
    const what = keys[i]?.startsWith('=') ? 'this line' : "this line's shape";
    markRemoved(block as Paragraph, 'boilerplate-line', `${what} appears in ${n} files`);
  });
}

/**
 * A line of prose: a sentence of `PROSE_WORDS` words or more, or a line that runs on into the
 * next one or on from the previous one (no closing punctuation, then a word in lower case), as
 * in a paragraph broken across lines.
 */
function isProse(texts: readonly string[], i: number): boolean {
  const text = texts[i] ?? '';
  if (text === '') return false;
  if (isSentence(text)) return true;
  const next = texts[i + 1] ?? '';
  const previous = texts[i - 1] ?? '';
  return (
    (!SENTENCE_END.test(text) && /^\p{Ll}/u.test(next)) ||
    (previous !== '' && !SENTENCE_END.test(previous) && /^\p{Ll}/u.test(text))
  );
}

/** A sentence of `PROSE_WORDS` words or more. */
function isSentence(text: string): boolean {
  return text.split(/\s+/).length >= PROSE_WORDS && SENTENCE_END.test(text);
}

/** How long the run of repeated prose lines holding line `i` is. */
function proseRun(prose: readonly boolean[], repeats: readonly number[], i: number): number {
  const inRun = (j: number) => Boolean(prose[j]) && (repeats[j] ?? 0) > 0;
  let start = i;
  let end = i;
  while (inRun(start - 1)) start--;
  while (inRun(end + 1)) end++;
  return end - start + 1;
}
