/**
 * Digests of what a page is made from: its URL and its props, under a version of the site's own
 * code. Two builds give a page the same digest only if it would render the same.
 */
import { createHash } from 'node:crypto';

/**
 * Maps, Sets and frozen arrays seen before, by identity: props shared by many pages (a slug map,
 * a quote's variant group) are digested once. A frozen array cannot change its members, so its
 * digest stands as long as it does.
 */
const memo = new WeakMap<object, string>();

/** Whether a value is digested once and then written as its digest (`#…`). */
function sharedValue(value: object): value is Map<unknown, unknown> | Set<unknown> | unknown[] {
  return (
    value instanceof Map ||
    value instanceof Set ||
    (Array.isArray(value) && value.length > 0 && Object.isFrozen(value))
  );
}

/**
 * A text form of a value that tells apart any two values a page could render differently:
 * JSON, with Maps, Sets and frozen arrays as the digest of their entries (one met again is not
 * written again), a content-collection entry as its collection, id and digest (the loader's digest of its
 * data), byte arrays as their digest, functions and undefined left out. Object keys are written
 * in their own order: the same code given the same data builds its props in the same order, and
 * an order that did change would only cost a page rendered again. (Native `JSON.stringify`: three
 * times as fast as a walk in script that sorts keys, for 65,000 pages a build.)
 */
export function stableText(value: unknown): string {
  return JSON.stringify(value, replace) ?? '';
}

function replace(this: unknown, _key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object')
    return typeof value === 'bigint' ? `${value}n` : value;
  if (sharedValue(value)) {
    let digest = memo.get(value);
    if (digest === undefined) {
      const kind = value instanceof Map ? 'M' : value instanceof Set ? 'S' : 'A';
      // Spread into a new (unfrozen) array: its members are written out, not memoised again.
      const body = JSON.stringify([kind, [...value]], replace);
      digest = `#${createHash('sha1').update(body).digest('base64url')}`;
      memo.set(value, digest);
    }
    return digest;
  }
  if (ArrayBuffer.isView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return `B${createHash('sha1').update(bytes).digest('base64url')}`;
  }
  const record = value as Record<string, unknown>;
  // A content-collection entry stands for its data by the digest the loader gave it.
  if (
    typeof record['collection'] === 'string' &&
    typeof record['id'] === 'string' &&
    (typeof record['digest'] === 'string' || typeof record['digest'] === 'number') &&
    'data' in record
  )
    return `E${JSON.stringify([record['collection'], record['id'], record['digest']])}`;
  return value;
}

/** The digest of one page: the site's version, its URL and its props. */
export function pageDigest(version: string, url: string, props: unknown): string {
  return createHash('sha1')
    .update(version)
    .update('\0')
    .update(url)
    .update('\0')
    .update(stableText(props))
    .digest('base64url');
}

/**
 * The file a page's URL is written to under the output folder (`build.format: 'directory'`):
 * `/articles/x/` → `articles/x/index.html`, `/raw/x.txt` → `raw/x.txt`.
 */
export function outputFile(url: string): string {
  const decoded = decodeURI(url).replace(/^\/+/, '');
  return decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded;
}
