import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../seeds.ts';

// Every quotation in the five seeds, with its speaker, read by hand from the texts.
const EXPECTED: Array<[string, string, string]> = [
  ['000', 'in any case,', 'Vladimir Putin'],
  ['000', 'liberate Donbas and Novorossiy', 'Vladimir Putin'],
  ['000', 'difficult task.', 'Vladimir Putin'],
  ['000', 'refrain from military action,', 'Vladimir Putin'],
  ['000', 'go through each point of the p', 'Vladimir Putin'],
  ['000', 'very good meeting', 'Donald Trump'],
  ['000', 'would like to see the war ende', 'Donald Trump'],
  ['000', 'What comes out of that meeting', 'Donald Trump'],
  ['000', 'I can’t tell you, because it d', 'Donald Trump'],
  ['000', 'without which we do not see a ', 'Yuri Ushakov'],
  ['000', 'look more or less acceptable,', 'Yuri Ushakov'],
  ['000', 'do not suit us.', 'Yuri Ushakov'],
  ['000', 'a very productive and useful s', 'Marco Rubio'],
  ['001', 'by military or other means', 'Vladimir Putin'],
  ['001', 'will liberate Donbass and Novo', 'Vladimir Putin'],
  ['001', 'difficult task.', 'Vladimir Putin'],
  ['001', 'refrain from military action,', 'Vladimir Putin'],
  ['001', 'consider each point of the pea', 'Vladimir Putin'],
  ['001', 'very good meeting', 'Donald Trump'],
  ['001', 'wants the war to end,', 'Donald Trump'],
  ['001', 'What will come out of that mee', 'Donald Trump'],
  ['001', 'It takes two people to tango, ', 'Donald Trump'],
  ['001', 'without it, we cannot see a so', 'Yuri Ushakov'],
  ['001', 'seem more or less acceptable,', 'Yuri Ushakov'],
  ['001', 'do not suit us.', 'Yuri Ushakov'],
  ['001', 'a very productive and useful m', 'Marco Rubio'],
  ['002', 'All this boils down to one thi', 'Vladimir Putin'],
  ['002', 'start a third war', 'Volodymyr Zelenskyy'],
  ['002', 'necessary', 'Vladimir Putin'],
  ['002', 'useful,', 'Vladimir Putin'],
  ['002', 'difficult work,', 'Vladimir Putin'],
  ['002', 'We had to go through practical', 'Vladimir Putin'],
  ['002', 'It was a meaningful, highly sp', 'Vladimir Putin'],
  ['002', 'Their impression was very stro', 'Donald Trump'],
  ['002', 'China supports all efforts tha', 'Xi Jinping'],
  ['003', 'detailed and necessary', 'Vladimir Putin'],
  ['004', 'We would prefer to do this and', 'Vladimir Putin'],
  ['004', 'buffer security zone,', 'Vladimir Putin'],
];

describe('quotations in the seeds', () => {
  const entries = seedCorpus().entries;
  const found = entries.flatMap((e) =>
    e.quotes.map((q) => [e.file.slice(0, 3), q.text.slice(0, 30), q.speaker]),
  );

  it('finds every quotation with the right speaker, and nothing else', () => {
    expect(found).toEqual(EXPECTED);
  });

  it('takes no quote from removed boilerplate (the teaser headline of seed 004)', () => {
    expect(found.some(([, text]) => /Indian Diaspora/.test(text!))).toBe(false);
  });

  it('keeps the evidence: mention, cue and how the speaker was found', () => {
    const [e000] = entries;
    const split = e000!.quotes.filter((q) => q.block === 'p11');
    expect(split.map((q) => [q.speakerMention, q.cue, q.via])).toEqual([
      ['he', 'added', 'pronoun'],
      ['he', 'added', 'context'],
    ]);
    expect(split[1]!.utterance).toBe(split[0]!.id);
    const relayed = e000!.quotes.find((q) => q.text.startsWith('liberate'))!;
    expect([relayed.speakerMention, relayed.cue, relayed.relay]).toEqual(['he', 'said', 'TASS']);
  });

  it('keeps nested single quotes inside their quotation', () => {
    const e002 = entries.find((e) => e.file.startsWith('002'))!;
    expect(e002.quotes.find((q) => q.text.startsWith('It was a meaningful'))!.text).toContain(
      '‘Yes, we can discuss this, but with that one we cannot agree.’',
    );
  });

  it('links the reworded quotes of seed 001 to those of seed 000', () => {
    const byText = new Map(entries.flatMap((e) => e.quotes).map((q) => [q.text, q]));
    const first = [...byText.values()].find((q) => q.text.startsWith('liberate Donbas'))!;
    const second = [...byText.values()].find((q) => q.text.startsWith('will liberate Donbass'))!;
    expect(second.variantOf).toBe(first.id);
    expect(first.variantOf).toBeNull();
  });

  it('merges speakers across articles and gives each one page slug', () => {
    const putin = entries.flatMap((e) => e.quotes).filter((q) => q.speaker === 'Vladimir Putin');
    expect(new Set(putin.map((q) => q.speakerId))).toEqual(new Set(['vladimir-putin']));
    expect(new Set(putin.map((q) => q.speakerMention))).toContain('President Putin');
  });
});
