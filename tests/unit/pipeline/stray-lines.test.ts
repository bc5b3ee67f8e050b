import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/pipeline/process-text.ts';

const run = (lines: string[]) =>
  processText({ text: lines.join('\n\n'), file: 'x.txt', id: 'x', encoding: 'utf-8' })[0]!;

// A BBC story (tech-003), verbatim; stray lines from the blind-noise generators.
const HEADLINE = 'Microsoft seeking spyware trojan';
const BODY = [
  "Microsoft is investigating a trojan program that attempts to switch off the firm's anti-spyware software.",
  'The spyware tool was only released by Microsoft in the last few weeks and has been downloaded by six million people.',
  "It may also try to steal online banking passwords or other personal information by tracking users' keystrokes.",
];
const LATER =
  "Microsoft said in a statement it is investigating what it called a criminal attack on its software. Earlier this week, Microsoft said it would buy anti-virus software maker Sybari Software to improve its security in its Windows and e-mail software. Microsoft has said it plans to offer its own paid-for anti-virus software but it has not yet set a date for its release. The anti-spyware program being targeted is currently only in beta form and aims to help users find and remove spyware - programs which monitor internet use, causes advert pop-ups and slow a PC's performance.";

describe('stray lines inside the body', () => {
  it.each([
    ['Get the Morning Briefing by email — subscribe here.', 1],
    ['Click to share on Twitter (Opens in new window)', 1],
    ['Follow us on Twitter @example', 1],
    ['Leave a comment', 0],
    // Counts the page shows (blind rounds 1-4).
    ['⏱ 5 min', 0],
    ['Comments (1,100)', 0],
    ['3 MIN READ', 0],
    ['781 responses to this story', 1],
  ])('removes %j between paragraphs (after paragraph %i), with its evidence', (stray, after) => {
    const body = [...BODY];
    body.splice(after + 1, 0, stray);
    const entry = run([HEADLINE, ...body]);
    expect(entry.blocks.map((b) => b.text)).toEqual(BODY);
    expect(entry.removed).toEqual([
      {
        text: stray,
        reason: 'boilerplate-line',
        detail: expect.stringMatching(
          /^a stray line (above the lead|between paragraphs of the body): /,
        ),
      },
    ]);
  });

  it('keeps lines of one form that recur in the body: readers’ handles signing their posts', () => {
    // PolNeAR train (usa-today_2016-03-01_democratic-voters-size-up-clinto), verbatim.
    const letters = [
      'No surprise Hillary won SC. Southern Dems are still too conservative for Bernie. She will win all of South except maybe Florida.',
      '@IAmTheJody.',
      'Hillary won easily in SC. Let the coronation continue.',
      '@RetiringOne.',
      'SC will be a distant memory after #SuperTuesday. Let the revolution begin.',
    ];
    const entry = run([HEADLINE, ...BODY, ...letters, LATER]);
    expect(entry.blocks.map((b) => b.text)).toEqual([...BODY, ...letters, LATER]);
  });

  it.each([
    // BBC results (sport files; sport-179) name teams: not a count of the page.
    ['Newcastle 2-1 Bolton'],
    ['16th PREM'],
    ['Saturday, 26 February'],
    ['1600 GMT'],
  ])('keeps the result %j between paragraphs', (line) => {
    const entry = run([HEADLINE, BODY[0]!, line, ...BODY.slice(1)]);
    expect(entry.blocks.map((b) => b.text)).toContain(line);
  });

  it('never takes a line that quotes someone', () => {
    const quoted = '“Sign up now,” the company told its users.';
    const entry = run([HEADLINE, BODY[0]!, quoted, ...BODY.slice(1)]);
    expect(entry.blocks.map((b) => b.text)).toContain(quoted);
  });

  it.each([
    ['▲ 153.51 (+0.85%)'],
    ['A A A'],
    ['DOW 18,156.53 ▲ 120.71 (+0.66%) | S&P 500 2,171.38'],
  ])('takes a line of no words above the headline, even the first: %j', (line) => {
    const entry = run([line, HEADLINE, ...BODY, LATER]);
    expect(entry.title).toBe(HEADLINE);
    expect(entry.removed).toContainEqual({
      text: line,
      reason: 'boilerplate-line',
      detail:
        'a stray line above the lead: no words (figures, symbols or single letters: a ticker, a control)',
    });
  });

  it('takes a picture’s file name left between paragraphs', () => {
    const entry = run([
      HEADLINE,
      BODY[0]!,
      'AP_98116556595461.jpg (800×450)',
      ...BODY.slice(1),
      LATER,
    ]);
    expect(entry.blocks.map((b) => b.text)).toEqual([...BODY, LATER]);
  });

  it('keeps a line of scores with names above the lead (BBC sport-491)', () => {
    const score = 'Result: Nadal 6-7 (6/8) 6-2 7-6 (8/6) 6-2 Roddick';
    const entry = run([HEADLINE, score, ...BODY, LATER]);
    expect(entry.blocks.map((b) => b.text)).toContain(score);
  });
});

describe('lines of symbols alone', () => {
  it.each([['▪ ■'], ['¬ |'], ['~'], ['=========='], ['| |']])('removes %j', (speck) => {
    const entry = run([HEADLINE, BODY[0]!, speck, ...BODY.slice(1), LATER]);
    expect(entry.removed).toContainEqual({
      text: speck,
      reason: 'boilerplate-line',
      detail: 'a line of symbols alone (a rule, a speck of a scan)',
    });
    expect(entry.blocks.map((b) => b.text)).toEqual([...BODY, LATER]);
  });

  // PolNeAR train keeps a wire's rule (`___.`, AP's "The Latest") and a file's `}` as written.
  it.each([['___.'], ['***'], ['}']])('keeps %j', (rule) => {
    const entry = run([HEADLINE, BODY[0]!, rule, ...BODY.slice(1), LATER]);
    expect(entry.blocks.map((b) => b.text)).toContain(rule);
  });
});

describe('messages of a chat log', () => {
  it.each([
    ['[03/10/2016, 13:06:46] Ellis Webb: fyi for the morning meeting'],
    ['[03/10/2016, 18:10:29] Rita Stroud: worth a read\n[03/10/2016, 18:59:03] Pete Kowalski: 👍'],
  ])('removes %j', (chat) => {
    const entry = run([HEADLINE, ...BODY, chat, LATER]);
    for (const line of chat.split('\n'))
      expect(entry.removed.find((r) => r.text === line)?.detail).toMatch(/a message of a chat/);
    expect(entry.blocks.map((b) => b.text)).toEqual([...BODY, LATER]);
  });

  it('keeps a bracketed time inside a sentence', () => {
    const line = '[Updated at 10:42 a.m.] The vote was delayed until Tuesday, officials said.';
    expect(run([HEADLINE, ...BODY, line, LATER]).blocks.map((b) => b.text)).toContain(line);
  });
});
