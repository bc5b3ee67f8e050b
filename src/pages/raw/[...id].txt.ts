/**
 * `/raw/<id>.txt`: the text of one input file as it was read (decoded, line ends normalised),
 * keyed by the id of the file's first story. Every story of a file links to the same address.
 * The text comes from the bytes the corpus parsed (`loaders/raw-files.ts`), never from a second
 * read of the content folder: a file deleted or edited during the build changes nothing here.
 */
import { createHash } from 'node:crypto';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../loaders/article-entries.ts';
import { contentRoot } from '../../loaders/corpus-cache.ts';
import { readRawFiles } from '../../loaders/raw-files.ts';
import { rawTextKeysByFile } from '../../site/articles.ts';
import { rawTextBody } from '../../publish/raw-text.ts';
import { reusePages } from '../../page-cache/reuse-pages.ts';

export const getStaticPaths = (async () => {
  const [articles, raw] = await Promise.all([getArticles(), readRawFiles(contentRoot())]);
  return reusePages(
    '/raw/[...id].txt',
    [...rawTextKeysByFile(articles)].map(([file, id]) => ({
      params: { id },
      // The digest of the file's bytes stands for them: a changed file is written again, even
      // when its size and modification time were kept (`touch -r`, sync tools).
      props: { file, stamp: bytesDigest(raw.get(file)) },
    })),
  );
}) satisfies GetStaticPaths;

/** The SHA-1 digest of a file's bytes, or null when the corpus did not read it. */
function bytesDigest(bytes: Uint8Array | undefined): string | null {
  return bytes ? createHash('sha1').update(bytes).digest('base64url') : null;
}

export const GET: APIRoute<{ file: string; stamp: string | null }> = async ({ props }) => {
  const bytes = (await readRawFiles(contentRoot())).get(props.file);
  if (!bytes) throw new Error(`raw text: ${props.file} was not read with the corpus`);
  return new Response(rawTextBody(bytes), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
