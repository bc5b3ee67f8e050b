import { describe, expect, it } from 'vitest';
import { isLabel, linkListEndingAt } from '../../../src/pipeline/link-list.ts';

// Closing lines from the blind-noise generators (tests/tools/make-blind-noise*.mjs) and BBC.
const LAST_BODY_LINE =
  '"If it doesn\'t have the capability to threaten its neighbors with nuclear weapons yet, it will at some point," said James Acton.';

describe('a list of links under a label', () => {
  it.each([
    [
      [
        'Trending Now',
        'Early voting begins in key battleground states',
        'Analysis: The electoral map is shifting',
      ],
      'headlines',
    ],
    [
      [
        "Don't Miss",
        'Charlotte struggles to return to normal after shooting.',
        "Examining the U.N.'s Record on Urgent Global Challenges.",
        'Clinton Campaign Reportedly Scrambling For Black Voter Turnout In Florida.',
      ],
      'headlines',
    ],
    [
      [
        'Popular on POLITICO',
        'Clinton Plan for Taxes Is Expansive but Complex.',
        'Visa Program Up for Renewal Amid Allegations of Fraud.',
        'Mixed messages on Trump leave plan.',
      ],
      'headlines',
    ],
    [
      [
        'Related Coverage:',
        "- What to watch in Sunday's town hall debate…\n- Record spending floods the Senate races",
      ],
      'headlines',
    ],
    [['Filed under:', 'National Security', 'Foreign Policy', 'Taxes', 'Barack Obama'], 'topics'],
    [['Share this:', 'Facebook', 'Twitter', 'Email', 'Print'], 'topics'],
    [['Share:', 'WhatsApp', 'Messenger', 'Copy link'], 'topics'],
  ])('reads %j as %s', (lines, kind) => {
    const texts = [LAST_BODY_LINE, ...lines];
    const list = linkListEndingAt(texts, texts.length - 1);
    expect(list).toMatchObject({ label: 1, kind });
  });

  it.each([
    // BBC sport-190: a fixture list, one line said under each group.
    [
      [
        'Seychelles v South Africa',
        'Mauritius v Madagascar',
        'Winners meet in final match',
        'Mozambique v Zimbabwe',
        'Namibia v Botswana',
        'Winners meet in final match',
      ],
    ],
    // BBC entertainment-201: nominees under a category have no verb and no label alone on a line.
    [['Best comedy', 'Little Britain (BBC Three)', 'Doc Martin (Buffalo Productions, ITV1)']],
    // A label that introduces a quotation (PolNeAR), and names under a label without a colon.
    [
      [
        'The governor added:',
        '“We will not back down from this fight, not now and not ever.”',
        '“Never.”',
      ],
    ],
    [['Playing colours', 'All black', 'Silver fern']],
    // The story's own short closing paragraphs: two sentences are not a link.
    [
      [
        'What next',
        'The case resumes on Monday. Both men deny the charges.',
        'The hearing is expected to last a week.',
      ],
    ],
  ])('does not read %j as a link list', (lines) => {
    const texts = [LAST_BODY_LINE, ...lines];
    expect(linkListEndingAt(texts, texts.length - 1)).toBeNull();
  });

  it.each([
    ['Related Coverage:', true],
    ['Trending Now', true],
    ['What to read next', true],
    ['The case resumes on Monday.', false],
    ['Is this the end?', false],
    ['- What to watch in Sunday’s town hall debate', false],
    ['but not in lower case', false],
  ])('label %j: %s', (line, expected) => {
    expect(isLabel(line)).toBe(expected);
  });
});
