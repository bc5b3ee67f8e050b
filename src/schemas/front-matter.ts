/** Zod schema of the optional YAML front matter of an input file. */
import { z } from 'zod';
import { authorsField, dayField, textField } from './fields.ts';

export const frontMatterSchema = z.object({
  /** Stable id for the entry's URL; overrides the id derived from the file path. */
  id: z
    .string({ error: 'must be text' })
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]*(?:\/[\p{L}\p{N}][\p{L}\p{N}_-]*)*$/u, {
      error: 'must be letters, digits, `-`, `_` and `/` only',
    })
    .optional(),
  /** The headline. */
  title: textField().optional(),
  /** Publication date, `YYYY-MM-DD`. */
  date: dayField().optional(),
  /** Author names: one string or a list. */
  authors: authorsField().optional(),
  /** The outlet that published the article. */
  source: textField().optional(),
  /** The article's original address. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
});
