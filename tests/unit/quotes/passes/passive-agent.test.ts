// The `passive-agent` pass: the agent of a passive cue (`called “…” by X`, `asked by X`).
// Verbatim excerpts of PolNeAR training articles and BBC articles outside the bbc-quotes gold
// set, read by the pass directly.
import { describe, expect, it } from 'vitest';
import { askedBy, byAgent } from '../../../../src/pipeline/quotes/passes/passive-agent.ts';
import { sentenceOf } from './sentence-of.ts';
import { quotesOf as run } from '../quotes-of.ts';

const PASSES = { askedBy, byAgent };

describe('passive-agent', () => {
  it.each([
    [
      'byAgent',
      'Hillary Clinton\'s top national security and foreign policy staffer Jake Sullivan was one of the authors of messages that appeared on several Hillary Clinton email chains recently labeled "top secret" by the State Department, according to multiple intelligence sources who have seen the correspondence.',
      'State Department',
      'passive-agent',
    ],
    [
      'askedBy',
      'Rubio was asked by Fox Business moderator Gerard Baker whether his proposed expansion of child tax credits, which the Tax Foundation estimates would cost as much as $ 170 billion a year, would risk “adding another expensive entitlement program to an already overburdened federal budget.”',
      'Gerard Baker',
      'passive-agent',
    ],
    [
      'askedBy',
      'Asked by Thrush if Clinton “gets” race, Sharpton avoided a declarative answer.',
      'Thrush',
      'passive-agent',
    ],
    [
      'byAgent',
      'Reports that Tony Blair is planning a snap general election for February 2005 have been described as "idle speculation" by Downing Street.',
      'Downing Street',
      'passive-agent',
    ],
    [
      'byAgent',
      'While Republicans have often faced criticism for the lengthy ongoing investigation into the events surrounding the Benghazi tragedy — often labeled as a “witch hunt” by Democrats — it seems likely Gowdy is correct in his assessment of the lack of cooperation from the State Department.',
      'Democrats',
      'passive-agent',
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
describe('a passive cue or a late `according to`', () => {
  it('names the speaker after the quotation', () => {
    const quotes = run(
      'This feature of the movement has been called "strategic ambiguity" by Joshua Hendrick, a professor at Loyola University.',
      'A "living wage" for a single adult with no children in California is about $12 an hour, according to calculations by Amy Glasmeier of the Massachusetts Institute of Technology.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Joshua Hendrick', 'Amy Glasmeier']);
  });
});

describe('the agent of a passive question', () => {
  it('speaks (`Rubio was asked by Fox Business moderator Gerard Baker whether …`)', () => {
    const quotes = run(
      'Rubio was asked by Fox Business moderator Gerard Baker whether his proposed expansion of child tax credits, which the Tax Foundation estimates would cost as much as $ 170 billion a year, would risk “adding another expensive entitlement program to an already overburdened federal budget.”',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Gerard Baker', cue: 'asked' });
  });

  it('speaks at the start of a sentence too (`Asked by Thrush if Clinton “gets” race`)', () => {
    const quotes = run(
      '“People close to Sharpton say he likes Clinton, and is probably inclined to endorse her,” wrote Glenn Thrush.',
      'Asked by Thrush if Clinton “gets” race, Sharpton avoided a declarative answer.',
    );
    expect(quotes[1]).toMatchObject({ speaker: 'Glenn Thrush', cue: 'asked' });
  });
});
