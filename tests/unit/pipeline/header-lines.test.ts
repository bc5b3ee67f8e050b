import { describe, expect, it } from 'vitest';
import { readHeaderLine, splitAuthors } from '../../../src/pipeline/plugins/remark-header-lines.ts';
import { processText } from '../../../src/pipeline/process-text.ts';
import { seedText } from '../seeds.ts';

describe('readHeaderLine', () => {
  it('reads the seed 000 metadata line', () => {
    const first = seedText('000').split('\n')[0]!;
    expect(readHeaderLine(first)).toEqual({
      date: '2025-12-04',
      authors: ['Jessie Yeung', 'Svitlana Vlasova'],
    });
  });

  it('reads a date-only metadata line and keeps odd bylines as written', () => {
    expect(readHeaderLine(' date 2016-09-16')).toEqual({ date: '2016-09-16', authors: [] });
    expect(
      readHeaderLine(
        'date 2016-09-19 By JIM RUTENBERG, Oleg Matsnev, Zachary Wichter contributed research.',
      ),
    ).toEqual({
      date: '2016-09-19',
      authors: ['JIM RUTENBERG', 'Oleg Matsnev', 'Zachary Wichter contributed research.'],
    });
  });

  it('reads common byline and date shapes', () => {
    expect(readHeaderLine('By Jessie Yeung | December 4, 2025')).toEqual({
      date: '2025-12-04',
      authors: ['Jessie Yeung'],
    });
    expect(readHeaderLine('By Sean Sullivan and Sari Horwitz')).toEqual({
      date: undefined,
      authors: ['Sean Sullivan', 'Sari Horwitz'],
    });
    expect(readHeaderLine('Published: 4 Dec 2025')?.date).toBe('2025-12-04');
    expect(readHeaderLine('Updated 10:32 AM EST, Thu December 4, 2025')?.date).toBe('2025-12-04');
    expect(readHeaderLine('December 4, 2025')?.date).toBe('2025-12-04');
  });

  it('does not take body text for a header', () => {
    expect(
      readHeaderLine('By Tuesday, the talks had collapsed and both sides went home.'),
    ).toBeUndefined();
    expect(
      readHeaderLine(
        'Putin is set to arrive in New Delhi on Thursday, December 4, 2025, where he will be hosted by Modi.',
      ),
    ).toBeUndefined();
    expect(readHeaderLine('date night was cancelled')).toBeUndefined();
  });

  it('splits author lists on commas and "and"', () => {
    expect(splitAuthors('A, B and C')).toEqual(['A', 'B', 'C']);
  });
});

describe('header lines of other shapes (issue 17)', () => {
  it.each([
    [
      'By JOHN NOLTE, OWEN MCALLISTER AND BENJAMIN TRAN',
      ['John Nolte', 'Owen McAllister', 'Benjamin Tran'],
    ],
    ['BY THOMAS WHITFIELD AND HANNAH SCHULTZ', ['Thomas Whitfield', 'Hannah Schultz']],
    [
      "BY MATTHEW BOYLE, KEVIN O'CONNELL AND SAMUEL ABRAMS",
      ['Matthew Boyle', "Kevin O'Connell", 'Samuel Abrams'],
    ],
    [
      "Posted by Charlie Spiering & Kevin O'Connell on Dec. 2, 2015",
      ['Charlie Spiering', "Kevin O'Connell"],
    ],
    ['Posted by Lee Stranahan on Dec. 4, 2015', ['Lee Stranahan']],
  ])('reads the byline of %j', (line, authors) => {
    expect(readHeaderLine(line)?.authors).toEqual(authors);
  });

  it.each([
    ["Posted by Charlie Spiering & Kevin O'Connell on Dec. 2, 2015", '2015-12-02'],
    ["Posted by Kevin O'Connell on 2016-02-07 01:01", '2016-02-07'],
  ])('reads the date of %j', (line, date) => {
    expect(readHeaderLine(line)?.date).toBe(date);
  });

  it('keeps names written with lower case as written', () => {
    expect(splitAuthors('Jessie Yeung AND Svitlana Vlasova')).toEqual([
      'Jessie Yeung',
      'Svitlana Vlasova',
    ]);
  });
});

describe('header lines of any shape: segments, affiliations, any order (issue 17)', () => {
  it.each([
    ['Updated 10:42 a.m. ET, Tue October 4, 2016', '2016-10-04', []],
    ['Karen Tumulty, The Post Published Dec. 20, 2015', '2015-12-20', ['Karen Tumulty']],
    ['2016-05-06 20:04 | Susan Page', '2016-05-06', ['Susan Page']],
    ['Wednesday 11 May 2016 07.27 EDT | IAN HANCHETT', '2016-05-11', ['Ian Hanchett']],
    ['Posted 03/15/2016 12:15 PM ET | Updated Wednesday 16 March 2016 20.17 EDT', '2016-03-15', []],
    [
      'Jim Tankersley & Lydia DePillis, The Washington Post',
      undefined,
      ['Jim Tankersley', 'Lydia DePillis'],
    ],
    ['Richard Wolf, Special to USA Today', undefined, ['Richard Wolf']],
    ['Dana Milbank | Staff Writer', undefined, ['Dana Milbank']],
    ['By Rick Jervis, USA Today', undefined, ['Rick Jervis']],
    ['By ADAM GOLDMAN, The Washington Post', undefined, ['Adam Goldman']],
  ])('reads %j', (line, date, authors) => {
    const read = readHeaderLine(line);
    expect({ date: read?.date, authors: read?.authors }).toEqual({ date, authors });
  });

  it.each([
    // PolNeAR train body lines and headlines near the top: prose, a signature, a breadcrumb.
    ['Trump, Ryan, pledge to work together; endorsement may come.'],
    ['Kathryn Kates.'],
    ['News » U.S. » Politics'],
    ['Photo: Reuters/Samuel Abrams'],
    ['Twitter: @portereduardo'],
    ['6:01 p.m.'],
  ])('does not take %j for a header line', (line) => {
    expect(readHeaderLine(line)).toBeUndefined();
  });
});

describe('bylines with any marker, dates with times and notes (issue 17)', () => {
  // Header lines written by the blind-noise generator (tests/tools/make-blind-noise.mjs).
  it.each([
    ['By Ron Nixon (@rnixon)', undefined, ['Ron Nixon']],
    ['Story by MARIA DELGADO • Breitbart News', undefined, ['Maria Delgado']],
    ['Reporting by DANIEL OKAFOR / ELENA PETROVA', undefined, ['Daniel Okafor', 'Elena Petrova']],
    [
      'Authors: Amy Chozick and Julie Hirschfeld Davis',
      undefined,
      ['Amy Chozick', 'Julie Hirschfeld Davis'],
    ],
    [
      'Contributors: Eduardo Porter, and Hannah Schultz',
      undefined,
      ['Eduardo Porter', 'Hannah Schultz'],
    ],
    ['Written by Azi Paybarah', undefined, ['Azi Paybarah']],
    ['Mark Landler – SEPTEMBER 25, 2016 / 01:34 PM', '2016-09-25', ['Mark Landler']],
    ['Nick Gass · 2016-09-16T01:27:54-04:00 · 8 min read', '2016-09-16', ['Nick Gass']],
    [
      'AARON KALL, AND GRACE LIU · SEP 23 2016, 2:56 pm · 9 min read',
      '2016-09-23',
      ['Aaron Kall', 'Grace Liu'],
    ],
    ['SEPTEMBER 27, 2016 / 02:07 PM (updated)', '2016-09-27', []],
    ['Last modified on SEPTEMBER 24, 2016 / 07:57 PM', '2016-09-24', []],
    [
      'Thomas Whitfield, WJ Published Wednesday 14 September 2016 21.10 EDT',
      '2016-09-14',
      ['Thomas Whitfield'],
    ],
  ])('reads %j', (line, date, authors) => {
    const read = readHeaderLine(line);
    expect({ date: read?.date, authors: read?.authors }).toEqual({ date, authors });
  });

  it.each([
    // A photo credit and a tag list are not bylines; a time alone is not a date.
    ['Photo by Azi Paybarah'],
    ['Categories: Debates, Donald Trump, Campaign Finance, Hillary Clinton'],
    ['Email: fredreka.schouten@usatoday.com'],
    ['02:07 PM'],
  ])('does not take %j for a header line', (line) => {
    expect(readHeaderLine(line)).toBeUndefined();
  });

  const lead =
    'Secrecy is not a stranger when it comes to Hillary Clinton’s health issues, the Democratic presidential candidate’s former doctor maintains.';
  it.each([
    [['SEP 10 2016, 1:16 am', 'Michael Haltzel', 'The Huffington Post'], ['Michael Haltzel'], 3],
    [['Credit: Owen McAllister/Politico', 'NANCY COOK', 'Political Reporter'], ['Nancy Cook'], 2],
    [['SEP 10 2016, 1:16 am', 'ABSTRACT.'], [], 1],
  ])('reads the header run %j by its neighbours', (header, authors, removed) => {
    const text = ['Trump’s East European Achilles Heel.', ...header, lead].join('\n\n');
    const [entry] = processText({ text, file: 'x.txt', id: 'x', encoding: 'utf-8' });
    expect(entry!.authors).toEqual(authors);
    expect(entry!.removed.filter((r) => r.reason === 'metadata-line')).toHaveLength(removed);
    expect(entry!.blocks.at(-1)?.text).toBe(lead);
  });
});

describe('bylines opened by a label of the piece, an export field or emphasis (issue 17)', () => {
  it.each([
    ['News analysis by Max Greenwood', ['Max Greenwood']],
    ['Perspective by Andy Campbell', ['Andy Campbell']],
    ['Commentary by Josh Gerstein, Politico', ['Josh Gerstein']],
    ['Fact check by Pam Key, Breitbart News', ['Pam Key']],
    ['Analysis by Michael Corkery and Michael Wines', ['Michael Corkery', 'Michael Wines']],
    ['BY By Dan Riehl', ['Dan Riehl']],
    ['BYLINE: By David Jackson', ['David Jackson']],
    ['*By Charlie Spiering*', ['Charlie Spiering']],
    ['__By Susan Page__', ['Susan Page']],
  ])('reads %j', (line, authors) => {
    expect(readHeaderLine(line)).toEqual({ date: undefined, authors });
  });

  it.each([
    // Another act than writing, or a picture's credit.
    ['Edited by Jane Roe'],
    ['Sponsored by Acme Bank'],
    ['Paid for by Hillary for America'],
    ['Photographs by Jane Roe'],
    ['Video by Jane Roe'],
    ['Fact-checked by Jane Roe'],
    ['Supported by the Knight Foundation'],
    // Emphasis around a sentence is not a header.
    ['*Read more about the race*'],
  ])('does not take %j for a byline', (line) => {
    expect(readHeaderLine(line)).toBeUndefined();
  });
});

describe('published and updated dates on lines of their own (issue 17)', () => {
  const LEAD =
    'Republican presidential nominee Donald Trump on Monday called for an investigation into the leak.';
  it.each([
    [['Last updated: September 13, 2016', 'Posted: September 12, 2016'], '2016-09-12'],
    [
      ['Modified: Sat 17 Sep 2016 10:48 EDT', 'First published on Fri 16 Sep 2016 09:34 EDT'],
      '2016-09-16',
    ],
    [['Published: October 3, 2016', 'Updated: October 4, 2016'], '2016-10-03'],
    [['Updated 10:42 a.m. ET, Tue October 4, 2016'], '2016-10-04'],
  ])('the published date is the article’s: %j', (lines, date) => {
    const [entry] = processText({
      text: [...lines, '', LEAD].join('\n'),
      file: 'x.txt',
      id: 'x',
      encoding: 'utf-8',
    });
    expect([entry?.date, entry?.dateSource]).toEqual([date, 'header']);
  });
});

describe('bylines in other languages, surname first, and below a page’s chrome (issue 17)', () => {
  // PolNeAR train writers; the line shapes are those of export tools and foreign-language pages.
  it.each([
    ['Von Charlie Spiering | 20.09.2016, 10:44 Uhr', ['Charlie Spiering']],
    ['Por Fredreka Schouten y Christopher Schnaars', ['Fredreka Schouten', 'Christopher Schnaars']],
    ['di Mark Landler e Noah Weiland', ['Mark Landler', 'Noah Weiland']],
    ['Author: Davis, Julie Hirschfeld; Landler, Mark', ['Julie Hirschfeld Davis', 'Mark Landler']],
    ['By CHENEY, KYLE', ['Kyle Cheney']],
    ['Creator: GRAY, EMMA', ['Emma Gray']],
    ['By Ylan Q. Mui For Washington Post', ['Ylan Q. Mui']],
  ])('reads %j', (line, authors) => {
    expect(readHeaderLine(line)?.authors).toEqual(authors);
  });

  it.each([
    // A protocol's date field, `Par` in a sentence.
    ['WARC-Date: 2016-12-14T07:23:32Z'],
    ['Par for the course'],
  ])('does not read %j as a header line', (line) => {
    expect(readHeaderLine(line)?.authors ?? []).toEqual([]);
    expect(readHeaderLine(line)?.date).toBeUndefined();
  });

  it('finds the byline below more than six lines of page chrome, above the lead', () => {
    const chrome = ['Text size', 'A A A', 'Select Language ▼', 'Powered by Google Translate'];
    const lines = [
      ...chrome,
      'Shared from the POLITICO app',
      'Flynn says Trump absolutely right in saying generals reduced to rubble',
      'Market Snapshot',
      'By Nick Gass',
      'Retired Lt. Gen. Michael Flynn said Donald Trump was absolutely right when he said Wednesday night that the nation’s generals had been reduced to rubble.',
      'Flynn spoke on Thursday.',
    ];
    const [entry] = processText({
      text: lines.join('\n\n'),
      file: 'x.txt',
      id: 'x',
      encoding: 'utf-8',
    });
    expect(entry?.authors).toEqual(['Nick Gass']);
  });
});

describe('a dateline on a line of its own', () => {
  // Datelines of PolNeAR train leads, set on their own line as pages print them.
  it.each([
    ['TRENTON, N.J. (AP) —', undefined],
    ['WASHINGTON, June 24 (UPI) —', undefined],
    ['WASHINGTON (Reuters) - Friday, June 24', undefined],
    ['📍 Trenton, N.J. · Wednesday, March 2, 2016', '2016-03-02'],
    ['Dateline: TRENTON, N.J. | MARCH 2, 2016', '2016-03-02'],
  ])('is a header line: %s', (line, date) => {
    expect(readHeaderLine(line)).toEqual(date ? { date, authors: [] } : { authors: [] });
  });

  it.each([
    // A place alone is a headline or a label, and a lead opened by a dateline is the lead.
    ['Trenton, N.J.'],
    ['NEW YORK'],
    ['Wednesday, March 2'],
    [
      'TRENTON, N.J. (AP) — Was that really Chris Christie, the brusque, take-a-back-seat-to-no-one governor of New Jersey?',
    ],
  ])('is not a header line: %s', (line) => {
    expect(readHeaderLine(line)).toBeUndefined();
  });

  it('leaves the lead under it whole', () => {
    const [entry] = processText({
      text: [
        'Christie’s shell-shocked look stirs mockery, befuddlement.',
        'TRENTON, N.J. (AP) —',
        'Was that really Chris Christie, the brusque, take-a-back-seat-to-no-one governor of New Jersey?',
        'Christie’s seemingly shell-shocked gaze as he stood behind Donald Trump on Super Tuesday is generating befuddlement and mockery in his home state and beyond.',
      ].join('\n\n'),
      file: 'x.txt',
      id: 'x',
      encoding: 'utf-8',
    });
    expect(entry!.blocks[0]!.text).toMatch(/^Was that really Chris Christie/);
    expect(entry!.removed).toContainEqual({
      text: 'TRENTON, N.J. (AP) —',
      reason: 'metadata-line',
    });
  });
});

describe('bylines with a job, a site address or a count', () => {
  // A PolNeAR train writer (huff-post) with the jobs and furniture scraped pages set beside a byline.
  it.each([
    ['By Amanda Terkel, Senior Political Reporter', ['Amanda Terkel']],
    ['By Amanda Terkel, Congressional Correspondent', ['Amanda Terkel']],
    ['huffingtonpost.com · by Amanda Terkel · 6 min', ['Amanda Terkel']],
  ])('reads %j', (line, authors) => {
    expect(readHeaderLine(line)?.authors).toEqual(authors);
  });

  it.each([['politico.com'], ['6 min read']])('needs a byline or a date: %j', (line) => {
    expect(readHeaderLine(line)).toBeUndefined();
  });
});

describe('bylines with icons, a place, a bracketed outlet, surname first (round 10)', () => {
  // PolNeAR train writers, in the header shapes of clipped and scraped pages.
  it.each([
    ['👤 Amanda Terkel  🕒 March 16, 2016  💬 226', ['Amanda Terkel'], '2016-03-16'],
    ['🖊️ Ryan Grim | 🏷️ Politics | 👁 71,123', ['Ryan Grim'], undefined],
    ['✍️ Kyle Cheney & Pam Key', ['Kyle Cheney', 'Pam Key'], undefined],
    ['By Ryan Grim in Des Moines', ['Ryan Grim'], undefined],
    ['Kyle Cheney reporting from Philadelphia', ['Kyle Cheney'], undefined],
    ['Cheney, Kyle (POLITICO)', ['Kyle Cheney'], undefined],
    ['Grim, Ryan (HuffPost)', ['Ryan Grim'], undefined],
    ['By: CHENEY, KYLE', ['Kyle Cheney'], undefined],
  ])('reads %j', (line, authors, date) => {
    const read = readHeaderLine(line);
    expect(read?.authors).toEqual(authors);
    expect(read?.date).toBe(date);
  });
});

describe('dates of the copy, not the article (date-act.ts)', () => {
  it.each([
    ['Created: 02/01/2017 06:18 PM'],
    ['Saved to Notebook "Research" on Feb 3, 2017'],
    ['Clipping added by OhioSwing on Jun 20, 2023'],
  ])('takes the line without its date: %j', (line) => {
    expect(readHeaderLine(line)).toEqual({ authors: [] });
  });

  it.each([
    ['First published on Tue 1 Feb 2016 01.11 GMT', '2016-02-01'],
    ['Last modified on Tue 2 Feb 2016', '2016-02-02'],
    ['📅 04.02.2016', '2016-02-04'],
  ])('reads the article’s date: %j', (line, date) => {
    expect(readHeaderLine(line)?.date).toBe(date);
  });
});
