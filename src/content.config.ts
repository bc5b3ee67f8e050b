/**
 * Content collections: the articles parsed from `content/` (without their details: read them
 * whole with `getArticles()`, `loaders/article-entries.ts`) and the report on every input file.
 */
import { defineCollection } from 'astro:content';
import { articleLoader, sourceFileLoader } from './loaders/clippings-loader.ts';
import { fileReportSchema, storedEntrySchema } from './schemas/entry.ts';

export const collections = {
  articles: defineCollection({ loader: articleLoader(), schema: storedEntrySchema }),
  sourceFiles: defineCollection({ loader: sourceFileLoader(), schema: fileReportSchema }),
};
