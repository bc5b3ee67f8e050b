// The `colon-intro` pass: a colon introduction: the name before it, or the subject of the sentence.
// Verbatim excerpts of PolNeAR training articles and BBC articles outside the bbc-quotes gold
// set, read by the pass directly.
import { describe, expect, it } from 'vitest';
import { colonName, colonSubject } from '../../../../src/pipeline/quotes/passes/colon-intro.ts';
import { sentenceOf } from './sentence-of.ts';
import { quotesOf as run } from '../quotes-of.ts';

const PASSES = { colonName, colonSubject };

describe('colon-intro', () => {
  it.each([
    [
      'colonName',
      'Former secretary of state Hillary Rodham Clinton:"We learned that from the State Department and their analysis of the e-mails that were already on the system. We were trying to help them close some gaps that they had."',
      'Hillary Rodham Clinton',
      'colon-intro',
    ],
    [
      'colonSubject',
      'Ed Krayewski may have said it best when he blogged: “Hillary Clinton is as close to a pre-selected candidate as this cycle’ll see.” He mentioned a long list of candidates who could have run but didn’t, like  Bill Bradley, Al Gore, Joseph Biden, Harry Reid, Jim Webb, Andrew Cuomo, and Jerry Brown.',
      'Ed Krayewski',
      'colon-intro',
    ],
    [
      'colonSubject',
      'Sanders delivered a snappy retort: "No one is tearing this up. We\'re going to go forward." He bemoaned that the costs of health care in the United States are far greater than in other industrialized nations like Canada and France and that his Medicare-for-all plan would bring necessary improvements.',
      'Sanders',
      'colon-intro',
    ],
    [
      'colonSubject',
      'Clinton has since apologized for what happened: "Yes, I should have used two email addresses, one for personal matters and one for my work at the State Department. Not doing so was a mistake. I\'m sorry about it, and I take full responsibility."',
      'Clinton',
      'colon-intro',
    ],
    [
      'colonName',
      'The candidate\'s @realDonaldTrump Twitter feed serves as a sort of direct line to his mind, so it was no surprise that soon after Sunday\'s massacre in Orlando he tweeted about ... Donald Trump: "Appreciate the congrats for being right on radical Islamic terrorism."',
      'Donald Trump',
      'colon-intro',
    ],
    [
      'colonSubject',
      'Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "It\'s time to quit attacking various people that you competed with or various minority groups in the country and get on message."',
      'Senate Majority Leader Mitch McConnell',
      'colon-intro',
    ],
  ] as const)('%s finds the speaker in %s', (pass, text, mention, rule) => {
    expect(PASSES[pass](sentenceOf(text))).toMatchObject({ mention, rule });
  });

  it.each([
    ['A reporter for Agence France-Presse called it "absolute chaos."'],
    [
      'Suggestions that "outsourcing" - relocating call centres to low-cost countries like India or South Africa - is to blame are wrong, Ms Diemont says.',
    ],
    [
      '“Until you’ve sat at that desk, you don’t know what it’s like to manage a global crisis or send young people to war,” he will say. “But Hillary’s been in the room; she’s been part of those decisions.”',
    ],
  ])('finds nothing in another shape: %s', (text) => {
    const s = sentenceOf(text);
    for (const pass of Object.values(PASSES)) expect(pass(s)).toBeUndefined();
  });
});

// End to end: the whole pipeline on paragraphs of real articles where this pass attributes the
// quote (PolNeAR training split unless marked BBC); many check how the mention is resolved.
describe('no reporting verb', () => {
  it('the subject of a colon introduction speaks', () => {
    const quotes = run(
      'Coal miners are still smarting from remarks Hillary Clinton made earlier this year. When she was talking about the move to cleaner energy, she offered up this sound bite for which she later apologized: "We\'re going to put a lot of coal miners and coal companies out of business."',
    );
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([['Hillary Clinton', ':']]);
  });
});

describe('a speaker in a `with X -ing` phrase or before a colon', () => {
  it('is the one doing the -ing, not the subject; a name after a preposition is not it', () => {
    const quotes = run(
      'The attack sparked a fresh debate over how the United States responds to Islamist militant violence at home and abroad, with Republican Senator John McCain telling reporters on Thursday he viewed Obama as “directly responsible” for the Orlandoattack due to his failure to prevent the rise of Islamic State.',
      'Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message to Trump: "It\'s time to quit attacking various people that you competed with or various minority groups in the country and get on message."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['John McCain', 'Mitch McConnell']);
  });
});

describe('a colon introduction', () => {
  it('is the name after a dash that closes a headline (`Media shares blame - HuffPollster:`)', () => {
    const quotes = run(
      'Media shares blame in Iowa poll overhype - HuffPollster: “Pollsters are taking a lot of heat from the public and the media for not anticipating Sen. Ted Cruz’s victory in Monday night’s Iowa caucus.“',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'HuffPollster', cue: ':' });
  });
});

describe('a sentence’s subject', () => {
  it('may open a clause after `that`, `when`, `as` (`so odd that a spokesman for Bernie Sanders could only quip:`)', () => {
    const quotes = run(
      'The scheduling was so odd that a spokesman for Bernie Sanders could only quip: "I guess Christmas Eve was booked."',
    );
    expect(quotes[0]?.speaker).toBe('a spokesman for Bernie Sanders');
  });
});

describe('BBC attributions this round must not break', () => {
  it('the agent of a question introduces it (`the question posed by Brighton nurse Marion Brown:`)', () => {
    const quotes = run(
      'On immigration, London teacher Diane Granger said: "Where are you going to put everyone?" And can you imagine even Jeremy Paxman putting the question posed by Brighton nurse Marion Brown: "Would you wipe somebody\'s backside for £5?"',
    );
    expect(quotes.at(-1)?.speaker).toBe('Marion Brown');
  });
});
