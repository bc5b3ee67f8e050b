/**
 * Zod schema of `folder.yaml`: defaults for every file under the folder it sits in (and its
 * subfolders), used where a file does not say itself. Front matter and the text win over it.
 */
import { z } from 'zod';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `YYYY-MM-DD` names a day of the calendar. */
function isRealDay(s: string): boolean {
  const day = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s);
}

export const folderDefaultsSchema = z.object({
  /** The outlet that published the articles (`BBC News`). */
  outlet: z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .optional(),
  /** The section or desk the articles belong to (`Sport`). */
  section: z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .optional(),
  /** The publication date of articles that give none, `YYYY-MM-DD`. */
  date: z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .regex(isoDate, { error: 'must be a date written YYYY-MM-DD' })
    // A real day: `Date` reads 2005-02-30 as 2 March, so the day must come back the same.
    .refine(isRealDay, { error: 'is not a real date' })
    .optional(),
  /** Author names of articles that name none: one name or a list. */
  authors: z
    .union([z.string(), z.array(z.string())], { error: 'must be a name or a list of names' })
    .transform((v) => (Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean))
    .optional(),
});

export type FolderDefaults = z.infer<typeof folderDefaultsSchema>;
