import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/pipeline/process-text.ts';

const run = (lines: string[]) =>
  processText({ text: lines.join('\n\n'), file: 'x.txt', id: 'x', encoding: 'utf-8' })[0]!;

// A BBC story (tech-003), verbatim, and closing runs from the blind-noise generator and BBC.
const STORY = [
  'Microsoft seeking spyware trojan',
  "Microsoft is investigating a trojan program that attempts to switch off the firm's anti-spyware software.",
  'The spyware tool was only released by Microsoft in the last few weeks and has been downloaded by six million people.',
  "It may also try to steal online banking passwords or other personal information by tracking users' keystrokes.",
];

describe('the closing run after the body’s last sentence', () => {
  it.each([
    [['Leave a comment']],
    [['Text size', 'Bookmark this story', 'Western Journalism © 2016']],
    [['Show Comments (455)', 'Turn on notifications from POLITICO']],
    [['Categories: Debates, Donald Trump, Campaign Finance', 'Email: brian.faler@politico.com']],
  ])('removes %j as one run, with its evidence', (closing) => {
    const entry = run([...STORY, ...closing]);
    expect(entry.blocks.map((b) => b.text)).toEqual(STORY.slice(1));
    for (const piece of entry.removed) {
      expect(piece.reason).toBe('boilerplate-line');
      expect(piece.detail).toMatch(/run after the body's last sentence, \d of them page furniture/);
    }
    expect(entry.removed).toHaveLength(closing.length);
  });

  it.each([
    // BBC endings that are not prose and hold no furniture (sport-104, entertainment-201).
    [['(after extra-time - score at 90 mins 1-1)', '78,000', 'S Bennett (Kent).']],
    [['The Simpsons (Twentieth Century Fox, BBC Two/Sky One/Channel 4)', 'School Of Rock']],
  ])('keeps %j', (closing) => {
    const entry = run([...STORY, ...closing]);
    expect(entry.blocks.map((b) => b.text)).toEqual([...STORY.slice(1), ...closing]);
    expect(entry.removed).toEqual([]);
  });

  it('leaves a file with no sentence of prose alone', () => {
    const entry = run(['Menu', 'Leave a comment', 'Text size']);
    expect(entry.removed.filter((r) => /run after the body/.test(r.detail ?? ''))).toEqual([]);
  });

  it.each([
    [
      [
        'Related Coverage:',
        "- What to watch in Sunday's town hall debate…\n- Record spending floods the Senate races",
      ],
    ],
    [['Topics:', 'White House', 'Foreign Policy', 'Mike Pence']],
    [
      [
        'Popular on HuffPost',
        "Flight attendants' union endorses Clinton.",
        'The Latest: Trump’s leaked taxes not from Connecticut.',
      ],
    ],
  ])('removes the link list %j under a label with its evidence', (closing) => {
    const entry = run([...STORY, ...closing]);
    expect(entry.blocks.map((b) => b.text)).toEqual(STORY.slice(1));
    expect(entry.removed.map((r) => r.text)).toEqual(closing);
    for (const piece of entry.removed)
      expect(piece.detail).toMatch(
        /^a list of \d (headlines|topics) under the label “.+” at the end/,
      );
  });

  it('takes a link list alone, not the lines above it that hold no furniture', () => {
    // PolNeAR HuffPost's editor's note, broken into lines, above a list of links.
    const note = ['Editor’s note: Donald Trump regularly', 'incites', 'entering the U.S.'];
    const links = [
      'Popular on HuffPost',
      "Flight attendants' union endorses Clinton.",
      'The Latest: Trump’s leaked taxes not from Connecticut.',
    ];
    const entry = run([...STORY, ...note, ...links]);
    expect(entry.blocks.map((b) => b.text)).toEqual([...STORY.slice(1), ...note]);
    expect(entry.removed.map((r) => r.text)).toEqual(links);
  });

  it.each([
    // PolNeAR train, verbatim closing lines: a note about the article and a credit.
    [['This story has been updated to include comments from Clark and from the Clinton campaign.']],
    [['Alex Isenstadt contributed to this story.']],
    [['(Reporting by David Bailey; Editing by Cynthia Osterman.)', 'Western Journalism © 2016']],
  ])('takes the notes and credits %j after the last sentence', (closing) => {
    const entry = run([...STORY, ...closing]);
    expect(entry.blocks.map((b) => b.text)).toEqual(STORY.slice(1));
    expect(entry.removed.map((r) => r.text)).toEqual(closing);
  });

  it('reads the authors from a closing credit when there is no byline', () => {
    const entry = run([...STORY, '(Reporting by David Bailey; Editing by Cynthia Osterman.)']);
    expect(entry.removed[0]?.reason).toBe('author-bio');
    expect(entry.removed[0]?.detail).toMatch(/a sentence about a journalist/);
    expect(entry.authors).toEqual(['David Bailey']);
  });

  it('takes a run of five or more short labels after the last sentence: a site’s menu', () => {
    const menu = [
      'SERVICES',
      'Subscriber Services',
      'e-Edition',
      'Archives',
      'Site Map',
      'RSS Feeds',
    ];
    const entry = run([...STORY, ...menu]);
    expect(entry.blocks.map((b) => b.text)).toEqual(STORY.slice(1));
    expect(entry.removed[0]?.detail).toBe(
      "a run of 6 short labels after the body's last sentence: a menu or a site's footer",
    );
  });

  it('keeps four short lines after the last sentence, as a BBC stat table (sport-179)', () => {
    const table = ['16th PREM', 'WINNERS (six times)', '13th Championship', 'WINNERS (once)'];
    const entry = run([...STORY, ...table]);
    expect(entry.blocks.map((b) => b.text)).toEqual([...STORY.slice(1), ...table]);
  });

  it('takes a menu’s label with it (blind round 4)', () => {
    const tags = [
      'TAGS:',
      'White House',
      'Taxes',
      'Foreign Policy',
      'National Security',
      'Elections',
    ];
    const entry = run([...STORY, ...tags]);
    expect(entry.blocks.map((b) => b.text)).toEqual(STORY.slice(1));
    expect(entry.removed.map((r) => r.text)).toEqual(tags);
  });

  it('keeps a fixture’s header above the lead: it holds a day and a time (BBC sport-180)', () => {
    const fixture = [
      'Brentford v Southampton',
      'Griffin Park',
      'Tuesday, 1 March',
      '1945 GMT',
      'Barry Knight (Kent)',
    ];
    const entry = run([...fixture, ...STORY.slice(1)]);
    expect(entry.title).toBe('Brentford v Southampton');
    expect(entry.removed).toEqual([]);
  });

  it.each([
    [['Story: Carolina Moreno, Huffington Post'], ['Carolina Moreno']],
    [
      ['By Mark Landler & Noah Weiland', 'The New York Times'],
      ['Mark Landler', 'Noah Weiland'],
    ],
    [['Words: Michael Birnbaum | Pictures: Marcus Gallagher'], ['Michael Birnbaum']],
  ])('reads a byline signing the story at its end: %j', (closing, authors) => {
    const entry = run([...STORY, ...closing]);
    expect(entry.blocks.map((b) => b.text)).toEqual(STORY.slice(1));
    expect(entry.authors).toEqual(authors);
  });

  it('reads the writer of a list of their stories under the story, with the dates', () => {
    // The rest of tech-003 and business-024: the list sits is past the header zone.
    const rest = [
      "Microsoft said in a statement it is investigating what it called a criminal attack on its software. Earlier this week, Microsoft said it would buy anti-virus software maker Sybari Software to improve its security in its Windows and e-mail software. Microsoft has said it plans to offer its own paid-for anti-virus software but it has not yet set a date for its release. The anti-spyware program being targeted is currently only in beta form and aims to help users find and remove spyware - programs which monitor internet use, causes advert pop-ups and slow a PC's performance.",
      'The gap between US exports and imports hit an all-time high of $671.7bn (£484bn) in 2004, latest figures show.',
      "The Commerce Department said the trade deficit for all of last year was 24.4% above the previous record - 2003's imbalance of $496.5bn. The deficit with China, up 30.5% at $162bn, was the largest ever recorded with a single country. However, on a monthly basis the US trade gap narrowed by 4.9% in December to £56.4bn. The US consumer's appetite for all things from oil to imported cars, and even wine and cheese, reached record levels last year and the figures are likely to spark fresh criticism of President Bush's economic policies.",
      "Democrats claim the administration has not done enough to clamp down on unfair foreign trade practices. For example, they believe China's currency policy - which US manufacturers claim has undervalued the yuan by as much as 40% - has given China's rapidly expanding economy an unfair advantage against US competitors.",
      'Meanwhile, the Bush administration argues that the US deficit reflects the fact the America is growing at faster rate than the rest of the world, spurring on more demand for imported goods. Some economists say this may allow an upward revision of US economic growth in the fourth quarter. But others point out that the deficit has reached such astronomical proportions that foreigners many choose not to hold as many dollar-denominated assets, which may in turn harm growth. For all of 2004, US exports rose 12.3% to $1.15 trillion, but imports rose even faster by 16.3% to a new record of $1.76 trillion. Foreign oil exports surged by 35.7% to a record $180.7bn, reflecting the rally in global oil prices and increasing domestic demand. Imports were not affected by the dollar\'s weakness last year. "We expect the deficit to continue to widen in 2005 even if the dollar gets back to its downward trend," said economist Marie-Pierre Ripert at IXIS.',
    ];
    const page = [
      'NANCY COOK',
      'Analysis: The debate nobody prepared for',
      'Sept. 11, 2016',
      'What happens if the election is a tie?',
      'Sept. 3, 2016',
      'See all articles',
    ];
    const entry = run([...STORY, ...rest, ...page]);
    expect(entry.blocks.map((b) => b.text)).toEqual([...STORY.slice(1), ...rest]);
    expect(entry.authors).toEqual(['Nancy Cook']);
  });
});
