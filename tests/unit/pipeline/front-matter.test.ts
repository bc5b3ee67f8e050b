import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/pipeline/plugins/remark-front-matter.ts';
import { FIELD_NAMES, keyName } from '../../../src/schemas/front-matter-names.ts';
import { processText } from '../../../src/pipeline/process-text.ts';

describe('front matter written by other tools', () => {
  it.each([
    // A Jekyll or Hugo post: `author` and a date with its time.
    [
      'author: "Lilly Workneh"\ndate: 2016-10-07 17:17:00',
      { authors: ['Lilly Workneh'], date: '2016-10-07' },
    ],
    // Astro's blog template.
    [
      'pubDate: 2016-09-26\nheadline: Clinton and Trump trade attacks',
      { date: '2016-09-26', title: 'Clinton and Trump trade attacks' },
    ],
    // A WordPress export: ISO date-time with its zone, names in snake case.
    [
      'published_at: 2016-09-26T21:04:00-04:00\nauthors: [Jane Doe, John Roe]\npublisher: Example Times',
      { date: '2016-09-26', authors: ['Jane Doe', 'John Roe'], source: 'Example Times' },
    ],
    ['Date: 2016-10-04\nByline: Ron Nixon', { date: '2016-10-04', authors: ['Ron Nixon'] }],
  ])('reads %j', (yaml, values) => {
    const read = readFrontMatter(yaml);
    expect(read.values).toEqual(values);
    expect(read.problems).toEqual([]);
  });

  it.each([
    ['date: 2016-10-07 25:17:00', /field `date`: must be a date written YYYY-MM-DD/],
    ['date: 2016-02-30T10:00:00Z', /field `date`: is not a real date/],
    ['draft: false', /unknown field `draft` ignored/],
  ])('names what it cannot read: %s', (yaml, message) => {
    const read = readFrontMatter(yaml);
    expect(read.values).toEqual({});
    expect(read.problems.join(' ')).toMatch(message);
  });

  it('reads the first of two names for one field and says the second was ignored', () => {
    const read = readFrontMatter('date: 2016-10-07\npublished: 2016-10-08');
    expect(read.values).toEqual({ date: '2016-10-07' });
    expect(read.problems).toEqual(['field `published` ignored: `date` already gives the date']);
  });

  it('gives each name to one field only', () => {
    const names = Object.values(FIELD_NAMES).flat();
    expect(names.map(keyName)).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives an exported article its authors and date', () => {
    const [entry] = processText({
      text: '---\ntitle: "Ava DuVernay’s ‘13th’ Explores The Evolution Of The U.S. Prison System"\nauthor: "Lilly Workneh"\ndate: 2016-10-07 17:17:00\n---\n\nIf there’s one thing that Ava DuVernay is more passionate about than the present-day reality of black life in America, it’s her push to help people understand it.\n\nThe film opens in theatres this week.\n',
      file: 'x.txt',
      id: 'x',
      encoding: 'utf-8',
    });
    expect(entry).toMatchObject({
      authors: ['Lilly Workneh'],
      authorsSource: 'front-matter',
      date: '2016-10-07',
      dateSource: 'front-matter',
    });
  });
});
