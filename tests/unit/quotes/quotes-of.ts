/** The quotes the pipeline finds in a story of `paragraphs` (under a stand-in headline). */
import { processText } from '../../../src/pipeline/process-text.ts';

export const quotesOf = (...paragraphs: string[]) =>
  processText({
    text: ['A headline for the test story', ...paragraphs].join('\n\n'),
    file: 'x.txt',
    id: 'x',
    encoding: 'utf-8',
  })[0]!.quotes.map((q) => ({ text: q.text, speaker: q.speaker, cue: q.cue, via: q.via }));
