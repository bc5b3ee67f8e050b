import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/pipeline/process-text.ts';

const run = (text: string) => processText({ text, file: 'x.txt', id: 'x', encoding: 'utf-8' })[0]!;

// A BBC story (business-024), verbatim.
const TITLE = 'US trade gap hits record in 2004';
const LEAD =
  'The gap between US exports and imports hit an all-time high of $671.7bn (£484bn) in 2004, latest figures show.';
const SECOND =
  "The Commerce Department said the trade deficit for all of last year was 24.4% above the previous record - 2003's imbalance of $496.5bn.";
const THIRD =
  'Democrats claim the administration has not done enough to clamp down on unfair foreign trade practices.';

describe('a box set into the story', () => {
  it.each([
    [['Continue Reading', 'Show full articles without "Continue Reading" button for {0} hours.']],
    [['You have 2 free articles remaining.', 'Register for free to keep reading', 'Continue']],
    [
      [
        'Thanks for reading! Subscribe for free to receive new posts.',
        'Type your email… Subscribe',
      ],
    ],
  ])('takes the block %j out of the body', (box) => {
    const entry = run([TITLE, LEAD, SECOND, box.join('\n'), THIRD].join('\n\n'));
    expect(entry.blocks.map((b) => b.text)).toEqual([LEAD, SECOND, THIRD]);
  });

  it('keeps a block of short lines that holds no furniture', () => {
    const lineUp = ['Arsenal v Stoke', 'Man Utd v Exeter'];
    const entry = run([TITLE, LEAD, lineUp.join('\n'), SECOND].join('\n\n'));
    expect(entry.blocks.map((b) => b.text)).toEqual([LEAD, ...lineUp, SECOND]);
  });
});

describe('a sidebar set into the story', () => {
  // The rest of business-024 after the box, so the file parts its paragraphs with blank lines.
  const REST = [
    THIRD,
    'Meanwhile, the Bush administration argues that the US deficit reflects the fact the America is growing at faster rate than the rest of the world, spurring on more demand for imported goods.',
    LEAD,
    SECOND,
  ];
  it.each([
    [['POLLING AVERAGE', 'Clinton 47.2%', 'Trump 38.9%', 'Johnson 5.8%', 'Spread: Clinton +8.3']],
    [
      [
        'Key dates ahead',
        'Feb. 1 — Iowa caucuses',
        'Feb. 9 — New Hampshire primary',
        'March 1 — Super Tuesday',
      ],
    ],
  ])('takes the sidebar %j out of the body', (box) => {
    const entry = run([TITLE, LEAD, SECOND, box.join('\n'), ...REST].join('\n\n'));
    expect(entry.removed.some((r) => /a sidebar/.test(r.detail ?? ''))).toBe(true);
    for (const line of box) expect(entry.blocks.map((b) => b.text)).not.toContain(line);
  });

  it('keeps lines that close a sentence', () => {
    const lines = ['Results', 'Exports rose 3%.', 'Imports rose 5%.', 'The gap widened.'];
    const entry = run([TITLE, LEAD, SECOND, lines.join('\n'), ...REST].join('\n\n'));
    expect(entry.removed.filter((r) => /a sidebar/.test(r.detail ?? ''))).toEqual([]);
  });
});
