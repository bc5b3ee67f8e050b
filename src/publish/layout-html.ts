/**
 * The page layout (`layouts/Base.astro` with `SiteHeader`, `SearchBox` and `SiteFooter`) as a
 * string, byte for byte as Astro renders it, for pages written without Astro's renderer
 * (`quote-page-html.ts`). The build checks it against Astro's own rendering
 * (`page-cache/direct-pages.ts`); a change to those components must be made here too.
 */
import { attr, escapeHtml } from '../lib/html.ts';
import { joinBase } from '../site/url.ts';
import { SHARE_IMAGE, SITE_IMAGE_PATH, shareUrl } from './share.ts';

/**
 * What of a page Astro adds from the build itself, learnt from a page Astro rendered: the head
 * elements (the Content-Security-Policy and the stylesheets) and the bundled module scripts.
 */
export interface PageAssets {
  head: string;
  /** `Astro.generator`, as written in its meta tag. */
  generator: string;
  /** The header search box's script (after its form). */
  searchScript: string;
  /** The citation's script (after the "Cite this" details). */
  citationScript: string;
}

/** What a page is written against: the site's address and base, and the build's settings. */
export interface PageContext {
  site: URL | undefined;
  /** The base path (`import.meta.env.BASE_URL`). */
  base: string;
  /** Whether pages point at their own share images (`CLIPPINGS_SHARE_IMAGES`). */
  shareImages: boolean;
}

/** `Base.astro`'s props, as the pages written here use them. */
export interface LayoutProps {
  title: string;
  description: string;
  /** The page's path as Astro has it (`Astro.url.pathname`: with the base, `/clips/quotes/q1/`). */
  pathname: string;
  type: 'website' | 'article';
  image?: { path: string; alt: string } | undefined;
  published?: string | null | undefined;
  authors?: readonly string[] | undefined;
}

const NAV = [
  ['Articles', '/'],
  ['Stories', '/stories/'],
  ['Quotes', '/quotes/'],
  ['Speakers', '/speakers/'],
  ['Names', '/entities/'],
  ['Outlets', '/outlets/'],
  ['Dates', '/dates/'],
  ['Corpus report', '/report/'],
] as const;

const FEEDS = [
  ['RSS feed', '/rss.xml'],
  ['JSON Feed', '/feed.json'],
  ['Articles (JSON Lines)', '/data/articles.jsonl'],
  ['Quotes (CSV)', '/data/quotes.csv'],
  ['Quotes (JSON Lines)', '/data/quotes.jsonl'],
] as const;

/** A whole page: the layout around `main` (the page's own markup, already HTML). */
export function layoutHtml(
  props: LayoutProps,
  main: string,
  context: PageContext,
  assets: PageAssets,
): string {
  return `<!DOCTYPE html><html lang="en">${headHtml(props, context, assets)}<body><a class="skip-link" href="#main">Skip to content</a>${headerHtml(context.base, assets)}<main id="main" tabindex="-1">${main}</main>${footerHtml(context.base)}</body></html>`;
}

function headHtml(props: LayoutProps, context: PageContext, assets: PageAssets): string {
  const { title, description, type, image, published, authors = [] } = props;
  const { site, base } = context;
  const fullTitle = title === 'Clippings' ? title : `${title} · Clippings`;
  const canonical = site ? new URL(props.pathname, site).href : props.pathname;
  const ownImage = image !== undefined && context.shareImages;
  const ogImage = shareUrl(site, base, ownImage ? image.path : SITE_IMAGE_PATH);
  const ogImageAlt = ownImage ? image.alt : 'Clippings: raw article text, cleaned and linked';
  const meta = (key: 'name' | 'property', name: string, content: string | number): string =>
    `<meta${attr(key, name)}${attr('content', content)}>`;
  return (
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="description"${attr('content', description)}><meta name="color-scheme" content="light dark">` +
    `<meta name="generator" content="${assets.generator}">` +
    `<link rel="icon" type="image/svg+xml"${attr('href', joinBase(base, '/favicon.svg'))}>` +
    `<title>${escapeHtml(fullTitle)}</title><link rel="canonical"${attr('href', canonical)}>` +
    `<link rel="alternate" type="application/rss+xml" title="Clippings: newest articles (RSS)"${attr('href', joinBase(base, '/rss.xml'))}>` +
    `<link rel="alternate" type="application/feed+json" title="Clippings: newest articles (JSON Feed)"${attr('href', joinBase(base, '/feed.json'))}>` +
    `<meta property="og:site_name" content="Clippings">` +
    meta('property', 'og:title', title) +
    meta('property', 'og:description', description) +
    meta('property', 'og:type', type) +
    meta('property', 'og:url', canonical) +
    meta('property', 'og:image', ogImage) +
    `<meta property="og:image:type" content="image/png">` +
    meta('property', 'og:image:width', String(SHARE_IMAGE.width)) +
    meta('property', 'og:image:height', String(SHARE_IMAGE.height)) +
    meta('property', 'og:image:alt', ogImageAlt) +
    (type === 'article' && published ? meta('property', 'article:published_time', published) : '') +
    (type === 'article' ? authors.map((a) => meta('property', 'article:author', a)).join('') : '') +
    `<meta name="twitter:card" content="summary_large_image">` +
    meta('name', 'twitter:title', title) +
    meta('name', 'twitter:description', description) +
    meta('name', 'twitter:image', ogImage) +
    meta('name', 'twitter:image:alt', ogImageAlt) +
    `${assets.head}</head>`
  );
}

function headerHtml(base: string, assets: PageAssets): string {
  const nav = NAV.map(
    ([label, href]) => `<li><a${attr('href', joinBase(base, href))}>${label}</a></li>`,
  );
  return (
    `<header class="site-header"><div class="wrap"><a class="site-name"${attr('href', joinBase(base, '/'))}>` +
    `<img${attr('src', joinBase(base, '/favicon.svg'))} alt="" width="24" height="24">Clippings</a>` +
    `<nav class="site-nav" aria-label="Main"><ul>${nav.join('')}</ul></nav>` +
    `<form class="search-box" role="search" aria-label="Site"${attr('action', joinBase(base, '/search/'))} method="get" data-search-box${attr('data-base', base)}>` +
    `<label for="site-search" class="visually-hidden">Search articles and quotes</label>` +
    `<div class="search-box-field"><input id="site-search" type="search" name="q" placeholder="Search" autocomplete="off" enterkeyhint="search" aria-keyshortcuts="/" data-search-box-input>` +
    `<ul id="site-search-suggestions" class="search-box-suggestions" role="listbox" aria-label="Top results" hidden data-search-box-list></ul></div>` +
    `<button type="submit">Search</button></form>${assets.searchScript}</div></header>`
  );
}

function footerHtml(base: string): string {
  const feeds = FEEDS.map(
    ([label, href]) => `<li><a${attr('href', joinBase(base, href))}>${label}</a></li>`,
  );
  return (
    `<footer class="site-footer"><div class="wrap"><p>Clippings: raw article text, cleaned and linked. Every removal and repair is listed on its article page and in the <a${attr('href', joinBase(base, '/report/'))}>corpus report</a>.</p>` +
    `<nav class="footer-data" aria-label="Feeds and data"><ul>${feeds.join('')}</ul></nav></div></footer>`
  );
}
