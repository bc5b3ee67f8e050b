// Reporting verbs by lemma: any verb of saying in any inflection, past forms in title case too.
import { describe, expect, it } from 'vitest';
import { isCue } from '../../../src/pipeline/quotes/cues.ts';
import {
  SAYING_PHRASES,
  SAYING_VERBS,
  SAYING_VERBS_BARE,
} from '../../../src/pipeline/quotes/words/saying-verbs.ts';
import { DOCUMENT_NOUNS } from '../../../src/pipeline/quotes/words/documents.ts';
import { quotesOf } from './quotes-of.ts';

describe('reporting verbs', () => {
  it.each([
    ['commented', true],
    ['implored', true],
    ['emailed', true],
    ['joked', true],
    ['quipped', true],
    ['snapping', true],
    ['testified', true],
    ['derided', true],
    ['demanded', true],
    ['Said', true],
    ['Warned', true],
    ['hit back', true],
    ['pointing out', true],
    ['say', true],
    // A bare form that is mostly a noun, and a capitalised present form (`the United States`).
    ['claim', false],
    ['statement', false],
    ['States', false],
    ['Calls', false],
    ['sailed', false],
  ])('%s is a cue: %s', (word, cue) => {
    expect(isCue(word)).toBe(cue);
  });

  it('keeps each lemma in one list, once, and no document noun among the inflected-only verbs', () => {
    const all = [...SAYING_VERBS, ...SAYING_VERBS_BARE, ...SAYING_PHRASES];
    expect(new Set(all).size).toBe(all.length);
    // A document noun speaks for its issuer (`her statement`): its bare form is never a cue.
    expect(SAYING_VERBS_BARE.filter((w) => DOCUMENT_NOUNS.includes(w))).toEqual(['tweet']);
  });

  // Verbatim excerpts: BBC (not of the bbc-quotes gold set) and PolNeAR train.
  it.each([
    [
      '"US Airways has a full-scale employee mutiny on its hands," commented Michael Boyd, an industry consultant.',
      'Michael Boyd',
    ],
    [
      'Fox News’ Bret Baier noticed that none of the networks cut away for Clinton. He commented that his network “held on” Trump during her event.',
      'Bret Baier',
    ],
  ])('attributes a quote with a verb of saying outside the common ones: %s', (text, speaker) => {
    expect(quotesOf(text)[0]).toMatchObject({ speaker });
  });
});
