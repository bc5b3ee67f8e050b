/** Site paths that respect the configured base path (`CLIPPINGS_BASE`). */

/** `path` under `base`: exactly one slash between them, the path's own trailing slash kept. */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.startsWith('/') ? path.slice(1) : path;
  return `${head}${tail}`;
}

/** A site path (`/report/`) prefixed with the site's base path. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The page path of an article, without the base path. */
export function articlePath(id: string): string {
  return `/articles/${id}/`;
}

/** The path of a raw-text file served at `/raw/<key>.txt`, without the base path. */
export function rawTextPath(key: string): string {
  return `/raw/${key}.txt`;
}

/** The address when it is a plain http(s) URL that is safe to link to, else null. */
export function safeExternalUrl(address: string | null | undefined): string | null {
  if (!address) return null;
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The page path of a quote, without the base path. */
export function quotePath(id: string): string {
  return `/quotes/${id}/`;
}

/** The page path of a speaker (by slug, from `speakerSlugs`), without the base path. */
export function speakerPath(slug: string): string {
  return `/speakers/${slug}/`;
}

/** The search page with a query filled in: `/search/?q=Tony%20Blair`. */
export function searchPath(query: string): string {
  return `/search/?${new URLSearchParams({ q: query }).toString()}`;
}

/** The path of a paragraph (block) of an article: `/articles/<id>/#p3`, without the base path. */
export function paragraphPath(articleId: string, block: string): string {
  return `${articlePath(articleId)}#${block}`;
}

/** The page path of a story (articles about one event), without the base path. */
export function storyPath(id: string): string {
  return `/stories/${id}/`;
}

/** The page path of an outlet (by slug, from `outletSlug`), without the base path. */
export function outletPath(slug: string): string {
  return `/outlets/${slug}/`;
}

/** The page path of a section (by slug, from `groupSections`), without the base path. */
export function sectionPath(slug: string): string {
  return `/sections/${slug}/`;
}

/** The page path of a month (`2025-12`) or of the undated articles (`null`), without the base path. */
export function monthPath(month: string | null): string {
  return `/dates/${month ?? 'undated'}/`;
}

/** The page path of a named entity (person, organisation, place), without the base path. */
export function entityPath(id: string): string {
  return `/entities/${id}/`;
}

/**
 * The links an article body carries (quotes, speakers, entities), with the base path: what
 * `renderBody` needs to render the body at page time.
 */
export function bodyLinks(): {
  quote: (q: { id: string }) => string;
  speaker: (q: { speakerId: string | null }) => string | null;
  entity: (e: { id: string }) => string;
} {
  return {
    quote: (q) => withBase(quotePath(q.id)),
    speaker: (q) => (q.speakerId ? withBase(speakerPath(q.speakerId)) : null),
    entity: (e) => withBase(entityPath(e.id)),
  };
}
