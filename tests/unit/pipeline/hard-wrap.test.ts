import { describe, expect, it } from 'vitest';
import { joinBrokenWord, readHardWrap } from '../../../src/pipeline/hard-wrap.ts';
import { buildVocabulary } from '../../../src/pipeline/vocabulary.ts';
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

  it.each([28, 32, 36])('joins a narrow column wrapped at %i columns', (width) => {
    const text = ['Crucial decision on super-casinos', ...CASINOS.map((p) => fold(p, width))].join(
      '\n\n',
    );
    expect(paragraphs(text)).toEqual(CASINOS);
  });

  it('opens a paragraph at an indented line when the file marks paragraphs so', () => {
    // No blank lines: each paragraph's first line is indented, as a PDF copy sets them.
    const text = CASINOS.map((p) => `   ${fold(p, 64)}`).join('\n');
    const lines = text.split('\n');
    const wrap = readHardWrap(
      lines.map((l) => l.trim()),
      lines.map((l) => l.length - l.trimStart().length),
    );
    expect(wrap?.indented).toBe(true);
    expect(paragraphs(text)).toEqual(CASINOS);
  });

  it('rejoins a word a typesetter broke with a hyphen, and records the repair', () => {
    // CASINOS[2] with `legislation` broken over two lines.
    const lines = [
      'The Scottish Executive believes that the legis-',
      'lation should be handled by Westminster. The new law will',
      'control internet gambling for the first time and is aimed at',
      'preventing children from becoming involved. A super-casino in',
      'Glasgow could be located at Ibrox or the Scottish Exhibition',
      'and Conference Centre.',
    ];
    const [entry] = run(['Crucial decision on super-casinos', '', ...lines].join('\n'));
    expect(entry?.blocks.map((b) => b.text)).toEqual([CASINOS[2]]);
    expect(entry?.repairs.map((r) => [r.kind, r.before, r.after])).toEqual([
      ['line-break-hyphen', 'legis-lation', 'legislation'],
    ]);
  });

  it.each([
    // The joined word is a word the corpus uses: the hyphen was the typesetter's.
    [
      'driven by unexpectedly weak busin-',
      'ess investment',
      'driven by unexpectedly weak business investment',
    ],
    // Neither part is a word: a name broken mid-word.
    ['Stephanie McC-', 'rummen, 2015 winner', 'Stephanie McCrummen, 2015 winner'],
    // Both parts are words and the joined one is not: the word's own hyphen.
    ['a state-', 'designated Level I Trauma Center', 'a state-designated Level I Trauma Center'],
  ])('joins %j and %j as %j', (line, next, joined) => {
    const vocabulary = buildVocabulary([
      'business investment is weak; a business is a business',
      'the state designated a centre; the state was designated',
    ]);
    expect(joinBrokenWord(line, next, vocabulary).text).toBe(joined);
  });

  it('joins a lone line opened by a dash to the sentence it carries on', () => {
    // A BBC paragraph (business-024) wrapped at 39 columns: `- has given …` opens a line.
    const paragraph =
      "Democrats claim the administration has not done enough to clamp down on unfair foreign trade practices. For example, they believe China's currency policy - which US manufacturers claim has undervalued the yuan by as much as 40% - has given China's rapidly expanding economy an unfair advantage against US competitors.";
    const text = fold(paragraph, 39);
    expect(text.split('\n').some((l) => l.startsWith('- '))).toBe(true);
    expect(paragraphs(text)).toEqual([paragraph]);
  });

  it('keeps a list after a wrapped paragraph as a list', () => {
    const text = [fold(CASINOS[1] ?? '', 40), '- Ibrox', '- the Scottish Exhibition Centre'].join(
      '\n',
    );
    expect(run(text)[0]?.blocks.map((b) => b.type)).toEqual(['paragraph', 'list']);
  });
});
