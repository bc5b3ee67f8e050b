/**
 * Ready citations of an article or a quote: plain text, BibTeX and CSL-JSON. Pure functions; the
 * page passes in the addresses and the access date (the build date).
 */
import { formatDate, formatNameList } from '../site/format.ts';

/** What a citation of an article needs. */
export interface CitedArticle {
  id: string;
  title: string;
  authors: readonly string[];
  /** The outlet, or null when unknown. */
  source: string | null;
  /** `YYYY-MM-DD`, or null. */
  date: string | null;
  /** This site's page of the article. */
  url: string;
  /** The original address, when known. */
  sourceUrl?: string | null | undefined;
}

/** The citation fields of an article whose page is at `url`. */
export function citedArticle(data: Omit<CitedArticle, 'url'>, url: string): CitedArticle {
  const { id, title, authors, source, date, sourceUrl } = data;
  return { id, title, authors, source, date, url, sourceUrl };
}

/** What a citation of a quote adds to its article's. */
export interface CitedQuote {
  id: string;
  text: string;
  speaker: string | null;
  /** This site's page of the quote. */
  url: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2025-12-04` → `[2025, 12, 4]`; null for anything else. */
function dateParts(date: string | null): [number, number, number] | null {
  const m = date ? ISO_DATE.exec(date) : null;
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** A personal name split for CSL/BibTeX: last word as family name, the rest as given names. */
export function splitName(name: string): { family: string; given?: string } {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { family: words[0] ?? '' };
  return { family: words.at(-1) ?? '', given: words.slice(0, -1).join(' ') };
}

/** Escapes BibTeX specials (`\ { } $ & % # _ ^ ~`) in a field value. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\textbackslash{}';
      case '^':
        return '\\textasciicircum{}';
      case '~':
        return '\\textasciitilde{}';
      default:
        return `\\${c}`;
    }
  });
}

/** A BibTeX key from an id: letters, digits, `-`, `_` and `:` only. */
export function bibtexKey(prefix: string, id: string): string {
  return `${prefix}:${id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

function bibtexEntry(type: string, key: string, fields: [string, string | null | undefined][]) {
  const body = fields
    .filter((f): f is [string, string] => typeof f[1] === 'string' && f[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

function bibtexAuthors(authors: readonly string[]): string | undefined {
  if (!authors.length) return undefined;
  return authors
    .map((a) => {
      const { family, given } = splitName(a);
      return given ? `${escapeBibtex(family)}, ${escapeBibtex(given)}` : escapeBibtex(family);
    })
    .join(' and ');
}

function bibtexDateFields(date: string | null): [string, string | undefined][] {
  const parts = dateParts(date);
  if (!parts) return [];
  const months = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
  return [
    ['year', String(parts[0])],
    ['month', months[parts[1] - 1]],
    ['date', date ?? undefined],
  ];
}

/** Plain-text citation of an article: `Authors. "Title." Outlet, 4 December 2025. URL (accessed …).` */
export function articleCitationText(article: CitedArticle, accessed: string): string {
  const parts: string[] = [];
  if (article.authors.length) parts.push(`${formatNameList(article.authors)}.`);
  parts.push(`“${article.title}.”`);
  const where = [article.source, article.date ? formatDate(article.date) : 'undated']
    .filter(Boolean)
    .join(', ');
  parts.push(`${where}.`);
  parts.push(`${article.url} (accessed ${formatDate(accessed)}).`);
  return parts.join(' ');
}

/** BibTeX `@article` of an article. */
export function articleBibtex(article: CitedArticle, accessed: string): string {
  return bibtexEntry('article', bibtexKey('clippings', article.id), [
    ['title', escapeBibtex(article.title)],
    ['author', bibtexAuthors(article.authors)],
    ['journal', article.source ? escapeBibtex(article.source) : undefined],
    ...bibtexDateFields(article.date),
    ['url', article.url],
    ['urldate', accessed],
    ['note', article.sourceUrl ? `Original: \\url{${article.sourceUrl}}` : undefined],
  ]);
}

/** CSL-JSON item of an article (`article-newspaper`). */
export function articleCsl(article: CitedArticle, accessed: string): Record<string, unknown> {
  const issued = dateParts(article.date);
  const acc = dateParts(accessed);
  return {
    id: article.id,
    type: 'article-newspaper',
    title: article.title,
    ...(article.authors.length ? { author: article.authors.map(splitName) } : {}),
    ...(article.source ? { 'container-title': article.source } : {}),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    URL: article.url,
    ...(acc ? { accessed: { 'date-parts': [acc] } } : {}),
  };
}

/** Plain-text citation of a quote: `Speaker, quoted in Authors. "Title." …` */
export function quoteCitationText(
  quote: CitedQuote,
  article: CitedArticle,
  accessed: string,
): string {
  const who = quote.speaker ?? 'Unattributed';
  return `${who}: “${quote.text}” Quoted in ${articleCitationText({ ...article, url: quote.url }, accessed)}`;
}

/** BibTeX `@misc` of a quote. */
export function quoteBibtex(quote: CitedQuote, article: CitedArticle, accessed: string): string {
  return bibtexEntry('misc', bibtexKey('clippings-quote', quote.id), [
    ['author', quote.speaker ? `{${escapeBibtex(quote.speaker)}}` : undefined],
    ['title', `“${escapeBibtex(quote.text)}”`],
    [
      'howpublished',
      `Quoted in “${escapeBibtex(article.title)}”${article.source ? `, ${escapeBibtex(article.source)}` : ''}`,
    ],
    ...bibtexDateFields(article.date),
    ['url', quote.url],
    ['urldate', accessed],
  ]);
}

/** CSL-JSON item of a quote (`speech`, in its article). */
export function quoteCsl(
  quote: CitedQuote,
  article: CitedArticle,
  accessed: string,
): Record<string, unknown> {
  const issued = dateParts(article.date);
  const acc = dateParts(accessed);
  return {
    id: quote.id,
    type: 'speech',
    title: quote.text,
    ...(quote.speaker ? { author: [{ literal: quote.speaker }] } : {}),
    'container-title': article.title,
    ...(article.source ? { publisher: article.source } : {}),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    URL: quote.url,
    ...(acc ? { accessed: { 'date-parts': [acc] } } : {}),
  };
}
