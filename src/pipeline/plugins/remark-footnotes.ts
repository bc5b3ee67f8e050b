/**
 * Footnotes (`footnotes.ts`): the list of sources after the body goes to `removed` as
 * `footnote`, with its label line (`Notes`), when at least one of its marks is glued to a word of
 * the body above it (it runs after the closing run, `remark-edge-zones.ts`, so the lines after
 * the list are judged as they were without it); the marks glued to the body's words that the list numbers are taken out of
 * the text and kept in `removed` too. A list whose marks the body does not use is left alone (an
 * asterisked list is a list).
 */
import type { Paragraph, Root } from 'mdast';
import { articlesOf, blockText, isLive, markRemoved, setBlockText } from '../blocks.ts';
import { gluedMarks, isListLabel, listLineMark, stripGluedMarks } from '../footnotes.ts';

/** The marks opening every line of the block, or null when one line does not open with a mark. */
function listMarks(node: Paragraph): string[] | null {
  const marks = blockText(node)
    .split('\n')
    .map((line) => listLineMark(line));
  return marks.every((m) => m !== undefined) ? marks : null;
}

export default function remarkFootnotes() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) {
      // After the closing run: a list it took stays taken, and still tells which marks go.
      const blocks = article.children.filter((c): c is Paragraph => c.type === 'paragraph');
      const marks = blocks.map(listMarks);
      // The last run of blocks whose every line opens with a mark.
      let end = marks.length;
      while (end > 0 && !marks[end - 1]) end--;
      let start = end;
      while (start > 0 && marks[start - 1]) start--;
      if (start === end) continue;
      const keys = new Set(marks.slice(start, end).flatMap((m) => m ?? []));
      if (marks.slice(start, end).flat().length < 2) continue;
      const body = blocks.slice(0, start);
      const glued = new Set(body.flatMap((b) => gluedMarks(blockText(b))));
      const shared = [...keys].filter((k) => glued.has(k));
      if (shared.length === 0) continue;
      const label = start > 0 && isListLabel(blockText(blocks[start - 1]!)) ? start - 1 : start;
      const detail = `a list of ${keys.size} sources numbered as the footnote marks in the body (${shared.join(', ')})`;
      for (const node of blocks.slice(label, end))
        if (isLive(node)) markRemoved(node, 'footnote', detail);
      const taken: string[] = [];
      for (const node of blocks.slice(0, label).filter(isLive)) {
        const { text, marks: gone } = stripGluedMarks(blockText(node), keys);
        if (gone.length === 0) continue;
        setBlockText(node, text);
        taken.push(...gone);
      }
      if (taken.length > 0)
        article.data.removed.push({
          text: taken.join(' '),
          reason: 'footnote',
          detail: `${taken.length} footnote marks glued to words of the body`,
        });
    }
  };
}
