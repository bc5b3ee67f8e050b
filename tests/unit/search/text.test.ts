import { describe, expect, it } from 'vitest';
import {
  allowedEdits,
  boundedDistance,
  foldToken,
  indexTerms,
  postingsBucket,
  tokenSpans,
  tokens,
  vocabShard,
} from '../../../src/search/text.ts';

describe('normalisation', () => {
  it('folds case and diacritics', () => {
    expect(foldToken('Zelenskyy')).toBe('zelenskyy');
    expect(foldToken('Kyïv')).toBe('kyiv');
    expect(foldToken('ÉLYSÉE')).toBe('elysee');
    // Plain ASCII takes the short way, with the same result.
    expect(foldToken('Witkoff')).toBe('witkoff');
    expect(foldToken('２０２５')).toBe('2025');
  });

  it('splits words at punctuation and apostrophes, keeping offsets into the text', () => {
    const text = '“I can’t tell you,” Trump said.';
    const spans = tokenSpans(text);
    expect(spans.map((s) => s.token)).toEqual(['i', 'can', 't', 'tell', 'you', 'trump', 'said']);
    const trump = spans.find((s) => s.token === 'trump');
    expect(trump && text.slice(trump.start, trump.end)).toBe('Trump');
  });

  it('indexes distinct words without stopwords or single letters', () => {
    expect(indexTerms('It takes two people to tango, to TANGO.')).toEqual([
      'takes',
      'two',
      'people',
      'tango',
    ]);
    expect(tokens('Donbas/Donbass')).toEqual(['donbas', 'donbass']);
  });

  it('shards by first letter and buckets stably', () => {
    expect(vocabShard('witkoff')).toBe('w');
    expect(vocabShard('2025')).toBe('2');
    expect(vocabShard('путин')).toBe('_');
    expect(postingsBucket('tango', 7)).toBe(postingsBucket('tango', 7));
    expect(postingsBucket('tango', 7)).toBeLessThan(7);
    expect(postingsBucket('tango', 1)).toBe(0);
  });
});

describe('edit distance', () => {
  it('finds the spelling variants within the allowed edits', () => {
    expect(boundedDistance('witkov', 'witkoff', allowedEdits('witkov'))).toBe(2);
    expect(boundedDistance('zelensky', 'zelenskyy', allowedEdits('zelensky'))).toBe(1);
    expect(boundedDistance('donbass', 'donbas', allowedEdits('donbass'))).toBe(1);
  });

  it('gives up past the bound', () => {
    expect(boundedDistance('putin', 'biden', 1)).toBe(2);
    expect(boundedDistance('war', 'warsaw', 2)).toBe(3);
    expect(allowedEdits('war')).toBe(0);
  });
});
