// The per-article context of rounds 6-9: the gold record read back into paragraphs, their
// positions and separators, the header lines, the publisher, the bylined persons, names found
// in the story, and small generators (a fake name, a city, a handle) drawing on one Rng per
// file, seeded from the round's seed and the file name.
import { CITIES, FIGURES, FIRSTS, LASTS, NAME_STOP, PUBS, RELATED } from './pools.mjs';
import { Rng, hashStr } from './rng.mjs';
import { contains, norm } from './scorer-text.mjs';
import { D, mkDate, pad } from './dates.mjs';

export const ORG_RE =
  /^(ap|upi|reuters|breitbart news|associated press|the associated press|usa today)$/i;
export function titleCaseName(n) {
  if (n !== n.toUpperCase()) return n;
  return n.toLowerCase().replace(/(^|[\s.'-])(\p{L})/gu, (m, a, b) => a + b.toUpperCase());
}
export function parseAuthors(raw) {
  if (!raw || raw === 'None' || !raw.trim()) return { persons: [], org: null };
  let s = raw.trim().replace(/^by\s*/i, '');
  s = s.replace(/\.\s*Email:.*$/i, '');
  if (/contributed/i.test(s)) s = s.split(',')[0];
  const parts = s
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((x) => x.trim().replace(/^and\s+/i, ''))
    .filter((x) => x && !/^@/.test(x) && !/^and$/i.test(x));
  const persons = [];
  let org = null;
  for (const p of parts) {
    if (ORG_RE.test(p)) {
      if (!/^usa today$/i.test(p)) org = org || p;
      continue;
    }
    persons.push(titleCaseName(p));
  }
  return { persons, org };
}

export function extractNames(paras) {
  const cnt = new Map();
  const re = /\b([A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})\b/g;
  for (const p of paras) {
    for (const m of p.matchAll(re)) {
      const toks = m[1].split(/\s+/);
      if (toks.some((t) => NAME_STOP.has(t.replace(/\.$/, '')))) continue;
      cnt.set(m[1], (cnt.get(m[1]) || 0) + 1);
    }
  }
  const all = [...cnt.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map((e) => e[0]);
  const text = paras.join(' ');
  const isPerson = (n) => {
    const last = n
      .split(/\s+/)
      .pop()
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(
      `\\b(said|says|told|according to)\\s+(\\w+\\s+)?${last}\\b|\\b${last}(’s|'s)?\\s+(said|says|told|added|wrote|tweeted)\\b|\\b(Mr|Ms|Mrs|Sen|Rep|Gov|Dr|President|Secretary)\\.?\\s+(\\w+\\s+)?${last}\\b`,
    ).test(text);
  };
  const persons = all.filter(isPerson).slice(0, 6);
  for (const f of FIGURES)
    if (persons.length < 2 && text.includes(f[2]) && !persons.some((p) => p.endsWith(f[2])))
      persons.push(f[0].replace('J. ', ''));
  if (persons.length < 2) persons.push('Hillary Clinton', 'Donald Trump');
  return {
    persons,
    tags: all
      .slice(0, 6)
      .concat(persons)
      .filter((x, i, a) => a.indexOf(x) === i),
  };
}
export function makeCtx(rec, text, seedBase) {
  const rng = new Rng(hashStr(`${seedBase}|${rec.file}`));
  const paras = rec.paragraphs.slice();
  const j0 = text.indexOf(paras[0]);
  const head = text.slice(0, j0);
  const headLines = head.replace(/\s+$/, '').split('\n');
  // original paragraph positions and separators
  const pstart = [];
  const seps = [];
  let pos = j0;
  for (let i = 0; i < paras.length; i++) {
    const j = text.indexOf(paras[i], pos);
    if (j < 0) throw new Error(`paragraph not found in ${rec.file}`);
    if (i > 0) seps.push(text.slice(pos, j));
    pstart.push(j);
    pos = j + paras[i].length;
  }
  const pubKey = rec.publisher;
  const pub = PUBS[pubKey] || {
    names: [pubKey],
    domain: `${pubKey}.com`,
    legal: pubKey,
    sections: ['News'],
    tz: 'ET',
  };
  const au = parseAuthors(rec.author);
  const titleBase =
    headLines.length > 1
      ? headLines[0].trim().replace(/;$/, '').trim()
      : rec.title || headLines[0].trim();
  const dt = mkDate(rec.date);
  const slug = rec.name.replace(/^[a-z-]+_\d{4}-\d\d-\d\d_/, '').replace(/-+$/, '');
  const ctx = {
    rec,
    rng,
    text,
    paras,
    head,
    headLines,
    pstart,
    seps,
    pub,
    pubKey,
    persons: au.persons,
    org: au.org,
    titleBase,
    dt,
    time: { h: rng.int(6, 17), mi: rng.int(0, 59) },
    slug,
    paraNorms: paras.map(norm),
    outlet: () => rng.pick(pub.names),
  };
  const nm = extractNames(paras);
  ctx.names = nm.persons;
  ctx.tagNames = nm.tags;
  ctx.ok = (line) => {
    const n = norm(line);
    return !n || !ctx.paraNorms.some((p) => contains(p, n));
  };
  ctx.name = () => rng.pick(ctx.names.slice(0, 4));
  ctx.fake = () => `${rng.pick(FIRSTS)} ${rng.pick(LASTS)}`;
  ctx.city = () => rng.pick(CITIES);
  ctx.handleOf = (n) =>
    '@' +
    n
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .slice(0, 15);
  ctx.emailOf = (n) =>
    n
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .trim()
      .split(/\s+/)
      .filter((x) => x.length > 1)
      .join('.') +
    '@' +
    pub.domain;
  ctx.related = () => rng.pick(RELATED);
  return ctx;
}

/** How many words the article's paragraphs hold (rounds 7 and 9). */
export function wordCount(ctx) {
  return ctx.paras.join(' ').split(/\s+/).filter(Boolean).length;
}
/** The article's URL on its publisher's site (rounds 8 and 9). */
export function urlOf(ctx) {
  const { y, m, d } = D(ctx.dt);
  const sec = ctx.pub.sections[0].toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `https://www.${ctx.pub.domain}/${sec}/${y}/${pad(m + 1)}/${pad(d)}/${ctx.slug}/`;
}
/** Where the publisher is, for a postal address (rounds 8 and 9). */
export function placeOf(ctx) {
  return (
    {
      'wash-post': 'Washington, D.C.',
      nyt: 'New York, N.Y.',
      'usa-today': 'McLean, Va.',
      politico: 'Arlington, Va.',
      breitbart: 'Los Angeles, Calif.',
      'huff-post': 'New York, N.Y.',
      'west-journal': 'Phoenix, Ariz.',
    }[ctx.pubKey] || 'United States'
  );
}
