import { describe, expect, it } from 'vitest';
import nlp, { fullSweep, tag } from '../../../src/pipeline/document/compromise.ts';

type Term = { text: string; tags: Set<string> };
const one = (nlp.world() as { methods: { one: { bulkMatch: unknown } } }).methods.one;

/** Every word of a text with its tags, as `[text, tags]`. */
function tagged(text: string): Array<[string, string[]]> {
  return (nlp(text).document as Term[][]).flat().map((t) => [t.text, [...t.tags].sort()]);
}

/** The same, with compromise's own sweep over all its hooks. */
function taggedByFullSweep(text: string): Array<[string, string[]]> {
  const patched = one.bulkMatch;
  one.bulkMatch = fullSweep;
  try {
    return tagged(text);
  } finally {
    one.bulkMatch = patched;
  }
}

describe('compromise with the sweep told which hooks a text holds', () => {
  // Verbatim: BBC business-016, sport and tech lines; PolNeAR train closing lines; a name.
  it.each([
    ['China keeps tight rein on credit'],
    [
      "China's efforts to stop the economy from overheating by clamping down on credit will continue into 2005, state media report.",
    ],
    ['Newcastle 2-1 Bolton'],
    ['Saturday, 26 February'],
    ['Follow Pam Key on Twitter @pamkeyNEN.'],
    ['Turn on notifications from POLITICO'],
    [
      "Microsoft is investigating a trojan program that attempts to switch off the firm's anti-spyware software.",
    ],
    ['the striker'],
    ['Chelsea captain Desailly'],
  ])('tags %j as compromise alone does', (text) => {
    const expected = taggedByFullSweep(text);
    expect(expected.length).toBeGreaterThan(0);
    expect(tagged(text)).toEqual(expected);
  });

  it('is in effect for every nlp() call', () => {
    expect(one.bulkMatch).not.toBe(fullSweep);
  });
});

describe('tag: parsing without the chunker', () => {
  type Chunked = Term & { chunk?: string };
  // Verbatim: BBC business-016 and sport lines, a PolNeAR train line, a role phrase.
  it.each([
    [
      "China's efforts to stop the economy from overheating by clamping down on credit will continue into 2005, state media report.",
    ],
    ['Newcastle 2-1 Bolton'],
    ['Follow Pam Key on Twitter @pamkeyNEN.'],
    ['the striker'],
  ])('gives %j the words and tags nlp() gives', (text) => {
    const words = (doc: ReturnType<typeof nlp>) =>
      (doc.document as Chunked[][]).map((s) => s.map((t) => [t.text, [...t.tags].sort()]));
    expect(words(tag(text))).toEqual(words(nlp(text)));
  });

  it('skips the chunker, and leaves it to nlp()', () => {
    // The chunker puts a determiner in its noun's chunk; no tagging pattern does.
    const determiner = (doc: ReturnType<typeof nlp>) => (doc.document as Chunked[][])[0]![0]!;
    expect(determiner(tag('the striker')).chunk).toBeUndefined();
    expect(determiner(nlp('the striker')).chunk).toBe('Noun');
  });
});
