import { describe, expect, it } from 'vitest';
import {
  articleBibtex,
  articleCitationText,
  articleCsl,
  bibtexKey,
  escapeBibtex,
  quoteBibtex,
  quoteCitationText,
  quoteCsl,
  splitName,
  type CitedArticle,
} from '../../../src/publish/citation.ts';

const article: CitedArticle = {
  id: 'world/putin-india',
  title: 'Putin says 50% & more_{now}',
  authors: ['Jessie Yeung', 'Svitlana Vlasova'],
  source: 'CNN',
  date: '2025-12-04',
  url: 'https://example.org/articles/world/putin-india/',
};
const quote = {
  id: 'q1',
  text: 'in any case',
  speaker: 'Vladimir Putin',
  url: 'https://example.org/quotes/q1/',
};

describe('escapeBibtex', () => {
  it('escapes every special character', () => {
    expect(escapeBibtex('a & b % c $ d # e _ f { g } h')).toBe(
      'a \\& b \\% c \\$ d \\# e \\_ f \\{ g \\} h',
    );
    expect(escapeBibtex('x^y~z\\w')).toBe(
      'x\\textasciicircum{}y\\textasciitilde{}z\\textbackslash{}w',
    );
  });
});

describe('names and keys', () => {
  it('splits the last word off as the family name', () => {
    expect(splitName('Jessie Yeung')).toEqual({ family: 'Yeung', given: 'Jessie' });
    expect(splitName('Reuters')).toEqual({ family: 'Reuters' });
  });

  it('makes safe keys', () => {
    expect(bibtexKey('clippings', 'world/putin india')).toBe('clippings:world-putin-india');
  });
});

describe('article citations', () => {
  it('plain text names authors, title, outlet, date, address and access date', () => {
    expect(articleCitationText(article, '2026-01-02')).toBe(
      'Jessie Yeung and Svitlana Vlasova. “Putin says 50% & more_{now}.” CNN, 4 December 2025. https://example.org/articles/world/putin-india/ (accessed 2 January 2026).',
    );
  });

  it('plain text without authors or date', () => {
    expect(
      articleCitationText({ ...article, authors: [], date: null, source: null }, '2026-01-02'),
    ).toBe(
      '“Putin says 50% & more_{now}.” undated. https://example.org/articles/world/putin-india/ (accessed 2 January 2026).',
    );
  });

  it('BibTeX @article with escaped fields', () => {
    const bib = articleBibtex(article, '2026-01-02');
    expect(bib.startsWith('@article{clippings:world-putin-india,\n')).toBe(true);
    expect(bib).toContain('title = {Putin says 50\\% \\& more\\_\\{now\\}}');
    expect(bib).toContain('author = {Yeung, Jessie and Vlasova, Svitlana}');
    expect(bib).toContain('journal = {CNN}');
    expect(bib).toContain('year = {2025}');
    expect(bib).toContain('month = {dec}');
    expect(bib).toContain('url = {https://example.org/articles/world/putin-india/}');
    expect(bib.endsWith('\n}')).toBe(true);
    // Braces balance.
    const unescaped = bib.replace(/\\[{}]/g, '');
    expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
  });

  it('CSL-JSON', () => {
    expect(articleCsl(article, '2026-01-02')).toEqual({
      id: 'world/putin-india',
      type: 'article-newspaper',
      title: 'Putin says 50% & more_{now}',
      author: [
        { family: 'Yeung', given: 'Jessie' },
        { family: 'Vlasova', given: 'Svitlana' },
      ],
      'container-title': 'CNN',
      issued: { 'date-parts': [[2025, 12, 4]] },
      URL: 'https://example.org/articles/world/putin-india/',
      accessed: { 'date-parts': [[2026, 1, 2]] },
    });
  });
});

describe('quote citations', () => {
  it('plain text', () => {
    expect(quoteCitationText(quote, article, '2026-01-02')).toBe(
      'Vladimir Putin: “in any case” Quoted in Jessie Yeung and Svitlana Vlasova. “Putin says 50% & more_{now}.” CNN, 4 December 2025. https://example.org/quotes/q1/ (accessed 2 January 2026).',
    );
  });

  it('BibTeX @misc', () => {
    const bib = quoteBibtex(quote, article, '2026-01-02');
    expect(bib.startsWith('@misc{clippings-quote:q1,\n')).toBe(true);
    expect(bib).toContain('author = {{Vladimir Putin}}');
    expect(bib).toContain(
      'howpublished = {Quoted in “Putin says 50\\% \\& more\\_\\{now\\}”, CNN}',
    );
  });

  it('CSL-JSON speech', () => {
    expect(quoteCsl({ ...quote, speaker: null }, article, '2026-01-02')).toMatchObject({
      id: 'q1',
      type: 'speech',
      title: 'in any case',
      'container-title': article.title,
      publisher: 'CNN',
    });
    expect(quoteCsl({ ...quote, speaker: null }, article, '2026-01-02')).not.toHaveProperty(
      'author',
    );
  });
});
