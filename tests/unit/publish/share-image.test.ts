import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cardPng, cardStats, type Card } from '../../../src/publish/share-image.ts';

describe('share-image cards', () => {
  it('renders a card once when two pages ask for it at the same time (duplicate articles)', async () => {
    // A title no cache holds yet: the seed 000 headline with a unique tail.
    const card: Card = {
      kind: 'article',
      title: `Putin: Russia will liberate Donbas and Novorossiya ${randomUUID()}`,
      dek: null,
      outlet: 'India Today',
      date: '2025-12-04',
    };
    const before = cardStats.rendered;
    const [a, b] = await Promise.all([cardPng(card), cardPng(card)]);
    expect(cardStats.rendered - before).toBe(1);
    expect(Buffer.from(a).subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(Buffer.from(b)).toEqual(Buffer.from(a));
    // Asked again later, it comes from the cache.
    const cachedBefore = cardStats.cached;
    expect(Buffer.from(await cardPng(card))).toEqual(Buffer.from(a));
    expect(cardStats.cached - cachedBefore).toBe(1);
  });
});
