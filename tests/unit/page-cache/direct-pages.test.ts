/**
 * Pages written without Astro's renderer (`src/page-cache/direct-pages.ts`): the build's own
 * markup learnt from a page Astro rendered, the setting, and the wrapped prerenderer answering
 * with the writer's page once it has matched Astro's.
 */
import type { AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import {
  directPagesMode,
  directPagesSummary,
  directPrerenderer,
  learnSlots,
  resetDirectPages,
  writeDirectly,
} from '../../../src/page-cache/direct-pages.ts';

const HEAD = '<meta http-equiv="content-security-policy" content="script-src \'self\'">';
const SCRIPT = '<script type="module" src="/_astro/SearchBox.BgYio6GK.js"></script>';

describe('learnSlots', () => {
  const template = '<head><meta name="generator" content="\0g\0">\0h\0</head><body>\0s\0</body>';
  it('reads each slot off the page, in the order of the markers', () => {
    const actual = `<head><meta name="generator" content="Astro v7.3.5">${HEAD}</head><body>${SCRIPT}</body>`;
    expect(learnSlots(template, ['\0h\0', '\0g\0', '\0s\0'], actual)).toEqual([
      HEAD,
      'Astro v7.3.5',
      SCRIPT,
    ]);
  });

  it.each([
    [
      'a different page',
      `<head><meta name="generator" content="Astro">${HEAD}</head><main>${SCRIPT}</main>`,
    ],
    [
      'text after the page',
      `<head><meta name="generator" content="Astro">${HEAD}</head><body></body>!`,
    ],
    [
      'a different start',
      `<html><head><meta name="generator" content="Astro"></head><body></body>`,
    ],
  ])('is null for %s', (_, actual) => {
    expect(learnSlots(template, ['\0h\0', '\0g\0', '\0s\0'], actual)).toBeNull();
  });

  it('is null when a marker is missing from the template', () => {
    expect(learnSlots('<p>\0h\0</p>', ['\0h\0', '\0g\0'], '<p>x</p>')).toBeNull();
  });
});

describe('directPagesMode', () => {
  it.each([
    [undefined, 'on'],
    ['', 'on'],
    ['on', 'on'],
    ['off', 'off'],
    ['0', 'off'],
    ['check', 'check'],
    [' Check ', 'check'],
  ])('%s → %s', (value, mode) => {
    expect(directPagesMode(value)).toBe(mode);
  });
});

describe('directPrerenderer', () => {
  afterEach(() => resetDirectPages());
  const warnings: string[] = [];
  const logger = { warn: (m: string) => warnings.push(m) } as unknown as AstroIntegrationLogger;
  /** Astro's rendering: the page of a quote with the build's script. */
  const astroPage = (text: string): string => `<p>“${text}”</p>${SCRIPT}`;
  const astros = (rendered: string[]): AstroPrerenderer => ({
    name: 'astro:default',
    getStaticPaths: () => Promise.resolve([]),
    render: (request) => {
      const id = new URL(request.url).pathname.split('/')[3]!;
      rendered.push(id);
      return Promise.resolve(new Response(astroPage(`words of ${id}`), { status: 200 }));
    },
  });
  const routeData = {} as Parameters<AstroPrerenderer['render']>[1]['routeData'];
  const render = async (prerenderer: AstroPrerenderer, id: string): Promise<string> => {
    const result = await prerenderer.render(new Request(`http://localhost/clips/quotes/${id}/`), {
      routeData,
    });
    return (result instanceof Response ? result : result.response).text();
  };
  const register = (ids: string[], write: (text: string) => string): void =>
    writeDirectly(
      '/quotes/[id]/',
      ids.map((id) => ({ url: `/quotes/${id}/`, props: { text: `words of ${id}` } })),
      {
        slots: ['script'],
        write: ({ text }, slots) => write(text).replace('SCRIPT', slots['script']!),
        shape: () => 'speech',
      },
    );

  it('lets Astro render the first page, then writes the others', async () => {
    const rendered: string[] = [];
    register(['q1', 'q2', 'q3'], (text) => `<p>“${text}”</p>SCRIPT`);
    const prerenderer = directPrerenderer(astros(rendered), '/clips/', logger);
    for (const id of ['q1', 'q2', 'q3'])
      expect(await render(prerenderer, id)).toBe(astroPage(`words of ${id}`));
    expect(rendered).toEqual(['q1']);
    expect(directPagesSummary()).toEqual([
      "/quotes/[id]/: 2 pages written directly, 1 checked against Astro's rendering",
    ]);
  });

  it('leaves the route to Astro after a difference, and says so', async () => {
    const rendered: string[] = [];
    register(['q1', 'q2'], (text) => `<p>"${text}"</p>SCRIPT`);
    const prerenderer = directPrerenderer(astros(rendered), '/clips/', logger);
    for (const id of ['q1', 'q2'])
      expect(await render(prerenderer, id)).toBe(astroPage(`words of ${id}`));
    expect(rendered).toEqual(['q1', 'q2']);
    expect(warnings.at(-1)).toMatch(/\/quotes\/q1\/ written without Astro differs/);
  });

  it('leaves pages it was not given to Astro', async () => {
    const rendered: string[] = [];
    const prerenderer = directPrerenderer(astros(rendered), '/clips/', logger);
    expect(await render(prerenderer, 'q9')).toBe(astroPage('words of q9'));
    expect(rendered).toEqual(['q9']);
  });
});
