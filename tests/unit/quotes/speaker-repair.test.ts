import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../src/schemas/entry.ts';
import { repairSpeaker, repairSpeakers } from '../../../src/pipeline/quotes/speaker-repair.ts';

// Garbled speakers as attribution gave them on the BBC corpus (`npm run bench:quotes` lists them).
describe('repairSpeaker: a garbled speaker is repaired or rejected', () => {
  it.each([
    ['its worsening fortunes. The South Yorkshire company', 'The South Yorkshire company'],
    ['the country. A Bayern spokesman', 'A Bayern spokesman'],
    ["the party's leadership. A UKIP spokesman", 'A UKIP spokesman'],
    ['Wim Kok’s report', 'Wim Kok'],
    ['Calisto Tanzi’s statement', 'Calisto Tanzi'],
    ['An IAAF statement', 'IAAF'],
    ['the World Bank report', 'World Bank'],
    ["The NAO's annual report", 'NAO'],
    ["the instructions on Microsoft's website", 'Microsoft'],
    ['Prosecutors', 'prosecutors'],
    ['Officials', 'officials'],
    ['Lawmakers', 'lawmakers'],
  ])('%s → %s', (garbled, repaired) => {
    expect(repairSpeaker(garbled)).toBe(repaired);
  });

  it.each([['Although'], ['By'], ['Originally'], ['of Public Prosecutions'], ['select committee']])(
    '%s is no speaker',
    (garbled) => {
      expect(repairSpeaker(garbled)).toBeNull();
    },
  );

  it.each([['Gordon Brown'], ['Yukos'], ['Roly Keating'], ['a Big Brother spokeswoman'], ['UKIP']])(
    '%s stays as it is',
    (name) => {
      expect(repairSpeaker(name)).toBe(name);
    },
  );
});

/** A quote with only the speaker fields that matter here. */
function quoteBy(name: string, mention = name): Quote {
  return {
    id: 'q',
    block: 'p1',
    start: 0,
    end: 1,
    text: 'x',
    speaker: name,
    speakerId: null,
    speakerName: name,
    speakerMention: mention,
    cue: 'said',
    via: 'named',
    relay: null,
    fragment: false,
    utterance: null,
    variantOf: null,
  };
}

describe('repairSpeakers: the quotes of one article', () => {
  it.each([
    ['Chancellor Gordon Brown', 'Gordon Brown'],
    ['Foreign Secretary Jack Straw', 'Jack Straw'],
    ['Manchester United chief executive David Gill', 'David Gill'],
    ['Amnesty International', 'Amnesty International'],
    ['Deputy Prime Minister John Prescott', 'John Prescott'],
    ['Roly Keating', 'Roly Keating'],
  ])('a title before a name is not the name: %s → %s', (name, want) => {
    expect(repairSpeakers([quoteBy(name)])[0]!.speaker).toBe(want);
  });

  it('resolves a repaired name to its fullest form in the article, and narrows the mention', () => {
    const [first, second] = repairSpeakers([
      quoteBy('Prime Minister Tony Blair'),
      quoteBy('And Mr Blair', 'And Mr Blair'),
    ]);
    expect(first!.speaker).toBe('Tony Blair');
    expect(second!.speaker).toBe('Tony Blair');
    expect(second!.speakerMention).toBe('Mr Blair');
  });

  it('removes a speaker that is only a sentence-opening word', () => {
    const [q] = repairSpeakers([quoteBy('Already')]);
    expect([q!.speaker, q!.speakerName, q!.via]).toEqual([null, null, null]);
  });
});
