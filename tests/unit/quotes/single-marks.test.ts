// British single quotation marks read as double ones, offsets kept. The single-marked excerpts are
// from the project's own held-out fixture (tests/fixtures/blind-quotes-1, original text, past its
// first sight): no shared corpus (PolNeAR, BBC) quotes in single marks.
import { describe, expect, it } from 'vitest';
import { doubleMarked } from '../../../src/pipeline/quotes/single-marks.ts';

describe('doubleMarked', () => {
  it.each([
    [
      [
        '‘Our grandparents used to say that the house was asleep because its ancestors were away,’ he said. ‘Now it can wake up.’',
        '‘Castleford wrote in his diary that the islanders “did not consent but could not prevent” the removal,’ she said. ‘You rarely get a perpetrator describing it so plainly.’',
      ],
      [
        '“Our grandparents used to say that the house was asleep because its ancestors were away,” he said. “Now it can wake up.”',
        '“Castleford wrote in his diary that the islanders ‘did not consent but could not prevent’ the removal,” she said. “You rarely get a perpetrator describing it so plainly.”',
      ],
    ],
  ])('swaps the marks of an article quoting in single marks', (texts, view) => {
    expect(doubleMarked(texts)).toEqual(view);
    expect(doubleMarked(texts).map((t) => t.length)).toEqual(texts.map((t) => t.length));
  });

  it.each([
    // PolNeAR train: single marks nested in double ones stay as they are.
    [
      [
        '“She’s actually said on the campaign trail, ‘I refuse to use the phrase radical Islam,’” he noted.',
      ],
    ],
    [["“I had my hands thrown up, sort of, ‘Don’t hit me, please,'” Nicklaus said Sunday."]],
    // Apostrophes are not marks.
    [['The museum’s director said the ship’s log was clear.']],
  ])('leaves an article quoting in double marks as it is: %j', (texts) => {
    expect(doubleMarked(texts)).toBe(texts);
  });
});
