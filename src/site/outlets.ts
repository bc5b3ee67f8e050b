/**
 * Outlets across the corpus: the `source` of every article, each with its page slug (the same
 * collision-free slugs the quote filter uses, from `uniqueSlugs`) and its articles.
 */
import { uniqueSlugs } from './slugs.ts';

/** The least an article needs to be placed under its outlet. */
export interface Sourced {
  id: string;
  source: string | null;
}

/** One outlet: its page slug, its name, and its articles in the given order. */
export interface Outlet<T> {
  slug: string;
  name: string;
  articles: T[];
}

/** `unknown` names the articles without an outlet in filters; no outlet page takes it. */
const RESERVED = ['unknown'];

/** Articles grouped by outlet, biggest outlet first (ties by name); articles without one left out. */
export function groupOutlets<T extends { data: Sourced }>(articles: readonly T[]): Outlet<T>[] {
  const byName = new Map<string, T[]>();
  for (const article of articles) {
    const name = article.data.source;
    if (!name) continue;
    const list = byName.get(name) ?? [];
    list.push(article);
    byName.set(name, list);
  }
  const slugs = uniqueSlugs(byName.keys(), RESERVED);
  return [...byName]
    .map(([name, list]) => ({ slug: slugs.get(name)!, name, articles: list }))
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'en'));
}

/** The page slug of every outlet name. */
export function outletPageSlugs(articles: readonly { data: Sourced }[]): Map<string, string> {
  return new Map(groupOutlets(articles).map((o) => [o.name, o.slug]));
}

/** What the outlets index shows of an outlet: slug, name and number of articles. */
export interface OutletRow {
  slug: string;
  name: string;
  articles: number;
}

/** Every outlet as an index row, in `groupOutlets` order (biggest first). */
export function outletRows(articles: readonly { data: Sourced }[]): OutletRow[] {
  return groupOutlets(articles).map((o) => ({
    slug: o.slug,
    name: o.name,
    articles: o.articles.length,
  }));
}
