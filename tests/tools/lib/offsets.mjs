// Offsets: the gold counts code points, JavaScript strings count UTF-16 units.

/** For each code point offset of `s` (and its end), the UTF-16 offset. */
export function cpToU16Map(s) {
  const m = [];
  let i = 0;
  for (const ch of s) {
    m.push(i);
    i += ch.length;
  }
  m.push(i);
  return m;
}

/** For each UTF-16 offset of `s` (and its end), the code point offset. */
export function u16ToCpMap(s) {
  const cp = new Int32Array(s.length + 1);
  let c = 0;
  for (let i = 0; i < s.length; i++) {
    cp[i] = c;
    const code = s.charCodeAt(i);
    if (!(
      code >= 0xdc00 &&
      code <= 0xdfff &&
      i > 0 &&
      s.charCodeAt(i - 1) >= 0xd800 &&
      s.charCodeAt(i - 1) <= 0xdbff
    ))
      c++;
  }
  cp[s.length] = c;
  return cp;
}
