/**
 * The corpus as feeds and data: JSON Feed 1.1, RSS items, JSON Lines and CSV. Pure functions of
 * the entries; the endpoints under `src/pages/` only wire them up. No markup is built here.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Entry } from '../schemas/entry.ts';
import { sortArticles } from '../corpus/chronology.ts';
import type { QuoteRecord } from '../site/quotes.ts';
import { EXPORT_COLUMNS } from '../search/export.ts';

/** How many articles the feeds list. */
export const FEED_SIZE = 50;

/** Feed items: newest first, undated last (as the home page), at most `limit`. */
export function newestArticles<T extends Pick<Entry, 'id' | 'date'>>(
  entries: readonly T[],
  limit = FEED_SIZE,
): T[] {
  return sortArticles(entries.map((data) => ({ data })))
    .slice(0, limit)
    .map((a) => a.data);
}

/** An article's summary for feeds: its dek, else the opening of its first paragraph. */
export function articleSummary(entry: Pick<Entry, 'dek' | 'blocks' | 'title'>): string {
  if (entry.dek) return entry.dek;
  const first = entry.blocks.find((b) => b.type === 'paragraph')?.text;
  if (!first) return entry.title;
  if (first.length <= 300) return first;
  const cut = first.slice(0, 299);
  const space = cut.lastIndexOf(' ');
  return `${space > 150 ? cut.slice(0, space) : cut}…`;
}

/** An article's body as plain text, paragraphs and subheads separated by blank lines. */
export function articleText(entry: Pick<Entry, 'blocks'>): string {
  return entry.blocks.map((b) => b.text).join('\n\n');
}

/**
 * Text as HTML that shows exactly that text (`<` → `&lt;`, `&` → `&amp;`). Feed fields that
 * readers render as HTML (RSS `title` and `description`, JSON Feed `content_html`) hold this;
 * the XML or JSON serialiser then escapes it once more for its own syntax.
 */
export function textAsHtml(text: string): string {
  return toHtml({ type: 'text', value: text });
}

/**
 * An article's body as HTML: one `<p>` per paragraph, `<h2>` per subhead, a `<ul>`/`<ol>` per
 * list, text escaped.
 */
export function articleHtml(entry: Pick<Entry, 'blocks'>): string {
  return toHtml(
    entry.blocks.map((b) => {
      if (b.type === 'list' && b.items)
        return h(
          b.ordered ? 'ol' : 'ul',
          b.items.map((item) => h('li', item)),
        );
      return h(b.type === 'subhead' ? 'h2' : 'p', b.text);
    }),
  );
}

/** The site as feeds describe it. */
export interface FeedSite {
  title: string;
  description: string;
  /** The home page's address. */
  homeUrl: string;
  /** This feed's own address. */
  feedUrl: string;
  /** An article's page address from its id. */
  articleUrl: (id: string) => string;
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export function jsonFeed(site: FeedSite, entries: readonly Entry[]): Record<string, unknown> {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: site.title,
    description: site.description,
    home_page_url: site.homeUrl,
    feed_url: site.feedUrl,
    language: 'en',
    items: newestArticles(entries).map((entry) => {
      const url = site.articleUrl(entry.id);
      return {
        id: url,
        url,
        title: entry.title,
        summary: articleSummary(entry),
        content_text: articleText(entry),
        content_html: articleHtml(entry),
        ...(entry.date ? { date_published: `${entry.date}T00:00:00Z` } : {}),
        ...(entry.authors.length ? { authors: entry.authors.map((name) => ({ name })) } : {}),
        ...(entry.sourceUrl ? { external_url: entry.sourceUrl } : {}),
        ...(entry.source ? { tags: [entry.source] } : {}),
      };
    }),
  };
}

/** One item of the RSS feed, in the shape @astrojs/rss takes. */
export interface RssItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
  author?: string;
  categories?: string[];
}

/**
 * The RSS feed's items (the newest articles; links are paths or absolute addresses). Readers
 * render an item's title and description as HTML, so both are the text escaped as HTML
 * (`textAsHtml`); the feed's XML escapes them again.
 */
export function rssItems(entries: readonly Entry[], link: (id: string) => string): RssItem[] {
  return newestArticles(entries).map((entry) => ({
    title: textAsHtml(entry.title),
    link: link(entry.id),
    description: textAsHtml(articleSummary(entry)),
    ...(entry.date ? { pubDate: new Date(`${entry.date}T00:00:00Z`) } : {}),
    ...(entry.authors.length ? { author: entry.authors.join(', ') } : {}),
    ...(entry.source ? { categories: [entry.source] } : {}),
  }));
}

/** One record as a line of JSON Lines (ending in `\n`). */
export function jsonLine(record: unknown): string {
  return `${JSON.stringify(record)}\n`;
}

/** Records as JSON Lines: one JSON object per line, each line ending in `\n`. */
export function jsonLines(records: Iterable<unknown>): string {
  return Array.from(records, jsonLine).join('');
}

/** A skipped input file as `inspect` prints it. */
export interface SkippedRecord {
  file: string;
  status: 'skipped';
  reason: string | null;
  bytes: number;
}

/**
 * The corpus as `inspect` prints it: every entry with its `status` (`ok`, or `warning` when it
 * has warnings), then every skipped file. Made one record at a time as it is read (the export
 * streams it; a copy of every entry at once would double the corpus in memory).
 */
export function* inspectRecords(
  entries: readonly Entry[],
  skipped: readonly { file: string; reason: string | null; bytes: number }[],
): Generator<Record<string, unknown> | SkippedRecord> {
  for (const entry of entries) yield { ...entry, status: entry.warnings.length ? 'warning' : 'ok' };
  for (const s of skipped)
    yield { file: s.file, status: 'skipped' as const, reason: s.reason, bytes: s.bytes };
}

/**
 * The columns of `quotes.csv`, in order: one list with the search page's downloads, kept in the
 * search layer because the browser writes those.
 */
export const QUOTE_COLUMNS = EXPORT_COLUMNS;

/** One quote as a flat row (what `quotes.csv` and `quotes.jsonl` hold, the quote's page as url). */
export function quoteRow(
  record: QuoteRecord,
  quoteUrl: (id: string) => string,
): Record<(typeof QUOTE_COLUMNS)[number], string | null> {
  const { quote, article } = record;
  return {
    quote_id: quote.id,
    article_id: article.id,
    url: quoteUrl(quote.id),
    date: article.date,
    outlet: article.source,
    speaker: quote.speaker,
    cue: quote.cue,
    via: quote.via,
    text: quote.text,
    kind: quote.kind ?? 'speech',
    rule: quote.rule ?? null,
  };
}

// CSV lives in lib/ (the browser's search downloads write it too); the data files use it here.
export { csvField, csvLines, toCsv } from '../lib/csv.ts';

/** robots.txt: everything allowed, and the sitemap's address when there is one. */
export function robotsTxt(sitemapUrl: string | null): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
}
