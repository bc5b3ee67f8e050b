import { describe, expect, it } from 'vitest';
import { findDate, findFileNameDate } from '../../../src/pipeline/dates.ts';
import { processText } from '../../../src/pipeline/process-text.ts';

// A verbatim PolNeAR train lead, with no date in the text.
const LEAD =
  'Donald Trump said Monday that he would consider the Democratic nominee’s running mate a worthy opponent.';
const run = (text: string, file: string) =>
  processText({ text, file, id: 'x', encoding: 'utf-8' })[0];

describe('findDate', () => {
  it.each([
    ['Posted: September 12, 2016', '2016-09-12'],
    ['Fri 16 Sep 2016 09:34 EDT', '2016-09-16'],
    ['2016-10-04', '2016-10-04'],
    ['USA Today', undefined],
    // Blind round 11: year first with dots, day first in digits.
    ['Published 2016.09.15. 12:37', '2016-09-15'],
    ['Posted by Charlie Spiering on 20-09-2016', '2016-09-20'],
    ['By Carol Morello, 20/09/16', '2016-09-20'],
  ])('reads %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });
});

describe('dates from the file name', () => {
  it.each([
    ['politico_2016-09-26_trump-not-walking-the-walk.txt', '2016-09-26'],
    ['politics/2016/10/04/debate-night.txt', '2016-10-04'],
    ['20161004-debate-night.txt', '2016-10-04'],
    ['wires/2016.10.04.reuters.txt', '2016-10-04'],
    ['a/12345678/2016-02-29_leap.txt', '2016-02-29'],
  ])('reads %s', (file, iso) => {
    expect(findFileNameDate(file)?.iso).toBe(iso);
  });

  it.each([
    ['business-001.txt'],
    ['000_08b3d2caf78dda72.txt'],
    ['september-11-2001-anniversary.txt'],
    ['2016-13-04_no-such-month.txt'],
    ['2016-1004_mixed-separators.txt'],
    ['id-120161004.txt'],
  ])('reads no date in %s', (file) => {
    expect(findFileNameDate(file)).toBeUndefined();
  });

  it('dates an article from its file name when the text has no date, marked as such', () => {
    const entry = run(LEAD, 'politico_2016-09-26_slug.txt');
    expect([entry?.date, entry?.dateSource]).toEqual(['2016-09-26', 'file-name']);
  });

  it('prefers a date in the text to the one in the file name', () => {
    const entry = run(['Posted: September 12, 2016', '', LEAD].join('\n'), '2016/10/04/slug.txt');
    expect([entry?.date, entry?.dateSource]).toEqual(['2016-09-12', 'header']);
  });
});

describe('an update’s date and a date read two ways', () => {
  it('takes the file name’s date over a date marked as an update', () => {
    const entry = run(
      ['Updated Oct 24, 2017', '', LEAD].join('\n'),
      'huff-post_2016-09-10_slug.txt',
    );
    expect([entry?.date, entry?.dateSource]).toEqual(['2016-09-10', 'file-name']);
  });

  it('keeps an update’s date when the file name has none', () => {
    const entry = run(['Updated Oct 24, 2017', '', LEAD].join('\n'), 'slug.txt');
    expect([entry?.date, entry?.dateSource]).toEqual(['2017-10-24', 'header']);
  });

  it.each([
    // `10/09/16` reads as 9 October; the name, year first, says it was 10 September.
    ['wash-post_2016-09-10_slug.txt', '2016-09-10', 'header'],
    // A name that agrees with neither reading leaves the header's.
    ['wash-post_2016-09-11_slug.txt', '2016-10-09', 'header'],
  ])('settles day and month of `10/09/16` by %s', (file, iso, source) => {
    const entry = run(['By Carol Morello, 10/09/16', '', LEAD].join('\n'), file);
    expect([entry?.date, entry?.dateSource]).toEqual([iso, source]);
  });
});

describe('a printed edition’s date', () => {
  // Blind round 11's replica viewer: the edition is the next morning's paper.
  const EDITION = 'Wednesday, September 21, 2016 · Page B22';

  it('ranks below the file name’s date', () => {
    const entry = run([EDITION, '', LEAD].join('\n'), 'breitbart_2016-09-20_slug.txt');
    expect([entry?.date, entry?.dateSource]).toEqual(['2016-09-20', 'file-name']);
  });

  it('ranks below a published date in the header', () => {
    const entry = run([EDITION, '', 'Posted: September 20, 2016', '', LEAD].join('\n'), 'slug.txt');
    expect([entry?.date, entry?.dateSource]).toEqual(['2016-09-20', 'header']);
  });

  it('is the date when nothing else dates the story', () => {
    const entry = run([EDITION, '', LEAD].join('\n'), 'slug.txt');
    expect([entry?.date, entry?.dateSource]).toEqual(['2016-09-21', 'header']);
  });
});
