import { describe, expect, it } from 'vitest';
import { furnitureForm, lineForm } from '../../../src/pipeline/line-form.ts';

describe('lineForm', () => {
  // Page furniture written by the blind-noise generator (tests/tools/make-blind-noise.mjs).
  it.each([
    [
      '(c) Copyright 2016 United Press International, Inc. All Rights Reserved.',
      'a copyright line',
    ],
    ['Western Journalism © 2016', 'a copyright line'],
    ['Email: fredreka.schouten@usatoday.com', 'a contact line (address or handle)'],
    ['Tweet at him: @mlandler', 'a contact line (address or handle)'],
    ['Continue reading →', 'a link line (ends in … or →)'],
    [
      'Curfew lifted, but city still in limbo as Guard occupies quiet streets…',
      'a link line (ends in … or →)',
    ],
    ['Turn on notifications from POLITICO', 'a call to act'],
    ['Leave a comment', 'a call to act'],
    // Blind round 4 (tests/tools/make-blind-noise-4.mjs): a whole sentence, but a call to act.
    ['Contact Sean Sullivan at seansullivan@example.com.', 'a contact line (address or handle)'],
    ['Have a news tip? Email tips@example.com.', 'a contact line (address or handle)'],
  ])('%j is page furniture (%s)', (line, why) => {
    expect(lineForm(line)).toEqual({ prose: false, why, furniture: true });
  });

  it.each([
    // BBC closing lines that are not prose but are the story's: no furniture in them.
    ['S Bennett (Kent).'],
    ['78,000'],
    ['The Simpsons (Twentieth Century Fox, BBC Two/Sky One/Channel 4)'],
    ['Subs Not Used: Pellegrino, Carson.'],
  ])('%j is not prose and not furniture', (line) => {
    expect(lineForm(line)).toMatchObject({ prose: false });
    expect(lineForm(line).furniture).toBeUndefined();
  });

  it.each([
    // BBC sentences, one ending in an ellipsis: a long line is a paragraph; a quote is prose.
    [
      'A fresh start for the Scottish national team was imperative and Smith is widely regarded as a safe pair of hands. But will a safe pair of hands be enough when the adroit hands of a magician might be required...',
    ],
    [
      "Microsoft is investigating a trojan program that attempts to switch off the firm's anti-spyware software.",
    ],
    ['"Read the small print," he said.'],
    // A sentence of the story that holds an address (BBC tech; the hostile fixture's closing line).
    [
      'The web address of the fake site is decuk.org which could be close enough to the official www.dec.org.uk address to confuse some people keen to donate.',
    ],
    [
      'A link written [x](javascript:alert(1)) and ![img](https://evil.example/p.png) and <https://evil.example/> are not links.',
    ],
    // BBC leads that name copyright (business-342, entertainment-148): the word is not a notice.
    [
      "Japan's Honda has won a copyright case in Beijing, further evidence that China is taking a tougher line on protecting intellectual property rights.",
    ],
    [
      'Lessons on music piracy and copyright issues are to be taught to secondary school pupils in the UK.',
    ],
  ])('%j is prose', (line) => {
    expect(lineForm(line).prose).toBe(true);
  });
});

describe("furnitureForm: a line's form short of the sentence test", () => {
  // The same lines as above: furniture reads the same either way.
  it.each([
    ['Western Journalism © 2016'],
    ['Tweet at him: @mlandler'],
    ['Continue reading →'],
    ['Turn on notifications from POLITICO'],
    ['Contact Sean Sullivan at seansullivan@example.com.'],
    ['"Read the small print," he said.'],
  ])('%j reads as lineForm reads it', (line) => {
    expect(furnitureForm(line)).toEqual(lineForm(line));
  });

  it.each([
    ['S Bennett (Kent).'],
    ['Subs Not Used: Pellegrino, Carson.'],
    [
      "Microsoft is investigating a trojan program that attempts to switch off the firm's anti-spyware software.",
    ],
  ])('%j is left to the sentence test, and is not furniture', (line) => {
    expect(furnitureForm(line)).toBeUndefined();
    expect(lineForm(line).furniture).toBeUndefined();
  });
});
