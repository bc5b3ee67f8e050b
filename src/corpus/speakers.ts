/**
 * Speakers across the corpus: the same person named differently by different articles
 * (`Putin` / `Vladimir Putin`, `Zelenskyy` / `Zelensky`, `Witkoff` / `Witkov`) becomes one
 * speaker with one canonical name (the most-used fullest form) and one page slug.
 */
import { slug } from 'github-slugger';
import { distance } from 'fastest-levenshtein';
import type { Entry } from '../schemas/entry.ts';

/** Surnames this close (edit ratio) are spellings of one name, when the first names agree. */
const SPELLING = 0.7;
const MIN_SURNAME = 5;

interface Name {
  name: string;
  first: string | undefined;
  last: string;
  count: number;
}

/** Sets `speaker` (canonical) and `speakerId` on every quote; returns canonical → variants. */
export function linkSpeakers(entries: readonly Entry[]): Map<string, string[]> {
  const counts = new Map<string, number>();
  for (const e of entries)
    for (const q of e.quotes)
      if (q.speakerName) counts.set(q.speakerName, (counts.get(q.speakerName) ?? 0) + 1);
  const names: Name[] = [...counts].map(([name, count]) => {
    const tokens = name.split(/\s+/);
    return {
      name,
      first: tokens.length > 1 ? fold(tokens[0]!) : undefined,
      last: fold(tokens.at(-1)!),
      count,
    };
  });
  // Fullest, most-quoted names first: they become the canonical forms others join.
  names.sort(
    (a, b) =>
      Number(b.first !== undefined) - Number(a.first !== undefined) ||
      b.count - a.count ||
      (a.name < b.name ? -1 : 1),
  );
  const canonical = new Map<string, string>();
  const groups: Array<{ head: Name; members: Name[] }> = [];
  for (const n of names) {
    const group = groups.find((g) => sameSpeaker(g.head, n));
    if (group) group.members.push(n);
    else groups.push({ head: n, members: [n] });
  }
  const variants = new Map<string, string[]>();
  const slugs = new Map<string, string>();
  // `unattributed` is the quote filter's value for quotes without a speaker.
  const taken = new Set<string>(['unattributed']);
  for (const g of groups.sort((a, b) => (a.head.name < b.head.name ? -1 : 1))) {
    for (const m of g.members) canonical.set(m.name, g.head.name);
    variants.set(g.head.name, g.members.map((m) => m.name).sort());
    const base = slug(g.head.name) || 'speaker';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    slugs.set(g.head.name, id);
  }
  for (const e of entries) {
    for (const q of e.quotes) {
      if (!q.speakerName) continue;
      q.speaker = canonical.get(q.speakerName) ?? q.speakerName;
      q.speakerId = slugs.get(q.speaker) ?? null;
    }
  }
  return variants;
}

function sameSpeaker(head: Name, n: Name): boolean {
  if (n.first !== undefined && head.first !== undefined && n.first !== head.first) return false;
  if (n.last === head.last) return true;
  if (n.last.length < MIN_SURNAME || head.last.length < MIN_SURNAME) return false;
  const longest = Math.max(n.last.length, head.last.length);
  // A spelling variant needs agreeing first names on both sides, or the same first letters.
  const agree = n.first !== undefined && n.first === head.first;
  return (
    (agree || n.last.slice(0, 3) === head.last.slice(0, 3)) &&
    1 - distance(n.last, head.last) / longest >= SPELLING
  );
}

/** Lower-cased, accents removed: `Zelenskyy` and `Zelenskyý` compare equal. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
