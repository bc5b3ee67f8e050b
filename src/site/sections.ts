/**
 * Sections across the corpus: the `section` of every article (from a `folder.yaml`, or the name
 * of the file's top folder), each with its page slug and its articles, in the order given.
 */
import { uniqueSlugs } from './slugs.ts';

/** The least an article needs to be placed under its section. */
export interface Sectioned {
  id: string;
  section: string | null;
  sectionSource: string;
}

/** One section: its page slug, its name, whether it is a folder's name, and its articles. */
export interface Section<T> {
  slug: string;
  name: string;
  /** True when every article took the section from its folder's name, not a `folder.yaml`. */
  fromFolderName: boolean;
  articles: T[];
}

/** Articles grouped by section, biggest first (ties by name); articles without one left out. */
export function groupSections<T extends { data: Sectioned }>(articles: readonly T[]): Section<T>[] {
  const byName = Map.groupBy(
    articles.filter((a) => a.data.section),
    (a) => a.data.section!,
  );
  const slugs = uniqueSlugs(byName.keys());
  return [...byName]
    .map(([name, list]) => ({
      slug: slugs.get(name)!,
      name,
      fromFolderName: list.every((a) => a.data.sectionSource === 'folder-name'),
      articles: list,
    }))
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'en'));
}

/** The page slug of every section name. */
export function sectionPageSlugs(articles: readonly { data: Sectioned }[]): Map<string, string> {
  return new Map(groupSections(articles).map((s) => [s.name, s.slug]));
}
