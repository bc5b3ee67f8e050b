import { describe, expect, it } from 'vitest';
import {
  entityFinderShards,
  entityRows,
  kindJumps,
  kindSections,
} from '../../../src/site/entity-index.ts';
import { findNames } from '../../../src/site/name-finder.ts';
import { seedCorpus } from '../seeds.ts';

describe('the entity index of the seed articles', () => {
  const entries = seedCorpus().entries;
  const rows = entityRows(entries);

  it('lists people, then organisations, then places, most articles first within each', () => {
    const kinds = rows.map((r) => r.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => order(a) - order(b)));
    const people = rows.filter((r) => r.kind === 'person').map((r) => r.articles);
    expect(people).toEqual([...people].sort((a, b) => b - a));
    expect(rows.find((r) => r.id === 'kyiv')).toMatchObject({ name: 'Kyiv', kind: 'place' });
  });

  it('says on which page each kind starts', () => {
    const jumps = kindJumps(rows, 10);
    const places = rows.findIndex((r) => r.kind === 'place');
    expect(jumps.map((j) => j.label)).toEqual([
      'People',
      'Organisations',
      'Places',
      'Awards, events and works',
    ]);
    expect(jumps[0]).toMatchObject({ page: 1 });
    expect(jumps[2]).toMatchObject({ page: Math.floor(places / 10) + 1 });
    expect(jumps.reduce((n, j) => n + j.count, 0)).toBe(rows.length);
  });

  it('groups a page by kind and marks a kind carried over from the page before', () => {
    const places = rows.findIndex((r) => r.kind === 'place');
    const start = places + 1;
    const sections = kindSections(rows, rows.slice(start, start + 3), start);
    expect(sections[0]).toMatchObject({ kind: 'place', label: 'Places', continued: true });
    const first = kindSections(rows, rows.slice(0, 3), 0);
    expect(first[0]).toMatchObject({ kind: 'person', continued: false });
  });

  it('finds an entity by any word of its name in its shard', () => {
    const shards = entityFinderShards(entries);
    const found = findNames(shards.get('p') ?? [], 'putin');
    expect(found[0]?.slice(0, 2)).toEqual(['Vladimir Putin', '/entities/vladimir-putin/']);
    expect(found[0]?.[2]).toMatch(/^person, \d+ articles$/);
  });
});

function order(kind: string): number {
  return ['person', 'organization', 'place'].indexOf(kind);
}
