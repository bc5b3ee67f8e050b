import { describe, expect, it } from 'vitest';
import { readBioSentence } from '../../../src/pipeline/bio-sentence.ts';
import { processText } from '../../../src/pipeline/process-text.ts';

const run = (text: string) => processText({ text, file: 'x.txt', id: 'x', encoding: 'utf-8' });

// BBC entertainment-304 (verbatim, shortened at sentence ends): a story paragraph about a novelist.
const NOVELIST =
  'She was an established author of love stories when she turned the work-in-progress into a children\'s novel. It was published in 2004, with Paver earning an advance of $5m (£2.8m) - the highest sum ever paid for a debut children\'s book. Paver is currently writing the second book in the series. "Michelle Paver lives and breathes the worlds she writes about," said a spokesman for the author.';

describe('a bio is a sentence about a journalist', () => {
  it.each([
    // BBC tech-396 and tech-167: closing bios, a name, a copula and a journalist's job.
    ['Owain Bennallack is the editor of Develop magazine.', ['Owain Bennallack']],
    [
      'Simon Perry is the editor of the Digital Lifestyles website, which covers the impact of technology on media',
      ['Simon Perry'],
    ],
    // polnear-dev-noisy (generated): a middle initial does not end the first sentence.
    [
      'Ylan Q. Mui is a senior reporter at The Washington Post covering politics. Before joining The Washington Post, Ylan covered Congress and state politics.',
      ['Ylan Q. Mui'],
    ],
    // PolNeAR train: a wire credit names the writer (an author) and the editor (not one).
    ['(Reporting by David Bailey; Editing by Cynthia Osterman.)', ['David Bailey']],
    ['Reporting by David Bailey | Editing by Cynthia Osterman and Matthew Lewis', ['David Bailey']],
    [
      '(Reporting by Amanda Becker in Washington; Writing by Luciana Lopez; Editing by Matthew Lewis.)',
      ['Amanda Becker', 'Luciana Lopez'],
    ],
    // PolNeAR train: helpers are credited, not authors.
    ['(Additional reporting by Kylie MacLellan; Editing by Michael Holden and Gareth Jones.)', []],
    ['Amanda Terkel contributed reporting.', []],
    [
      'Samantha Lachman contributed reporting from Charleston. Ryan Grim reported from Washington, D.C.',
      [],
    ],
  ])('%j names %j', (text, authors) => {
    expect(readBioSentence(text)?.authors).toEqual(authors);
  });

  it.each([
    // PolNeAR train: story sentences about what an outlet or a person reported or wrote.
    'Western Journalism reported recently about a hapless college student referred to on social media as #stickerboy, who was able to get into a Hillary Clinton rally last month in Iowa.',
    'Carly Fiorina wrote on Facebook: “Anyone can turn a multi-million dollar inheritance into more money, but all the money in the world won’t make you as smart as Ben Carson.”',
    // BBC entertainment-304: the subject is a pronoun, and the paragraph quotes someone.
    NOVELIST,
    'Paver is currently writing the second book in the series.',
  ])('%j is not a bio', (text) => {
    expect(readBioSentence(text)).toBeUndefined();
  });

  it('reads the outlet the journalist works for, by its capitalised name', () => {
    expect(readBioSentence('Owain Bennallack is the editor of Develop magazine.')?.outlet).toBe(
      'Develop',
    );
  });

  it('keeps a story paragraph about a writer in the body, with its quote', () => {
    const [e] = run(
      [
        "Paver's Wolf Brother gets film deal",
        '',
        "Michelle Paver's Wolf Brother, a fantasy set 6,000 years ago, is the first in a planned series of six books.",
        '',
        NOVELIST,
      ].join('\n'),
    );
    expect(e!.removed.map((r) => r.reason)).not.toContain('author-bio');
    expect(e!.blocks.at(-1)?.text).toBe(NOVELIST);
    expect(e!.authors).toEqual([]);
    expect(e!.quotes.length).toBeGreaterThan(0);
  });

  it('takes the closing credit out of the body and reads the authors from it', () => {
    // PolNeAR train (shortened): a Reuters story with its credit line last and no byline.
    const [e] = run(
      [
        'Clinton campaign raises $1 billion',
        '',
        'The campaign said on Friday it had raised more money than any before it in the final months of the race.',
        '',
        'The figures were filed with the Federal Election Commission late on Thursday night.',
        '',
        '(Reporting by David Bailey; Editing by Cynthia Osterman.)',
      ].join('\n'),
    );
    expect(e!.removed.find((r) => r.reason === 'author-bio')?.text).toBe(
      '(Reporting by David Bailey; Editing by Cynthia Osterman.)',
    );
    expect(e!.authors).toEqual(['David Bailey']);
    expect(e!.authorsSource).toBe('author-bio');
  });
});
