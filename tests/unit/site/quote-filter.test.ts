import { describe, expect, it } from 'vitest';
import { describeQuoteRange, speakerFilterTarget } from '../../../src/site/quote-filter.ts';

describe('speakerFilterTarget', () => {
  it.each([
    ['?speaker=donald-trump', '/speakers/donald-trump/'],
    ['?speaker=donald-trump&outlet=cnn', '/speakers/donald-trump/'],
    ['?speaker=tony-blair-2', '/speakers/tony-blair-2/'],
  ])('sends %s to %s', (search, path) => {
    expect(speakerFilterTarget(search)).toBe(path);
  });

  it.each([
    [''],
    ['?outlet=cnn'],
    ['?speaker=unattributed'],
    ['?speaker=%2F%2Fexample.com'],
    ['?speaker=..%2F..%2Freport'],
    ['?speaker=%3Cscript%3E'],
  ])('sends %j nowhere', (search) => {
    expect(speakerFilterTarget(search)).toBeNull();
  });
});

describe('describeQuoteRange', () => {
  it.each([
    [0, 99, 2410, 'Quotes 1–100 of 2,410'],
    [2400, 2409, 2410, 'Quotes 2,401–2,410 of 2,410'],
    [0, 13, 14, 'All 14 quotes'],
    [0, 0, 1, 'The only quote'],
  ])('%i–%i of %i is %s', (start, end, total, text) => {
    expect(describeQuoteRange(start, end, total)).toBe(text);
  });
});
