import { describe, expect, it } from 'vitest';
import { descriptionKind } from '../../../src/pipeline/quotes/description-referent.ts';
import { quotesOf } from './quotes-of.ts';

describe('descriptionKind: what a definite description can refer to', () => {
  it.each([
    ['the Liverpool player', 'person'],
    ['the Tottenham striker', 'person'],
    ['the two-time champion', 'person'],
    ['the Chelsea star', 'person'],
    ['the 23-year-old', 'person'],
    ['the company', 'body'],
    ['The firm', 'body'],
    ['the car maker', 'body'],
    ['the report', undefined],
    ['the former MP', undefined],
    ['a spokesman', undefined],
  ])('%s → %s', (mention, kind) => {
    expect(descriptionKind(mention)).toBe(kind);
  });
});

// Verbatim from the BBC corpus (sport-133) and PolNeAR train (wash-post_2015-12-24_ted-cruz-…): the description names no one introduced
// with its words, and speaks for the one the sentences before are about.
describe('a definite description nobody was introduced with', () => {
  it.each([
    [
      [
        'Steve Finnan believes the Republic of Ireland can qualify directly for the World Cup finals.',
        `After Saturday's superb display in the draw in Paris, Ireland face minnows the Faroe Islands in Dublin on Wednesday. The versatile Finnan, who starred against the French, is confident the group is Ireland's for the taking. "There is a chance for us now to go on, win our home games and why not win the group, even though it's a tough one," said the Liverpool player.`,
      ],
      'There is a chance',
      'Steve Finnan',
    ],
    [
      [
        `Harry M. Reid (D-Nev.) blasted Rubio and defended Cruz in a recent interview with The Post. "I just think what Rubio has done on immigration is one of the worst, worst machinations in politics that I've ever seen," the Senate minority leader said.`,
      ],
      'I just think',
      'Harry M. Reid',
    ],
  ])('%#: the quote goes to the subject before', (paragraphs, quote, speaker) => {
    const q = quotesOf(...paragraphs).find((x) => x.text.startsWith(quote));
    expect(q?.speaker).toBe(speaker);
    expect(q?.via).toBe('description');
  });
});

// Verbatim from the BBC corpus (business-462, outside the bbc-quotes gold): `the company` is the
// organisation that spoke in the sentence before, not the one that sentence opens with.
describe('a definite description of an organisation', () => {
  it('is the organisation that spoke just before (`… but GM said …. “…,” the company said`)', () => {
    const q = quotesOf(
      'The car maker has diversified into financial services, and is extending the reach of General Motors Acceptance Corp (GMAC), which has said it may enter the home loans market. GMAC has been a strong contributor to profits in 2004 but GM said it will do less well this year, delivering net income of $2.5bn. "Attaining earnings of $10 a share remains GM\'s goal," the company said, adding it believes it can achieve this in 2007.',
    ).find((x) => x.text.startsWith('Attaining'));
    expect(q?.speaker).toBe('GM');
  });

  // PolNeAR train breitbart_2016-02-04_things-to-know-for-today: a headline in capitals is no one.
  it('is not a headline in capitals before it', () => {
    const q = quotesOf(
      '2. U.N. PANEL RULES FOR WIKILEAKS FOUNDER.',
      'Julian Assange has been “arbitrarily detained” by Britain and Sweden since December 2010, and should be freed and compensated, the rights group says.',
    ).find((x) => x.text.startsWith('arbitrarily'));
    expect(q?.speaker ?? '').not.toMatch(/PANEL/);
  });
});
