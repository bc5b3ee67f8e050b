import { describe, expect, it } from 'vitest';
import {
  finderShards,
  findNames,
  nameWords,
  shardFor,
  shardKey,
  type FinderItem,
} from '../../../src/site/name-finder.ts';

const item = (name: string): FinderItem => [name, `/speakers/${name}/`, '1 quote in 1 article'];

// Most quoted first, as the shards keep them.
const ITEMS = [
  item('Tony Blair'),
  item('Gordon Brown'),
  item('Jean-Claude Juncker'),
  item('Cherie Blair'),
  item('a BAA spokesman'),
  item('Arsène Wenger'),
  item('Blairite MP'),
];

describe('nameWords and shardKey', () => {
  it.each([
    ['Jean-Claude Juncker', ['jean', 'claude', 'juncker']],
    ['Arsène Wenger', ['arsene', 'wenger']],
    ['a BAA spokesman', ['a', 'baa', 'spokesman']],
    ['  ', []],
  ])('%s has the words %j', (name, words) => {
    expect(nameWords(name)).toEqual(words);
  });

  it.each([
    ['Élysée', 'e'],
    ['50', '0'],
    ['blair', 'b'],
  ])('%s is in shard %s', (word, key) => {
    expect(shardKey(word)).toBe(key);
  });
});

describe('finderShards', () => {
  const shards = finderShards(ITEMS);

  it('files a name under the initial of each of its words, once', () => {
    expect(shards.get('b')?.map((i) => i[0])).toEqual([
      'Tony Blair',
      'Gordon Brown',
      'Cherie Blair',
      'a BAA spokesman',
      'Blairite MP',
    ]);
    expect(shards.get('j')?.map((i) => i[0])).toEqual(['Jean-Claude Juncker']);
    expect(shards.get('c')?.map((i) => i[0])).toEqual(['Jean-Claude Juncker', 'Cherie Blair']);
  });

  it('holds in every shard what a query starting with its letter can match', () => {
    for (const query of ['bla', 'juncker claude', 'wen', 'Arsène']) {
      const all = findNames(ITEMS, query, 100);
      expect(findNames(shards.get(shardFor(query)!) ?? [], query, 100)).toEqual(all);
    }
  });
});

describe('findNames', () => {
  it.each([
    ['blair', ['Tony Blair', 'Cherie Blair', 'Blairite MP']],
    ['Bla', ['Tony Blair', 'Cherie Blair', 'Blairite MP']],
    ['blair t', ['Tony Blair']],
    ['arsene', ['Arsène Wenger']],
    ['claude', ['Jean-Claude Juncker']],
    ['lair', []],
    ['', []],
  ])('%j finds %j', (query, names) => {
    expect(findNames(ITEMS, query).map((i) => i[0])).toEqual(names);
  });

  it('keeps the order of the shard (most quoted first)', () => {
    expect(findNames(ITEMS, 'b').map((i) => i[0])).toEqual([
      'Tony Blair',
      'Gordon Brown',
      'Cherie Blair',
      'a BAA spokesman',
      'Blairite MP',
    ]);
  });

  it('gives at most the limit', () => {
    expect(findNames(ITEMS, 'b', 2)).toHaveLength(2);
  });

  it('has no shard before a letter is typed', () => {
    expect(shardFor(' “')).toBeNull();
    expect(shardFor('Blair')).toBe('b');
  });
});
