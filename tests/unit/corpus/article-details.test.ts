import { describe, expect, it } from 'vitest';
import { joinEntry, splitEntry } from '../../../src/loaders/article-details.ts';
import { entrySchema, storedEntrySchema } from '../../../src/schemas/entry.ts';
import { seedCorpus } from '../seeds.ts';

describe('article details', () => {
  const entries = seedCorpus().entries.map((e) => entrySchema.parse(e));

  it('keeps the blocks, quotes, entities, removed text and repairs out of the stored entry', () => {
    for (const entry of entries) {
      const { stored, details } = splitEntry(entry);
      expect(Object.keys(details).sort()).toEqual([
        'blocks',
        'entities',
        'quotes',
        'removed',
        'repairs',
      ]);
      for (const key of Object.keys(details)) expect(stored).not.toHaveProperty(key);
      expect(storedEntrySchema.parse(stored)).toEqual(stored);
    }
  });

  it('joins an entry back whole, its fields in the order the schema gives them', () => {
    for (const entry of entries) {
      const { stored, details } = splitEntry(entry);
      const joined = joinEntry(storedEntrySchema.parse(stored), details);
      expect(JSON.stringify(joined)).toBe(JSON.stringify(entry));
    }
  });
});
