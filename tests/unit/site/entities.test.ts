import { describe, expect, it } from 'vitest';
import { coOccurring, entitiesIndex, entityQuotes, personIds } from '../../../src/site/entities.ts';
import { allQuotes } from '../../../src/site/quotes.ts';
import { seedCorpus } from '../seeds.ts';

describe('entity pages data', () => {
  const entries = seedCorpus().entries;
  const index = entitiesIndex(entries);
  const byId = new Map(index.map((e) => [e.id, e]));

  it('lists every entity with kind, variants, articles newest first and first/last dates', () => {
    expect(new Set(index.map((e) => e.id)).size).toBe(index.length);
    const kyiv = byId.get('kyiv')!;
    expect(kyiv).toMatchObject({ name: 'Kyiv', kind: 'place', variants: ['Kiev'] });
    const dates = kyiv.articles.map((a) => a.date).filter((d): d is string => d !== null);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(kyiv.first).toBe(dates.at(-1));
    expect(kyiv.last).toBe(dates[0]);
    expect(kyiv.mentions).toBeGreaterThanOrEqual(kyiv.articles.length);
    // Most articles first.
    const counts = index.map((e) => e.articles.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('counts the entities named beside each, in shared articles', () => {
    const beside = coOccurring(entries).get('vladimir-putin')!;
    expect(beside.map((b) => b.id)).toContain('russia');
    expect(beside.find((b) => b.id === 'russia')!.articles).toBe(
      byId.get('russia')!.articles.length,
    );
    expect(beside.map((b) => b.id)).not.toContain('vladimir-putin');
  });

  it.each([1, 3, 20])(
    'keeps the %i most shared, as counting every pair of the corpus would',
    (limit) => {
      // Every ordered pair of entities named in one article, counted over the corpus.
      const pairs = new Map<string, Map<string, number>>();
      for (const e of entries)
        for (const a of e.entities)
          for (const b of e.entities)
            if (a.id !== b.id) {
              const row = pairs.get(a.id) ?? new Map<string, number>();
              pairs.set(a.id, row.set(b.id, (row.get(b.id) ?? 0) + 1));
            }
      const beside = coOccurring(entries, limit);
      expect([...beside.keys()].sort()).toEqual(index.map((e) => e.id).sort());
      for (const [id, row] of pairs) {
        const got = beside.get(id)!;
        const counts = [...row.values()].sort((a, b) => b - a);
        expect(got.length).toBe(Math.min(limit, row.size));
        // The counts are the true ones, and no entity left out was named beside it more often.
        for (const c of got) expect(c.articles).toBe(row.get(c.id));
        expect(got.map((c) => c.articles)).toEqual(counts.slice(0, got.length));
        const names = got.map((c) => c.name);
        for (let i = 1; i < got.length; i++)
          if (got[i]!.articles === got[i - 1]!.articles)
            expect(names[i - 1]!.localeCompare(names[i]!, 'en')).toBeLessThanOrEqual(0);
      }
    },
  );

  it('finds quotes by a person and quotes about an entity', () => {
    const records = allQuotes(entries);
    const quotes = entityQuotes(records, entries, index);
    const putin = quotes.get('vladimir-putin')!;
    expect(putin.by.length).toBeGreaterThan(3);
    expect(putin.by.every((r) => r.quote.speaker === 'Vladimir Putin')).toBe(true);
    expect(putin.about.every((r) => r.quote.speaker !== 'Vladimir Putin')).toBe(true);
    const donbas = quotes.get('donbas')!;
    expect(donbas.about.map((r) => r.quote.text).join(' ')).toMatch(/Donbass? and Novorossi/);
    expect(personIds(entries).get('Vladimir Putin')).toBe('vladimir-putin');
  });
});
