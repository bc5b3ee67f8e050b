import { describe, expect, it } from 'vitest';
import { countLineShapes, lineKey, lineShape } from '../../../src/pipeline/line-shapes.ts';

describe('lineShape', () => {
  // Template lines of the blind-noise generator (tests/tools/make-blind-noise.mjs): the same
  // template with other names, handles, outlets and numbers has one shape.
  it.each([
    [
      'Find Eduardo on Twitter: @eporter and Instagram.',
      'Find Yousef on Twitter: @ysaba and Instagram.',
    ],
    ['Turn on notifications from HuffPost', 'Turn on notifications from POLITICO'],
    [
      '-- Reporting by Grace Liu, editing by Howard Goller',
      '-- Reporting by Daniel Okafor, editing by Tom Brown',
    ],
    [
      'The original version of this story appeared at realclearpolitics.com.',
      'The original version of this story appeared at thehill.com.',
    ],
    [
      'Got a tip? Email Michael at michael.beckel@huffingtonpost.com',
      'Got a tip? Email Hannah at hannah.schultz@westernjournalism.com',
    ],
    [
      'Staff writer Maria Delgado contributed to this report.',
      'Staff writer Samuel Abrams contributed to this report.',
    ],
  ])('%j and %j have one shape', (a, b) => {
    expect(lineShape(a)).toBeDefined();
    expect(lineShape(a)).toBe(lineShape(b));
  });

  it.each([
    // Too little fixed wording to say anything: a word, a name, a headline in title case.
    ['Menu'],
    ['NANCY COOK'],
    ['Ad Sales Boost Time Warner Profit'],
    ['Political Reporter'],
  ])('%j has no shape', (line) => {
    expect(lineShape(line)).toBeUndefined();
  });

  it('tells different wordings apart', () => {
    expect(lineShape('Already a subscriber? Log in')).not.toBe(
      lineShape('Media playback is unsupported on your device'),
    );
  });
});

describe('countLineShapes', () => {
  const story = (title: string, footer: string) =>
    [title, '', 'Microsoft is investigating a trojan program.', '', footer].join('\n');

  it('counts the files a shape occurs in, a file saved twice once', () => {
    const counts = countLineShapes([
      story('Ad sales boost Time Warner profit', 'Turn on notifications from HuffPost'),
      story('Watchdog probes e-mail deletions', 'Turn on notifications from NYT'),
      story('Watchdog probes e-mail deletions', 'Turn on notifications from NYT'),
    ]);
    expect(counts.get(lineShape('Turn on notifications from POLITICO')!)).toBe(2);
  });

  it('counts a cookie line opening the files, as any other line', () => {
    const counts = countLineShapes(
      [
        'Ad sales boost Time Warner profit',
        'Watchdog probes e-mail deletions',
        'Yukos unit buyer faces loan claim',
      ].map((title) =>
        ['Your privacy choices', title, 'Microsoft is investigating a trojan program.'].join('\n'),
      ),
    );
    expect(counts.get(lineShape('Your privacy choices')!)).toBe(3);
  });

  it('keeps no shape of a single file', () => {
    const counts = countLineShapes([
      story('Ad sales boost Time Warner profit', 'Turn on notifications from HuffPost'),
      story('Watchdog probes e-mail deletions', 'Material from Reuters was used in this report.'),
    ]);
    expect(
      counts.get(lineShape('Material from Reuters was used in this report.')!),
    ).toBeUndefined();
  });
});

describe('lineKey', () => {
  // Page furniture of blind round 11 (tests/tools/make-blind-noise-11.mjs) with too little
  // wording in lower case for a shape: counted as written, numbers masked, case folded.
  it.each([
    ['Webpage Screenshot', 'WEBPAGE SCREENSHOT'],
    ['‹ Previous   Next ›', '‹ PREVIOUS NEXT ›'],
    ['Digital Replica Edition', 'DIGITAL REPLICA EDITION'],
    ['Accessibility Menu (CTRL+U)', 'ACCESSIBILITY MENU (CTRL+U)'],
  ])('%j and %j have one key', (a, b) => {
    expect(lineKey(a)).toMatch(/^=/u);
    expect(lineKey(a)).toBe(lineKey(b));
  });

  it('is the shape when the line has one', () => {
    const line = 'Turn on notifications from HuffPost';
    expect(lineKey(line)).toBe(lineShape(line));
  });

  it.each([
    // Closed as a sentence: a label the paper set (PolNeAR dev, USA Today letters).
    ['LETTERS.'],
    ['Letters.'],
    // No letter: a rule or a page number.
    ['2 / 9'],
    // One word: a label judged by its place (a kicker, a section).
    ['EXCLUSIVE'],
    ['* * *'],
  ])('%j has no key', (line) => {
    expect(lineKey(line)).toBeUndefined();
  });
});
