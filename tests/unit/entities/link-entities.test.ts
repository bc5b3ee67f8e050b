import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { linkEntities } from '../../../src/corpus/entities.ts';
import { buildVocabulary } from '../../../src/pipeline/vocabulary.ts';
import type { Entry } from '../../../src/schemas/entry.ts';
import { seedCorpus } from '../seeds.ts';
import { corpusOf, hasSharedData, SHARED_DATA } from '../shared-data/shared-data.ts';
import { entryOf, quoteIn } from './helpers.ts';

/** The entities of a corpus: canonical name → variants. */
function variantsOf(entries: Entry[]): Map<string, string[]> {
  return new Map([...linkEntities(entries).values()].map((e) => [e.name, e.variants]));
}

describe('linkEntities on the seeds', () => {
  const entries = seedCorpus().entries;
  const all = new Map(entries.flatMap((e) => e.entities).map((m) => [m.id, m]));
  const kindOf = (name: string): string | undefined =>
    [...all.values()].find((m) => m.name === name)?.kind;

  it('names the people, places and organisations once each, variants merged', () => {
    for (const name of [
      'Vladimir Putin',
      'Narendra Modi',
      'Donald Trump',
      'Steve Witkoff',
      'Volodymyr Zelenskyy',
      'Rustem Umerov',
    ])
      expect(kindOf(name), name).toBe('person');
    for (const name of ['Kyiv', 'Donbas', 'Novorossiya', 'Russia', 'India', 'Ukraine', 'Moscow'])
      expect(kindOf(name), name).toBe('place');
    for (const name of ['TASS', 'Kremlin']) expect(kindOf(name), name).toBe('organization');
    // Named in one article only (seed 004): no entity page of its own.
    expect(kindOf('NATO')).toBeUndefined();
    for (const variant of ['Kiev', 'Donbass', 'Novorossia', 'Tass', 'Witkov', 'Zelensky', 'Putin'])
      expect([...all.values()].map((m) => m.name)).not.toContain(variant);
  });

  it('records the variants each entity is written as', () => {
    const variants = variantsOf(structuredClone(entries));
    expect(variants.get('Kyiv')).toEqual(['Kiev', 'Kyiv']);
    expect(variants.get('Donbas')).toEqual(['Donbas', 'Donbass']);
    expect(variants.get('Novorossiya')).toEqual(['Novorossia', 'Novorossiya']);
    expect(variants.get('TASS')).toEqual(['TASS', 'Tass']);
    expect(variants.get('Steve Witkoff')).toEqual(['Steve Witkoff', 'Witkov']);
    expect(variants.get('Volodymyr Zelenskyy')).toEqual([
      'Volodymyr Zelensky',
      'Volodymyr Zelenskyy',
    ]);
    // Same first name transliterated, surname one letter apart, same company: one person.
    expect(variants.get('Andrii Hnatov')).toEqual(['Andrii Hnatov', 'Andriy Natov']);
  });

  it('gives each entry its entities once, at the first mention, in reading order', () => {
    const reworded = entries.find((e) => e.id.startsWith('001'))!;
    const kyiv = reworded.entities.find((m) => m.id === 'kyiv')!;
    expect(kyiv).toMatchObject({ name: 'Kyiv', kind: 'place', mention: 'Kiev' });
    const block = reworded.blocks.find((b) => b.id === kyiv.block)!;
    expect(block.text.slice(kyiv.start, kyiv.end)).toBe('Kiev');
    for (const e of entries) {
      expect(new Set(e.entities.map((m) => m.id)).size).toBe(e.entities.length);
      const order = e.entities.map(
        (m) => e.blocks.findIndex((b) => b.id === m.block) * 1e6 + m.start,
      );
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('uses the speaker’s canonical name and page for a quoted person', () => {
    const speakers = new Set(entries.flatMap((e) => e.quotes.map((q) => q.speaker)));
    for (const name of ['Vladimir Putin', 'Donald Trump']) {
      expect(speakers).toContain(name);
      expect(kindOf(name)).toBe('person');
    }
  });
});

describe('linkEntities and common words', () => {
  // BBC business-290 and business-438 carry the same paragraph; sport and entertainment
  // articles write the word in lower case.
  const quoted =
    '"Today\'s no change decision is correct," said David Frost, Director General of the British Chambers of Commerce (BCC). "But, if there are clear signs that the economy slows, the MPC should be ready to take quick corrective action and cut rates. "Dismal reports from the retail trade about Christmas sales are worrying, if they indicate a more general weakening in consumer spending."';
  const lower = [
    'It was a dismal defeat for England, coming hard on the heels of an opening Six Nations loss in Wales.',
    'Wilson has twice tried to resurrect Factory but conceded these efforts had been "despondent and dismal experiences".',
  ];
  const entries = (): Entry[] => [
    entryOf('a', [quoted]),
    entryOf('b', [quoted]),
    entryOf('c', [lower[0]!]),
    entryOf('d', [lower[1]!]),
  ];

  it('leaves out a capitalised word the corpus writes in lower case as often, keeps the names', () => {
    const without = new Map([...linkEntities(entries()).values()].map((e) => [e.name, e.variants]));
    expect(without.has('Dismal')).toBe(true);
    const vocabulary = buildVocabulary([quoted, quoted, ...lower]);
    const kept = new Map(
      [...linkEntities(entries(), vocabulary).values()].map((e) => [e.name, e.variants]),
    );
    expect(kept.has('Dismal')).toBe(false);
    expect(kept.has('David Frost')).toBe(true);
  });
});

describe('linkEntities merge rules', () => {
  it('joins a surname to the full name used elsewhere, and spellings of one name', () => {
    const variants = variantsOf([
      entryOf('a', ['Russian President Vladimir Putin met envoys in Kyiv. Putin said little.']),
      entryOf('b', ['Putin spoke in Kiev on Tuesday, said Dmitry Peskov.']),
      entryOf('c', ['State media TASS reported it from Moscow.']),
      entryOf('d', ['Russian state media Tass said so in Moscow.']),
    ]);
    expect(variants.get('Vladimir Putin')).toEqual(['Putin', 'Vladimir Putin']);
    expect(variants.get('Kyiv') ?? variants.get('Kiev')).toEqual(['Kiev', 'Kyiv']);
    expect(variants.get('TASS')).toEqual(['TASS', 'Tass']);
  });

  it('keeps apart names that only look alike', () => {
    const texts = [
      'Fans in Austria cheered, and Germany waited.',
      'Fans in Australia cheered, and Germany waited.',
      'Troops left Iraq for Iran and Germany.',
      'Prime Minister Gordon Brown spoke to reporters.',
      'Labour minister Nick Brown spoke to reporters.',
      'Secretary Hillary Clinton met President Bill Clinton.',
    ];
    // Each text twice: an entity needs two articles to be kept.
    const variants = variantsOf([...texts, ...texts].map((text, i) => entryOf(`e${i}`, [text])));
    for (const name of ['Austria', 'Australia', 'Iraq', 'Iran', 'Gordon Brown', 'Nick Brown'])
      expect(variants.get(name), name).toEqual([name]);
    expect(variants.get('Hillary Clinton')).toEqual(['Hillary Clinton']);
    expect(variants.get('Bill Clinton')).toEqual(['Bill Clinton']);
  });

  it('takes the speaker’s name for a person who is quoted', () => {
    const quoted = 'Ukraine’s president, Volodymyr Zelensky, said “we will not give up land.”';
    const b = entryOf('b', [quoted]);
    b.quotes = [quoteIn(quoted, 'we will not give up land.', 'Volodymyr Zelensky')];
    const entries = [
      entryOf('a', [
        'President Volodymyr Zelenskyy met Volodymyr Zelenskyy’s aides. Volodymyr Zelenskyy left.',
      ]),
      b,
    ];
    const variants = variantsOf(entries);
    expect(variants.get('Volodymyr Zelensky')).toEqual([
      'Volodymyr Zelensky',
      'Volodymyr Zelenskyy',
    ]);
    expect(entries[0]!.entities[0]).toMatchObject({
      id: 'volodymyr-zelensky',
      name: 'Volodymyr Zelensky',
      mention: 'Volodymyr Zelenskyy',
    });
  });
});

describe.runIf(hasSharedData)('linkEntities on the BBC corpus', () => {
  // Parsing the corpus gets the hook's time of its own (over a minute on a loaded 2-core machine).
  let entries: Entry[] = [];
  beforeAll(() => {
    entries = corpusOf(path.join(SHARED_DATA, 'bbc')).entries;
  });

  // Its cost is printed by `npm run bench:entities`, not asserted: a timing measures the machine.
  it('gives unique ids to the entities of 2,225 articles', () => {
    const linked = linkEntities(entries);
    expect(linked.size).toBeGreaterThan(3000);
    const names = new Map([...linked.values()].map((e) => [e.name, e]));
    expect(names.get('Tony Blair')?.variants).toContain('Blair');
    expect(names.get('UK')?.kind).toBe('place');
    expect(names.get('Austria')?.variants ?? ['Austria']).not.toContain('Australia');
    for (const e of entries)
      expect(new Set(e.entities.map((m) => m.id)).size).toBe(e.entities.length);
  });
});
