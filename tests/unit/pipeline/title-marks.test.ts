import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/pipeline/process-text.ts';
import { stripTitleMarks } from '../../../src/pipeline/title-marks.ts';

// Headlines of PolNeAR dev as blind round 11 (tests/tools/make-blind-noise-11.mjs) set them.
describe('stripTitleMarks', () => {
  it.each([
    [
      'UPDATE 1-Frustrated Parents Rally Nationwide To ‘Reclaim Our Schools.’',
      'Frustrated Parents Rally Nationwide To ‘Reclaim Our Schools.’',
    ],
    ['CORRECTED-Small Steps Toward College Savings.', 'Small Steps Toward College Savings.'],
    [
      '#4 House panel votes to hold Clinton tech aide Bryan Pagliano in contempt.',
      'House panel votes to hold Clinton tech aide Bryan Pagliano in contempt.',
    ],
    [
      'No. 5: Pence Gives GOP A Boost With Solid Debate Win Over Kaine.',
      'Pence Gives GOP A Boost With Solid Debate Win Over Kaine.',
    ],
    [
      '3. Politifact: Donald Trump Is Right, ‘Thousands of Shootings’ in Chicago this Year.',
      'Politifact: Donald Trump Is Right, ‘Thousands of Shootings’ in Chicago this Year.',
    ],
    [
      'With two months to go, Trump still ducks on taxes (+VIDEO)',
      'With two months to go, Trump still ducks on taxes',
    ],
    [
      'Obama Seeks More Muslim Refugees As He Recognizes Major Islamic Holiday [UPDATED]',
      'Obama Seeks More Muslim Refugees As He Recognizes Major Islamic Holiday',
    ],
  ])('%j is the headline %j', (line, title) => {
    const read = stripTitleMarks(line);
    expect(read.title).toBe(title);
    expect(read.marks.length).toBeGreaterThan(0);
  });

  it.each([
    // BBC and PolNeAR headlines whose capitals, numbers and brackets are their own.
    ['US-China trade talks stall'],
    ['2 killed as storm hits coast'],
    ['Ink helps drive democracy in Asia'],
    ['Allies agree to expand mission (NATO)'],
    ['G7 leaders meet in Rome'],
  ])('keeps %j as written', (line) => {
    expect(stripTitleMarks(line)).toEqual({ title: line, marks: [] });
  });
});

describe('the headline pass', () => {
  it('takes the marks off the title and records them as removed', () => {
    const text = [
      "UPDATE 3-Trump's favorite TV doctor has a basketful of critics.",
      'Dr. Mehmet Oz, the television host who will examine Donald Trump on his show this week, has drawn criticism from doctors for years.',
      'He said he would release the results.',
    ].join('\n\n');
    const [entry] = processText({ text, file: 'a.txt', id: 'a', encoding: 'utf-8' });
    expect(entry!.title).toBe("Trump's favorite TV doctor has a basketful of critics.");
    expect(entry!.removed).toContainEqual({
      text: 'UPDATE 3-',
      reason: 'boilerplate-line',
      detail: 'a version marker glued to the headline (capitals and a hyphen)',
    });
  });
});
