import { describe, expect, it } from 'vitest';
import { compareWording } from '../../../src/site/word-diff.ts';

const join = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const changed = (segments: { text: string; changed: boolean }[]) =>
  segments.filter((s) => s.changed).map((s) => s.text);

describe('compareWording', () => {
  const first = 'liberate Donbas and Novorossiya in any case – by military or other means,';
  const second = 'will liberate Donbass and Novorossia in any case, by military or other means.';

  it('keeps each wording whole and marks the words the other lacks', () => {
    const { first: a, second: b, changes } = compareWording(first, second);
    expect(join(a)).toBe(first);
    expect(join(b)).toBe(second);
    expect(changed(a)).toEqual(['Donbas', 'Novorossiya', '–', ',']);
    expect(changed(b)).toEqual(['will', 'Donbass', 'Novorossia', ',', '.']);
    expect(changes).toBe(9);
  });

  it('keeps spaces outside the changes and merges neighbouring runs', () => {
    const { first: a, second: b } = compareWording('it was a difficult task', 'it was a hard task');
    expect(a).toEqual([
      { text: 'it was a ', changed: false },
      { text: 'difficult', changed: true },
      { text: ' task', changed: false },
    ]);
    expect(changed(b)).toEqual(['hard']);
  });

  // Rewrites in the seed corpus (content/000_…, 001_…): each side keeps its own spacing.
  it.each([
    [
      'Putin is set to arrive in New Delhi on Thursday where he will be hosted by Indian Prime Minister Narendra Modi',
      'Putin arrived in New Delhi on Thursday, where he was entertained by Indian Prime Minister Narendra Modi',
      ['is set to arrive', 'will be hosted'],
      ['arrived', ',', 'was entertained'],
    ],
    [
      'In Putin’s description of his meeting in Moscow on Tuesday with Witkoff and US President Donald Trump’s son-in-law Jared Kushner, he said Russia did not agree',
      'Describing his meeting with Witkov and US President Donald Trump’s son-in-law Jared Kushner in Moscow on Tuesday, Putin said that while Russia did not agree',
      ['In Putin’s description of', 'in Moscow on Tuesday', 'Witkoff', 'he'],
      ['Describing', 'Witkov', 'in Moscow on Tuesday', 'Putin', 'that while'],
    ],
  ])('keeps the spacing of each wording: %s', (x, y, onlyFirst, onlySecond) => {
    const { first: a, second: b } = compareWording(x, y);
    expect(join(a)).toBe(x);
    expect(join(b)).toBe(y);
    expect(changed(a)).toEqual(onlyFirst);
    expect(changed(b)).toEqual(onlySecond);
  });

  it('finds nothing to mark in equal wordings', () => {
    const { first: a, second: b, changes } = compareWording('two to tango', 'two to tango');
    expect(changes).toBe(0);
    expect(a).toEqual([{ text: 'two to tango', changed: false }]);
    expect(b).toEqual(a);
  });
});
