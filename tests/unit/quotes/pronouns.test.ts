// What a "he" or "she" refers back to: the subject of the sentences before (`pronouns.ts`).
// Verbatim from PolNeAR train (nyt_2016-05-17_a-big-bet-on-nostalgia) and the BBC corpus
// (politics-177, outside the bbc-quotes gold).
import { describe, expect, it } from 'vitest';
import { collectPeople } from '../../../src/pipeline/quotes/people.ts';
import { subjectBefore } from '../../../src/pipeline/quotes/pronouns.ts';
import { quotesOf } from './quotes-of.ts';

/** The subject the sentences before the last paragraph are about. */
function subjectOf(...paragraphs: string[]): string | undefined {
  const text = paragraphs.join('\n\n');
  const start = text.length - paragraphs.at(-1)!.length;
  return subjectBefore(text, collectPeople(text), start, 0)?.person.name;
}

describe('subjectBefore: the one a passive is done to or by', () => {
  it.each([
    [
      'Martin Kaplan',
      [
        "A social anthropologist might wonder if television's nostalgia craze can be attributed to viewers who are seeking out the familiar in a disruptive, uneasy age (See Trump, Donald J.). But when that question was posed to Martin Kaplan, director of the Norman Lear Center for media and society at the University of Southern California, he laughed.",
        "''I would not discount the commercial motivations,'' Mr. Kaplan, a screenwriter and former studio executive, said dryly.",
      ],
    ],
    [
      'Dafydd Wigley',
      [
        "The programme also heard from Lord Roberts of Conwy, who was a Welsh Office minister at the time. He denied that the security services played any improper role. Mr Llwyd's theory has also been questioned by Plaid Cymru's former President, Dafydd Wigley.",
        "He accepted that the fires damaged Plaid Cymru's public image but believed that the security services had their hands full at the time with the IRA and animal rights activists.",
      ],
    ],
  ])('→ %s', (name, paragraphs) => {
    expect(subjectOf(...paragraphs)).toBe(name);
  });
});

// A name that modifies a role noun before a person's name (`Retail Decisions chief executive Carl
// Clump`) is the role's body, not the sentence's topic: the "he" that follows is the person.
// Verbatim from the BBC corpus (business-236, business-131, sport-080; outside the bbc-quotes gold).
describe('pronounReferent: the person named after a role, not the body the role is of', () => {
  it.each([
    [
      'Carl Clump',
      'Retail Decisions chief executive Carl Clump told the BBC that there was "no doubt" that chip and pin would "reduce card fraud in the card-present environment". "However, it is important to monitor what happens in the card-not-present environment as fraudsters will turn their attention to the internet, mail order, telephone order and interactive TV," he said.',
    ],
    [
      'David Smith',
      '"This is positive news for the international investment community," Global Asset Management investment chief David Smith said. "The majority of investors are going to be happy," he added.',
    ],
    [
      'Vassilli Sevastis',
      'Greek Athletics Federation boss Vassilli Sevastis told the country\'s parliament: "I believe Kenteris and Thanou won\'t race again. "The damage to their commercial interests has been done," he added.',
    ],
  ])('→ %s', (name, paragraph) => {
    expect(quotesOf(paragraph).at(-1)?.speaker).toBe(name);
  });
});
