// Shape assignment of rounds 6-9: each file, in a shuffled order, gets k shapes (k drawn from
// `kDist`), the least used first (with a random jitter), never two of one group, only shapes
// that apply to the file.
import { Rng, hashStr } from './rng.mjs';

const groupsOf = (s) => s.groups ?? (s.group ? [s.group] : []);

/**
 * Map from file index to the ids of its shapes. `salt` names the round's random stream
 * (`assign`, `assign7`); a shape has one `group` or a list of `groups`.
 */
export function assignShapes(shapes, recs, ctxs, seed, { salt, kDist }) {
  const rng = new Rng(hashStr(`${salt}|${seed}`));
  const count = Object.fromEntries(shapes.map((s) => [s.id, 0]));
  const result = new Map();
  const orderIdx = rng.shuffle(recs.map((_, i) => i));
  for (const i of orderIdx) {
    const ctx = ctxs[i];
    const k = rng.pick(kDist);
    const chosen = [];
    const groups = new Set();
    while (chosen.length < k) {
      const cands = shapes.filter(
        (s) => !chosen.includes(s.id) && !groupsOf(s).some((g) => groups.has(g)) && s.applies(ctx),
      );
      if (!cands.length) break;
      const keyed = cands
        .map((s) => [count[s.id] + rng.next() * 1.5, s])
        .sort((a, b) => a[0] - b[0]);
      const s = keyed[0][1];
      chosen.push(s.id);
      count[s.id]++;
      for (const g of groupsOf(s)) groups.add(g);
    }
    result.set(i, chosen);
  }
  return result;
}
