/**
 * `/raw/<id>.txt`: the text of one input file as it was read (decoded, line ends normalised),
 * keyed by the id of the file's first story. Every story of a file links to the same address.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { contentRoot } from '../../loaders/corpus-cache.ts';
import { rawTextKeysByFile } from '../../utils/articles.ts';
import { rawTextBody } from '../../utils/raw-text.ts';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return [...rawTextKeysByFile(articles)].map(([file, id]) => ({
    params: { id },
    props: { file },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = async ({ props }) => {
  const root = contentRoot();
  const absolute = path.resolve(root, props.file);
  if (!absolute.startsWith(root + path.sep)) {
    throw new Error(`raw text: ${props.file} is outside the content folder`);
  }
  const body = rawTextBody(new Uint8Array(await readFile(absolute)));
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
