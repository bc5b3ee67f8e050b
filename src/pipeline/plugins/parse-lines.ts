/**
 * unified parser for raw news text. Every non-blank line becomes a paragraph block (blank-line
 * and single-newline paragraphs alike), except in a hard-wrapped file (`hard-wrap.ts`), where the
 * lines of a paragraph are joined with a space first; a leading `---` YAML block becomes a `yaml`
 * node. The text
 * is never read as Markdown or HTML: `*`, `#`, `<` are just characters.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { blockText, makeLine, setBlockText } from '../blocks.ts';
import { readHardWrap } from '../hard-wrap.ts';
import { isListItem } from '../lists.ts';
import { emptyFacts, type Article, type Line } from '../types.ts';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Builds the article tree from text. */
const parseLines: Plugin<[], string, Root> = function () {
  this.parser = (doc: string, file: VFile): Root => parse(doc, file);
};
export default parseLines;

function parse(doc: string, file: VFile): Root {
  file.data.clippings ??= {};
  const root: Root = { type: 'root', children: [] };
  let offset = 0;
  let line = 1;
  const fm = FRONT_MATTER.exec(doc);
  if (fm) {
    root.children.push({
      type: 'yaml',
      value: fm[1] ?? '',
      position: { start: { line: 1, column: 1, offset: 0 }, end: endOf(doc, fm[0].length) },
    });
    offset = fm[0].length;
    line = doc.slice(0, offset).split('\n').length;
  }
  const article: Article = { type: 'article', children: [], data: emptyFacts() };
  let blankBefore = false;
  const lines = doc.slice(offset).split('\n');
  const wrap = readHardWrap(lines.map((l) => l.trim()));
  if (wrap) {
    const note = `hard-wrapped at ${wrap.width} columns: ${wrap.joined} lines joined to the line before`;
    (file.data.clippings.notes ??= []).push(note);
  }
  let at = offset;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const value = raw.trim();
    const lineNo = line + i;
    const previous = article.children.at(-1);
    if (value === '') {
      blankBefore = true;
    } else if (previous && wrap?.continues[i]) {
      // The next line of a hard-wrapped paragraph: the line break was a space.
      setBlockText(previous, `${blockText(previous)} ${value}`);
      if (previous.position)
        previous.position.end = { line: lineNo, column: raw.length + 1, offset: at + raw.length };
    } else if (!blankBefore && previous && isListItem(value) && isListItem(blockText(previous))) {
      // Consecutive list items stay together as one block, one item per line.
      setBlockText(previous, `${blockText(previous)}\n${value}`);
      if (previous.position)
        previous.position.end = { line: lineNo, column: raw.length + 1, offset: at + raw.length };
    } else {
      const node: Line = makeLine(value, blankBefore);
      const col = raw.length - raw.trimStart().length;
      node.position = {
        start: { line: lineNo, column: col + 1, offset: at + col },
        end: { line: lineNo, column: col + value.length + 1, offset: at + col + value.length },
      };
      article.children.push(node);
      blankBefore = false;
    }
    at += raw.length + 1;
  }
  root.children.push(article);
  return root;
}

function endOf(doc: string, length: number) {
  const before = doc.slice(0, length);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: length };
}
