import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/pipeline/process-text.ts';
import { buildVocabulary } from '../../../src/pipeline/vocabulary.ts';

// Three BBC stories (title, lead, second line), verbatim.
const STORIES = [
  [
    'Ad sales boost Time Warner profit',
    'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months to December, from $639m year-earlier.',
  ],
  [
    'Watchdog probes e-mail deletions',
    'The information commissioner says he is urgently asking for details of Cabinet Office orders telling staff to delete e-mails more than three months old.',
  ],
  [
    'Microsoft seeking spyware trojan',
    "Microsoft is investigating a trojan program that attempts to switch off the firm's anti-spyware software.",
  ],
] as const;
const SHARED_PROSE =
  "It may also try to steal online banking passwords or other personal information by tracking users' keystrokes.";
const OWN_CLOSE = [
  'The firm said it was looking at the figures again.',
  'Mr Thomas said he would ask the Cabinet Office for more details next week.',
  'Microsoft said it had updated its software to deal with the program.',
];

/** One corpus of three files, each story with the lines given around it. */
function corpus(lines: (i: number) => { top?: string[]; middle?: string[]; bottom?: string[] }) {
  const texts = STORIES.map(([title, lead], i) => {
    const { top = [], middle = [], bottom = [] } = lines(i);
    return [title, ...top, lead, ...middle, OWN_CLOSE[i]!, ...bottom].join('\n\n');
  });
  const vocabulary = buildVocabulary(texts);
  return texts.map(
    (text, i) =>
      processText({ text, file: `f${i}.txt`, id: `f${i}`, encoding: 'utf-8', vocabulary })[0]!,
  );
}

describe('lines the corpus repeats', () => {
  // Template lines of the blind-noise generator, one per file with its own names.
  it.each([
    [
      [
        'Find Eduardo on Twitter: @eporter and Instagram.',
        'Find Yousef on Twitter: @ysaba and Instagram.',
        'Find Charlotte on Twitter: @cmeehan and Instagram.',
      ],
    ],
    [
      [
        'Material from Reuters was used in this report.',
        'Material from Reuters was used in this report.',
        'Material from Reuters was used in this report.',
      ],
    ],
    [
      [
        'The views expressed in this opinion piece are those of the author and do not necessarily reflect those of the publisher.',
        'The views expressed in this opinion piece are those of the author and do not necessarily reflect those of the publisher.',
        'The views expressed in this opinion piece are those of the author and do not necessarily reflect those of the publisher.',
      ],
    ],
  ])('removes %j at the bottom, with its evidence', (footers) => {
    for (const entry of corpus((i) => ({ bottom: [footers[i]!] }))) {
      expect(entry.blocks.map((b) => b.text)).not.toContain(entry.removed.at(-1)?.text);
      expect(entry.removed).toContainEqual({
        text: expect.any(String),
        reason: 'boilerplate-line',
        detail: "this line's shape appears in 3 files",
      });
      expect(entry.blocks).toHaveLength(2);
    }
  });

  it('removes a short template line inside the body', () => {
    for (const entry of corpus(() => ({
      middle: ['Media playback is unsupported on your device'],
    })))
      expect(entry.blocks).toHaveLength(2);
  });

  // Round 11's archive capture, overlay and replica viewer: lines with no shape, counted as written.
  it.each([
    ['Webpage Screenshot'],
    ['Reset All Accessibility Settings'],
    ['Digital Replica Edition'],
  ])('removes %j above the lead, saying it appears in 3 files', (line) => {
    for (const entry of corpus(() => ({ top: [line] }))) {
      expect(entry.blocks).toHaveLength(2);
      expect(entry.removed).toContainEqual({
        text: line,
        reason: 'boilerplate-line',
        detail: 'this line appears in 3 files',
      });
    }
  });

  it.each([['Webpage Screenshot'], ['LETTERS.']])(
    'keeps %j between paragraphs, or closed by a full stop',
    (line) => {
      for (const entry of corpus(() => ({ middle: [line] })))
        expect(entry.blocks.map((b) => b.text)).toContain(line);
    },
  );

  it('keeps a repeated sentence that sits inside the body’s prose', () => {
    for (const entry of corpus(() => ({ middle: [SHARED_PROSE] }))) {
      expect(entry.blocks.map((b) => b.text)).toContain(SHARED_PROSE);
      expect(entry.removed).toEqual([]);
    }
  });

  it('keeps a long run of repeated prose at the end (a story other files tell too)', () => {
    const run = [SHARED_PROSE, ...STORIES.map(([, lead]) => lead)];
    for (const entry of corpus(() => ({ bottom: run })))
      expect(entry.blocks.map((b) => b.text)).toContain(SHARED_PROSE);
  });

  it('removes nothing when the corpus repeats nothing', () => {
    for (const entry of corpus((i) => ({ bottom: [OWN_CLOSE[(i + 1) % 3]!] })))
      expect(entry.removed.filter((r) => r.reason === 'boilerplate-line')).toEqual([]);
  });
});
