import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/pipeline/process-text.ts';
import { buildVocabulary } from '../../../src/pipeline/vocabulary.ts';

const run = (lines: string[]) =>
  processText({ text: lines.join('\n\n'), file: 'x.txt', id: 'x', encoding: 'utf-8' })[0]!;

// A PolNeAR train headline and lead (wash-post), with navigation from the blind-noise generator.
const HEADLINE = "Burma leader's visit to Washington marks a bipartisan success story.";
const LEAD =
  'Aung San Suu Kyi, the Nobel laureate who leads Burma’s new civilian government, met President Obama at the White House on Wednesday, a visit that both parties in Congress welcomed as a sign of progress.';
const SECOND =
  'The visit capped a remarkable turn for a country that was ruled by a military junta for nearly half a century.';

describe('the opening zone above the headline', () => {
  it.each([
    [['THE FIX'], 'a label over the headline'],
    [['Campaign 2016'], 'a label over the headline'],
    [['Home :: Elections :: President'], 'a breadcrumb'],
    [['Politics · 2016 Election'], 'a breadcrumb'],
    [['News › U.S. › Congress'], 'a breadcrumb'],
    [['You are here: Home » Education » 2016 Election'], 'a breadcrumb'],
  ])('takes %j off the top, and the headline is the title', (top, why) => {
    const entry = run([...top, HEADLINE, LEAD, SECOND]);
    expect(entry.title).toBe(HEADLINE);
    expect(entry.removed).toContainEqual({
      text: top[0],
      reason: 'boilerplate-line',
      detail: `above the headline: ${why}`,
    });
  });

  it('takes a run of one-word navigation labels off the top', () => {
    const entry = run(['Menu', 'Search', 'Sections', HEADLINE, LEAD, SECOND]);
    expect(entry.title).toBe(HEADLINE);
    expect(entry.removed.map((r) => r.text)).toEqual(['Menu', 'Search', 'Sections']);
  });

  it.each([
    // BBC headlines (sport-199, sport-296) stay whole: a short headline over its lead, and a
    // dash that names the speaker.
    ['Chelsea sack Mutu', 'Chelsea have sacked Adrian Mutu after he failed a drugs test.'],
    [
      'Fear will help France - Laporte',
      'France coach Bernard Laporte believes his team will be scared going into their game with England on Sunday, but claims it will work in their favour.',
    ],
  ])('keeps the BBC headline %j', (headline, lead) => {
    const entry = run([headline, lead, SECOND]);
    expect(entry.title).toBe(headline);
    expect(entry.removed).toEqual([]);
  });
});

describe('a banner over the page', () => {
  it.each([
    [['Read in the app', 'Open', 'Continue in browser']],
    [['The Weekly Wonk', 'Subscribe']],
    [['VOTERS SPEAK', 'PART 1 OF 3']],
    [['Install our app for a better experience ×', 'Not now']],
  ])('takes the block %j off the top', (banner) => {
    const entry = run([banner.join('\n'), HEADLINE, LEAD, SECOND]);
    expect(entry.title).toBe(HEADLINE);
    expect(entry.removed.map((r) => r.text)).toEqual(banner);
  });

  it('keeps a headline over its dek, with no blank line between them', () => {
    const entry = run([`${HEADLINE}\n${SECOND}`, LEAD]);
    expect(entry.title).toBe(HEADLINE);
    expect(entry.removed.filter((r) => r.reason === 'boilerplate-line')).toEqual([]);
  });

  it('never takes the headline for a banner when header lines below it were taken out', () => {
    // A library export's record under the headline (blind round 8): the header lines go first,
    // and the headline must not then read as one block with the record's fields.
    const text = [
      'A- | A | A+',
      HEADLINE,
      'Date of publication: WED MAY 25 2016',
      'Author: Kessler, Glenn\nPublication info: Washington Post; 25 May 2016: A.1.\nFull Text:',
      LEAD,
      SECOND,
    ].join('\n\n');
    const entry = processText({ text, file: 'x.txt', id: 'x', encoding: 'utf-8' })[0]!;
    expect(entry.title).toBe(HEADLINE);
  });
});

describe('lines about the copy above the headline (provenance-line.ts)', () => {
  it.each([
    ['Clipped from: https://www.washingtonpost.com/politics/burma/', 'a web address'],
    ['[18/05/2016, 13:06:00] Ellis Webb: Forwarded', 'a time of day'],
    ['Joanna Park  8:07 AM', 'a time of day'],
    ['The Washington Post from Washington, D.C. • Page A6', 'a page of the printed paper'],
    ['Clipped by KatieInKC • Jun 27, 2023', 'the date the copy was clipped'],
  ])('takes %j off the top', (line, why) => {
    const entry = run([line, HEADLINE, LEAD, SECOND]);
    expect(entry.title).toBe(HEADLINE);
    expect(entry.removed.find((r) => r.text === line)?.detail).toContain(why);
  });

  it.each([
    [`${HEADLINE.replace(/\.$/, '')} - The Washington Post`],
    [`The Washington Post: ${HEADLINE.replace(/\.$/, '')}`],
    [`${HEADLINE.replace(/\.$/, '')} (The Washington Post)`],
  ])('takes the window title %j over the headline', (line) => {
    const entry = run([line, HEADLINE, LEAD, SECOND]);
    expect(entry.title).toBe(HEADLINE);
    expect(entry.removed.find((r) => r.text === line)?.detail).toContain('a window’s title');
  });

  it.each([['[BREAKING] '], ['LIVE: '], ['▶ LIVE · ']])(
    'takes the label %j off the headline',
    (label) => {
      const entry = run([`${label}${HEADLINE}`, LEAD, SECOND]);
      expect(entry.title).toBe(HEADLINE);
      expect(entry.removed).toContainEqual({
        text: label.trim(),
        reason: 'boilerplate-line',
        detail: 'a label opening the headline',
      });
    },
  );

  it('keeps a name in capitals opening the headline', () => {
    const headline = 'FBI: Clinton aides were given immunity deals in email probe';
    expect(run([headline, LEAD, SECOND]).title).toBe(headline);
  });
});

describe('a line not in the corpus’s language', () => {
  // A BBC story (verbatim) over and over: a corpus big enough to know its language.
  const TITLE = 'Ad sales boost Time Warner profit';
  const LEAD =
    'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.';
  const NEXT =
    'The firm, which is now one of the biggest investors in Google, benefited from sales of high-speed internet connections and higher advert sales.';
  const vocabulary = buildVocabulary(
    Array.from({ length: 600 }, () => [TITLE, LEAD, NEXT].join('\n\n')),
  );
  const read = (top: string) =>
    processText({
      text: [top, TITLE, LEAD, NEXT].join('\n\n'),
      file: 'a.txt',
      id: 'a',
      encoding: 'utf-8',
      vocabulary,
    })[0]!;

  it('takes a consent wall in Polish off the top, with its evidence', () => {
    const wall = 'Zaakceptuj pliki cookie lub wykup subskrypcję, aby czytać bez reklam.';
    const entry = read(wall);
    expect(entry.title).toBe(TITLE);
    expect(entry.removed.find((r) => r.text === wall)?.detail).toMatch(
      /^above the headline: a line not in the corpus’s language \(10 of 10 words/u,
    );
  });

  it('keeps an English line of rare words', () => {
    const line = 'Quarterly profits at the media giant jumped';
    expect(read(line).removed.map((r) => r.text)).not.toContain(line);
  });
});
