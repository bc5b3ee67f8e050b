import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/pipeline/process-text.ts';
import { readQuotedReply } from '../../../src/pipeline/quoted-reply.ts';
import { missingCharacters } from '../robustness/conservation.ts';

// Prose of a forwarded article (the shape of blind round 7), quoted as a mail program does.
const PARAGRAPHS = [
  'Bombs may not be falling, and the sound of gunfire does not concentrate the mind of anyone here.',
  'What makes climate change difficult is that it is not an instantaneous catastrophic event, he said.',
  'Climate change is the greatest long-term threat facing the world, as well as a danger already here.',
];
const quotedWith = (mark: string): string =>
  [
    'See below -- thoughts?',
    '',
    'On Sun, Oct 2, 2016 at 5:31 PM, Jane Roe <jane@example.com> wrote:',
    '',
    ...PARAGRAPHS.flatMap((p) => [`${mark}${p}`, mark.trim()]),
  ].join('\n');

describe('a quoted e-mail', () => {
  it.each([['> '], ['>> '], ['> > '], ['  > ']])(
    'takes the marks %j off every quoted line',
    (mark) => {
      const text = quotedWith(mark);
      const quoted = readQuotedReply(text.split('\n'));
      expect(quoted?.skip.slice(0, 5)).toEqual([0, 0, 0, 0, mark.length]);
      expect(quoted?.intro).toEqual([2]);
      const [entry] = processText({ text, file: 'x.txt', id: 'x', encoding: 'utf-8' });
      expect(entry!.blocks.map((b) => b.text).slice(-3)).toEqual(PARAGRAPHS);
      expect(missingCharacters(text, [entry!])).toEqual([]);
      expect(entry!.removed.filter((r) => /e-mail/.test(r.detail ?? ''))).toEqual([
        {
          text: 'On Sun, Oct 2, 2016 at 5:31 PM, Jane Roe <jane@example.com> wrote:',
          reason: 'boilerplate-line',
          detail: 'the line introducing a quoted e-mail',
        },
        {
          text: PARAGRAPHS.map(() => `${mark.trim()} ${mark.trim()}`).join(' '),
          reason: 'boilerplate-line',
          detail: 'the quoting marks of an e-mail, opening 6 lines',
        },
      ]);
    },
  );

  it.each([
    // A line or two opened by `>`: an arrow, a quoted tweet, not a quoted mail.
    [
      'The index rose.\n\n> 2 million people signed the petition in a week, organisers said today.\n\nMore text follows here.',
    ],
    [PARAGRAPHS.join('\n\n')],
    [
      '> Menu\n> Search\n> Sections\n> Home\n\nBody text of the story follows here, in full sentences of its own.',
    ],
  ])('leaves text without a quoted run of prose as it is: %j', (text) => {
    expect(readQuotedReply(text.split('\n'))).toBeUndefined();
  });
});
