import { describe, expect, it } from 'vitest';
import { editRatio, editRatioAtLeast } from '../../../src/pipeline/similarity.ts';
import { seedText } from '../seeds.ts';

/** Every paragraph of the five seeds. */
const paragraphs = ['000', '001', '002', '003', '004'].flatMap((n) =>
  seedText(n)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0),
);

describe('editRatioAtLeast', () => {
  it('answers as editRatio does, for every pair of seed paragraphs and several thresholds', () => {
    let reached = 0;
    for (const a of paragraphs)
      for (const b of paragraphs)
        for (const min of [0.3, 0.8, 0.95]) {
          const expected = editRatio(a, b) >= min;
          if (expected) reached++;
          expect(editRatioAtLeast(a, b, min)).toBe(expected);
        }
    // Not only identical pairs: seeds 000 and 001 tell one story in near-identical paragraphs.
    expect(reached).toBeGreaterThan(paragraphs.length * 3);
  });

  it('finds a paragraph pasted twice with one word changed', () => {
    const lead = paragraphs[1]!;
    expect(editRatioAtLeast(lead, lead.replace('Thursday', 'Friday'), 0.95)).toBe(true);
    expect(editRatioAtLeast(lead, lead.slice(0, lead.length / 2), 0.95)).toBe(false);
  });
});
