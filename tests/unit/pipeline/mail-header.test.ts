import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/pipeline/process-text.ts';

const LEAD =
  'Republican presidential nominee Donald Trump on Monday called for an investigation into the leak of his tax returns.';
const NEXT =
  'The campaign said the documents had been obtained illegally and that it would consider legal action.';
const run = (top: string[]) =>
  processText({
    text: [...top, '', 'Trump calls for inquiry into tax leak', '', LEAD, '', NEXT].join('\n'),
    file: 'x.txt',
    id: 'x',
    encoding: 'utf-8',
  })[0]!;

describe('the header of a forwarded e-mail', () => {
  it.each([
    [
      [
        '---------- Forwarded message ---------',
        'From: HuffPost <noreply@huffingtonpost.com>',
        'Date: Fri, Sep 16, 2016 at 12:04 PM',
        'Subject: Breaking: Trump calls for inquiry into tax leak',
        'To: <reader@example.com>',
      ],
    ],
    [
      [
        '-----Original Message-----',
        'From: Jane Roe',
        'Sent: Monday, October 3, 2016 9:12 AM',
        'To: Desk',
        'Cc: John Roe',
        'Subject: FW: tax story',
      ],
    ],
    [['From: alerts@example.com', 'Subject: Your morning briefing', 'Date: 3 Oct 2016']],
  ])('is taken out, its date not taken for the article’s: %j', (top) => {
    const entry = run(top);
    expect(entry.title).toBe('Trump calls for inquiry into tax leak');
    expect(entry.date).toBeNull();
    expect(entry.blocks.map((b) => b.text)).toEqual([LEAD, NEXT]);
    expect(entry.removed.filter((r) => r.detail === 'the header of a forwarded e-mail')).toEqual(
      top.map((text) => ({
        text,
        reason: 'boilerplate-line',
        detail: 'the header of a forwarded e-mail',
      })),
    );
  });

  it.each([
    // Two fields are no mail header; fields without a sender or a subject neither.
    [['From: the archives', 'Date: 3 October 2016']],
    [['To: all staff', 'Date: 3 October 2016', 'Sent: by courier']],
  ])('leaves lines that are no mail header: %j', (top) => {
    const entry = run(top);
    expect(entry.removed.some((r) => r.detail === 'the header of a forwarded e-mail')).toBe(false);
  });
});
