// The `quoted-as-saying` pass: `X is quoted as saying “…”`, a passive report of someone's words.
// Verbatim excerpts of BBC articles outside the bbc-quotes gold set.
import { describe, expect, it } from 'vitest';
import { cueSubjectAfter } from '../../../../src/pipeline/quotes/passes/cue-subject.ts';
import { quotedAsSaying } from '../../../../src/pipeline/quotes/passes/quoted-as-saying.ts';
import { sentenceOf } from './sentence-of.ts';
import { quotesOf as run } from '../quotes-of.ts';

describe('quoted-as-saying', () => {
  it.each([
    [
      '"I demand better transparency," he is quoted as saying by Germany\'s Manger Magazin.',
      'he',
      'quoted-as-saying',
    ],
    [
      '"I have no diplomatic relations with him," the Arsenal boss is quoted as saying.',
      'the Arsenal boss',
      'quoted-as-saying',
    ],
    [
      '“I don’t hear any criticism of that sort of comment by a justice of the Supreme Court,” he said.',
      'he',
      'cue-subject',
    ],
  ])('names the pass that found the cue in %s', (text, mention, rule) => {
    const found = cueSubjectAfter(sentenceOf(text));
    expect(found && quotedAsSaying(found)).toMatchObject({ mention, rule });
  });
});

// End to end: the whole pipeline on paragraphs of real articles where this pass attributes the
// quote (PolNeAR training split unless marked BBC); many check how the mention is resolved.
describe('an appositive without its closing comma, and `is quoted as saying`', () => {
  it('still lead to the speaker', () => {
    const quotes = run(
      '“Clinton needs a strategy for targeting [Libertarian candidate Gary] Johnson & [Green Party hopeful Jill] Stein voters,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday.',
      '“Our method succeeds where others fail because we seek out individual respondents who are pre-determined to be likely voters,” Braynard is quoted as saying.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Nate Silver', 'Braynard']);
  });
});
