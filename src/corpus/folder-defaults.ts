/**
 * Folder defaults: a `folder.yaml` in any folder of the corpus gives the outlet, section, date
 * and authors of the files under it that do not give their own (front matter and the text always
 * win). A deeper `folder.yaml` wins over a shallower one, field by field. Without any section, a
 * file in a folder takes the name of the first folder under the content folder as its section
 * (`sport/001.txt` → `sport`), marked as coming from the folder's name.
 *
 * Every value set here is recorded on the entry (`…Source: 'folder'`, and a note naming the
 * `folder.yaml`), so the site shows it as inferred from the folder, not read from the text.
 * Pure: takes the files' text, returns data.
 */
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { folderDefaultsSchema, type FolderDefaults } from '../schemas/folder-defaults.ts';
import type { Entry } from '../schemas/entry.ts';

/** The name of the defaults file. */
export const FOLDER_FILE = 'folder.yaml';

/** One `folder.yaml`, read: the folder it is in (`''` for the content folder), its values. */
export interface FolderFile {
  /** Path of the `folder.yaml` relative to the content folder. */
  rel: string;
  folder: string;
  values: FolderDefaults;
  /** What was wrong with it, each naming the field; the rest of the file is still used. */
  problems: string[];
}

/** Reads one `folder.yaml`; bad fields are left out with a problem naming them. */
export function readFolderFile(rel: string, text: string): FolderFile {
  const folder = path.posix.dirname(rel) === '.' ? '' : path.posix.dirname(rel);
  const result: FolderFile = { rel, folder, values: {}, problems: [] };
  let data: unknown;
  try {
    data = parseYaml(text, { schema: 'core', maxAliasCount: 10, logLevel: 'error' });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    result.problems.push(`not valid YAML (${reason}); the file is ignored`);
    return result;
  }
  if (data === null || data === undefined) return result;
  if (typeof data !== 'object' || Array.isArray(data)) {
    result.problems.push(
      'expected `field: value` lines (outlet, section, date, authors); the file is ignored',
    );
    return result;
  }
  const shape = folderDefaultsSchema.shape;
  for (const [key, raw] of Object.entries(data as Record<string, unknown>)) {
    const field = shape[key as keyof typeof shape];
    if (!field) {
      result.problems.push(
        `unknown field \`${key}\` ignored (known fields: ${Object.keys(shape).join(', ')})`,
      );
      continue;
    }
    const parsed = field.safeParse(raw);
    if (parsed.success) Object.assign(result.values, { [key]: parsed.data });
    else
      result.problems.push(
        `field \`${key}\`: ${parsed.error.issues[0]?.message ?? 'invalid'}; ignored`,
      );
  }
  return result;
}

/** A value for a file and the `folder.yaml` it came from. */
interface Found<T> {
  value: T;
  from: string;
}

/** The defaults that apply to the file `rel`: each field from the deepest folder that sets it. */
export function defaultsFor(
  rel: string,
  folders: readonly FolderFile[],
): { [K in keyof FolderDefaults]?: Found<NonNullable<FolderDefaults[K]>> } {
  const found: { [K in keyof FolderDefaults]?: Found<NonNullable<FolderDefaults[K]>> } = {};
  const depth = (f: FolderFile): number => (f.folder === '' ? 0 : f.folder.split('/').length);
  const applying = folders
    .filter((f) => f.folder === '' || rel.startsWith(`${f.folder}/`))
    .sort((a, b) => depth(a) - depth(b));
  for (const f of applying)
    for (const [key, value] of Object.entries(f.values))
      if (value !== undefined) Object.assign(found, { [key]: { value, from: f.rel } });
  return found;
}

/** Fills in what the entry lacks from its folders' defaults, recording where each came from. */
export function applyFolderDefaults(entry: Entry, folders: readonly FolderFile[]): void {
  const d = defaultsFor(entry.file, folders);
  if (d.outlet && !entry.source) {
    entry.source = d.outlet.value;
    entry.sourceFrom = 'folder';
    entry.notes.push(`Outlet "${d.outlet.value}" from ${d.outlet.from}.`);
  }
  if (d.date && !entry.date) {
    entry.date = d.date.value;
    entry.dateSource = 'folder';
    entry.notes.push(`Date ${d.date.value} from ${d.date.from}.`);
  }
  if (d.authors && d.authors.value.length > 0 && entry.authors.length === 0) {
    entry.authors = [...d.authors.value];
    entry.authorsSource = 'folder';
    entry.notes.push(`Authors ${d.authors.value.join(', ')} from ${d.authors.from}.`);
  }
  if (d.section) {
    entry.section = d.section.value;
    entry.sectionSource = 'folder';
    entry.notes.push(`Section "${d.section.value}" from ${d.section.from}.`);
  } else {
    const top = entry.file.split('/');
    entry.section = top.length > 1 ? top[0]! : null;
    entry.sectionSource = top.length > 1 ? 'folder-name' : 'none';
  }
}
