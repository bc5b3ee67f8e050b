import { describe, expect, it } from 'vitest';
import { seedEntries, seedText } from '../seeds.ts';

describe('the five seed articles', () => {
  it('seed 000: header line gives date and authors; the CNN dateline leaves the lead', () => {
    const [e] = seedEntries('000');
    expect(e!.date).toBe('2025-12-04');
    expect(e!.dateSource).toBe('header');
    expect(e!.authors).toEqual(['Jessie Yeung', 'Svitlana Vlasova']);
    expect(e!.dateline).toBe('(CNN)');
    expect(e!.source).toBe('CNN');
    expect(e!.blocks[0]!.text).toMatch(/^Russian President Vladimir Putin said Moscow/);
    expect(e!.removed.map((r) => r.reason)).toEqual(['metadata-line', 'dateline']);
    expect(e!.titleSource).toBe('inferred');
    expect(e!.title.length).toBeLessThanOrEqual(101);
  });

  it('seed 001: single-newline paragraphs, no headline, no dek', () => {
    const entries = seedEntries('001');
    expect(entries).toHaveLength(1);
    const lines = seedText('001')
      .split('\n')
      .filter((l) => l.trim());
    expect(entries[0]!.blocks.map((b) => b.text)).toEqual(lines.map((l) => l.trim()));
    expect(entries[0]!.dek).toBeNull();
    expect(entries[0]!.titleSource).toBe('inferred');
  });

  it('seed 002: the first line is a dek (it repeats a later paragraph) and the question is a subhead', () => {
    const [e] = seedEntries('002');
    expect(e!.dek).toMatch(/^Putin's comments follow the latest flurry/);
    const subheads = e!.blocks.filter((b) => b.type === 'subhead');
    expect(subheads.map((b) => b.text)).toEqual(['Did the Ukraine talks with US officials hold?']);
    expect(e!.blocks[0]!.text).toMatch(/^Russian President Vladimir Putin again warned/);
  });

  it('seed 003: two stories, each with a dek; the lost drop cap is restored', () => {
    const entries = seedEntries('003');
    expect(entries).toHaveLength(2);
    const [first, second] = entries as [(typeof entries)[0], (typeof entries)[0]];
    expect(first.dek).toMatch(/^Russia pushes back/);
    expect(first.blocks[0]!.text).toMatch(/^Russian President Vladimir Putin has dismissed/);
    expect(first.repairs).toEqual([
      expect.objectContaining({ kind: 'drop-cap', before: 'ussian', after: 'Russian' }),
    ]);
    expect(second.id).toBe(`${first.id}-part-2`);
    expect(second.dek).toMatch(/^The Russian president lands in New Delhi/);
    expect(second.blocks[0]!.text).toMatch(/^Shortly after wrapping up intensive talks/);
    expect(second.splitEvidence).toBeTruthy();
    expect(first.blocks.at(-1)!.text).toMatch(/no clear end in sight\.$/);
  });

  it('seed 004: dek loses its photo credit; bio and teasers are removed but give author and outlet', () => {
    const [e] = seedEntries('004');
    expect(e!.dek).toBe(
      'Putin warns Russia may expand Ukraine war if peace talks fail, insists on no concessions as Kyiv rejects Moscow’s demands.',
    );
    expect(e!.authors).toEqual(['Zubair Amin']);
    expect(e!.authorsSource).toBe('author-bio');
    expect(e!.source).toBe('NewsX');
    const reasons = e!.removed.map((r) => r.reason);
    expect(reasons).toContain('author-bio');
    expect(reasons.filter((r) => r === 'teaser')).toHaveLength(4);
    expect(reasons).toContain('photo-credit');
    const body = e!.blocks.map((b) => b.text).join('\n');
    expect(body).not.toMatch(/Zubair|EPF balance|Indian Diaspora|Season 5/);
    expect(e!.blocks.at(-1)!.text).toMatch(/^Zelensky has specifically said/);
  });

  it('every seed entry has a title of at most ~100 characters that does not end on a dangling word', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      for (const e of seedEntries(prefix)) {
        expect(e.title.length).toBeLessThanOrEqual(101);
        expect(e.title).not.toMatch(/[,;:]$|\s(?:the|a|an|of|to|and|in|for|with)…?$/i);
      }
    }
  });
});
