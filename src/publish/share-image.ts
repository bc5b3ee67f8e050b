/**
 * Share images (1200×630 PNG) made at build time with satori (layout to SVG) and resvg (SVG to
 * PNG), cached by content hash in `node_modules/.cache/clippings-og/` so that a rebuild renders
 * only the cards whose content changed. Text goes in as text nodes: nothing is parsed as markup.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { formatDate } from '../site/format.ts';
import { SHARE_IMAGE, shortenText } from './share.ts';

/** Bump when the card design changes, so cached images are made again. */
const DESIGN_VERSION = 2;

const CACHE_DIR = path.resolve('node_modules/.cache/clippings-og');

/** What a card shows. */
export type Card =
  | {
      kind: 'article';
      title: string;
      outlet: string | null;
      date: string | null;
      dek: string | null;
    }
  | {
      kind: 'quote';
      text: string;
      speaker: string | null;
      outlet: string | null;
      date: string | null;
    }
  | { kind: 'site'; title: string; subtitle: string };

type Node = { type: string; props: Record<string, unknown> };

function el(type: string, style: Record<string, unknown>, children?: unknown): Node {
  return { type, props: { style, children } };
}

const COLORS = {
  bg: '#fbfaf7',
  ink: '#1b1b1b',
  muted: '#4a4a4a',
  accent: '#9c2f1f',
  rule: '#d8d3c8',
};

interface Fonts {
  list: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[];
}

let fontsPromise: Promise<Fonts> | undefined;

function loadFonts(): Promise<Fonts> {
  fontsPromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const file = (pkg: string, name: string) =>
      readFile(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'files', name));
    const [inter4, inter7, serif4, serif7] = await Promise.all([
      file('@fontsource/inter', 'inter-latin-400-normal.woff'),
      file('@fontsource/inter', 'inter-latin-700-normal.woff'),
      file('@fontsource/source-serif-4', 'source-serif-4-latin-400-normal.woff'),
      file('@fontsource/source-serif-4', 'source-serif-4-latin-700-normal.woff'),
    ]);
    return {
      list: [
        { name: 'Inter', data: inter4, weight: 400, style: 'normal' },
        { name: 'Inter', data: inter7, weight: 700, style: 'normal' },
        { name: 'Source Serif 4', data: serif4, weight: 400, style: 'normal' },
        { name: 'Source Serif 4', data: serif7, weight: 700, style: 'normal' },
      ],
    };
  })();
  return fontsPromise;
}

/** The line under the main text: outlet · date. */
function metaLine(outlet: string | null, date: string | null): string {
  return [outlet ?? 'Unknown outlet', date ? formatDate(date) : 'Undated'].join(' · ');
}

/** A size for the main text that keeps it within the card: longer text, smaller type. */
export function quoteFontSize(length: number): number {
  if (length <= 60) return 64;
  if (length <= 110) return 54;
  if (length <= 170) return 46;
  return 40;
}

function brand(): Node {
  return el(
    'div',
    {
      display: 'flex',
      alignItems: 'center',
      fontFamily: 'Inter',
      fontSize: 26,
      fontWeight: 700,
      color: COLORS.accent,
      letterSpacing: 1,
    },
    'CLIPPINGS',
  );
}

const PAD_X = 72;
const PAD_Y = 52;
const BAR = 16;
/** The width of the card's text column. */
const INNER_WIDTH = SHARE_IMAGE.width - 2 * PAD_X;

function frame(children: Node[]): Node {
  return el(
    'div',
    {
      width: SHARE_IMAGE.width,
      height: SHARE_IMAGE.height,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: COLORS.bg,
      color: COLORS.ink,
    },
    [
      el('div', {
        display: 'flex',
        width: SHARE_IMAGE.width,
        height: BAR,
        backgroundColor: COLORS.accent,
      }),
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          width: INNER_WIDTH,
          height: SHARE_IMAGE.height - BAR - 2 * PAD_Y,
          margin: `${PAD_Y}px ${PAD_X}px`,
        },
        children,
      ),
    ],
  );
}

function footer(text: string): Node {
  return el(
    'div',
    {
      display: 'flex',
      borderTop: `2px solid ${COLORS.rule}`,
      paddingTop: 20,
      fontFamily: 'Inter',
      fontSize: 28,
      color: COLORS.muted,
    },
    text,
  );
}

/** A card's layout: the brand, a column of the main text and an optional line under it, a footer. */
function layout(main: Node, sub: Node | null, footerText: string): Node {
  return frame([
    brand(),
    el('div', { display: 'flex', flexDirection: 'column', width: INNER_WIDTH }, [
      main,
      ...(sub ? [sub] : []),
    ]),
    footer(footerText),
  ]);
}

/** A line of the card's column in the serif face (quotes, titles). */
function serif(style: Record<string, unknown>, text: string): Node {
  return el('div', { display: 'flex', fontFamily: 'Source Serif 4', ...style }, text);
}

/** A line of the card's column in the sans face, below the main text. */
function sans(style: Record<string, unknown>, text: string): Node {
  return el('div', { display: 'flex', fontFamily: 'Inter', ...style }, text);
}

/** The satori element tree of a card. */
export function cardTree(card: Card): Node {
  if (card.kind === 'quote') {
    // A quote's closing comma (`“in any case,” he said`) reads oddly on its own.
    const text = shortenText(card.text, 220).replace(/[,;:]$/u, '');
    return layout(
      serif(
        { fontSize: quoteFontSize(text.length), lineHeight: 1.25, color: COLORS.ink },
        `“${text}”`,
      ),
      sans(
        { marginTop: 28, fontSize: 34, fontWeight: 700, color: COLORS.ink },
        `— ${card.speaker ?? 'Unattributed'}`,
      ),
      metaLine(card.outlet, card.date),
    );
  }
  if (card.kind === 'article') {
    const title = shortenText(card.title, 140);
    const dek = card.dek ? shortenText(card.dek, 150) : null;
    return layout(
      serif({ fontWeight: 700, fontSize: title.length > 90 ? 52 : 62, lineHeight: 1.15 }, title),
      dek
        ? sans({ marginTop: 24, fontSize: 30, lineHeight: 1.35, color: COLORS.muted }, dek)
        : null,
      metaLine(card.outlet, card.date),
    );
  }
  return layout(
    serif({ fontWeight: 700, fontSize: 88 }, card.title),
    sans({ marginTop: 24, fontSize: 36, color: COLORS.muted }, card.subtitle),
    'Raw article text, cleaned and linked',
  );
}

/** Renders a card to PNG, without the cache. */
export async function renderCard(card: Card): Promise<Uint8Array> {
  const fonts = await loadFonts();
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], {
    width: SHARE_IMAGE.width,
    height: SHARE_IMAGE.height,
    fonts: fonts.list,
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE.width } })
    .render()
    .asPng();
  return new Uint8Array(png);
}

/** The cache key of a card: its content and the design version. */
export function cardKey(card: Card): string {
  return createHash('sha256')
    .update(JSON.stringify({ v: DESIGN_VERSION, card }))
    .digest('hex')
    .slice(0, 32);
}

/** Counts of cached and rendered cards in this process, and time spent rendering. */
export const cardStats = { cached: 0, rendered: 0, renderMs: 0, cachedMs: 0 };

/** Cards being made in this process, by key: pages rendered at the same time share one render. */
const inFlight = new Map<string, Promise<Uint8Array>>();

/** A card's PNG, from the cache when its content is unchanged, else rendered and cached. */
export function cardPng(card: Card): Promise<Uint8Array> {
  const key = cardKey(card);
  let made = inFlight.get(key);
  if (!made) {
    made = cachedOrRendered(card, key).finally(() => inFlight.delete(key));
    inFlight.set(key, made);
  }
  return made;
}

async function cachedOrRendered(card: Card, key: string): Promise<Uint8Array> {
  const started = performance.now();
  const file = path.join(CACHE_DIR, `${key}.png`);
  try {
    const png = new Uint8Array(await readFile(file));
    cardStats.cached++;
    cardStats.cachedMs += performance.now() - started;
    return png;
  } catch {
    // Not cached yet.
  }
  const png = await renderCard(card);
  await mkdir(CACHE_DIR, { recursive: true });
  // A name of its own, so that no other write (another build, another page) can take it away.
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temp, png);
  await rename(temp, file);
  cardStats.rendered++;
  cardStats.renderMs += performance.now() - started;
  return png;
}

/** A PNG response. */
export function pngResponse(png: Uint8Array): Response {
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
}
