// Deterministic randomness shared by the generators in tests/tools: mulberry32, 32-bit FNV-1a
// string hashes (to seed per-file streams) and a small Rng over mulberry32. The generators'
// outputs are pinned to these exact sequences: do not change them.

export function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** FNV-1a (32 bit) over the string's code points (rounds 6-9). */
export function hashStr(s) {
  let h = 2166136261 >>> 0;
  for (const c of s) {
    h ^= c.codePointAt(0);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}
/** FNV-1a (32 bit) over the string's UTF-16 code units (rounds 1-5, make-noisy-corpus). */
export function hashUtf16(s) {
  let h = 2166136261 >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}
export class Rng {
  constructor(seed) {
    this.r = mulberry32(seed >>> 0);
  }
  next() {
    return this.r();
  }
  /** An integer in [a, b]. */
  int(a, b) {
    return a + Math.floor(this.r() * (b - a + 1));
  }
  /** An integer in [0, n). */
  below(n) {
    return Math.floor(this.r() * n);
  }
  pick(a) {
    return a[Math.floor(this.r() * a.length)];
  }
  chance(p) {
    return this.r() < p;
  }
  shuffle(a) {
    a = a.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.r() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
  sample(a, k) {
    return this.shuffle(a).slice(0, Math.min(k, a.length));
  }
  /** One of the values of `[value, weight]` pairs, by weight. */
  weighted(pairs) {
    const tot = pairs.reduce((s, p) => s + p[1], 0);
    let x = this.r() * tot;
    for (const [v, w] of pairs) {
      if ((x -= w) < 0) return v;
    }
    return pairs[pairs.length - 1][0];
  }
}
