// The `said-x` pass: the inverted cue (`said X`), after the quote or closing the sentence.
// Verbatim excerpts of PolNeAR training articles and BBC articles outside the bbc-quotes gold
// set, read by the pass directly.
import { describe, expect, it } from 'vitest';
import {
  closingAttribution,
  saidXAfter,
  saidXAside,
  saidXLate,
  saidXOpening,
} from '../../../../src/pipeline/quotes/passes/said-x.ts';
import { sentenceOf } from './sentence-of.ts';

const PASSES = { closingAttribution, saidXAfter, saidXAside, saidXLate, saidXOpening };

describe('said-x', () => {
  it.each([
    [
      'saidXLate',
      'A "taxpayer subsidised propaganda exercise" on the EU is being used to lull the British public into a false sense of security, say the Tories.',
      'Tories',
      'said-x',
    ],
    [
      'saidXAfter',
      '“That is a problem for the party,” said Rep. Jim Clyburn (D-S.C.), a member of House Democratic leadership. “I would love to see Mr. Sanders endorse, go all in, and I think he will.”',
      'Rep. Jim Clyburn',
      'said-x',
    ],
    [
      'saidXAfter',
      '“If it’s reduced by as much as one gallon, based on the rationale that’s in the draft proposal, I think you’ll see a lawsuit,” said Monte Shaw, executive director of the Iowa Renewable Fuels Association.',
      'Monte Shaw',
      'said-x',
    ],
    [
      'saidXAfter',
      '“Amid the trading of insults between the opposing camps on the U.S. presidential campaign trail, a remark made by Vice President Joe Biden on Aug. 15 was quite rough around the edges,” said the Vox Populi (Voice of the People) column.',
      'Vox Populi',
      'said-x',
    ],
    [
      'saidXAfter',
      '“It’s a great opportunity for us,” said Gonzalez, 55, of Brigantine. “Look what [Icahn’s] been doing to us and Trump did it too.”',
      'Gonzalez',
      'said-x',
    ],
    [
      'closingAttribution',
      '"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton, said Steve Elmendorf, deputy campaign manager for John Kerry\'s 2004 Democratic presidential campaign. "The numbers don\'t add up," said Elmendorf, who supports Clinton but is not working for her.',
      'Steve Elmendorf',
      'said-x',
    ],
  ] as const)('%s finds the speaker in %s', (pass, text, mention, rule) => {
    expect(PASSES[pass](sentenceOf(text))).toMatchObject({ mention, rule });
  });

  it.each([
    [
      'According to Phil Kerpen, it appears that the “done” was in reference to a tweet Labott posted on January 23 at 4:01 PM. It was a tweet pushing a claim Clinton made during the testimony.',
    ],
    [
      '"The UK is the largest display market in Europe," according to John Binks, director of GfK, which monitors global consumer markets.',
    ],
    [
      'According to the Daily Caller, “Labott also coordinated with Reines to post a favorable quote from Clinton’s testimony, which she gave just a week before she left office.”',
    ],
  ])('finds nothing in another shape: %s', (text) => {
    const s = sentenceOf(text);
    for (const pass of Object.values(PASSES)) expect(pass(s)).toBeUndefined();
  });
});
