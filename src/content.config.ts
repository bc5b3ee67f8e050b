/** Content collections: the articles parsed from `content/` and the report on every input file. */
import { defineCollection } from 'astro:content';
import { articleLoader, sourceFileLoader } from './loaders/clippings-loader.ts';
import { entrySchema, fileReportSchema } from './schemas/entry.ts';

export const collections = {
  articles: defineCollection({ loader: articleLoader(), schema: entrySchema }),
  sourceFiles: defineCollection({ loader: sourceFileLoader(), schema: fileReportSchema }),
};
