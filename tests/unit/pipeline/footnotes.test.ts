import { describe, expect, it } from 'vitest';
import { run, TRADE } from './excerpts.ts';
import { gluedMarks, listLineMark, markKey } from '../../../src/pipeline/footnotes.ts';

// Verbatim BBC paragraphs (business-024).
const { TITLE, GAP, DEMOCRATS } = TRADE;

describe('footnotes', () => {
  it.each([
    ['^2 RealClearPolitics, national polling average.', '2'],
    ['[2] RealClearPolitics, national polling average.', '2'],
    ['(2) RealClearPolitics, national polling average.', '2'],
    ['² RealClearPolitics, national polling average.', '2'],
    ['** Commission on Presidential Debates, debate schedule and format.', '**'],
    ['2. RealClearPolitics, national polling average.', undefined],
    ['(Reporting by Nick Gass; Editing by Rob Alvarez)', undefined],
  ])('reads the mark opening %j', (line, key) => {
    expect(listLineMark(line)).toBe(key);
  });

  it.each([
    [`${GAP.slice(0, -1)}.^1`, ['1']],
    [`${GAP.slice(0, -1)}.[1]`, ['1']],
    [`latest figures show.(1) ${DEMOCRATS}`, ['1']],
    ['has not done enough*** to clamp down', ['***']],
    // Not glued to a word, or a number in brackets that is part of the text.
    [GAP, []],
    ['the Trade Act of 1974, section 301 (2) of which', []],
  ])('finds the marks glued to words in %j', (text, keys) => {
    expect(gluedMarks(text).map(markKey)).toEqual(keys);
  });

  it('takes the list of sources and the marks it numbers out of the body', () => {
    const text = [
      TITLE,
      `${GAP}^1`,
      `${DEMOCRATS}^2`,
      'Sources',
      '^1 US Commerce Department, trade figures for 2004.',
      '^2 US manufacturers, estimate of the yuan.',
    ].join('\n\n');
    const entry = run(text);
    expect(entry.blocks.map((b) => b.text)).toEqual([GAP, DEMOCRATS]);
    expect(entry.removed.filter((r) => r.reason === 'footnote').map((r) => r.text)).toEqual([
      'Sources',
      '^1 US Commerce Department, trade figures for 2004.',
      '^2 US manufacturers, estimate of the yuan.',
      '^1 ^2',
    ]);
  });

  it('leaves a list whose marks the body does not use', () => {
    const text = [
      TITLE,
      GAP,
      DEMOCRATS,
      '* US Commerce Department, trade figures for 2004.',
      '** US manufacturers, estimate of the yuan.',
    ].join('\n\n');
    expect(run(text).removed.filter((r) => r.reason === 'footnote')).toEqual([]);
  });
});
