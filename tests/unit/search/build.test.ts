import { describe, expect, it } from 'vitest';
import {
  buildRecords,
  buildSearchIndex,
  deltaDecode,
  deltaEncode,
  recordChunk,
  recordTerms,
  type SearchSource,
} from '../../../src/search/build.ts';
import { neighbourCode } from '../../../src/search/text.ts';
import { highlightRanges, snippet } from '../../../src/search/highlight.ts';
import { seedIndex } from './helpers.ts';

const tiny: SearchSource[] = [
  {
    id: 'old',
    title: 'Old news',
    dek: null,
    date: '2020-01-01',
    source: 'BBC',
    blocks: [{ id: 'p1', text: 'Nothing to see.' }],
    quotes: [],
  },
  {
    id: 'new',
    title: 'Tango talks',
    dek: 'A dek',
    date: '2025-12-04',
    source: 'CNN',
    blocks: [
      { id: 'p1', text: 'He said it takes two to tango.' },
      { id: 'p2', text: 'Witkoff met Putin.' },
    ],
    quotes: [{ id: 'q1', block: 'p1', text: 'two to tango', speaker: 'Donald Trump' }],
  },
];

describe('records', () => {
  it('puts heads (newest first), then paragraphs, then quotes', () => {
    const { records, ranges } = buildRecords(tiny);
    expect(ranges).toEqual({ a: [0, 2], p: [2, 5], q: [5, 6] });
    expect(records[0]).toEqual({
      t: 'a',
      id: 'new',
      title: 'Tango talks',
      dek: 'A dek',
      outlet: 'CNN',
      date: '2025-12-04',
    });
    expect(records[2]).toEqual({ t: 'p', a: 0, b: 'p1', x: 'He said it takes two to tango.' });
    expect(records[5]).toEqual({ t: 'q', a: 0, id: 'q1', x: 'two to tango', s: 'Donald Trump' });
  });
});

describe('index', () => {
  it('delta-encodes posting lists', () => {
    expect(deltaEncode([3, 5, 9])).toEqual([3, 2, 4]);
    expect(deltaDecode(deltaEncode([3, 5, 9]))).toEqual([3, 5, 9]);
  });

  it('maps every word to the records holding it, through vocabulary and buckets', () => {
    const ix = buildSearchIndex(tiny, { chunkSize: 4, wordsPerBucket: 4 });
    expect(ix.meta.chunks).toBe(2);
    expect(ix.chunks.flat()).toHaveLength(6);
    const t = ix.vocab.get('t');
    expect(t?.words).toContain('tango');
    const df = t?.df[t.words.indexOf('tango')];
    expect(df).toBe(3); // the head's title, the paragraph and the quote
    const lists = ix.postings.map((b) => b.ids['tango']).filter(Boolean);
    expect(lists).toHaveLength(1);
    expect(deltaDecode(lists[0] ?? [])).toEqual([0, 2, 5]);
    expect(ix.choices.speakers).toEqual(['Donald Trump']);
    expect(ix.choices.outlets).toEqual(['BBC', 'CNN']);
    // The speaker's name finds the quote.
    const trump = ix.postings.map((b) => b.ids['trump']).find(Boolean);
    expect(deltaDecode(trump ?? [])).toEqual([5]);
  });

  it("keeps each word's neighbours in every record, stopwords included", () => {
    const ix = buildSearchIndex(tiny, { chunkSize: 4, wordsPerBucket: 4 });
    const bucket = ix.postings.find((b) => b.ids['tango']);
    const near = (bucket?.near['tango'] ?? '').split(',');
    expect(near).toHaveLength(deltaDecode(bucket?.ids['tango'] ?? []).length);
    // "Tango talks …", "… two to tango.", and the quote "two to tango" by Donald Trump.
    expect(near).toEqual([
      `-${neighbourCode('talks')}`,
      `${neighbourCode('to')}-`,
      `${neighbourCode('to')}${neighbourCode('donald')}`,
    ]);
    const terms = recordTerms({ t: 'p', a: 0, b: 'p1', x: 'For the victims of the flood' });
    expect(terms.get('victims')).toBe(neighbourCode('the') + neighbourCode('of'));
    expect(terms.get('flood')).toBe(`${neighbourCode('the')}-`);
    expect(terms.has('the')).toBe(false);
  });

  it("puts the heads of a record file's articles in the file", () => {
    const ix = buildSearchIndex(tiny, { chunkSize: 4 });
    // File 1: record 4, the older article's paragraph, and record 5, the newer one's quote.
    const file = recordChunk(ix, 1);
    expect(file.records.map((r) => r.t)).toEqual(['p', 'q']);
    expect(file.heads[0]?.title).toBe('Tango talks');
    expect(file.heads[1]?.title).toBe('Old news');
    expect(recordChunk(ix, 0).heads[0]).toBeUndefined(); // the head is a record of file 0
  });

  it('caps long posting lists at the newest records', () => {
    const ix = buildSearchIndex(tiny, { maxPostings: 1 });
    const lists = ix.postings.map((b) => b.ids['tango']).filter(Boolean);
    expect(deltaDecode(lists[0] ?? [])).toEqual([0]);
  });

  it('indexes the seed corpus compactly', () => {
    const { meta, chunks, choices } = seedIndex();
    expect(meta.articles).toBeGreaterThanOrEqual(5);
    expect(meta.ranges.q[1]).toBe(meta.records);
    expect(chunks.flat()).toHaveLength(meta.records);
    expect(choices.speakers).toContain('Donald Trump');
  });
});

describe('highlighting', () => {
  it('marks matched words and whole phrase runs', () => {
    const text = 'It does take two to tango, Trump said.';
    const ranges = highlightRanges(text, new Set(['trump']), [['two', 'to', 'tango']]);
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['two to tango', 'Trump']);
  });

  it('cuts a snippet around the first match at spaces', () => {
    const text = `${'word '.repeat(100)}Witkoff ${'more '.repeat(100)}`;
    const ranges = highlightRanges(text, new Set(['witkoff']));
    const s = snippet(text, ranges, 120);
    expect(s.before).toBe(true);
    expect(s.after).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(120);
    expect(s.ranges.map(([a, b]) => s.text.slice(a, b))).toEqual(['Witkoff']);
  });
});
