import { describe, expect, it } from 'vitest';
import { groupOutlets, outletRows } from '../../../src/site/outlets.ts';
import {
  distinctFacts,
  figuresIn,
  groupStories,
  sharedTerms,
} from '../../../src/site/story-groups.ts';
import { timeline } from '../../../src/site/timeline.ts';
import { seedCorpus } from '../seeds.ts';

const wrapped = () => seedCorpus().entries.map((data) => ({ id: data.id, data }));

describe('stories for the site', () => {
  it('makes one story of the seeds, oldest article first, named after its first article', () => {
    const stories = groupStories(wrapped());
    expect(stories).toHaveLength(1);
    const [story] = stories;
    expect(story!.articles.map((a) => a.data.file.slice(0, 3))).toEqual([
      '000',
      '001',
      '002',
      '003',
    ]);
    expect(story!.title).toBe(story!.articles[0]!.data.title);
    expect(story!.first).toBe('2025-12-04');
    expect(story!.outlets).toEqual(['CNN']);
  });

  it('finds the figures only one article of the story gives', () => {
    const [story] = groupStories(wrapped());
    const facts = distinctFacts(story!.articles.map((a) => a.data));
    const third = facts.find((f) => f.id.startsWith('003'))!;
    // Seed 003: "the document originally contained 28 points and has now been trimmed to 27".
    expect(third.figures).toContain('28 points');
    for (const f of facts) if (f !== third) expect(f.figures).not.toContain('28 points');
  });

  it('reads figures with currency and units, skipping bare small numbers', () => {
    expect(
      figuresIn('Four suits sold for $110,000 (£59,000) in 3 days; up 5% on 2004, 10 people.'),
    ).toEqual(['$110,000', '£59,000', '3 days', '5%', '2004', '10 people']);
  });

  it('lists the words every article of the story uses', () => {
    const [story] = groupStories(wrapped());
    const terms = sharedTerms(story!.articles.map((a) => a.data));
    expect(terms).toContain('putin');
    expect(terms).toContain('ukraine');
    expect(terms.every((t) => t.length > 3)).toBe(true);
  });
});

describe('outlets and the timeline', () => {
  it('groups articles by outlet, biggest first, leaving out articles without one', () => {
    const outlets = groupOutlets([
      ...wrapped(),
      { id: 'x', data: { id: 'x', source: 'NewsX' } },
    ] as Array<{ id: string; data: { id: string; source: string | null } }>);
    expect(outlets.map((o) => [o.name, o.slug, o.articles.length])).toEqual([
      ['NewsX', 'newsx', 2],
      ['CNN', 'cnn', 1],
    ]);
  });

  it('gives the outlets index one light row per outlet, in the same order', () => {
    const rows = outletRows([...wrapped(), { data: { id: 'x', source: 'NewsX' } }]);
    expect(rows).toEqual([
      { slug: 'newsx', name: 'NewsX', articles: 2 },
      { slug: 'cnn', name: 'CNN', articles: 1 },
    ]);
  });

  it('counts articles per month, by year, with the undated apart', () => {
    const t = timeline(['2025-12-04', '2025-12-05', '2024-01-31', null, 'not a date']);
    expect(t.years.map((y) => [y.year, y.total])).toEqual([
      ['2025', 2],
      ['2024', 1],
    ]);
    expect(t.years[0]!.months[11]).toEqual({ month: '2025-12', count: 2 });
    expect(t.years[0]!.months).toHaveLength(12);
    expect(t.undated).toBe(2);
    expect(t.busiest).toBe(2);
  });
});
