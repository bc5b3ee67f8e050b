/** Collision-free URL slugs for a set of names (speakers, outlets). */
import { slug } from 'github-slugger';

/** The slug of a name that slugifies to nothing (only punctuation, say). */
const EMPTY_SLUG = 'x';

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A slug for every distinct name, never two alike and never one of `reserved`. A name keeps its
 * plain slug (the `preferred` one when given, else `github-slugger`'s `slug`) when no other name
 * shares it; names that share one are taken in code-point order, the first keeps the plain slug
 * and the others get `-2`, `-3` …, so the result depends only on the set of names, not on their
 * order.
 */
export function uniqueSlugs(
  names: Iterable<string>,
  reserved: Iterable<string> = [],
  preferred: (name: string) => string | null | undefined = () => null,
): Map<string, string> {
  const distinct = [...new Set(names)].sort(compareCodePoints);
  const plain = new Map(
    distinct.map((name) => [name, preferred(name) || slug(name) || EMPTY_SLUG]),
  );
  const taken = new Set([...reserved, ...plain.values()]);
  const claimed = new Set<string>(reserved);
  const result = new Map<string, string>();
  for (const name of distinct) {
    const base = plain.get(name) ?? EMPTY_SLUG;
    if (!claimed.has(base)) {
      claimed.add(base);
      result.set(name, base);
      continue;
    }
    let n = 2;
    while (taken.has(`${base}-${n}`)) n++;
    const suffixed = `${base}-${n}`;
    taken.add(suffixed);
    claimed.add(suffixed);
    result.set(name, suffixed);
  }
  return result;
}
