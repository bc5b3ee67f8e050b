import { describe, expect, it } from 'vitest';
import { isDataLine, isMarkupLine } from '../../../src/pipeline/plugins/remark-data-lines.ts';
import { processText } from '../../../src/pipeline/process-text.ts';

describe('lines of structured data', () => {
  it.each([
    [
      '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Obama Says African-American Museum Will Tell of ‘Suffering’","datePublished":"2016-09-25","author":[{"@type":"Person","name":"Mark Landler"}]}',
    ],
    ['[{"id": 778257943577919488, "text": "Watch live", "autoplay": false}]'],
    ['{ "player": { "id": "vjs-1", "muted": true } }'],
  ])('are data: %s', (line) => {
    expect(isDataLine(line)).toBe(true);
  });

  it.each([
    // Prose, text in braces or brackets that is no JSON, and data too small to be a page's.
    ['Clinton beats Trump by 46 percent to 42 percent, according to the poll.'],
    ['[Image: Jill Stein takes the stage at a town hall event in Washington]'],
    ['{Editor’s note: this story has been updated with the senator’s reply.}'],
    ['[1, 2]'],
  ])('are not data: %s', (line) => {
    expect(isDataLine(line)).toBe(false);
  });

  it('takes a JSON-LD line out of the body and reads none of its strings as quotations', () => {
    const json =
      '{"@context":"https://schema.org","@type":"Article","headline":"Black Lawmakers Rip Donald Trump","author":{"@type":"Person","name":"Amanda Terkel"}}';
    const [entry] = processText({
      text: `Black Lawmakers Rip Donald Trump\n\n${json}\n\nMembers of the Congressional Black Caucus tore into Donald Trump on Friday, calling him a "disgusting fraud."\n\nThe caucus met in Washington.`,
      file: 'x.txt',
      id: 'x',
      encoding: 'utf-8',
    });
    expect(entry!.blocks.map((b) => b.text)).not.toContain(json);
    expect(entry!.removed).toContainEqual({
      text: json,
      reason: 'boilerplate-line',
      detail: 'structured data (JSON), not text',
    });
    expect(entry!.quotes.map((q) => q.text)).toEqual(['disgusting fraud.']);
  });

  it.each([
    ['<!DOCTYPE html>'],
    ['<meta name="author" content="Nick Gass">'],
    ['</head>'],
    ['<body class="single single-post">'],
    ['<p>'],
    ['[vc_row][vc_column][vc_column_text]'],
    ['[jetpack_related_posts]'],
    ['[tweet https://twitter.com/CNNPolitics/status/254834351198970406]'],
  ])('are markup: %s', (line) => {
    expect(isMarkupLine(line)).toBe(true);
  });

  it.each([
    // Text in tags is a line of prose with its markup, kept as written; a bracketed word is text.
    ['<p>Sanders told MSNBC’s “Morning Joe” that nobody would question Clinton’s experience.</p>'],
    ['<title>Sanders: Clinton needs to get away from all of this personality stuff</title>'],
    ['[applause]'],
    ['[Video: Sanders on MSNBC]'],
  ])('are not markup alone: %s', (line) => {
    expect(isMarkupLine(line)).toBe(false);
  });

  it('takes a page’s head out whole, its title element with it, and keeps tagged prose', () => {
    const head = [
      '<!DOCTYPE html>',
      '<head>',
      '<meta charset="utf-8">',
      '<title>Sanders: Clinton needs to get away from all of this personality stuff | Politico</title>',
      '<meta name="author" content="Nick Gass">',
      '</head>',
    ];
    const lead =
      '<p>Bernie Sanders offered some pointed advice to Hillary Clinton on Friday in the upcoming presidential debates.</p>';
    const [entry] = processText({
      text: [
        ...head,
        '',
        'Sanders: Clinton needs to get away from all of this personality stuff',
        '',
        lead,
        '',
        'Sanders said so on MSNBC.',
      ].join('\n'),
      file: 'x.txt',
      id: 'x',
      encoding: 'utf-8',
    });
    expect(entry!.title).toBe(
      'Sanders: Clinton needs to get away from all of this personality stuff',
    );
    expect(entry!.removed.map((r) => r.text)).toEqual(expect.arrayContaining(head));
    expect(entry!.blocks.map((b) => b.text)).toContain(lead);
  });
});
