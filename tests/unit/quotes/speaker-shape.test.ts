import { describe, expect, it } from 'vitest';
import { garbleOf } from '../../../src/pipeline/quotes/speaker-shape.ts';

describe('garbleOf: a speaker string is a mention or garbled text', () => {
  // Speaker names as the BBC corpus's attributions give them (bbc/ articles, and the bbc-quotes gold).
  it.each([
    ['Gordon Brown'],
    ['Mr Blair'],
    ['a Big Brother spokeswoman'],
    ['one insider'],
    ["Tony Blair's official spokesman"],
    ['he'],
    ['UKIP'],
    ['Manchester United chief executive David Gill'],
    ['Lord Hattersley'],
    // False alarms the check used to raise: hyphenated adjectives, a noun's modifier, names
    // ending in `s` the lexicon does not know, a first name it does not know, an acronym.
    ['The Ballymena-born actor'],
    ['a spokesman for the Bush-Cheney campaign'],
    ['The Metropolitan police chief'],
    ['Yukos'],
    ['Qantas'],
    ['Roly Keating'],
    ['AS'],
    ['officials'],
  ])('%s is a mention', (name) => {
    expect(garbleOf(name)).toBeNull();
  });

  // The garbled shapes speaker pages showed on the BBC corpus (issue 16).
  it.each([
    ['its accounts. The network', 'sentence-break'],
    ['the country. A Bayern spokesman', 'sentence-break'],
    ['of Education Jo Bell', 'lower-case-start'],
    ["Bell's statement", 'document'],
    ['Already', 'connective'],
    ['And Jo Bell', 'connective'],
    ['Officials', 'common-word'],
    ['the government has', 'clause'],
    ['Prosecutors', 'common-word'],
    ['Originally', 'connective'],
  ])('%s is garbled (%s)', (name, why) => {
    expect(garbleOf(name)).toBe(why);
  });
});
