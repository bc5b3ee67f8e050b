import { describe, expect, it } from 'vitest';
import { isListItem, listShape } from '../../../src/pipeline/lists.ts';
import { processText } from '../../../src/pipeline/process-text.ts';
import { renderBody } from '../../../src/pipeline/render-html.ts';
import { articleHtml } from '../../../src/publish/feeds.ts';

const run = (text: string) => processText({ text, file: 'x.txt', id: 'x', encoding: 'utf-8' });

// Verbatim BBC excerpts (politics-361, business-020, sport-179): bullet lines after a lead-in.
const STAMP = [
  'Treasury officials have said there will not be a pre-election giveaway, but Mr Brown is thought to have about £2bn to spare.',
  '',
  '- Increase in the stamp duty threshold from £60,000 ',
  ' - A freeze on petrol duty ',
  ' - An extension of tax credit scheme for poorer families ',
  ' - Possible help for pensioners The stamp duty threshold rise is intended to help first time buyers.',
].join('\n');
const CALLS = [
  'They give three key reasons for not making the move:',
  '',
  '- call centre operations are part of their business "core function", ',
  ' - they are worried about the risk of going abroad, ',
  ' - they fear that they will damage their brand if they join the offshoring drive.',
].join('\n');
const BOSSES = [
  'Michael Duff looks set to continue at right-back with John Oster in midfield.',
  '',
  '- Blackburn boss Mark Hughes: "Burnley are resolute and have individual talent but I fully expect us to progress." ',
  ' - Burnley boss Steve Cotterill: "They will be fresh and we\'ll be tired."',
].join('\n');

describe('list items', () => {
  it.each([
    ['- A freeze on petrol duty', true],
    ['• Possible help for pensioners', true],
    ['2. Extending in-court conciliation', true],
    ['a) a first item', true],
    ['-- Chelsea boss Jose Mourinho', false],
    ['Dominic Matteo - if he recovers from a hamstring injury.', false],
    ['2004 was a year of growth.', false],
  ])('%j opens a list item: %s', (line, expected) => {
    expect(isListItem(line)).toBe(expected);
  });

  it('reads consecutive item lines as one list, markers off, ordered by its markers', () => {
    expect(listShape('- call centre\n- they are worried')).toMatchObject({
      ordered: false,
      items: ['call centre', 'they are worried'],
      offsets: [2, 16],
    });
    expect(listShape('3. first\n4) second')).toMatchObject({ ordered: true, start: 3 });
    expect(listShape('- one item only')).toBeNull();
    expect(listShape('- an item\na line that is not one')).toBeNull();
  });
});

describe('list blocks through the pipeline', () => {
  it.each([
    [STAMP, 4],
    [CALLS, 3],
    [BOSSES, 2],
  ])('keeps the bullet lines one item each (%#)', (text, count) => {
    const [e] = run(text);
    const list = e!.blocks.find((b) => b.type === 'list');
    expect(list?.id).toBe('l1');
    expect(list?.items).toHaveLength(count);
    expect(list?.ordered).toBe(false);
    // The block's text is its lines as written: nothing lost, nothing merged.
    expect(list?.text.split('\n')).toHaveLength(count);
    expect(list?.items?.every((item) => !item.startsWith('-'))).toBe(true);
  });

  it('renders a list as <ul> with one <li> per item, quotes kept inside their item', () => {
    const [e] = run(BOSSES);
    const html = renderBody(e!.blocks, e!.quotes, {
      quote: (q) => `/quotes/${q.id}/`,
      speaker: () => null,
    });
    expect(e!.quotes.length).toBeGreaterThan(0);
    expect(html).toMatch(/<ul id="l1"><li>Blackburn boss Mark Hughes: "<q /);
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toContain('<li>Burnley boss Steve Cotterill: "<q ');
  });

  it('gives feeds the list as a list, escaped', () => {
    const html = articleHtml({
      blocks: [{ id: 'l1', type: 'list', text: '- <b>\n- b', ordered: false, items: ['<b>', 'b'] }],
    });
    expect(html).toBe('<ul><li>&#x3C;b></li><li>b</li></ul>');
  });
});
