/**
 * The link cache: what corpus-wide linking found that depends only on one entry or one pair, kept
 * between builds so that a rebuild after editing one file does not redo it for every other file.
 * Whether a pair of paragraph lists is a rewrite (`stories.ts`) is kept by the digests of the two
 * lists; the names an entry's text holds (`findEntities`) by the digest of its title, dek and
 * blocks. Disk memos (`disk-memo.ts`) under `node_modules/.cache/clippings/rewrites/` and
 * `…/entities/`, each tied to the source that computes it; off with the parse cache
 * (`CLIPPINGS_CACHE=off`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FoundEntity } from '../pipeline/entities/find-entities.ts';
import { openDiskMemo, type DiskMemo, type Memo } from './disk-memo.ts';

/** The memos linking reads and fills; each may be absent (nothing kept). */
export interface LinkMemos {
  /** `<digest of left paragraphs>:<digest of right paragraphs>` → whether they are one text. */
  rewrites?: Memo<boolean>;
  /** Digest of an entry's title, dek and blocks → what `findEntities` finds in it. */
  entities?: Memo<FoundEntity[]>;
}

const source = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/** What decides a rewrite: the alignment, its word sets and the story module's thresholds. */
const REWRITE_SOURCES = ['./stories.ts', './align-paragraphs.ts', './term-vectors.ts'].map(source);
/** What finds an entry's names: the entity finder and the entry's schema. */
const ENTITY_SOURCES = ['../pipeline/entities', '../schemas'].map(source);

/** Opens the link memos of the content folder `root` (under `base`); `save` writes both back. */
export async function openLinkCache(
  root: string,
  base = path.resolve('node_modules/.cache/clippings'),
): Promise<{
  rewrites: DiskMemo<boolean>;
  entities: DiskMemo<FoundEntity[]>;
  save(): Promise<void>;
}> {
  const [rewrites, entities] = await Promise.all([
    openDiskMemo<boolean>('rewrites', root, REWRITE_SOURCES, path.join(base, 'rewrites')),
    openDiskMemo<FoundEntity[]>('entities', root, ENTITY_SOURCES, path.join(base, 'entities')),
  ]);
  return {
    rewrites,
    entities,
    save: async () => {
      await Promise.all([rewrites.save(), entities.save()]);
    },
  };
}
