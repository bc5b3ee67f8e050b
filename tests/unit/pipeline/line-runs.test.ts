import { describe, expect, it } from 'vitest';
import { lineRuns } from '../../../src/pipeline/line-runs.ts';

// BBC sport-205: the FA Cup third-round draw, one tie a line; two ties run to four words or more.
const DRAW = [
  'Sunderland v Crystal Palace',
  'Wolves v Millwall',
  'Yeading v Newcastle',
  'Hull v Colchester',
  'Tottenham v Brighton',
  'Reading v Stockport/Swansea',
  'Birmingham v Leeds',
  'Hartlepool v Boston',
  'Milton Keynes Dons v Peterborough',
  'Oldham v Man City',
  'Chelsea v Scunthorpe',
  'Cardiff v Blackburn',
  'Charlton v Rochdale',
];
const short = (i: number): boolean => DRAW[i]!.split(/\s+/).length <= 3;
const long = (i: number): boolean => !short(i);

describe('runs of like lines', () => {
  it.each([
    [
      3,
      [
        { first: 1, start: 1, end: 8 },
        { first: 10, start: 10, end: 13 },
      ],
    ],
    [5, [{ first: 1, start: 1, end: 8 }]],
    [8, []],
  ])('finds the runs of short ties at least %i long', (min, runs) => {
    expect(lineRuns(0, DRAW.length, min, short)).toEqual(runs);
  });

  it('takes the line above a run as its heading when heads accepts it', () => {
    expect(lineRuns(0, DRAW.length, 3, short, long)).toEqual([
      { first: 0, start: 1, end: 8 },
      { first: 9, start: 10, end: 13 },
    ]);
  });

  it('reads only the lines from `from` to `to`, and no heading above `from`', () => {
    expect(lineRuns(1, 12, 2, short, long)).toEqual([
      { first: 1, start: 1, end: 8 },
      { first: 9, start: 10, end: 12 },
    ]);
  });

  it('starts the next run where a run ends when joins stops it', () => {
    const fourAtMost = (i: number, start: number): boolean => short(i) && i - start < 4;
    expect(lineRuns(0, DRAW.length, 3, fourAtMost)).toEqual([
      { first: 1, start: 1, end: 5 },
      { first: 5, start: 5, end: 8 },
      { first: 10, start: 10, end: 13 },
    ]);
  });
});
