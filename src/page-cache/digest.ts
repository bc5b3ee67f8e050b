/**
 * Digests of what a page is made from: its URL and its props, under a version of the site's own
 * code. Two builds give a page the same digest only if it would render the same.
 */
import { createHash } from 'node:crypto';

/** Maps and Sets seen before, by identity: shared props (a slug map) are digested once. */
const memo = new WeakMap<object, string>();

/**
 * A stable text form of a value: object keys sorted, Maps and Sets as their entries (a Map or Set
 * met again is written as the digest of its first writing), a content-collection entry as its
 * collection, id and digest (the loader's digest of its data), functions and undefined left out.
 */
export function stableText(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return '';
    if (typeof value === 'bigint') return `${value}n`;
    return JSON.stringify(value) ?? '';
  }
  if (value instanceof Map || value instanceof Set) {
    const known = memo.get(value);
    if (known !== undefined) return known;
    const body =
      value instanceof Map
        ? `M[${[...value].map(([k, v]) => `${stableText(k)}:${stableText(v)}`).join(',')}]`
        : `S[${[...value].map(stableText).join(',')}]`;
    const digest = `#${createHash('sha1').update(body).digest('base64url')}`;
    memo.set(value, digest);
    return digest;
  }
  if (value instanceof Date) return `D${value.toISOString()}`;
  if (Array.isArray(value)) return `[${value.map(stableText).join(',')}]`;
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
  const keys = Object.keys(record).sort();
  return `{${keys
    .filter((k) => record[k] !== undefined && typeof record[k] !== 'function')
    .map((k) => `${JSON.stringify(k)}:${stableText(record[k])}`)
    .join(',')}}`;
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
