/**
 * What an article page shows beyond its own entry: its quotes, the story it belongs to, the text
 * it rewrites, related articles, the other parts of its file, and the outlet page it links to.
 * Built once for the whole corpus, so each page's props are plain data (the page cache digests them).
 */
import type { Entry } from '../schemas/entry.ts';
import { rawTextKeysByFile, storiesByFile } from './articles.ts';
import { outletPageSlugs } from './outlets.ts';
import { sectionPageSlugs } from './sections.ts';
import { allQuotes, quotesByArticle, speakerSlugs, type QuoteRecord } from './quotes.ts';
import { groupStories } from './story-groups.ts';

/** What a link to another article shows. */
export interface LinkedArticle {
  id: string;
  title: string;
  source: string | null;
  date: string | null;
  dateSource: string;
}

/** Another part of the same source file (a file holding several stories). */
export interface Sibling {
  id: string;
  part: number;
  title: string;
}

/** The story an article belongs to, with the other articles in it. */
export interface ArticleStory {
  id: string;
  size: number;
  others: LinkedArticle[];
}

/** The props of one article page. */
// A type, not an interface: Astro wants page props indexable by string.
export type ArticlePageProps<T> = {
  entry: T;
  /** The article's quotes, in reading order. */
  quotes: QuoteRecord[];
  /** The corpus's speaker slugs. */
  speakers: ReadonlyMap<string, string>;
  /** The key of the article's raw-text page. */
  rawKey: string;
  siblings: Sibling[];
  outletSlug: string | null;
  /** The slug of the article's section page, when it has a section. */
  sectionSlug: string | null;
  story: ArticleStory | null;
  rewriteOf: LinkedArticle | null;
  /** Related articles not already listed under the story. */
  related: LinkedArticle[];
};

/** The fields of an entry that a link to it shows. */
export function linkedArticle(data: Entry): LinkedArticle {
  return {
    id: data.id,
    title: data.title,
    source: data.source,
    date: data.date,
    dateSource: data.dateSource,
  };
}

/** The props of every article page, in the order of `articles`. */
export function articlePages<T extends { id: string; data: Entry }>(
  articles: readonly T[],
): { params: { id: string }; props: ArticlePageProps<T> }[] {
  const rawKeys = rawTextKeysByFile(articles);
  const quotes = allQuotes(articles.map((a) => a.data));
  const speakers = speakerSlugs(quotes);
  const byArticle = new Map(quotesByArticle(quotes).map((g) => [g.article.id, g.records]));
  const outlets = outletPageSlugs(articles);
  const sections = sectionPageSlugs(articles);
  const byFile = storiesByFile(articles);
  const brief = new Map(articles.map(({ data }) => [data.id, linkedArticle(data)]));
  const stories = new Map(groupStories(articles).map((s) => [s.id, s]));
  return articles.map((entry) => {
    const { data } = entry;
    const members = data.story ? (stories.get(data.story)?.articles ?? []) : [];
    const inStory = new Set(members.map((a) => a.id));
    return {
      params: { id: entry.id },
      props: {
        entry,
        quotes: byArticle.get(data.id) ?? [],
        speakers,
        rawKey: rawKeys.get(data.file) ?? entry.id,
        outletSlug: data.source ? (outlets.get(data.source) ?? null) : null,
        sectionSlug: data.section ? (sections.get(data.section) ?? null) : null,
        story: data.story
          ? {
              id: data.story,
              size: members.length,
              others: members.filter((a) => a.id !== entry.id).map((a) => brief.get(a.id)!),
            }
          : null,
        rewriteOf: data.rewriteOf ? (brief.get(data.rewriteOf) ?? null) : null,
        related: data.related.filter((id) => !inStory.has(id)).flatMap((id) => brief.get(id) ?? []),
        siblings: (byFile.get(data.file) ?? []).map(({ data: s }) => ({
          id: s.id,
          part: s.part,
          title: s.title,
        })),
      },
    };
  });
}
