/**
 * Pages made in a worker thread ahead of Astro (`src/page-cache/page-threads.ts`,
 * `page-thread.ts`): the worker runs the route's page function on the pages in order, shared
 * props sent once, and a page it cannot make, or one asked for at another path, is left to the
 * main thread.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { bytesFile } from '../../../src/page-cache/page-file.ts';
import { PageThread, RouteAhead } from '../../../src/page-cache/page-threads.ts';

const thread = new PageThread('/clips/');
afterAll(() => thread.stop());
const slugs = Object.freeze(new Map([['Gordon Brown', 'gordon-brown']]));
const pages = ['q1', 'q2', 'throw', 'q4'].map((id) => ({
  url: `/quotes/${id}/`,
  props: { text: id === 'throw' ? 'throw' : `words of ${id}`, slugs },
}));
thread.addRoute(
  {
    route: '/quotes/[id]/',
    module: '../tests/unit/page-cache/thread-page.fixture.ts',
    name: 'fixturePage',
    site: undefined,
    base: '/clips/',
    shareImages: false,
    slots: { script: '<script src="/a.js"></script>' },
  },
  pages.map((p) => p.props),
);
const ahead = new RouteAhead(thread, '/quotes/[id]/', pages, (url) => `/clips${url}`);
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('RouteAhead and PageThread', () => {
  it.each([
    [
      'q1',
      '/clips/quotes/q1/|words of q1|Gordon Brown=gordon-brown|<script src="/a.js"></script>|/clips/|/clips/quotes/',
    ],
    [
      'q2',
      '/clips/quotes/q2/|words of q2|Gordon Brown=gordon-brown|<script src="/a.js"></script>|/clips/|/clips/quotes/',
    ],
  ])('makes %s with its props, the shared ones and the slots', async (id, expected) => {
    const made = await ahead.take(`/quotes/${id}/`, `/clips/quotes/${id}/`);
    expect(made).not.toBeNull();
    expect(text(made!.bytes)).toBe(expected);
    expect(made!.file).toEqual(bytesFile(made!.bytes));
  });

  it('leaves a page its function throws on to the main thread', async () => {
    expect(await ahead.take('/quotes/throw/', '/clips/quotes/throw/')).toBeNull();
  });

  it('leaves a page asked for at another path to the main thread', () => {
    expect(ahead.take('/quotes/q4/', '/quotes/q4/')).toBeUndefined();
  });

  it('leaves a page it was not given to the main thread', () => {
    expect(ahead.take('/quotes/q9/', '/clips/quotes/q9/')).toBeUndefined();
  });
});
