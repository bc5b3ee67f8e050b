/** Zod schema of the optional YAML front matter of an input file. */
import { z } from 'zod';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export const frontMatterSchema = z.object({
  /** Stable id for the entry's URL; overrides the id derived from the file path. */
  id: z
    .string({ error: 'must be text' })
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}_-]*(?:\/[\p{L}\p{N}][\p{L}\p{N}_-]*)*$/u, {
      error: 'must be letters, digits, `-`, `_` and `/` only',
    })
    .optional(),
  /** The headline. */
  title: z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .optional(),
  /** Publication date, `YYYY-MM-DD`. */
  date: z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .regex(isoDate, { error: 'must be a date written YYYY-MM-DD' })
    .refine((s) => !Number.isNaN(Date.parse(s)), { error: 'is not a real date' })
    .optional(),
  /** Author names: one string or a list. */
  authors: z
    .union([z.string(), z.array(z.string())], { error: 'must be a name or a list of names' })
    .transform((v) => (Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean))
    .optional(),
  /** The outlet that published the article. */
  source: z.string({ error: 'must be text' }).trim().min(1).optional(),
  /** The article's original address. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
});
