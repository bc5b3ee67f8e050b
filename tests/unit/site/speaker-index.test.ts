import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../src/schemas/entry.ts';
import {
  quoteIndex,
  slugsOf,
  speakerFinderShards,
  speakerIndex,
} from '../../../src/site/speaker-index.ts';
import { makeEntry } from '../entry-fixture.ts';

// Paragraphs and speakers of BBC politics articles, verbatim.
const P1 =
  '"We will not be complacent," said Mr Blair, who was speaking at the launch of the campaign.';
const P2 = 'Tory leader Michael Howard said: "This is a government that has run out of steam."';
const P3 = '"It is time for a change," the poster says.';

function quote(id: string, paragraph: string, text: string, speaker: string | null): Quote {
  const start = paragraph.indexOf(text);
  return {
    id,
    block: 'p1',
    start,
    end: start + text.length,
    text,
    speaker,
    speakerId: null,
    speakerName: speaker,
    speakerMention: speaker,
    cue: speaker ? 'said' : null,
    via: speaker ? 'named' : null,
    relay: null,
    fragment: false,
    utterance: null,
    variantOf: null,
  };
}

const entries = [
  makeEntry('politics-001', {
    date: '2005-02-01',
    dateSource: 'header',
    blocks: [{ id: 'p1', type: 'paragraph', text: P1 }],
    quotes: [quote('q1', P1, 'We will not be complacent,', 'Tony Blair')],
  }),
  makeEntry('politics-002', {
    date: '2005-02-03',
    dateSource: 'header',
    blocks: [{ id: 'p1', type: 'paragraph', text: P2 }],
    quotes: [quote('q2', P2, 'This is a government that has run out of steam.', 'Michael Howard')],
  }),
  makeEntry('politics-003', {
    blocks: [{ id: 'p1', type: 'paragraph', text: P3 }],
    quotes: [quote('q3', P3, 'It is time for a change,', null)],
  }),
];

describe('quoteIndex and slugsOf', () => {
  it('lists every quote newest article first, with the articles that have one', () => {
    const index = quoteIndex(entries);
    expect(index.records.map((r) => r.quote.id)).toEqual(['q2', 'q1', 'q3']);
    expect(index.articles).toBe(3);
    expect(index.slugs.get('Tony Blair')).toBe('tony-blair');
  });

  it('keeps only the slugs a page of quotes links to', () => {
    const { records, slugs } = quoteIndex(entries);
    expect([...slugsOf(slugs, records.slice(1))]).toEqual([['Tony Blair', 'tony-blair']]);
  });
});

describe('speakerIndex', () => {
  it('lists the speakers A–Z and counts the quotes with none', () => {
    const { speakers, unattributed } = speakerIndex(entries);
    expect(speakers.map((s) => s.name)).toEqual(['Michael Howard', 'Tony Blair']);
    expect(unattributed).toBe(1);
  });
});

describe('speakerFinderShards', () => {
  it('files each speaker under the initials of their words, with page and counts', () => {
    const shards = speakerFinderShards(entries);
    expect([...shards.keys()].sort()).toEqual(['b', 'h', 'm', 't']);
    expect(shards.get('b')).toEqual([
      ['Tony Blair', '/speakers/tony-blair/', '1 quote in 1 article'],
    ]);
  });
});
