import { describe, expect, it } from 'vitest';
import { pieceKind, readByline } from '../../../src/pipeline/byline.ts';

describe('byline pieces', () => {
  it.each([
    ['Ruth Feldman', 'person'],
    ['OWEN MCALLISTER', 'person'],
    ['Breitbart News', 'affiliation'],
    ['The New York Times', 'affiliation'],
    ['Special to The Huffington Post', 'affiliation'],
    ['Staff Writer', 'affiliation'],
    ['Politico', 'affiliation'],
    ['NANCY COOK', 'person'],
    ['Political Reporter', 'affiliation'],
    ['contributed research.', 'other'],
    ['Twitter: @portereduardo', 'other'],
  ])('%j is a %s', (piece, kind) => {
    expect(pieceKind(piece)).toBe(kind);
  });
});

describe('readByline', () => {
  it.each([
    [
      'Nick Gass and Lucia Ferrante, Politico',
      false,
      ['Nick Gass', 'Lucia Ferrante'],
      ['Politico'],
    ],
    [
      'KIMBERLY HEFLING, BENJAMIN TRAN AND GRACE LIU',
      true,
      ['Kimberly Hefling', 'Benjamin Tran', 'Grace Liu'],
      [],
    ],
    [
      'Neely Tucker and John Wagner, The Washington Post',
      false,
      ['Neely Tucker', 'John Wagner'],
      ['The Washington Post'],
    ],
    // Surname first, as library exports write it; `For` before the outlet; another language's `and`.
    ['Spiering, Charlie', true, ['Charlie Spiering'], []],
    ['STEWART, JAMES B.', true, ['James B. Stewart'], []],
    ['CONWAY, MADELINE', false, ['Madeline Conway'], []],
    ['Lowery, Wesley; Berman, Mark', false, ['Wesley Lowery', 'Mark Berman'], []],
    ['Emily Peck For HuffPost', true, ['Emily Peck'], ['HuffPost']],
    ['Mark Landler e Noah Weiland', true, ['Mark Landler', 'Noah Weiland'], []],
  ])('reads %j', (text, marked, authors, affiliation) => {
    expect(readByline(text, marked)).toEqual({ authors, affiliation });
  });

  it.each([['Smith, Reuters'], ['Riehl, Tribune News Service']])(
    'does not read the outlet after a comma as given names: %j',
    (text) => {
      expect(readByline(text, true)?.authors).not.toContain('Reuters Smith');
      expect(readByline(text, true)?.authors ?? []).not.toContain('Tribune News Service Riehl');
    },
  );

  it.each([
    // Without a `By` or a date, names need a known person and no closing full stop.
    ['Trump, Ryan'],
    ['Kathryn Kates.'],
    ['Politics, Congress'],
    ['Spiering, Charlie'],
  ])('does not read %j as a bare byline', (text) => {
    expect(readByline(text, false)).toBeUndefined();
  });
});
