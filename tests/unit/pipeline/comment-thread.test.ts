import { describe, expect, it } from 'vitest';
import { findCommentThread, isThreadLabel } from '../../../src/pipeline/comment-thread.ts';
import { processText } from '../../../src/pipeline/process-text.ts';

// Verbatim PolNeAR train paragraphs (a Politico story), then thread shapes seen on news pages.
const STORY = [
  'Donald Trump on Thursday called for the death penalty for the suspect in the shootings of two police officers in Iowa.',
  '“The Iowa police shootings are a tragedy and the death penalty must be sought,” Trump said in a statement.',
  'The suspect, Scott Michael Greene, was taken into custody Wednesday after he approached a state official, police said.',
  'Greene had been involved in an altercation with a black man at a high school football game last month.',
];
const THREADS: Array<[string, string[]]> = [
  [
    'handles with times, counters',
    [
      'Comments (87)',
      'marsh_hen 3d',
      'Nobody is asking the obvious question here.',
      'Reply · 12 Likes',
      'Pete from Dayton · Oct 2, 2016 8:14am',
      'Good piece, thanks for the context.',
      '2 replies',
    ],
  ],
  [
    'a label, a prompt and handles without times',
    [
      'Join the discussion',
      'Log in or sign up to comment',
      'R. Okafor',
      'This is the first fair account of the hearing I have read.',
      'Like (4)  Reply',
    ],
  ],
];

const run = (lines: string[]) =>
  processText({ text: lines.join('\n\n'), file: 'x.txt', id: 'x', encoding: 'utf-8' })[0]!;

describe('readers’ comment threads', () => {
  it.each([
    ['Comments (214)', true],
    ['View 479 comments', true],
    ['Join the conversation', true],
    ['Reader comments', true],
    ['Showing 1-10 of 372 comments', true],
    ['Comments are moderated and may take time to appear.', false],
    ['The senator declined to comment on the conversation with Trump.', false],
    ['Greene had been involved in an altercation', false],
  ])('%s is a thread label: %s', (line, label) => {
    expect(isThreadLabel(line)).toBe(label);
  });

  it.each(THREADS)('takes a thread of %s off the end, with its label', (_, thread) => {
    const entry = run([...STORY, ...thread]);
    expect(entry.blocks.map((b) => b.text)).toEqual(STORY);
    const removed = entry.removed.filter((r) => r.detail?.startsWith('a readers’ comment thread'));
    expect(removed.map((r) => r.text)).toEqual(thread);
  });

  it('keeps the story when a label is followed by two sentences in a row', () => {
    const lines = [...STORY, 'Comments from the campaign', ...STORY.slice(0, 2)];
    expect(findCommentThread(lines)).toBeUndefined();
  });

  it('reads no thread above most of the page', () => {
    const lines = [...THREADS[0]![1], ...STORY, ...STORY];
    expect(findCommentThread(lines)).toBeUndefined();
  });
});
