import { describe, expect, it } from 'vitest';
import { isArticleNote } from '../../../src/pipeline/article-note.ts';

describe('a note about the article itself', () => {
  it.each([
    // PolNeAR train, verbatim: updates, corrections, where the piece ran.
    'This story has been updated to include comments from Clark and from the Clinton campaign.',
    'This article was updated to reflect that Clinton was officially declared the winner and that Sanders conceded.',
    'This piece first appeared on Global Risk Insights.',
    'This post has been updated with comments from Trump’s campaign.',
    'Correction: An earlier version of this story incorrectly indicated that Mark Wynn, the 6th District chairman, intended to become a delegate to the national convention.',
    'CORRECTION: Due to an editing error, an alternate version of this article, premised on a Kloppenburg victory, was inadvertently published early Wednesday morning.',
  ])('%j is a note', (text) => {
    expect(isArticleNote(text)).toBe(true);
  });

  it.each([
    // PolNeAR train: the article as subject of another verb, a label over story text.
    'This column has spilled a lot of ink on the topic of Glass-Steagall over the years.',
    'Editor’s note: Donald Trump is a serial liar, rampant xenophobe, racist, misogynist, birther and bully who has repeatedly pledged to ban all Muslims — 1.6 billion members of an entire religion — from entering the U.S.',
    'UPDATE: 5/12 — The website that originally listed the weapon for auction, GunBroker.com, has removed the listing from its site. It has now been posted on another website, UnitedGunGroup.com.',
    // (shortened before its quotation)
    'Hoff, who declined to comment for this article, proposes similar language in the national security section of the GOP platform.',
    // BBC business (shortened at a sentence end): revised figures, not a revised article.
    'Revised figures indicated growth of just 0.1% - and a similar-sized contraction in the previous quarter.',
    // BBC: a report someone else wrote, in a quotation.
    'He said: "This report also shows that the first attempt to sell the Dome proved a complete fiasco. Every arm of government seems to have had a finger in the pie. The process was confused and muddled."',
  ])('%j is not a note', (text) => {
    expect(isArticleNote(text)).toBe(false);
  });
});
