/**
 * Entry ids from file paths: stable, URL-safe, independent of anything the parser infers, so a
 * better parser never breaks a shared link. `World News/Putin India.txt` → `world-news/putin-india`.
 */
import { slug } from 'github-slugger';

/** The id for a content-relative POSIX path, without collision handling. */
export function idFromPath(rel: string): string {
  const segments = rel.replace(/\.[^./]+$/, '').split('/');
  const slugged = segments.map(
    (s) =>
      slug(s.normalize('NFC'))
        .replace(/-{2,}/g, '-')
        .replace(/^-+|-+$/g, '') || 'untitled',
  );
  return slugged.join('/');
}

/** Assigns ids to paths in sorted order; a clash gets `-2`, `-3` … (reported by the caller). */
export function assignIds(rels: readonly string[]): Map<string, { id: string; clash?: string }> {
  const out = new Map<string, { id: string; clash?: string }>();
  const taken = new Map<string, string>();
  for (const rel of [...rels].sort()) {
    const base = idFromPath(rel);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    const clash = id === base ? undefined : taken.get(base);
    taken.set(id, rel);
    out.set(rel, clash ? { id, clash } : { id });
  }
  return out;
}
