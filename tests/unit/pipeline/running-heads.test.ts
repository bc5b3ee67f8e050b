import { describe, expect, it } from 'vitest';
import { run, SPYWARE } from './excerpts.ts';

// A BBC story (tech-003), verbatim, printed over pages with a browser's running heads and feet.
const { TITLE, LEAD, SECOND, THIRD } = SPYWARE;
const HEAD = '2/7/2005 Microsoft seeking spyware trojan - BBC News';
const FOOT = (page: number) => `http://news.bbc.co.uk/1/hi/technology/4245147.stm    ${page}/2`;

describe('running heads and feet', () => {
  it('takes every copy out, and the headline under the first is the title', () => {
    const text = [HEAD, TITLE, LEAD, SECOND, FOOT(1), HEAD.replace(' ', '\t'), THIRD, FOOT(2)].join(
      '\n\n',
    );
    const entry = run(text);
    expect(entry.title).toBe(TITLE);
    expect(entry.blocks.map((b) => b.text)).toEqual([LEAD, SECOND, THIRD]);
  });

  it('keeps a line said twice that holds no date, address or page counter', () => {
    // A BBC fixture list says `Winners meet in final match` under each group.
    const text = [
      TITLE,
      LEAD,
      'Winners meet in final match',
      SECOND,
      'Winners meet in final match',
      THIRD,
    ].join('\n\n');
    expect(run(text).blocks.map((b) => b.text)).toContain('Winners meet in final match');
  });

  it('keeps a head printed once', () => {
    const entry = run([HEAD, TITLE, LEAD, SECOND, THIRD].join('\n\n'));
    expect(entry.removed.map((r) => r.detail ?? '')).not.toContainEqual(
      expect.stringMatching(/running head/),
    );
  });
});
