/**
 * Pages written without Astro's renderer (`src/page-cache/direct-pages.ts`): the build's own
 * markup learnt from a page Astro rendered, the setting, and the wrapped prerenderer answering
 * with the writer's page once it has matched Astro's.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  directPagesMode,
  directPagesSummary,
  directPrerenderer,
  learnSlots,
  pagesWrittenDirectly,
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

describe('directPrerenderer with an output folder: pages held back from Astro', () => {
  afterEach(() => resetDirectPages());
  const lines: string[] = [];
  const logger = {
    warn: () => undefined,
    info: (m: string) => lines.push(m),
  } as unknown as AstroIntegrationLogger;
  const routeData = {} as Parameters<AstroPrerenderer['render']>[1]['routeData'];
  /** Astro's rendering of a quote page: its words, and the build's script. */
  const astroPage = (id: string): string => `<p>“words of ${id}”</p>${SCRIPT}`;
  const ids = Array.from({ length: 2001 }, (_, i) => `q${i + 1}`);
  const setUp = (
    write: (id: string) => string,
  ): { prerenderer: AstroPrerenderer; rendered: string[]; recorded: Map<string, string> } => {
    writeDirectly(
      '/quotes/[id]/',
      ids.map((id) => ({ url: `/quotes/${id}/`, props: { id } })),
      {
        slots: ['script'],
        write: ({ id }, slots) => write(id).replace('SCRIPT', slots['script']!),
        // Two shapes: the first page of each is checked.
        shape: ({ id }) => (id === 'q7' ? 'relay' : 'speech'),
      },
    );
    const rendered: string[] = [];
    const astros: AstroPrerenderer = {
      name: 'astro:default',
      getStaticPaths: () =>
        Promise.resolve([
          { pathname: '/', route: routeData },
          ...ids.map((id) => ({ pathname: `/quotes/${id}/`, route: routeData })),
        ]),
      render: (request) => {
        const id = new URL(request.url).pathname.split('/')[3] ?? 'home';
        rendered.push(id);
        return Promise.resolve(new Response(astroPage(id), { status: 200 }));
      },
    };
    const recorded = new Map<string, string>();
    const prerenderer = directPrerenderer(astros, '/clips/', logger, {
      outDir: out,
      record: (file, bytes) => recorded.set(file, Buffer.from(bytes).toString()),
    });
    return { prerenderer, rendered, recorded };
  };
  let out = '';
  beforeEach(() => {
    out = mkdtempSync(path.join(tmpdir(), 'clippings-direct-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  /** Astro's loop: the paths it is given, rendered in turn, then the teardown. */
  const astroLoop = async (prerenderer: AstroPrerenderer): Promise<string[]> => {
    const paths = await prerenderer.getStaticPaths();
    for (const { pathname, route } of paths)
      await prerenderer.render(new Request(`http://localhost/clips${pathname}`), {
        routeData: route,
      });
    await prerenderer.teardown?.();
    return paths.map((p) => p.pathname);
  };

  it('renders the first page of each shape and every 1,000th with Astro, the rest by the function, before Astro renders the others', async () => {
    const { prerenderer, rendered, recorded } = setUp((id) => `<p>“words of ${id}”</p>SCRIPT`);
    expect(await astroLoop(prerenderer)).toEqual(['/']);
    expect(rendered).toEqual(['q1', 'q7', 'q1000', 'q2000', 'home']);
    expect(readFileSync(path.join(out, 'quotes/q2001/index.html'), 'utf8')).toBe(
      astroPage('q2001'),
    );
    expect(readFileSync(path.join(out, 'quotes/q1/index.html'), 'utf8')).toBe(astroPage('q1'));
    expect(recorded.get('quotes/q2/index.html')).toBe(astroPage('q2'));
    expect(recorded.size).toBe(2001);
    expect(pagesWrittenDirectly()).toHaveLength(2001);
    expect(directPagesSummary()).toEqual([
      "/quotes/[id]/: 1997 pages written directly, 4 checked against Astro's rendering",
    ]);
    expect(lines.at(-1)).toMatch(/^2,001 pages written without Astro's renderer in [\d.]+ s$/);
  });

  it("has Astro render the route's pages after a difference, and writes Astro's pages", async () => {
    const { prerenderer, rendered, recorded } = setUp((id) => `<p>"words of ${id}"</p>SCRIPT`);
    await astroLoop(prerenderer);
    expect(rendered).toHaveLength(2002);
    expect(readFileSync(path.join(out, 'quotes/q3/index.html'), 'utf8')).toBe(astroPage('q3'));
    expect(recorded.get('quotes/q3/index.html')).toBe(astroPage('q3'));
    expect(directPagesSummary()[0]).toMatch(/: 0 pages written directly, 1 checked.*, 1 differed/);
  });
});
