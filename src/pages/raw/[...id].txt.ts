/**
 * `/raw/<id>.txt`: the text of one input file as it was read (decoded, line ends normalised),
 * keyed by the id of the file's first story. Every story of a file links to the same address.
 */
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../loaders/article-entries.ts';
import { contentRoot } from '../../loaders/corpus-cache.ts';
import { rawTextKeysByFile } from '../../site/articles.ts';
import { rawTextBody } from '../../publish/raw-text.ts';
import { reusePages } from '../../page-cache/reuse-pages.ts';

export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return reusePages(
    '/raw/[...id].txt',
    [...rawTextKeysByFile(articles)].map(([file, id]) => ({
      params: { id },
      // The digest of the file's bytes stands for them: a changed file is written again, even
      // when its size and modification time were kept (`touch -r`, sync tools).
      props: { file, stamp: fileStamp(file) },
    })),
  );
}) satisfies GetStaticPaths;

/** The SHA-1 digest of a content file's bytes, or null when it cannot be read. */
function fileStamp(file: string): string | null {
  try {
    return createHash('sha1')
      .update(readFileSync(path.resolve(contentRoot(), file)))
      .digest('base64url');
  } catch {
    return null;
  }
}

export const GET: APIRoute<{ file: string; stamp: string | null }> = async ({ props }) => {
  const root = contentRoot();
  const absolute = path.resolve(root, props.file);
  if (!absolute.startsWith(root + path.sep)) {
    throw new Error(`raw text: ${props.file} is outside the content folder`);
  }
  const body = rawTextBody(new Uint8Array(await readFile(absolute)));
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
