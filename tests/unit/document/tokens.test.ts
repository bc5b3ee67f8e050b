import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { anyTagged, hasTag, tagWords } from '../../../src/pipeline/document/tokens.ts';

// Verbatim lines of BBC business-016 and PolNeAR train (Breitbart's closing line, a HuffPost quote).
const LINES = [
  'China keeps tight rein on credit',
  "China's efforts to stop the economy from overheating by clamping down on credit will continue into 2005, state media report.",
  "A low exchange rate - China's yuan is pegged to a rate of 8.28 to the dollar, which seems to be in relentless decline - means Chinese exports are cheap on world markets.",
  'Follow Pam Key on Twitter @pamkeyNEN.',
  'Hoff’s letter makes a libertarian-style case: “Followers of radical Islam hate everything we stand for as Americans.',
  'To some extent, the credit controls do seem to be taking effect. Industrial output grew 15.7% in the year to October, down from 23% in February, and inflation slowed to 4.3% - although retail sales are still booming.',
  'the striker',
];

describe('tagWords: the words of a text as compromise reads them', () => {
  it.each(LINES.map((l) => [l]))('reads %j as compromise’s own term output does', (line) => {
    const json = nlp(line).terms().json() as { text: string; terms: { tags: string[] }[] }[];
    const words = tagWords(line);
    expect(words.map((w) => w.text)).toEqual(json.map((t) => t.text));
    expect(words.map((w) => [...w.tags].sort())).toEqual(
      json.map((t) => [...(t.terms[0]?.tags ?? [])].sort()),
    );
  });

  it.each([
    ['Follow Pam Key on Twitter @pamkeyNEN.', 0, 'Imperative'],
    ['China keeps tight rein on credit', 1, 'Verb'],
    ['the striker', 1, 'Noun'],
  ])('in %j, word %i is a %s', (line, index, tag) => {
    expect(hasTag(tagWords(line)[index], [tag])).toBe(true);
  });

  it('keeps each word’s punctuation and leaves none out', () => {
    expect(tagWords('state media report.').map((w) => w.text)).toEqual([
      'state',
      'media',
      'report.',
    ]);
  });

  it('is the same list every time a text is asked for', () => {
    expect(tagWords(LINES[1]!)).toBe(tagWords(LINES[1]!));
  });
});

describe('anyTagged: compromise’s has() over a text', () => {
  it.each([
    ['China keeps tight rein on credit', ['Verb'], true],
    ['Comments (1,100)', ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym'], false],
    ['Saturday, 26 February', ['WeekDay', 'Month', 'Time', 'Acronym'], true],
    ['She was an established author', ['Pronoun'], true],
    ['Pam Key', ['Pronoun'], false],
  ] as const)('%j has one of %j: %s', (line, tags, expected) => {
    expect(anyTagged(line, tags)).toBe(expected);
    expect(anyTagged(line, tags)).toBe(nlp(line).has(`(${tags.map((t) => `#${t}`).join('|')})`));
  });
});
