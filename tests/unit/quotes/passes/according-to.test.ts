// The `according-to` pass: `according to X` before or after the quote, and a relay after the attribution.
// Verbatim excerpts of PolNeAR training articles and BBC articles outside the bbc-quotes gold
// set, read by the pass directly.
import { describe, expect, it } from 'vitest';
import {
  accordingToAfter,
  accordingToBefore,
  laterRelay,
} from '../../../../src/pipeline/quotes/passes/according-to.ts';
import { sentenceOf } from './sentence-of.ts';
import { quotesOf as run } from '../quotes-of.ts';

const PASSES = { accordingToAfter, accordingToBefore, laterRelay };

describe('according-to', () => {
  it.each([
    [
      'accordingToBefore',
      'According to Phil Kerpen, it appears that the “done” was in reference to a tweet Labott posted on January 23 at 4:01 PM. It was a tweet pushing a claim Clinton made during the testimony.',
      'Phil Kerpen',
      'according-to',
    ],
    [
      'accordingToAfter',
      '"The UK is the largest display market in Europe," according to John Binks, director of GfK, which monitors global consumer markets.',
      'John Binks',
      'according-to',
    ],
    [
      'accordingToAfter',
      'While most of those were elevated to the “confidential” level, according to a State Department official, two in the most recent batch were upgraded to the “Secret” level, a more sensitive classification for issues that affect national security.',
      'State Department',
      'according-to',
    ],
    [
      'accordingToAfter',
      'But his decision to work for Obama in 2008 was seen as an act of disloyalty. After the election, Axelrod tried offering an olive branch by telling Clinton she had been an able and determined opponent in a long and bitter primary. She later compared the conversation to a “root canal,” according to Axelrod’s memoir.',
      'Axelrod’s',
      'according-to',
    ],
    [
      'accordingToBefore',
      'According to HuffPo: “Senator Tim Kaine (D-Va.) has had a mixed record on abortion throughout much of his political career, but in the past week has made a series of subtle moves toward a solid pro-choice position as he becomes an increasingly likely pick as Hillary Clinton’s running mate.”',
      'HuffPo',
      'according-to',
    ],
    [
      'accordingToBefore',
      'G4S receives, according to one report, $234 million in security contracts from DHS, but not without major controversy. According to Paul Sperry of Counter Jihad, “Judicial Watch revealed G4S has been quietly moving and releasing van loads of illegal aliens away from the border to interior American cities.”',
      'Paul Sperry',
      'according-to',
    ],
    [
      'accordingToBefore',
      'According to the Daily Caller, “Labott also coordinated with Reines to post a favorable quote from Clinton’s testimony, which she gave just a week before she left office.”',
      'Daily Caller',
      'according-to',
    ],
    [
      'accordingToAfter',
      'Supporters say the move will reduce poverty and help struggling families in a state with some of America\'s most dramatic income inequality. A "living wage" for a single adult with no children in California is about $12 an hour, according to calculations by Amy Glasmeier of the Massachusetts Institute of Technology.',
      'Amy Glasmeier',
      'according-to',
    ],
    [
      'laterRelay',
      '"I\'ll be voting [on March 1]," Welch said, according to Vermont Edition. "And I\'ve decided to vote for Bernie Sanders."',
      'Vermont Edition',
      'according-to',
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
describe('more cues and speakers', () => {
  it('reads the person a role of someone’s is held by as the speaker (`Ronald Reagan’s former education secretary William J. Bennett`)', () => {
    const quotes = run(
      'For Trump, according to Ronald Reagan\'s former education secretary William J. Bennett, Monday\'s speech represents "a test" of whether he can rise above the infighting.',
    );
    expect(quotes[0]?.speaker).toBe('William J. Bennett');
  });
});
