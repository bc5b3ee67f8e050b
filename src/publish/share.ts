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

/**
 * A quote's share title: who, then the quote, shortened at a word boundary (with `…`) so the
 * whole title stays within `max` characters. The speaker comes first so that a preview cut by
 * the platform still says who; the words are kept as long as the room allows.
 */
export function quoteShareTitle(speaker: string | null, text: string, max = 110): string {
  const who = speaker ?? 'Unattributed';
  return `${who}: “${shortenText(text, Math.max(20, max - who.length - 4))}”`;
}

/** A quote's share description: the whole quote, who said it and where it was reported. */
export function quoteShareDescription(
  speaker: string | null,
  text: string,
  article: { title: string; source: string | null },
): string {
  const words = text.replace(/\s+/g, ' ').trim();
  const where = `quoted in “${article.title}”${article.source ? ` (${article.source})` : ''}`;
  return `“${words}” — ${speaker ?? 'unattributed'}, ${where}.`;
}

/**
 * What the build says when the site's address (`CLIPPINGS_SITE`) is not set: what breaks and
 * how to fix it. Null when it is set.
 */
export function siteAddressWarning(site: URL | string | undefined): string | null {
  if (site) return null;
  return [
    'CLIPPINGS_SITE is not set, so shared links break:',
    'share previews show no image (og:image, og:url and canonical links are paths, not addresses),',
    'feeds link to http://localhost:4321/, citations carry paths until a browser opens the page,',
    'and no sitemap is made.',
    'Set CLIPPINGS_SITE to the address the site will be served from (https://example.org/).',
  ].join(' ');
}

/** A piece of text, and whether it is one of the page addresses it was split on. */
export interface TextPart {
  text: string;
  address: boolean;
}

/**
 * Text split around the given addresses (each occurrence becomes its own part), so that a page
 * can mark them: a citation built without the site's address holds paths, which the browser
 * turns into full addresses. Only paths (`/…`) are split out; full addresses stay in the text.
 */
export function splitAddresses(text: string, addresses: readonly string[]): TextPart[] {
  const paths = [...new Set(addresses.filter((a) => a.startsWith('/')))].sort(
    (a, b) => b.length - a.length,
  );
  const parts: TextPart[] = [];
  let rest = text;
  while (rest) {
    let at = -1;
    let found = '';
    for (const p of paths) {
      const i = rest.indexOf(p);
      if (i >= 0 && (at < 0 || i < at)) [at, found] = [i, p];
    }
    if (at < 0) break;
    if (at > 0) parts.push({ text: rest.slice(0, at), address: false });
    parts.push({ text: found, address: true });
    rest = rest.slice(at + found.length);
  }
  if (rest) parts.push({ text: rest, address: false });
  return parts;
}
