// The `clause-argument` pass: a quotation that is an argument of a clause with no reporting verb
// is its subject's words, a passive clause's agent's, or its owner's when the owner opens the
// clause. Verbatim excerpts of PolNeAR training articles and BBC articles outside the bbc-quotes
// gold set, read by the pass directly.
import { describe, expect, it } from 'vitest';
import { clauseArgument } from '../../../../src/pipeline/quotes/passes/clause-argument.ts';
import { sentenceOf } from './sentence-of.ts';

describe('clause-argument', () => {
  it.each([
    // The subject of a verb that is not a cue, past an opener and a date.
    [
      'The Democratic National Committee released a statement at the outset of the party’s convention Monday, offering “a deep and sincere apology” to Sen. Bernie Sanders.',
      'Democratic National Committee',
    ],
    [
      'Capitalizing on this new formula, the SVP launched the “expulsion of criminal foreigners initiative” in 2010.',
      'SVP',
    ],
    [
      `Two years before the public learned of Hillary Clinton's private server, the State Department gave an "inaccurate and incomplete" response about her email use.`,
      'State Department',
    ],
    [
      'On its official website, the FBI lists “public corruption as the FBI’s top criminal priority.”',
      'FBI',
    ],
    // The owner of the quoted phrase, as the clause's subject.
    [
      `Aragones' "no comment" to questions about racism after the match is also highlighted, as Marca focuses on the Spanish coach's praise for his players.`,
      'Aragones',
    ],
    // An acronym the article does not spell out stays as it is.
    ['The RAC welcomed the news, calling it an "early Christmas present" for motorists.', 'RAC'],
    // An infinitive's passive (`to be given`) is no clause of its own.
    [
      'The Public Accounts Committee called for the National Audit Office to be given a "free hand" to investigate how the BBC offers value for money.',
      'Public Accounts Committee',
    ],
    // The agent of a passive clause.
    [
      'Reports that Tony Blair is planning a snap general election for February 2005 have been described as "idle speculation" by Downing Street.',
      'Downing Street',
    ],
  ] as const)('%s → %s', (text, speaker) => {
    expect(clauseArgument(sentenceOf(text))).toMatchObject({
      rule: 'clause-argument',
      resolved: { speaker },
    });
  });

  it('gives an acronym the full name the article spells out, past a progressive verb', () => {
    const s = sentenceOf(
      'But unless the GOP suddenly renounces the National Rifle Association, the vision of sweeping gun control that Democrats are selling to voters is probably an illusion — no matter who’s running the chamber.',
      'This week will be a major test of that thesis. As Blumenthal spoke, the NRA was going into overdrive, whipping lawmakers against “any and all gun control” — a reaction to the more modest bipartisan measure being pushed by Collins.',
    );
    expect(clauseArgument(s)).toMatchObject({
      rule: 'clause-argument',
      resolved: { speaker: 'National Rifle Association' },
    });
  });

  it.each([
    // The owner after a verb is judged, not speaking; the verb is a copula.
    `The Lord Chief Justice, Lord Woolf, who is the most senior judge in England and Wales, said it was Lord Scarman's "pioneering work" which paved the way for the Human Rights Act 1998.`,
    // A quoted modifier of a noun owned by someone: the owner did not say it.
    'Across Asia, policymakers have been startled by Trump’s “isolationist” foreign policy pronouncements, which have challenged much of the status quo.',
    // A quoted modifier of the owner's noun: the owner's, but not said to be said.
    `Under Mr Brown's "sustainable investment" rule, government debt should be under 40% - in contrast to the 60% allowed under the growth and stability pact.`,
    // The quote is in a clause opened by `when`: its source is not the main clause's subject.
    'A Texas voter who supports Trump, Golvach lost his 25 year-old son when “an illegal alien randomly chose my son’s head for target practice.”',
    // A place's name alone is no speaker.
    'However, Washington appears weak before the Turkish “offensive,” which went through St. Petersburg, Tehran, and Damascus before reaching Jarabulus with U.S. partnership against ISIS',
    // `has been careful`: a copula describes its subject, with no agent.
    `What Beijing can offer is infrastructure loans and investment. It has been careful to frame its plans as more than just a "road" - where Kazakhstan's natural resources are extracted, and Chinese goods waved through on their way to Europe - but as a "belt" of economic prosperity.`,
    // A common noun in capitals at the sentence's start names no one.
    'Audiences can expect him to approach the evening’s set with “maybe a little more recklessness than they’re used to.”',
    // A subject that names no one.
    'The complaint is based on conduct standards that prohibit lawyers from representing cases if they “participated personally and substantially as a public officer or employee.”',
  ])('finds no source in %s', (text) => {
    expect(clauseArgument(sentenceOf(text))).toBeUndefined();
  });
});
