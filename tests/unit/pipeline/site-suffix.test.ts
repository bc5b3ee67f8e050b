import { describe, expect, it } from 'vitest';
import { countLineShapes } from '../../../src/pipeline/line-shapes.ts';
import { processText } from '../../../src/pipeline/process-text.ts';
import { readSiteSuffix, siteKey, SITE_KEY } from '../../../src/pipeline/site-suffix.ts';
import { buildVocabulary } from '../../../src/pipeline/vocabulary.ts';

// Headlines are verbatim PolNeAR train and BBC headlines; the site names are their outlets'.
describe('a site’s name after the headline', () => {
  it.each([
    [
      'Clinton Plan for Taxes Is Expansive but Complex | NYTimes.com',
      'Clinton Plan for Taxes Is Expansive but Complex',
    ],
    ['Candidates vie for vets’ support — USA TODAY', 'Candidates vie for vets’ support'],
    ['Ad sales boost Time Warner profit - BBC NEWS', 'Ad sales boost Time Warner profit'],
    [
      'Old Hands Help Russia Navigate U.S. Media - U.S. - The New York Times',
      'Old Hands Help Russia Navigate U.S. Media',
    ],
    [
      "Burma leader's visit to Washington marks a bipartisan success story. :: The Post",
      "Burma leader's visit to Washington marks a bipartisan success story.",
    ],
    [
      "Burma leader's visit to Washington marks a bipartisan success story. « Breitbart News",
      "Burma leader's visit to Washington marks a bipartisan success story.",
    ],
  ])('cuts the site off %s', (line, title) => {
    expect(readSiteSuffix(line)?.title).toBe(title);
  });

  it.each([
    ['Yeading face Newcastle in FA Cup'],
    ['Dallas Cowboys - Washington Redskins'],
    ['Obama on Climate Change: The Trends Are ‘Terrifying’'],
    ['Trump vs. Clinton - The Final Debate'],
    ['Crucial decision on super-casinos'],
  ])('keeps %s whole', (line) => {
    expect(readSiteSuffix(line)).toBeUndefined();
  });

  it('knows a site by the corpus: the same name ending the headlines of several files', () => {
    const titles = [
      'Virginian could make history. Again. - Western Journal',
      'Mixed messages on Trump leave plan – Western Journal',
      'Ah, friends once more: Ted Cruz endorses Trump — Western Journal',
      'Federal court rules against Ohio - Western Journal',
    ];
    const texts = titles.map((t, i) => `${t}\n\nThe lead of story ${i} says what happened.`);
    expect(countLineShapes(texts).get(SITE_KEY + siteKey('Western Journal'))).toBe(4);
    const vocabulary = buildVocabulary([...texts, ...Array.from({ length: 20 }, () => 'x')]);
    const read = readSiteSuffix(titles[1]!, vocabulary);
    expect(read?.title).toBe('Mixed messages on Trump leave plan');
    expect(read?.evidence).toBe('“Western Journal” ends the headlines of 4 files');
  });

  it('takes the name off the title and records it as removed', () => {
    const [entry] = processText({
      text: 'Candidates vie for vets’ support — USA TODAY\n\nThe candidates made their pitch to veterans on Wednesday in a televised forum.',
      file: 'x.txt',
      id: 'x',
      encoding: 'utf-8',
    });
    expect(entry?.title).toBe('Candidates vie for vets’ support');
    expect(entry?.removed.map((r) => r.text)).toContain('— USA TODAY');
  });
});
