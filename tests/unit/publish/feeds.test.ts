import { readFileSync } from 'node:fs';
import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import type { Entry, Quote } from '../../../src/schemas/entry.ts';
import {
  articleSummary,
  csvField,
  inspectRecords,
  articleHtml,
  jsonFeed,
  jsonLines,
  newestArticles,
  QUOTE_COLUMNS,
  quoteRow,
  robotsTxt,
  rssItems,
  textAsHtml,
  toCsv,
} from '../../../src/publish/feeds.ts';
import { allQuotes } from '../../../src/site/quotes.ts';
import { makeEntry } from '../entry-fixture.ts';

function entry(id: string, date: string | null, extra: Partial<Entry> = {}): Entry {
  return makeEntry(id, {
    title: `Title ${id}`,
    date,
    dateSource: date ? 'header' : 'none',
    blocks: [{ id: 'p1', type: 'paragraph', text: `First paragraph of ${id}.` }],
    ...extra,
  });
}

const quote: Quote = {
  id: 'q1',
  block: 'p1',
  start: 0,
  end: 5,
  text: 'He said, "yes"\nand no',
  speaker: 'Jane Doe',
  speakerId: 'jane-doe',
  speakerName: 'Jane Doe',
  speakerMention: 'Doe',
  cue: 'said',
  via: 'named',
  relay: null,
  fragment: false,
  utterance: null,
  variantOf: null,
};

describe('newestArticles', () => {
  it('lists newest first, undated last, at most the limit', () => {
    const list = newestArticles(
      [entry('a', null), entry('b', '2025-01-02'), entry('c', '2025-03-01')],
      2,
    );
    expect(list.map((e) => e.id)).toEqual(['c', 'b']);
  });
});

describe('articleSummary', () => {
  it('prefers the dek, else the first paragraph, shortened', () => {
    expect(articleSummary(entry('a', null, { dek: 'The dek' }))).toBe('The dek');
    expect(articleSummary(entry('a', null))).toBe('First paragraph of a.');
    const long = entry('a', null, {
      blocks: [{ id: 'p1', type: 'paragraph', text: 'word '.repeat(200) }],
    });
    expect(articleSummary(long).length).toBeLessThanOrEqual(300);
    expect(articleSummary(long).endsWith('…')).toBe(true);
  });
});

describe('jsonFeed', () => {
  it('is a JSON Feed 1.1 with the articles, newest first', () => {
    const feed = jsonFeed(
      {
        title: 'Clippings',
        description: 'd',
        homeUrl: 'https://x.org/',
        feedUrl: 'https://x.org/feed.json',
        articleUrl: (id) => `https://x.org/articles/${id}/`,
      },
      [entry('a', null), entry('b', '2025-12-04', { authors: ['A B'], source: 'CNN' })],
    );
    expect(feed['version']).toBe('https://jsonfeed.org/version/1.1');
    const items = feed['items'] as Record<string, unknown>[];
    expect(items.map((i) => i['id'])).toEqual([
      'https://x.org/articles/b/',
      'https://x.org/articles/a/',
    ]);
    expect(items[0]).toMatchObject({
      title: 'Title b',
      date_published: '2025-12-04T00:00:00Z',
      authors: [{ name: 'A B' }],
      content_text: 'First paragraph of b.',
    });
    expect(items[1]).not.toHaveProperty('date_published');
    expect(JSON.parse(JSON.stringify(feed))).toEqual(feed);
  });
});

describe('rssItems', () => {
  it('gives title, link, summary and date', () => {
    const [item] = rssItems([entry('b', '2025-12-04', { source: 'CNN' })], (id) => `/a/${id}/`);
    expect(item).toEqual({
      title: 'Title b',
      link: '/a/b/',
      description: 'First paragraph of b.',
      pubDate: new Date('2025-12-04T00:00:00Z'),
      categories: ['CNN'],
    });
  });
});

/** The hostile fixture's paragraphs, verbatim. */
const HOSTILE = readFileSync('tests/fixtures/hostile/markup/html-and-script.txt', 'utf8')
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);

const XML_ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  amp: '&',
};

describe('feeds treat article text as text', () => {
  it.each([
    ['HTML tags in a news story: <script>window.__pwned = 1; alert(1)</script>', '&#x3C;script>'],
    ['&lt;entities&gt; &amp; &quot;quotes&quot;', '&#x26;lt;entities&#x26;gt;'],
    ['Kushner & Witkoff', 'Kushner &#x26; Witkoff'],
  ])('escapes %j as HTML', (text, escaped) => {
    expect(textAsHtml(text)).toContain(escaped);
    expect(textAsHtml(text)).not.toMatch(/<[a-z]/i);
  });

  it('puts the hostile fixture in RSS escaped for HTML, then for XML', async () => {
    const body = HOSTILE.slice(1).map((text, i) => ({
      id: `p${i + 1}`,
      type: 'paragraph' as const,
      text,
    }));
    const hostile = entry('hostile', '2025-01-01', { title: HOSTILE[0] ?? '', blocks: body });
    const xml = await getRssString({
      title: 'Clippings',
      description: 'd',
      site: 'https://x.org/',
      items: rssItems([hostile], (id) => `/a/${id}/`),
    });
    // A reader decodes the XML once and renders the result as HTML: it must find no tag there.
    const decoded = [...xml.matchAll(/<(title|description)>([^<]*)</g)].map(([, , text]) =>
      (text ?? '').replace(
        /&(lt|gt|quot|apos|amp);/g,
        (_, name: string) => XML_ENTITIES[name] ?? '',
      ),
    );
    expect(decoded).toHaveLength(4);
    for (const html of decoded) expect(html).not.toContain('<');
    expect(decoded[2]).toBe(textAsHtml(HOSTILE[0] ?? ''));
    expect(decoded[3]).toContain('the &#x3C;b>bold&#x3C;/b> plan');
  });

  it('gives JSON Feed content_html with every paragraph escaped, beside content_text', () => {
    const blocks = HOSTILE.map((text, i) => ({
      id: `p${i + 1}`,
      type: i === 0 ? ('subhead' as const) : ('paragraph' as const),
      text,
    }));
    const html = articleHtml({ blocks });
    expect(html.startsWith('<h2>HTML tags in a news story: &#x3C;script>')).toBe(true);
    expect(html.match(/<p>/g)).toHaveLength(HOSTILE.length - 1);
    expect(html).not.toMatch(/<(?:script|b|a|img|iframe|style|svg)[\s>]/);
  });
});

describe('jsonLines and inspectRecords', () => {
  it('prints one object per line with the status, then skipped files', () => {
    const text = jsonLines(
      inspectRecords(
        [entry('a', null), entry('b', null, { warnings: ['odd'] })],
        [{ file: 'x.bak', reason: 'editor backup', bytes: 3 }],
      ),
    );
    const lines = text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['status'])).toEqual(['ok', 'warning', 'skipped']);
    expect(lines[2]).toEqual({
      file: 'x.bak',
      status: 'skipped',
      reason: 'editor backup',
      bytes: 3,
    });
    expect(lines[0]).toMatchObject({ id: 'a', blocks: entry('a', null).blocks });
    expect(text.endsWith('\n')).toBe(true);
  });
});

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField('Zelenskyy – “ok”')).toBe('Zelenskyy – “ok”');
  });

  it.each([
    ['=HYPERLINK("http://x.test","click")', '"\'=HYPERLINK(""http://x.test"",""click"")"'],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['- increased spending on schools', "'- increased spending on schools"],
    ['@BBCNews said so', "'@BBCNews said so"],
  ])('makes a text cell that a spreadsheet would run as a formula plain text: %s', (cell, csv) => {
    expect(csvField(cell)).toBe(csv);
  });

  it('leaves numbers, even negative ones, as numbers', () => {
    expect(csvField(-3)).toBe('-3');
  });

  it('writes a header and one row per quote', () => {
    const records = allQuotes([
      {
        ...entry('a', '2025-12-04', { source: 'CNN, Inc.' }),
        quotes: [{ ...quote, rule: 'said-x' }],
      },
    ]);
    const csv = toCsv(
      QUOTE_COLUMNS,
      records.map((r) => quoteRow(r, (id) => `/quotes/${id}/`)),
    );
    expect(csv).toBe(
      'quote_id,article_id,url,date,outlet,speaker,cue,via,text,kind,rule\r\n' +
        'q1,a,/quotes/q1/,2025-12-04,"CNN, Inc.",Jane Doe,said,named,"He said, ""yes""\nand no",speech,said-x\r\n',
    );
  });
});

describe('robotsTxt', () => {
  it('names the sitemap only when there is one', () => {
    expect(robotsTxt(null)).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt('https://x.org/sitemap-index.xml')).toContain(
      'Sitemap: https://x.org/sitemap-index.xml',
    );
  });
});
