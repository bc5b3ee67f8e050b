/**
 * The view models the pages render (`src/site/*-page.ts`, `entityPages`/`entityView`), on the
 * parsed seed corpus: what each page is given and what it computes from it.
 */
import { describe, expect, it } from 'vitest';
import { articlePages } from '../../../src/site/article-page.ts';
import { monthHeading, pagedTitle } from '../../../src/site/articles.ts';
import { ENTITY_QUOTES_SHOWN, entityPages, entityView } from '../../../src/site/entities.ts';
import { quotePages, quoteView } from '../../../src/site/quote-page.ts';
import { speakerPages, speakerView } from '../../../src/site/speaker-page.ts';
import { storyPages, storyView } from '../../../src/site/story-page.ts';
import { seedCorpus } from '../seeds.ts';

const entries = () => seedCorpus().entries;
const wrapped = () => entries().map((data) => ({ id: data.id, data }));

describe('articlePages', () => {
  it('gives every article one page, with its own quotes in reading order', () => {
    const pages = articlePages(wrapped());
    expect(pages.map((p) => p.params.id)).toEqual(entries().map((e) => e.id));
    for (const { props } of pages) {
      const own = props.entry.data.quotes.map((q) => q.id);
      expect(props.quotes.map((r) => r.quote.id)).toEqual(own);
    }
  });

  it('links the seed story: each member lists the other members, never itself', () => {
    const pages = articlePages(wrapped());
    const inStory = pages.filter((p) => p.props.story !== null);
    expect(inStory.length).toBeGreaterThanOrEqual(4);
    for (const { props } of inStory) {
      const others = props.story!.others.map((a) => a.id);
      expect(others).not.toContain(props.entry.data.id);
      expect(others).toHaveLength(props.story!.size - 1);
      // Related articles already listed under the story are not listed twice.
      for (const r of props.related) expect(others).not.toContain(r.id);
    }
  });

  it('names the text a rewrite rewords, and the other part of a split file', () => {
    const pages = articlePages(wrapped());
    const rewrite = pages.find((p) => p.props.entry.data.file.startsWith('001'))!;
    expect(rewrite.props.rewriteOf?.id).toBe(entries().find((e) => e.file.startsWith('000'))!.id);
    const split = pages.find((p) => p.props.entry.data.file.startsWith('003'))!;
    expect(split.props.siblings.map((s) => s.part)).toEqual([1, 2]);
  });
});

describe('storyView', () => {
  const [page] = storyPages(wrapped());

  it('numbers the story’s articles and labels them with their outlet', () => {
    const view = storyView(page!.props.story, page!.props.quotes);
    const first = view.articles[0]!;
    expect(view.number.get(first.id)).toBe(1);
    expect(view.label(first.id)).toBe('1. CNN');
    expect(view.description).toMatch(/^4 articles about one event from CNN: 4 December 2025/);
  });

  it('groups a quote with its variants, the most widely carried first', () => {
    const view = storyView(page!.props.story, page!.props.quotes);
    const width = (g: (typeof view.quoteGroups)[number]) =>
      new Set(g.map((r) => r.article.id)).size;
    const widths = view.quoteGroups.map(width);
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    expect(view.shared.length).toBeGreaterThan(0);
    for (const g of view.shared) expect(width(g)).toBeGreaterThan(1);
    expect(view.rewrites.map((a) => a.file.slice(0, 3))).toContain('001');
  });

  // The seed story has one article with a date of its own (000); the others took it from the story.
  it.each([
    [
      '000 keeps its date',
      true,
      'one-event',
      /^4 articles about one event from CNN: 4 December 2025/,
    ],
    [
      'no article has a date of its own',
      false,
      'related',
      /^4 articles of related coverage from CNN: none of them dated/,
    ],
  ])('names the story by its dates: %s', (_, keepDate, kind, description) => {
    const articles = wrapped().map((a) => ({
      ...a,
      data: keepDate
        ? a.data
        : {
            ...a.data,
            date: null,
            dateSource: a.data.story ? ('none' as const) : a.data.dateSource,
          },
    }));
    const [first] = storyPages(articles);
    expect(first!.props.story.kind).toBe(kind);
    const view = storyView(first!.props.story, first!.props.quotes);
    expect(view.description).toMatch(description);
    expect(view.description).not.toMatch(/Undated/);
  });
});

describe('quoteView', () => {
  it('marks the quote in its paragraph and names its speaker', () => {
    const pages = quotePages(entries());
    const said = pages.find((p) => p.props.record.quote.speaker === 'Vladimir Putin')!;
    const view = quoteView(said.props);
    expect(view.heading).toBe('Quote from Vladimir Putin');
    expect(view.marked!.quoted).toBe(said.props.record.quote.text);
    expect(view.paragraphHref).toMatch(/\/articles\/.+#p\d+$/);
    expect(view.where).toMatch(/^paragraph \d+$/);
  });

  it('pairs each other wording of a quote with the first-seen one', () => {
    const withVariants = quotePages(entries()).find((p) => p.props.variants.length > 1)!;
    const view = quoteView(withVariants.props);
    expect(view.pairs).toHaveLength(withVariants.props.variants.length - 1);
    for (const pair of view.pairs) expect(pair.first).toBe(withVariants.props.variants[0]);
  });

  it('gives every page of a variant group the same group and the same compared pairs', () => {
    const pages = quotePages(entries());
    const withVariants = pages.find((p) => p.props.variants.length > 1)!;
    const group = withVariants.props.variants;
    const members = pages.filter((p) => group.includes(p.props.record));
    expect(members).toHaveLength(group.length);
    const views = members.map((p) => quoteView(p.props));
    for (const [i, member] of members.entries()) {
      expect(member.props.variants).toBe(group);
      expect(views[i]!.pairs).toEqual(views[0]!.pairs);
      views[i]!.pairs.forEach((pair, k) => expect(pair).toBe(views[0]!.pairs[k]));
    }
    const [pair] = views[0]!.pairs;
    const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
    expect(joined(pair!.comparison.first)).toBe(pair!.first.quote.text);
    expect(joined(pair!.comparison.second)).toBe(pair!.variant.quote.text);
  });
});

describe('entity and speaker pages', () => {
  it('sums an entity up by kind, counts and dates', () => {
    const putin = entityPages(entries()).find((p) => p.props.entity.name === 'Vladimir Putin')!;
    const view = entityView(putin.props.entity);
    expect(view.kindName).toBe('Person');
    expect(view.kindLabel).toBe('People');
    expect(view.summary).toMatch(/^\d+ articles, \d+ mentions$/);
    expect(putin.props.by.length).toBeGreaterThan(0);
    expect(putin.props.byTotal).toBeGreaterThanOrEqual(putin.props.by.length);
    expect(putin.articles).toBe(putin.props.entity.articles);
  });

  it('freezes the lists every page of an entity shares, so that each is digested once', () => {
    const putin = entityPages(entries()).find((p) => p.props.entity.name === 'Vladimir Putin')!;
    const { entity, beside, by, about } = putin.props;
    for (const list of [entity.articles, beside, by, about])
      expect(Object.isFrozen(list)).toBe(true);
  });

  it.each([
    ['by', ENTITY_QUOTES_SHOWN.by],
    ['about', ENTITY_QUOTES_SHOWN.about],
  ] as const)('shows at most the first %s quotes on an entity page, counting them all', (k, n) => {
    const pages = entityPages(entries());
    const total = k === 'by' ? 'byTotal' : 'aboutTotal';
    for (const p of pages) {
      expect(p.props[k].length).toBe(Math.min(n, p.props[total]));
    }
    expect(pages.some((p) => p.props[total] > 0)).toBe(true);
  });

  it('gives a speaker page their quotes by article and links their entity page', () => {
    const putin = speakerPages(entries()).find((p) => p.props.speaker.name === 'Vladimir Putin')!;
    expect(putin.props.entityId).not.toBeNull();
    expect(putin.records).toHaveLength(putin.props.speaker.quotes);
    const view = speakerView(putin.props.speaker, putin.records);
    expect(view.groups.flatMap((g) => g.records)).toEqual(putin.records);
    expect(view.summary).toBe(
      `${putin.props.speaker.quotes} quotes in ${putin.props.speaker.articles} articles`,
    );
  });
});

describe.each([
  ['2025-12', 3, 1, 'December 2025', '3 articles published in December 2025.'],
  [null, 1, 2, 'Undated articles (page 2)', '1 article whose date is unknown.'],
])('a month list (%s)', (month, total, page, title, summary) => {
  it('has a heading, a paged title and a summary', () => {
    const heading = monthHeading(month, total);
    expect(pagedTitle(heading.name, page)).toBe(title);
    expect(heading.summary).toBe(summary);
  });
});
