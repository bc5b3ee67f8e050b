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
import { writeDirectly } from '../../page-cache/direct-pages.ts';
import { rawTextPath } from '../../site/url.ts';

export const getStaticPaths = (async () => {
  const [articles, raw] = await Promise.all([getArticles(), readRawFiles(contentRoot())]);
  const paths = reusePages(
    '/raw/[...id].txt',
    [...rawTextKeysByFile(articles)].map(([file, id]) => ({
      params: { id },
      // The digest of the file's bytes stands for them: a changed file is written again, even
      // when its size and modification time were kept (`touch -r`, sync tools).
      props: { file, stamp: bytesDigest(raw.get(file)) },
    })),
  );
  // Written straight to their files after Astro's pages, as `GET` gives them (checked against it).
  writeDirectly(
    '/raw/[...id].txt',
    paths.map((p) => ({ url: rawTextPath(p.params.id), props: p.props })),
    { slots: [], write: ({ file }) => rawText(raw, file), shape: () => 'raw text' },
  );
  return paths;
}) satisfies GetStaticPaths;

/** The served text of `file`, from the bytes the corpus read. */
function rawText(raw: ReadonlyMap<string, Uint8Array>, file: string): string {
  const bytes = raw.get(file);
  if (!bytes) throw new Error(`raw text: ${file} was not read with the corpus`);
  return rawTextBody(bytes);
}

/** The SHA-1 digest of a file's bytes, or null when the corpus did not read it. */
function bytesDigest(bytes: Uint8Array | undefined): string | null {
  return bytes ? createHash('sha1').update(bytes).digest('base64url') : null;
}

export const GET: APIRoute<{ file: string; stamp: string | null }> = async ({ props }) => {
  return new Response(rawText(await readRawFiles(contentRoot()), props.file), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
