/**
 * Addresses and texts for sharing: absolute URLs (when the site's address is configured), page
 * descriptions, and the share-image paths. Pure: the site and base come in as arguments.
 */
import type { Entry } from '../schemas/entry.ts';
import { settingOn } from '../lib/settings.ts';
import { joinBase } from '../site/url.ts';

/** Whether per-page share images are made (`CLIPPINGS_SHARE_IMAGES=off` turns them off). */
export function shareImagesEnabled(value: string | undefined): boolean {
  return settingOn(value);
}

/**
 * A site path (`/report/`, without the base) as the address to share: absolute under `site` when
 * the site's address is known, else the path under the base (relative to the host).
 */
export function shareUrl(site: URL | string | undefined, base: string, path: string): string {
  const local = joinBase(base, path);
  return site ? new URL(local, site).href : local;
}

/** The path of an article's share image, without the base path. */
export function articleImagePath(id: string): string {
  return `/og/articles/${id}.png`;
}

/** The path of a quote's share image, without the base path. */
export function quoteImagePath(id: string): string {
  return `/og/quotes/${id}.png`;
}

/** The path of the site-wide share image, without the base path. */
export const SITE_IMAGE_PATH = '/og/site.png';

/** Share images are this size (the Open Graph recommendation). */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/**
 * Text shortened to at most `max` characters at a word boundary, with `…` when cut; trailing
 * punctuation before the cut is dropped. A single overlong word is cut mid-word.
 */
export function shortenText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, Math.max(1, max - 1));
  const space = room.lastIndexOf(' ');
  const cut = space > max * 0.5 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/** An article's share description: its dek, else its first paragraph, else its title, shortened. */
export function articleDescription(data: Pick<Entry, 'dek' | 'blocks' | 'title'>): string {
  return shortenText(
    data.dek ?? data.blocks.find((b) => b.type === 'paragraph')?.text ?? data.title,
    200,
  );
}
