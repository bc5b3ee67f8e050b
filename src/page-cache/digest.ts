/**
 * Digests of what a page is made from: its URL and its props, under a version of the site's own
 * code. Two builds give a page the same digest only if it would render the same.
 */
import { createHash } from 'node:crypto';

/** Maps and Sets seen before, by identity: shared props (a slug map) are digested once. */
const memo = new WeakMap<object, string>();

/**
 * A text form of a value that tells apart any two values a page could render differently:
 * JSON, with Maps and Sets as the digest of their entries (a Map or Set met again is not written
 * again), a content-collection entry as its collection, id and digest (the loader's digest of its
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
  if (value instanceof Map || value instanceof Set) {
    let digest = memo.get(value);
    if (digest === undefined) {
      const body = JSON.stringify(
        value instanceof Map ? ['M', [...value]] : ['S', [...value]],
        replace,
      );
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
