/**
 * Reads the optional YAML front matter (`title`, `date`, `authors`, `source`, `url`, `id`, or the
 * names CMS and static-site exports give them: `author`, `pubDate` … in
 * `schemas/front-matter-names.ts`). Its values win over anything inferred from the text. A malformed block or a field of the wrong
 * type gives a warning naming the field; the block is then kept in `removed`, never lost.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { frontMatterSchema } from '../../schemas/front-matter.ts';
import { fieldOf } from '../../schemas/front-matter-names.ts';
import type { FrontMatter } from '../types.ts';

/** Moves the `yaml` node's values to `file.data.clippings.frontMatter`. */
export default function remarkFrontMatter() {
  return (tree: Root, file: VFile): void => {
    const facts = (file.data.clippings ??= {});
    const index = tree.children.findIndex((n) => n.type === 'yaml');
    const node = tree.children[index];
    if (!node || node.type !== 'yaml') return;
    tree.children.splice(index, 1);
    (facts.fileRemoved ??= []).push({ text: node.value, reason: 'front-matter' });
    const parsed = readFrontMatter(node.value);
    for (const problem of parsed.problems) file.message(`front matter: ${problem}`, node);
    facts.frontMatter = parsed.values;
  };
}

/** Parses and validates a YAML front-matter block; bad fields are dropped with a message. */
export function readFrontMatter(yaml: string): { values: FrontMatter; problems: string[] } {
  let data: unknown;
  try {
    data = parseYaml(yaml, { schema: 'core', maxAliasCount: 10, logLevel: 'error' });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { values: {}, problems: [`not valid YAML (${reason}); front matter ignored`] };
  }
  if (data === null || data === undefined) return { values: {}, problems: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { values: {}, problems: ['expected `key: value` pairs; front matter ignored'] };
  }
  const values: FrontMatter = {};
  const problems: string[] = [];
  const record = data as Record<string, unknown>;
  const givenBy = new Map<keyof FrontMatter, string>();
  for (const [key, raw] of Object.entries(record)) {
    const name = fieldOf(key);
    if (!name) {
      problems.push(`unknown field \`${key}\` ignored`);
      continue;
    }
    const first = givenBy.get(name);
    if (first !== undefined) {
      problems.push(`field \`${key}\` ignored: \`${first}\` already gives the ${name}`);
      continue;
    }
    const result = frontMatterSchema.shape[name].safeParse(raw);
    if (result.success) {
      if (result.data !== undefined) {
        Object.assign(values, { [name]: result.data });
        givenBy.set(name, key);
      }
    } else {
      problems.push(`field \`${key}\`: ${result.error.issues[0]?.message ?? 'invalid'}; ignored`);
    }
  }
  return { values, problems };
}
