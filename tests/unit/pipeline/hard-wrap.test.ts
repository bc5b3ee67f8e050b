import { describe, expect, it } from 'vitest';
import { readHardWrap } from '../../../src/pipeline/hard-wrap.ts';
import { processText } from '../../../src/pipeline/process-text.ts';

const run = (text: string) => processText({ text, file: 'x.txt', id: 'x', encoding: 'utf-8' });
const paragraphs = (text: string) =>
  run(text)[0]
    ?.blocks.filter((b) => b.type === 'paragraph')
    .map((b) => b.text);

/** Breaks a paragraph into lines the way a wrapping program does: where the next word won't fit. */
function fold(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

// Verbatim BBC paragraphs (politics-010, sport-205).
const CASINOS = [
  'A decision on whether to allow Westminster to legislate on super-casinos is set to be made by the Scottish Parliament.',
  'The government has plans for up to eight Las Vegas style resorts in the UK, one of which is likely to be in Glasgow. Scottish ministers insist they will still have the final say on whether a super-casino will be built in Scotland. But opposition parties say that will not happen in practice. The vote is due to be taken on Wednesday and is expected to be close.',
  'The Scottish Executive believes that the legislation should be handled by Westminster. The new law will control internet gambling for the first time and is aimed at preventing children from becoming involved. A super-casino in Glasgow could be located at Ibrox or the Scottish Exhibition and Conference Centre.',
];
const FIXTURES = [
  'Arsenal v Stoke',
  'Swindon/Notts Co v Middlesbrough',
  'Man Utd v Exeter',
  'Plymouth v Everton',
  'Leicester v Blackpool',
  'Derby v Wigan',
  'Sunderland v Crystal Palace',
  'Wolves v Millwall',
];

describe('hard-wrapped text', () => {
  it.each([64, 68, 72, 76, 80])('joins the lines of paragraphs wrapped at %i columns', (width) => {
    const text = ['Crucial decision on super-casinos', ...CASINOS.map((p) => fold(p, width))].join(
      '\n\n',
    );
    expect(paragraphs(text)).toEqual(CASINOS);
    expect(run(text)[0]?.notes.some((n) => n.startsWith('hard-wrapped at'))).toBe(true);
  });

  it('joins wrapped paragraphs that follow one another without a blank line', () => {
    const text = CASINOS.map((p) => fold(p, 70)).join('\n');
    expect(readHardWrap(text.split('\n'))?.width).toBeLessThanOrEqual(70);
    // The short last line of a paragraph leaves room for the next word: it ends the paragraph.
    expect(paragraphs(text)).toEqual(CASINOS);
  });

  it.each([
    ['paragraphs of one line each', CASINOS.join('\n\n')],
    ['single-newline paragraphs', CASINOS.join('\n')],
    ['a list of fixtures, one a line', FIXTURES.join('\n')],
    ['short sentences, one a line', CASINOS[1]?.split('. ').join('.\n') ?? ''],
  ])('leaves %s as they are', (_, text) => {
    expect(readHardWrap(text.split('\n'))).toBeNull();
    expect(run(text)[0]?.notes.some((n) => n.startsWith('hard-wrapped at'))).toBe(false);
  });

  it('never joins a list item to the line before', () => {
    const text = [
      fold(CASINOS[1] ?? '', 72),
      '- Increase in the stamp duty threshold from £60,000',
    ];
    const wrap = readHardWrap(text.join('\n').split('\n'));
    expect(wrap?.continues.at(-1)).toBe(false);
  });
});
