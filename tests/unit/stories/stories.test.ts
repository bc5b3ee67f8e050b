import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../../src/corpus/align-paragraphs.ts';
import { linkStories, rewriteEvidence } from '../../../src/corpus/stories.ts';
import type { Entry } from '../../../src/schemas/entry.ts';
import { seedCorpus, seedEntries } from '../seeds.ts';

const one = (prefix: string, part = 1): Entry => seedEntries(prefix)[part - 1]!;
const paragraphs = (e: Entry): string[] => e.blocks.map((b) => b.text);

describe('stories on the seeds', () => {
  it('groups 000, 001, 002 and the first story of 003 as one event; 003 part 2 and 004 stand alone', () => {
    const story = one('000').story;
    expect(story).toBe(one('000').id);
    for (const e of [one('001'), one('002'), one('003')]) expect(e.story).toBe(story);
    expect(one('003', 2).story).toBeNull();
    expect(one('004').story).toBeNull();
  });

  it('recognises 001 as a rewrite of 000, and nothing else as a rewrite', () => {
    expect(one('001').rewriteOf).toBe(one('000').id);
    const others = seedCorpus().entries.filter((e) => e.id !== one('001').id);
    expect(others.map((e) => e.rewriteOf)).toEqual(others.map(() => null));
  });

  it('dates the undated members of the story from the dated one, marked as from the story', () => {
    for (const e of [one('001'), one('002'), one('003')]) {
      expect(e.date).toBe('2025-12-04');
      expect(e.dateSource).toBe('story');
      expect(e.notes.join(' ')).toMatch(/Date 2025-12-04 inferred from its story/);
    }
    expect(one('000').dateSource).toBe('header');
    expect(one('004').date).toBeNull();
  });

  it('lists related articles by similarity, without the article itself or its rewrites', () => {
    const e = one('000');
    expect(e.related.length).toBeGreaterThan(0);
    expect(e.related.length).toBeLessThanOrEqual(5);
    expect(e.related).not.toContain(e.id);
    expect(e.related).not.toContain(one('001').id);
    // The closest article that is not a rewrite is the other report of the same interview.
    expect(e.related[0]).toBe(one('002').id);
  });

  it('leaves dated articles of one event apart when they are more than a few days apart', () => {
    const copy = (e: Entry, date: string, id: string): Entry => ({
      ...structuredClone(e),
      id,
      date,
      dateSource: 'header',
      story: null,
      rewriteOf: null,
    });
    const entries = [
      copy(one('000'), '2025-12-04', 'a'),
      copy(one('002'), '2025-12-05', 'b'),
      copy(one('002'), '2026-03-01', 'c'),
    ];
    linkStories(entries);
    expect(entries.map((e) => e.story)).toEqual(['a', 'a', null]);
    // Still a rewrite (a copy filed months later), just not the same event.
    expect(entries[2]!.rewriteOf).toBe('b');
  });
});

describe('stories of undated articles', () => {
  const undated = (e: Entry, id: string, date: string | null = null): Entry => ({
    ...structuredClone(e),
    id,
    date,
    dateSource: date ? 'header' : 'none',
    story: null,
    rewriteOf: null,
  });

  // Seed 000 and its rewrite 001 share most words (cosine 0.69); 002 reports the same interview
  // in other words (0.30), as close as two BBC articles on one topic months apart.
  it.each([
    ['none dated: only the rewrite joins', [null, null, null], ['a', 'a', null]],
    ['000 dated: it anchors the others', ['2025-12-04', null, null], ['a', 'a', 'a']],
    ['000 and 002 dated a day apart', ['2025-12-04', null, '2025-12-05'], ['a', 'a', 'a']],
  ])('%s', (_, dates, stories) => {
    const entries = [
      undated(one('000'), 'a', dates[0]),
      undated(one('001'), 'b', dates[1]),
      undated(one('002'), 'c', dates[2]),
    ];
    linkStories(entries);
    expect(entries.map((e) => e.story)).toEqual(stories);
  });
});

describe('rewrite evidence', () => {
  it('calls the paragraph-by-paragraph rewording of seed 000 in seed 001 a paraphrase', () => {
    const evidence = rewriteEvidence(paragraphs(one('000')), paragraphs(one('001')));
    expect(evidence?.kind).toBe('paraphrase');
    expect(evidence!.leftAligned).toBeGreaterThan(0.9);
  });

  it('does not call two reports of one interview (000 and 002) a rewrite', () => {
    expect(rewriteEvidence(paragraphs(one('000')), paragraphs(one('002')))).toBeNull();
  });

  it('calls a copy with a paragraph cut off a copy, and an unrelated text nothing', () => {
    const text = paragraphs(one('002'));
    expect(rewriteEvidence(text, text.slice(0, -1))?.kind).toBe('copy');
    expect(rewriteEvidence(text, paragraphs(one('004')))).toBeNull();
  });
});

describe('paragraph alignment', () => {
  it('pairs reworded paragraphs in order and leaves an inserted one unpaired', () => {
    const left = paragraphs(one('000')).slice(0, 3);
    const right = paragraphs(one('001')).slice(0, 3);
    const inserted = [
      right[0]!,
      'An unrelated sentence about the weather in Lisbon today.',
      ...right.slice(1),
    ];
    const rows = alignParagraphs(left, inserted);
    expect(
      rows.filter((r) => r.left !== null && r.right !== null).map((r) => [r.left, r.right]),
    ).toEqual([
      [0, 0],
      [1, 2],
      [2, 3],
    ]);
    expect(rows).toContainEqual({ left: null, right: 1, similarity: 0 });
  });
});
