import { describe, expect, it } from 'vitest';
import { fieldValue } from '../../../src/pipeline/plugins/remark-record-fields.ts';
import { processText } from '../../../src/pipeline/process-text.ts';

const run = (lines: string[]) =>
  processText({ text: lines.join('\n'), file: 'x.txt', id: 'x', encoding: 'utf-8' })[0]!;

// A PolNeAR train headline and lead (politico_2015-11-09_sanders-endorsements-prove-clint).
const HEADLINE = "Sanders: Endorsements prove Clinton 'candidate of the establishment.'";
const LEAD =
  'Hillary Clinton has 31 endorsements in the United States Senate, a body in which her chief rival Bernie Sanders serves.';
const SECOND = '"That would be Hillary Clinton," Borger said.';

describe('a record’s fields at the top', () => {
  it.each([
    ['WARC-Type: conversion', 'WARC-Type'],
    [
      'Publication info: POLITICO; Arlington, Va. [Arlington]. 9 Nov 2015: A.21.',
      'Publication info',
    ],
    ['Join Date: Jun 2010', 'Join Date'],
    ['Quote:', 'Quote'],
  ])('reads %j as a field', (line, label) => {
    expect(fieldValue(line)?.label).toBe(label);
  });

  it.each([
    // A transcript's speaker and a headline with a colon run past a field's value.
    [
      'SANDERS: Let’s go back six months and look at Bernie Sanders announcing his candidacy and being 3, 4 percent in the polls.',
    ],
    ['sanders: lower case'],
  ])('does not read %j as a field', (line) => {
    expect(fieldValue(line)).toBeUndefined();
  });

  it('takes a feed reader’s fields off the top, the Title field as the title', () => {
    const fields = [
      'Feed: POLITICO - Politics',
      `Title: ${HEADLINE}`,
      'Link: https://www.politico.com/story/2015/11/sanders-endorsements-clinton',
    ];
    const entry = run([...fields, '', LEAD, '', SECOND]);
    expect(entry.title).toBe(HEADLINE);
    expect(entry.blocks.map((b) => b.text)).toEqual([LEAD, SECOND]);
    expect(entry.removed).toContainEqual({
      text: 'Feed: POLITICO - Politics',
      reason: 'boilerplate-line',
      detail: 'a record’s field, in a run of 3 at the top',
    });
  });

  it('takes a web archive’s record and its version line above the headline', () => {
    const record = [
      'WARC/1.0',
      'WARC-Type: conversion',
      'WARC-Target-URI: https://www.politico.com/story/2015/11/sanders-endorsements-clinton',
      'Content-Type: text/plain',
    ];
    const entry = run([...record, '', HEADLINE, '', LEAD, '', SECOND]);
    expect(entry.title).toBe(HEADLINE);
    expect(entry.removed.map((r) => r.text)).toEqual(expect.arrayContaining(record));
  });

  it('keeps two labelled lines, fewer than a record holds', () => {
    const entry = run([HEADLINE, '', 'Subject: Senate', 'Location: Vermont', '', LEAD]);
    expect(entry.blocks.map((b) => b.text)).toContain('Subject: Senate');
  });
});
