import { describe, expect, it } from 'vitest';
import { run, TRADE } from './excerpts.ts';
import { isAnnouncement } from '../../../src/pipeline/plugins/remark-announcements.ts';

// Verbatim BBC paragraphs (business-024).
const { TITLE, GAP, DEMOCRATS } = TRADE;

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
