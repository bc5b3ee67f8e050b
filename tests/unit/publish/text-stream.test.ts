import { describe, expect, it } from 'vitest';
import { lazyMap, textStream } from '../../../src/publish/text-stream.ts';

/** Every chunk of a stream, and the text they make. */
async function read(stream: ReadableStream<Uint8Array>): Promise<{ chunks: number; text: string }> {
  const decoder = new TextDecoder();
  let text = '';
  let chunks = 0;
  for await (const chunk of stream) {
    chunks++;
    text += decoder.decode(chunk, { stream: true });
  }
  return { chunks, text: text + decoder.decode() };
}

const LINES = [
  'Zelenskyy – “we will not give up our land”\n',
  'Ms Süßmuth said the café’s owners were “delighted”.\n',
  'The £1.5bn deal, the firm said, was “not on the table”.\r\n',
  'Plain ASCII line.\n',
  '\n',
];

describe('textStream', () => {
  it.each([1, 2, 3, 500])('gives the lines back byte for byte, %i lines a chunk', async (n) => {
    const { chunks, text } = await read(textStream(LINES, n));
    expect(text).toBe(LINES.join(''));
    expect(chunks).toBe(Math.ceil(LINES.length / n));
  });

  it('ends an empty list with no chunk', async () => {
    expect(await read(textStream([]))).toEqual({ chunks: 0, text: '' });
  });

  it('makes lines only as far as the stream is read', async () => {
    const made: number[] = [];
    const lines = lazyMap([0, 1, 2, 3, 4, 5], (i) => {
      made.push(i);
      return `${i}\n`;
    });
    const reader = textStream(lines, 2).getReader();
    // The stream asks for one chunk ahead when made; reading one chunk needs two lines.
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('0\n1\n');
    expect(made.length).toBeLessThanOrEqual(4);
    await reader.cancel();
    expect(made.length).toBeLessThan(6);
  });
});
