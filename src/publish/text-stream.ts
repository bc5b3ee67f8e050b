/**
 * A large text file made a piece at a time: the data exports (`/data/articles.jsonl` is about
 * 340 MB at 50,000 files) are streamed to Astro as UTF-8 chunks of a few hundred lines, instead
 * of being joined into one string first (the lines, the joined string and its bytes side by side
 * were over a gigabyte at the top of the build's memory).
 */

/** Lines (each with its own line end) per chunk of the stream. */
export const LINES_PER_CHUNK = 500;

/**
 * The lines, in order, as a stream of UTF-8 chunks; a line is made only when the stream is read
 * that far, so nothing holds the whole text as a string.
 */
export function textStream(
  lines: Iterable<string>,
  linesPerChunk = LINES_PER_CHUNK,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const next = lines[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = '';
      for (let i = 0; i < linesPerChunk; i++) {
        const line = next.next();
        if (line.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += line.value;
      }
      controller.enqueue(encoder.encode(text));
    },
  });
}

/** Each item of `items` through `f`, made only when read (so the results are never all held). */
export function* lazyMap<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}
