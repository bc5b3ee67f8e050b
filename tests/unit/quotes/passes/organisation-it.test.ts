// The `organisation-it` pass: `“…,” it said`: the organisation named before speaks.
// Verbatim excerpts of PolNeAR training articles and BBC articles outside the bbc-quotes gold
// set, read by the pass directly.
import { describe, expect, it } from 'vitest';
import { organisationIt } from '../../../../src/pipeline/quotes/passes/organisation-it.ts';
import { sentenceOf } from './sentence-of.ts';
import { quotesOf as run } from '../quotes-of.ts';

const PASSES = { organisationIt };

describe('organisation-it', () => {
  it.each([
    [
      'organisationIt',
      'The Washington Post noted that author Edward Klein was seen with Trump, both riding with him and eating with him in Indianapolis. The Post reported that Klein said he was gathering material for a new venture. It added, “the visit with Klein comes as Trump promises to debut new attacks on the stump about the Clintons.”',
      'it',
      'organisation-it',
    ],
    [
      'organisationIt',
      'Trump’s campaign immediately backtracked, putting out a statement contradicting his earlier comments. In cases of abortion, it said, “the woman is a victim.”',
      'it',
      'organisation-it',
    ],
    [
      'organisationIt',
      'The Islamic State has previously called for attacks using vehicles, according to the SITE Intelligence Group, which monitors extremist statements. It said supporters of the radical Islamist organization, also known as ISIS or ISIL, were sharing the news of the Nice attack and "celebrating the massacre."',
      'it',
      'organisation-it',
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
describe('an “it” that attributes', () => {
  it('is the publication the sentences before are about (`The Washington Post noted … It added, “…”`)', () => {
    const quotes = run(
      'The Washington Post noted that author Edward Klein was seen with Trump, both riding with him and eating with him in Indianapolis. The Post reported that Klein said he was gathering material for a new venture. It added, “the visit with Klein comes as Trump promises to debut new attacks on the stump about the Clintons.”',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Washington Post', cue: 'added' });
  });

  it('is a body named once, opening the sentence before (`The Islamic State has … It said`)', () => {
    const quotes = run(
      'The Islamic State has previously called for attacks using vehicles, according to the SITE Intelligence Group, which monitors extremist statements. It said supporters of the radical Islamist organization, also known as ISIS or ISIL, were sharing the news of the Nice attack and "celebrating the massacre."',
    );
    expect(quotes[0]).toMatchObject({ speaker: 'Islamic State', cue: 'said' });
  });
});
