/**
 * Speakers across the corpus: the same person named differently by different articles
 * (`Putin` / `Vladimir Putin`, `Zelenskyy` / `Zelensky`, `Witkoff` / `Witkov`) becomes one
 * speaker with one canonical name (the most-used fullest form) and one page slug. The merge of
 * names is `groupPeople`, shared with the named entities.
 */
import { slug } from 'github-slugger';
import type { Entry } from '../schemas/entry.ts';
import { groupPeople, type NameCount } from './name-groups.ts';

/**
 * A speaker given by a description (`a senior Cruz adviser`, `the Senate minority leader`,
 * `Scotland’s justice minister`): never merged by its words with another.
 */
const DESCRIPTION = /^(?:(?:a|an|one|another|the|his|her|their)\s|\S[^’']*['’]s\s+\p{Ll})/iu;

/** Sets `speaker` (canonical) and `speakerId` on every quote; returns canonical → variants. */
export function linkSpeakers(entries: readonly Entry[]): Map<string, string[]> {
  const counts = new Map<string, number>();
  for (const e of entries)
    for (const q of e.quotes)
      if (q.speakerName) counts.set(q.speakerName, (counts.get(q.speakerName) ?? 0) + 1);
  // `a State Department official` and `a Mexican official` are descriptions, not one person's
  // name spelt two ways: each stays its own speaker.
  const names: NameCount[] = [...counts]
    .filter(([name]) => !DESCRIPTION.test(name))
    .map(([name, count]) => ({ name, count }));
  const canonical = new Map<string, string>();
  const variants = new Map<string, string[]>();
  const slugs = new Map<string, string>();
  // `unattributed` is the quote filter's value for quotes without a speaker.
  const taken = new Set<string>(['unattributed']);
  const described = [...counts.keys()]
    .filter((name) => DESCRIPTION.test(name))
    .map((name) => {
      const item = { name, count: counts.get(name) ?? 1 };
      return { head: item, members: [item] };
    });
  const groups = [...groupPeople(names), ...described].sort((a, b) =>
    a.head.name < b.head.name ? -1 : 1,
  );
  for (const g of groups) {
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
