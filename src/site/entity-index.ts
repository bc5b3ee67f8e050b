/**
 * The `/entities/` index at corpus scale: one light row per entity, people then organisations
 * then places, most named first, cut into pages by the route; where each kind starts; and the
 * entity finder's shards. Pure.
 */
import { entitiesIndex, KINDS, type EntityKind, type EntitySource } from './entities.ts';
import { formatCount } from './format.ts';
import { finderShards, type FinderItem } from './name-finder.ts';
import { entityPath } from './url.ts';

/** What the index shows of an entity. */
export interface EntityRow {
  id: string;
  name: string;
  kind: EntityKind;
  articles: number;
  mentions: number;
}

/** Every entity as an index row, by kind in the order of `KINDS`, then most articles first. */
export function entityRows(entries: readonly EntitySource[]): EntityRow[] {
  const order = new Map(KINDS.map(({ kind }, i) => [kind, i]));
  return entitiesIndex(entries)
    .map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      articles: e.articles.length,
      mentions: e.mentions,
    }))
    .sort((a, b) => (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0));
}

/** A kind with how many entities it has and the page its list starts on (null: none). */
export interface KindJump {
  kind: EntityKind;
  label: string;
  count: number;
  page: number | null;
}

/** Each kind's count and first page, for rows in `entityRows` order cut into `pageSize`. */
export function kindJumps(rows: readonly EntityRow[], pageSize: number): KindJump[] {
  return KINDS.map(({ kind, label }) => {
    const first = rows.findIndex((r) => r.kind === kind);
    return {
      kind,
      label,
      count: rows.filter((r) => r.kind === kind).length,
      page: first < 0 ? null : Math.floor(first / pageSize) + 1,
    };
  });
}

/** The rows of one page grouped by kind; `continued` when the kind began on an earlier page. */
export interface KindSection {
  kind: EntityKind;
  label: string;
  continued: boolean;
  rows: EntityRow[];
}

export function kindSections(
  rows: readonly EntityRow[],
  pageRows: readonly EntityRow[],
  start: number,
): KindSection[] {
  const sections: KindSection[] = [];
  pageRows.forEach((row, i) => {
    const last = sections.at(-1);
    if (last?.kind === row.kind) last.rows.push(row);
    else
      sections.push({
        kind: row.kind,
        label: KINDS.find((k) => k.kind === row.kind)?.label ?? row.kind,
        continued: i === 0 && rows[start - 1]?.kind === row.kind,
        rows: [row],
      });
  });
  return sections;
}

/** The entity finder's shards: name, page and counts of every entity, most named first. */
export function entityFinderShards(entries: readonly EntitySource[]): Map<string, FinderItem[]> {
  const label = new Map(
    KINDS.map(({ kind }) => [kind, kind === 'organization' ? 'organisation' : kind]),
  );
  const items = entitiesIndex(entries).map((e): FinderItem => [
    e.name,
    entityPath(e.id),
    `${label.get(e.kind) ?? e.kind}, ${formatCount(e.articles.length, 'article')}`,
  ]);
  return finderShards(items);
}
