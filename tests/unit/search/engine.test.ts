import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, type SearchState } from '../../../src/search/query.ts';
import { withinBudget } from '../../../src/search/engine.ts';
import { seedEngine, seedIndex } from './helpers.ts';

const search = (q: string, state: Partial<SearchState> = {}) =>
  seedEngine().search({ ...EMPTY_STATE, ...state, q });

const marked = (h: { text: string; ranges: [number, number][] } | null): string[] =>
  h ? h.ranges.map(([s, e]) => h.text.slice(s, e)) : [];

describe('search engine on the seeds', () => {
  it('finds the Trump quote for “two to tango”, first', async () => {
    const { hits } = await search('two to tango');
    const first = hits[0];
    expect(first?.kind).toBe('quote');
    expect(first?.speaker).toBe('Donald Trump');
    expect(first?.path).toMatch(/^\/quotes\/q[0-9a-f]+\/$/);
    expect(first?.snippet?.text).toContain('two to tango');
  });

  it('matches an exact phrase only where the words run together', async () => {
    const { hits } = await search('"two to tango"');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const h = hit.kind === 'article' ? hit.title : hit.snippet;
      expect(marked(h).map((m) => m.toLowerCase())).toContain('two to tango');
    }
    expect(hits.some((h) => h.snippet?.text.includes('two people to tango'))).toBe(false);
  });

  it.each([
    ['Witkov', 'Witkoff'],
    ['Zelensky', 'Zelenskyy'],
    ['Donbass', 'Donbas'],
  ])('is typo- and variant-tolerant: %s finds %s', async (query, variant) => {
    const { hits } = await search(query);
    const all = hits.flatMap((h) => [...marked(h.snippet), ...marked(h.title)]);
    expect(all).toContain(variant);
  });

  it('links paragraphs to their anchor and ranks titles and quotes above body text', async () => {
    const { hits } = await search('Witkov', { type: 'articles' });
    expect(hits.every((h) => h.kind !== 'quote')).toBe(true);
    expect(hits[0]?.path).toMatch(/^\/articles\/[^/]+\/#p\d+$/);
    const quotes = await search('tango');
    expect(quotes.hits[0]?.kind).toBe('quote');
  });

  it('ranks the whole word above its fuzzy neighbours', async () => {
    const { hits } = await search('Donbass');
    expect(marked(hits[0]?.snippet ?? null)).toContain('Donbass');
  });

  it('filters by type, speaker, outlet and date', async () => {
    const quotes = await search('meeting', { type: 'quotes' });
    expect(quotes.hits.length).toBeGreaterThan(0);
    expect(quotes.hits.every((h) => h.kind === 'quote')).toBe(true);
    const rubio = await search('meeting', { speaker: 'Marco Rubio' });
    expect(rubio.hits.length).toBeGreaterThan(0);
    expect(rubio.hits.every((h) => h.speaker === 'Marco Rubio')).toBe(true);
    const cnn = await search('Putin', { outlet: 'CNN' });
    expect(cnn.hits.every((h) => h.outlet === 'CNN')).toBe(true);
    const none = await search('Putin', { to: '1999-12-31' });
    expect(none.total).toBe(0);
  });

  it('fetches only part of the index for a query', async () => {
    const requested: string[] = [];
    await seedEngine(requested).search({ ...EMPTY_STATE, q: 'tango' });
    expect(requested).toContain('meta.json');
    expect(requested.filter((p) => p.startsWith('vocab/'))).toEqual(['vocab/t.json']);
    expect(new Set(requested).size).toBe(requested.length);
  });

  it('says whether every candidate was scored', async () => {
    expect((await search('two to tango')).complete).toBe(true);
  });

  it('returns nothing for an empty query or unknown words', async () => {
    expect((await search('   ')).total).toBe(0);
    expect((await search('xylophonequartet')).total).toBe(0);
  });

  it('bounds the record files a query fetches', () => {
    const meta = { ...seedIndex().meta, chunkSize: 1 };
    const ids = Array.from({ length: 100 }, (_, i) => i);
    expect(withinBudget(ids, meta, 10)).toHaveLength(10);
    expect(withinBudget(ids, meta, 1000).length).toBeLessThan(100);
    expect(withinBudget([5, 5, 5], meta, 10)).toEqual([5, 5, 5]);
  });
});
