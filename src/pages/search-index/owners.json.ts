/** `/search-index/owners.json`: paragraph and quote records per article (for result counts). */
import type { APIRoute } from 'astro';
import { json, searchIndex } from './_index.ts';

export const GET: APIRoute = async () => json((await searchIndex()).owners);
