/** `/search-index/meta.json`: counts, id ranges and sizes of the search index, filter choices. */
import type { APIRoute } from 'astro';
import { json, searchIndex } from './_index.ts';

export const GET: APIRoute = async () => json((await searchIndex()).meta);
