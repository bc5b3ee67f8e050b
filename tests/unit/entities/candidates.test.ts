/**
 * Where a name starts and ends (`findCandidates` in `src/pipeline/entities/candidates.ts`):
 * verbatim BBC and PolNeAR-train sentences where the word before a name is not part of it,
 * and a multi-word name is not cut to a shorter one.
 */
import { describe, expect, it } from 'vitest';
import {
  findCandidates,
  lowerCaseWords,
  nameStart,
} from '../../../src/pipeline/entities/candidates.ts';

const names = (text: string): string[] =>
  findCandidates(text, lowerCaseWords(text)).map((c) => c.text);

describe('name spans', () => {
  it.each([
    // A sentence-opening function word (by the lexicon's tag) is not part of the name.
    [
      'Nevertheless Franz Ferdinand were the only UK band to win an MTV Video Music Award this year, taking the breakthrough video crown for Take Me Out.',
      'Franz Ferdinand',
      'Nevertheless Franz Ferdinand',
    ],
    [
      "And Alan Greenspan highlighted the US government's willingness to curb spending and rising household savings as factors which may help to reduce it.",
      'Alan Greenspan',
      'And Alan Greenspan',
    ],
    // A capitalised word the name runs into is part of it, not cut off as a stop word.
    [
      '“This platform’s language just says (to abortion opponents) you are no longer welcome,” said Kristen Day, executive director of Democrats for Life, reports USA Today.',
      'USA Today',
      'USA',
    ],
    // A number word mid-sentence belongs to the name.
    [
      'England, fourth in the Six Nations table with zero points, play Ireland, top of the table, in Dublin on 27 February, kick-off 1500 GMT.',
      'Six Nations',
      'Nations',
    ],
  ])('%s → %s, not %s', (text, name, wrong) => {
    const found = names(text);
    expect(found).toContain(name);
    expect(found).not.toContain(wrong);
  });

  it('offsets cover the name exactly', () => {
    const text =
      'Nevertheless Franz Ferdinand were the only UK band to win an MTV Video Music Award this year, taking the breakthrough video crown for Take Me Out.';
    for (const c of findCandidates(text, lowerCaseWords(text)))
      expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});

describe('nameStart: where the name starts in a speaker mention', () => {
  it.each([
    // Speaker mentions as the attribution gave them on BBC articles.
    ['But Ferguson', 'Ferguson'],
    ['Meanwhile Ms Hutt', 'Ms Hutt'],
    ['And Wenger', 'Wenger'],
    ['Nevertheless Franz Ferdinand', 'Franz Ferdinand'],
    ['Ferguson', 'Ferguson'],
    ['Age Concern', 'Age Concern'],
  ])('%s → %s', (mention, name) => {
    expect(mention.slice(nameStart(mention))).toBe(name);
  });
});
