/**
 * The content store's entries carry a checksum of their data in their digest: an entry Astro
 * kept from the last build is trusted only if its data is still what was stored.
 */
import { describe, expect, it } from 'vitest';
import { keptEntry, sealedDigest } from '../../../src/loaders/clippings-loader.ts';

const data = {
  title: 'Ad sales boost Time Warner profit',
  dek: 'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m).',
  date: new Date('2004-12-31T00:00:00Z'),
  outlet: 'BBC',
};

describe('content store checksums', () => {
  const stored = { data, digest: sealedDigest('abc123', data) };

  it('keeps an unchanged entry of the same digest', () => {
    expect(keptEntry(structuredClone(stored), 'abc123')).toBe('same');
  });

  it('tells another entry (its digest changed) from a damaged one', () => {
    expect(keptEntry(stored, 'def456')).toBe('changed');
    expect(keptEntry({ data, digest: 'abc123' }, 'abc123')).toBe('changed');
  });

  it.each([
    ['a figure changed in place', { ...data, dek: data.dek.replace('76%', '67%') }],
    ['a letter of the title changed', { ...data, title: 'Ad sales boost Time Warner profft' }],
    ['the date changed', { ...data, date: new Date('2004-12-30T00:00:00Z') }],
  ])('finds an entry damaged: %s', (_, changed) => {
    expect(keptEntry({ data: changed, digest: stored.digest }, 'abc123')).toBe('damaged');
  });
});
