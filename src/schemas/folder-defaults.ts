/**
 * Zod schema of `folder.yaml`: defaults for every file under the folder it sits in (and its
 * subfolders), used where a file does not say itself. Front matter and the text win over it.
 */
import { z } from 'zod';
import { authorsField, dayField, textField } from './fields.ts';

export const folderDefaultsSchema = z.object({
  /** The outlet that published the articles (`BBC News`). */
  outlet: textField().optional(),
  /** The section or desk the articles belong to (`Sport`). */
  section: textField().optional(),
  /** The publication date of articles that give none, `YYYY-MM-DD`. */
  date: dayField().optional(),
  /** Author names of articles that name none: one name or a list. */
  authors: authorsField().optional(),
});

export type FolderDefaults = z.infer<typeof folderDefaultsSchema>;
