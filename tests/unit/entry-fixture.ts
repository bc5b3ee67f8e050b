/** A complete entry for tests that build entries by hand: every field empty but those given. */
import type { Entry } from '../../src/schemas/entry.ts';

/** An entry `id` (file `<id>.txt`, one part, no text) with `fields` laid over it. */
export function makeEntry(id: string, fields: Partial<Entry> = {}): Entry {
  return {
    id,
    url: `/articles/${id}/`,
    file: `${id}.txt`,
    part: 1,
    parts: 1,
    title: id,
    titleSource: 'text',
    dek: null,
    date: null,
    dateSource: 'none',
    authors: [],
    authorsSource: 'none',
    source: null,
    sourceFrom: 'none',
    section: null,
    sectionSource: 'none',
    dateline: null,
    sourceUrl: null,
    blocks: [],
    quotes: [],
    removed: [],
    repairs: [],
    warnings: [],
    notes: [],
    splitEvidence: null,
    encoding: 'utf-8',
    story: null,
    rewriteOf: null,
    related: [],
    entities: [],
    ...fields,
  };
}
