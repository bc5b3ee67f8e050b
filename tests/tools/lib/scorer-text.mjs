// The shared scorer's text normalisation (score-corpus.py `norm` and whole-word `contains`),
// so that a generator can tell whether a noise line also occurs inside a real paragraph.
export const QMAP = {
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2033': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u00a0': ' ',
};
const isEdge = (ch) =>
  /\s/u.test(ch) || /\p{P}/u.test(ch) || ch === '"' || ch === "'" || ch === '`';
export function norm(s) {
  if (!s) return '';
  s = s.normalize('NFKC');
  s = Array.from(s, (c) => QMAP[c] ?? c)
    .join('')
    .toLowerCase();
  s = s.split(/\s+/u).filter(Boolean).join(' ');
  const a = Array.from(s);
  let i = 0,
    j = a.length;
  while (i < j && isEdge(a[i])) i++;
  while (j > i && isEdge(a[j - 1])) j--;
  return a.slice(i, j).join('');
}
const isAlnum = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
export function contains(big, small) {
  if (!small || small.length > big.length) return false;
  let start = 0;
  for (;;) {
    const i = big.indexOf(small, start);
    if (i < 0) return false;
    const j = i + small.length;
    if ((i === 0 || !isAlnum(big[i - 1])) && (j === big.length || !isAlnum(big[j]))) return true;
    start = i + 1;
  }
}
