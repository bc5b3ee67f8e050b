import path from 'node:path';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findEntities, type FoundEntity } from '../../../src/pipeline/entities/find-entities.ts';
import { seedEntries } from '../seeds.ts';
import { corpusOf, hasSharedData, SHARED_DATA } from '../shared-data/shared-data.ts';
import { entryOf } from './helpers.ts';

const named = (found: readonly FoundEntity[]): Record<string, string | null> =>
  Object.fromEntries(found.map((f) => [f.name, f.kind]));

describe('findEntities on the seeds', () => {
  it('finds the people, places and organisations of the CNN seed with their kinds', () => {
    const found = named(findEntities(seedEntries('000')[0]!));
    expect(found).toMatchObject({
      'Vladimir Putin': 'person',
      'Narendra Modi': 'person',
      'Steve Witkoff': 'person',
      'Donald Trump': 'person',
      'Jared Kushner': 'person',
      'Yuri Ushakov': 'person',
      'Marco Rubio': 'person',
      'Andrii Hnatov': 'person',
      Russia: 'place',
      Ukraine: 'place',
      Kyiv: 'place',
      Donbas: 'place',
      Novorossiya: 'place',
      'New Delhi': 'place',
      Crimea: 'place',
      TASS: 'organization',
      CNN: 'organization',
      Kremlin: 'organization',
      'Institute for the Study of War': 'organization',
    });
  });

  it('joins short forms to the full name and keeps exact offsets of every body mention', () => {
    const entry = seedEntries('000')[0]!;
    const putin = findEntities(entry).find((f) => f.name === 'Vladimir Putin')!;
    expect(putin.forms).toEqual(expect.arrayContaining(['Vladimir Putin', 'Putin']));
    expect(putin.count).toBeGreaterThanOrEqual(putin.mentions.length);
    for (const m of putin.mentions) {
      const block = entry.blocks.find((b) => b.id === m.block)!;
      expect(block.text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(putin.mentions[0]).toMatchObject({ block: 'p1', text: 'Vladimir Putin' });
  });

  it('drops titles, sentence openers, months, days, pronouns and nationality words', () => {
    const names = Object.keys(named(findEntities(seedEntries('001')[0]!)));
    for (const junk of [
      'Russian President',
      'President',
      'Meanwhile',
      'Despite',
      'Describing',
      'Thursday',
      'August',
      'November',
      'He',
      'Russian',
      'Ukrainian',
      'Staff',
    ])
      expect(names).not.toContain(junk);
    expect(names).toContain('Oleksandr Bevuz');
  });

  it('reads what a name is from the words around it', () => {
    const found = named(
      findEntities(
        entryOf('x', [
          'Mr Brown met envoy Zorblat Quenk in Ostravia before the Glimmer Institute said it would wait.',
          'Fighting continued in the Harkiv region, according to state media Novosti.',
        ]),
      ),
    );
    expect(found).toMatchObject({
      Brown: 'person',
      'Zorblat Quenk': 'person',
      'Glimmer Institute': 'organization',
      Harkiv: 'place',
      Novosti: 'organization',
    });
  });

  it('keeps a capitalised common word only when the article never writes it in lower case', () => {
    const party = named(findEntities(entryOf('x', ['Voters backed Labour in the north.'])));
    expect(party).toHaveProperty('Labour');
    const work = named(
      findEntities(entryOf('x', ['Labour costs rose.', 'The labour market is tight.'])),
    );
    expect(work).not.toHaveProperty('Labour');
  });
});

describe.runIf(hasSharedData)('findEntities on BBC articles', () => {
  // Its cost is printed by `npm run bench:entities`, not asserted: a timing measures the machine.
  it('finds the people and places of a politics story', () => {
    // The first 300 business stories and every politics story, not the whole corpus: the test is
    // about finding entities in an article, and parsing 2,225 files took minutes on a busy machine.
    const names = readdirSync(path.join(SHARED_DATA, 'bbc'))
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const chosen = [
      ...names.filter((f) => f.startsWith('business')).slice(0, 300),
      ...names.filter((f) => f.startsWith('politics')),
    ];
    const corpus = corpusOf(path.join(SHARED_DATA, 'bbc'), chosen);
    const sample = corpus.entries.filter((e) => e.file.startsWith('business'));
    const found = sample.map((e) => findEntities(e));
    const all = new Map<string, number>();
    for (const list of found)
      for (const f of list)
        all.set(`${f.kind}:${f.name}`, (all.get(`${f.kind}:${f.name}`) ?? 0) + 1);
    for (const name of ['place:US', 'place:UK', 'place:London', 'organization:BBC'])
      expect(all.get(name) ?? 0).toBeGreaterThan(3);
    const politics = corpus.entries.filter((e) => e.file.startsWith('politics'));
    const people = new Set(
      politics.flatMap((e) =>
        findEntities(e)
          .filter((f) => f.kind === 'person')
          .map((f) => f.name),
      ),
    );
    for (const name of ['Tony Blair', 'Gordon Brown', 'Michael Howard', 'Charles Kennedy'])
      expect(people).toContain(name);
    for (const list of found)
      for (const f of list)
        expect(['I’m', "I'm", 'Monday', 'January', 'The']).not.toContain(f.name);
  }, 300_000);
});
