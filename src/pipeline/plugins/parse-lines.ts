/**
 * unified parser for raw news text. Every non-blank line becomes a paragraph block (blank-line
 * and single-newline paragraphs alike), except in a hard-wrapped file (`hard-wrap.ts`) or one set
 * one sentence a line (`sentence-lines.ts`), where the lines of a paragraph are joined with a
 * space first; a leading `---` YAML block becomes a `yaml`
 * node. The text
 * is never read as Markdown or HTML: `*`, `#`, `<` are just characters.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { blockText, makeLine, setBlockText } from '../blocks.ts';
import { joinBrokenWord, readHardWrap } from '../hard-wrap.ts';
import { readQuotedReply, type QuotedReply } from '../quoted-reply.ts';
import { isListItem } from '../lists.ts';
import { readSentenceLines } from '../sentence-lines.ts';
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
  // A quoted e-mail's marks (`> `) come off first: they are the mail program's, not the text's.
  const quoted = readQuotedReply(lines);
  if (quoted) recordQuoteMarks(lines, quoted, file);
  const texts = lines.map((l, i) =>
    quoted?.intro.includes(i) ? '' : l.slice(quoted?.skip[i] ?? 0),
  );
  const trimmed = texts.map((l) => l.trim());
  const indents = texts.map((l) => (l.trim() ? l.length - l.trimStart().length : 0));
  const wrap = readHardWrap(trimmed, indents);
  const sentences = wrap ? null : readSentenceLines(trimmed);
  if (wrap) {
    const broken = wrap.brokenWord.filter(Boolean).length;
    const note =
      `hard-wrapped at ${wrap.width} columns: ${wrap.joined} lines joined to the line before` +
      (broken ? `, ${broken} words broken by a hyphen rejoined` : '') +
      (wrap.indented ? ', paragraphs opened by an indent' : '');
    (file.data.clippings.notes ??= []).push(note);
  } else if (sentences) {
    const note = `one sentence a line: ${sentences.joined} lines joined to the sentence before`;
    (file.data.clippings.notes ??= []).push(note);
  }
  const continues = wrap?.continues ?? sentences?.continues;
  let at = offset;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const marks = quoted?.skip[i] ?? 0;
    const value = (texts[i] ?? '').trim();
    const lineNo = line + i;
    const previous = article.children.at(-1);
    if (value === '') {
      blankBefore = true;
    } else if (previous && continues?.[i]) {
      // The next line of a hard-wrapped paragraph or the next sentence: the break was a space,
      // or nothing inside a word the typesetter broke with a hyphen.
      if (wrap?.brokenWord[i]) {
        const join = joinBrokenWord(blockText(previous), value, file.data.clippings.vocabulary);
        setBlockText(previous, join.text);
        if (join.repair)
          article.data.repairs.push({ kind: 'line-break-hyphen', ...join.repair, line: lineNo });
      } else setBlockText(previous, `${blockText(previous)} ${value}`);
      if (previous.position)
        previous.position.end = { line: lineNo, column: raw.length + 1, offset: at + raw.length };
    } else if (!blankBefore && previous && isListItem(value) && isListItem(blockText(previous))) {
      // Consecutive list items stay together as one block, one item per line.
      setBlockText(previous, `${blockText(previous)}\n${value}`);
      if (previous.position)
        previous.position.end = { line: lineNo, column: raw.length + 1, offset: at + raw.length };
    } else {
      const node: Line = makeLine(value, blankBefore);
      const col = marks + (raw.length - marks - (texts[i] ?? '').trimStart().length);
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

/**
 * Keeps what a quoted e-mail's program wrote in `removed`: the lines introducing the quote and the
 * quoting marks taken off its lines, with how many lines.
 */
function recordQuoteMarks(lines: readonly string[], quoted: QuotedReply, file: VFile): void {
  const removed = (file.data.clippings!.fileRemoved ??= []);
  for (const i of quoted.intro)
    removed.push({
      text: lines[i]!.trim(),
      reason: 'boilerplate-line',
      detail: 'the line introducing a quoted e-mail',
    });
  const marks = lines.map((l, i) => l.slice(0, quoted.skip[i]).trim()).filter(Boolean);
  removed.push({
    text: marks.join(' '),
    reason: 'boilerplate-line',
    detail: `the quoting marks of an e-mail, opening ${marks.length} lines`,
  });
  (file.data.clippings!.notes ??= []).push(
    `a quoted e-mail: the marks opening ${marks.length} lines taken off`,
  );
}

function endOf(doc: string, length: number) {
  const before = doc.slice(0, length);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: length };
}
