import { describe, expect, it } from 'vitest';
import { isAnnouncement } from '../../../src/pipeline/plugins/remark-announcements.ts';
import { processText } from '../../../src/pipeline/process-text.ts';

const run = (text: string) => processText({ text, file: 'x.txt', id: 'x', encoding: 'utf-8' })[0]!;

// Verbatim BBC paragraphs (business-024).
const TITLE = 'US trade gap hits record in 2004';
const GAP =
  'The gap between US exports and imports hit an all-time high of $671.7bn (£484bn) in 2004, latest figures show.';
const DEMOCRATS =
  "Democrats claim the administration has not done enough to clamp down on unfair foreign trade practices. For example, they believe China's currency policy - which US manufacturers claim has undervalued the yuan by as much as 40% - has given China's rapidly expanding economy an unfair advantage against US competitors.";

describe("a screen reader's transcript", () => {
  it.each([
    ['navigation landmark'],
    ['out of main landmark'],
    ['list with 8 items'],
    ['heading level 1'],
    ['link Terms of Service'],
    ['graphic The Commerce Department building in Washington'],
  ])('announces %j', (line) => {
    expect(isAnnouncement(line)).toBe(true);
  });

  it.each([
    // A BBC line of one word in lower case, and text.
    ['beat'],
    [GAP],
    ['eBay shares fall'],
  ])('does not announce %j', (line) => {
    expect(isAnnouncement(line)).toBe(false);
  });

  it('takes the announcements out of the page and finds the headline under them', () => {
    const entry = run(
      [
        'banner landmark',
        'link BBC News',
        'navigation landmark',
        'link Business',
        'out of list',
        'main landmark',
        TITLE,
        GAP,
        DEMOCRATS,
        'content info landmark',
        'link Terms of Use',
      ].join('\n\n'),
    );
    expect(entry.title).toBe(TITLE);
    expect(entry.blocks.map((b) => b.text)).toEqual([GAP, DEMOCRATS]);
  });

  // `agent provocateur` has the form (a BBC line in lower case): one such line is no transcript.
  it('leaves a page with one or two such lines alone', () => {
    const entry = run([TITLE, GAP, 'agent provocateur', DEMOCRATS].join('\n\n'));
    expect(entry.blocks.map((b) => b.text)).toEqual([GAP, 'agent provocateur', DEMOCRATS]);
  });
});
