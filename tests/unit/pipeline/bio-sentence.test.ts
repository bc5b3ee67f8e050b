import { describe, expect, it } from 'vitest';
import { isBioShaped } from '../../../src/pipeline/bio-sentence.ts';
import { readBio } from '../../../src/pipeline/plugins/remark-boilerplate.ts';
import { processText } from '../../../src/pipeline/process-text.ts';

const run = (text: string) => processText({ text, file: 'x.txt', id: 'x', encoding: 'utf-8' });

// BBC entertainment-304 (verbatim, shortened at sentence ends): a story paragraph about a novelist.
const NOVELIST =
  'She was an established author of love stories when she turned the work-in-progress into a children\'s novel. It was published in 2004, with Paver earning an advance of $5m (£2.8m) - the highest sum ever paid for a debut children\'s book. Paver is currently writing the second book in the series. "Michelle Paver lives and breathes the worlds she writes about," said a spokesman for the author.';

describe('a bio is a short line about a named writer', () => {
  it.each([
    // BBC tech-396 and tech-167: real closing bios.
    ['Owain Bennallack is the editor of Develop magazine.', true],
    [
      'Simon Perry is the editor of the Digital Lifestyles website, which covers the impact of technology on media',
      true,
    ],
    // The story's subject as a pronoun, and a quote: story text.
    [NOVELIST, false],
  ])('%j', (text, expected) => {
    const bio = readBio(text);
    expect(Boolean(bio && isBioShaped(text, bio.author))).toBe(expected);
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
});
