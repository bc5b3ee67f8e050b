// More attribution rules, each on a short excerpt of a real article (PolNeAR training split).
import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/pipeline/process-text.ts';

const run = (...paragraphs: string[]) =>
  processText({
    text: ['A headline for the test story', ...paragraphs].join('\n\n'),
    file: 'x.txt',
    id: 'x',
    encoding: 'utf-8',
  })[0]!.quotes.map((q) => ({ text: q.text, speaker: q.speaker, cue: q.cue, via: q.via }));

describe('a `with X -ing` phrase', () => {
  it('does not take a preposition in -ing for the verb (`with Johnson during`)', () => {
    const [quote] = run(
      'Former Security of State Hillary Clinton famously clashed with Johnson during the Senate Benghazi hearing, chiding him, “What difference at this point does it make?” when questioned about the cause of the attacks.',
    );
    expect(quote?.speaker).not.toBe('Johnson');
    expect(quote?.cue).toBe('chiding');
  });
});
