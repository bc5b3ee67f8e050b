#!/usr/bin/env node
// Blind scraped-page noise for the structure benchmark.
//
// Reads the clean PolNeAR dev articles and their gold, adds page furniture of kinds written
// independently of the parser and of tests/tools/make-noisy-corpus.mjs (wire credits, photo
// credits, bylines and timestamps in many formats, bios, teasers, share/comment/cookie residue,
// ...), and writes a corpus in the layout of polnear-dev-noisy, so that
// /work/shared/tools/score-corpus.py scores it unchanged:
//
//   OUT/articles/<name>.txt
//   OUT/gold.jsonl   {file, entries: [{name, publisher, date, authors, title, title_variants,
//                     paragraphs, quotes, other_quoted}], noise: [shape ids], boilerplate: [lines],
//                     boilerplate_shapes: [shape id per boilerplate line]}
//
// Gold semantics (as in polnear-dev-noisy): `date` and `authors` are set only when the added
// noise shows them; `title` is null when the headline is dropped; `boilerplate` lists every
// added noise line that must not end up inside a paragraph (lines that also occur inside a
// real paragraph of the same file are left out, since leakage is scored by containment).
//
// Every shape has two disjoint sets of wordings: set "a" (default) and set "b" (--holdout),
// and a few shapes exist only with --holdout.
//
//   node tests/tools/make-blind-noise.mjs --src /work/shared/data/polnear-dev --out /tmp/blind-noise-1 --seed 1
//   node tests/tools/make-blind-noise.mjs --src ... --out /tmp/blind-noise-2 --seed 2 --holdout
import fs from 'node:fs';
import path from 'node:path';
import { readArticle, readGold, writeArticle, writeGold } from './lib/corpus-io.mjs';
import { MONTHS, MONTHS_AP, WEEKDAYS, isoAddDays, isoParts, pad } from './lib/dates.mjs';
import { Rng, hashUtf16 } from './lib/rng.mjs';
import { contains, norm } from './lib/scorer-text.mjs';

// ------------------------------------------------------------------ arguments
function parseArgs(argv) {
  const o = { src: '/work/shared/data/polnear-dev', out: null, seed: 1, holdout: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--src') o.src = argv[++i];
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--seed') o.seed = Number(argv[++i]);
    else if (a === '--holdout') o.holdout = true;
    else if (a === '--help' || a === '-h') o.help = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

// ------------------------------------------------------------------ names, dates, publishers
const PUB = {
  breitbart: { name: 'Breitbart News', domain: 'breitbart.com', short: 'Breitbart' },
  'huff-post': { name: 'The Huffington Post', domain: 'huffingtonpost.com', short: 'HuffPost' },
  nyt: { name: 'The New York Times', domain: 'nytimes.com', short: 'NYT' },
  politico: { name: 'Politico', domain: 'politico.com', short: 'POLITICO' },
  'usa-today': { name: 'USA Today', domain: 'usatoday.com', short: 'USA TODAY' },
  'wash-post': { name: 'The Washington Post', domain: 'washpost.com', short: 'The Post' },
  'west-journal': { name: 'Western Journalism', domain: 'westernjournalism.com', short: 'WJ' },
};
// fictional people for bylines when the metadata has no person, for co-authors and editors
const FICTIONAL = [
  'Maria Delgado',
  'Thomas Whitfield',
  'Priya Raman',
  "Kevin O'Connell",
  'Hannah Schultz',
  'Marcus Bell',
  'Elena Petrova',
  'Daniel Okafor',
  'Grace Liu',
  'Samuel Abrams',
  'Nora Lindqvist',
  'Jamal Carter',
  'Ruth Feldman',
  'Owen McAllister',
  'Lucia Ferrante',
  'Benjamin Tran',
];
const EDITORS = [
  'Peter Cooney',
  'Alistair Bell',
  'Leslie Adler',
  'Jonathan Oatis',
  'Frances Kerry',
  'Mary Milliken',
  'Howard Goller',
  'Bill Trott',
  'Sandra Maler',
  'Tom Brown',
];
const CITIES = [
  'Washington',
  'New York',
  'Philadelphia',
  'Des Moines, Iowa',
  'Charlotte, N.C.',
  'Tampa, Fla.',
  'Cleveland',
  'Manchester, N.H.',
  'Las Vegas',
  'Denver',
];

function titleCaseName(s) {
  return s
    .toLowerCase()
    .replace(/(^|[\s'.-])([a-z])/g, (m, p, c) => p + c.toUpperCase())
    .replace(/\bMc([a-z])/g, (m, c) => 'Mc' + c.toUpperCase());
}
// the people in the metadata author string, e.g. "By JIM RUTENBERG,Oleg Matsnev and Zachary
// Wichter contributed research." -> ["Jim Rutenberg"]
function metaAuthors(raw) {
  if (!raw || raw === 'None') return [];
  let s = raw.replace(/^\s*by\s*/i, '');
  s = s.replace(/[,.]?\s*Email:.*$/i, '');
  s = s.replace(/,[^,]*contributed research\.?$/i, '');
  const parts = s
    .split(/\s*,\s*|\s+and\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
  const out = [];
  for (const p of parts) {
    if (/^@/.test(p) || /^(USA TODAY|AP|UPI|Breitbart News|Reuters)$/i.test(p)) continue;
    if (!/^[A-Za-z][A-Za-z.' -]+$/.test(p) || p.split(/\s+/).length < 2) continue;
    out.push(p === p.toUpperCase() ? titleCaseName(p) : p);
  }
  return out;
}
const first = (n) => n.split(' ')[0];
const last = (n) => n.split(' ').slice(-1)[0];
const handle = (n) => '@' + (first(n)[0] + last(n)).toLowerCase().replace(/[^a-z]/g, '');
const email = (n, dom) =>
  (first(n) + '.' + last(n)).toLowerCase().replace(/[^a-z.]/g, '') + '@' + dom;
function pronoun(n) {
  const f = [
    'Maria',
    'Priya',
    'Hannah',
    'Elena',
    'Grace',
    'Nora',
    'Ruth',
    'Lucia',
    'Amanda',
    'Emily',
    'Emma',
    'Carolina',
    'Lilly',
    'Rebecca',
    'Julie',
    'Amy',
    'Somini',
    'Nancy',
    'Rachael',
    'Madeline',
    'Susan',
    'Fredreka',
    'Charlotte',
    'Jenna',
    'Carol',
    'Danielle',
    'Katie',
    'Renae',
    'Sari',
    'Ylan',
    'Coral',
    'Pam',
  ];
  return f.includes(first(n)) ? ['she', 'her', 'her'] : ['he', 'him', 'his'];
}

function clock(rng, style) {
  const h = 1 + rng.below(12),
    mi = rng.below(60),
    pm = rng.chance(0.6);
  if (style === 'ap') return `${h}:${pad(mi)} ${pm ? 'p.m.' : 'a.m.'}`;
  if (style === '24') return `${pad(pm ? h + 11 : h - 1)}:${pad(mi)}`;
  if (style === '24dot') return `${pad(pm ? h + 11 : h - 1)}.${pad(mi)}`;
  if (style === 'lower') return `${h}:${pad(mi)} ${pm ? 'pm' : 'am'}`;
  return `${pad(h)}:${pad(mi)} ${pm ? 'PM' : 'AM'}`;
}
// date renderings; "a" and "b" are disjoint sets of formats
const DATE_FORMATS = {
  a: [
    (iso) => {
      const p = isoParts(iso);
      return `${MONTHS[p.m - 1]} ${p.d}, ${p.y}`;
    },
    (iso) => {
      const p = isoParts(iso);
      return `${MONTHS_AP[p.m - 1]} ${p.d}, ${p.y}`;
    },
    (iso) => {
      const p = isoParts(iso);
      return `${WEEKDAYS[p.wd].slice(0, 3)} ${MONTHS[p.m - 1]} ${p.d}, ${p.y}`;
    },
    (iso, r) => {
      const p = isoParts(iso);
      return `${pad(p.m)}/${pad(p.d)}/${p.y} ${clock(r, 'us')} ET`;
    },
    (iso, r) => {
      const p = isoParts(iso);
      return `${WEEKDAYS[p.wd]} ${p.d} ${MONTHS[p.m - 1]} ${p.y} ${clock(r, '24dot')} EDT`;
    },
    (iso, r) => `${iso} ${clock(r, '24')}`,
  ],
  b: [
    (iso) => {
      const p = isoParts(iso);
      return `${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
    },
    (iso) => {
      const p = isoParts(iso);
      const th = [1, 21, 31].includes(p.d)
        ? 'st'
        : [2, 22].includes(p.d)
          ? 'nd'
          : [3, 23].includes(p.d)
            ? 'rd'
            : 'th';
      return `${WEEKDAYS[p.wd]}, ${MONTHS[p.m - 1]} ${p.d}${th}, ${p.y}`;
    },
    (iso, r) => `${iso}T${clock(r, '24')}:${pad(r.below(60))}-04:00`,
    (iso, r) => {
      const p = isoParts(iso);
      return `${MONTHS[p.m - 1].slice(0, 3).toUpperCase()} ${p.d} ${p.y}, ${clock(r, 'lower')}`;
    },
    (iso, r) => {
      const p = isoParts(iso);
      return `${MONTHS[p.m - 1].toUpperCase()} ${p.d}, ${p.y} / ${clock(r, 'us')}`;
    },
  ],
};

// ------------------------------------------------------------------ shapes
// Each shape: id, zone ("top" header zone near the title, "bottom", "mid" between paragraphs,
// "title" changes the headline), holdoutOnly, and a(ctx, rng, variantSet) -> {lines, join?,
// date?, authors?, title?} where lines are the noise lines (each one a boilerplate entry).
function V(ctx) {
  return ctx.vs;
} // "a" or "b"

function bylineNames(ctx, rng, multi) {
  let names = ctx.metaAuthors.slice();
  if (!names.length) names = [ctx.fallbackAuthor];
  if (multi && names.length < 2) {
    const extra = rng.shuffle(FICTIONAL.filter((n) => !names.includes(n)));
    names = names.concat(extra.slice(0, rng.chance(0.35) ? 2 : 1));
  }
  if (!multi) names = names.slice(0, 1);
  return names;
}
function joinNames(names, rng, set) {
  if (names.length === 1) return names[0];
  const styles =
    set === 'a'
      ? [
          (xs) => xs.slice(0, -1).join(', ') + ' and ' + xs[xs.length - 1],
          (xs) => xs.join(' & '),
          (xs) => xs.join(', '),
        ]
      : [
          (xs) => xs.slice(0, -1).join(', ') + ', and ' + xs[xs.length - 1],
          (xs) => xs.join(' and '),
          (xs) => xs.join(' / '),
        ];
  return rng.pick(styles)(names);
}
const caseVariant = (s, rng) => (rng.chance(0.35) ? s.toUpperCase() : s);

const SHAPES = [
  {
    id: 'byline_single',
    zone: 'top',
    make(ctx, rng) {
      const n = bylineNames(ctx, rng, false);
      const nm = caseVariant(n[0], rng);
      const pub = ctx.pub;
      const a = [
        () => `By ${nm}`,
        () => `BY ${nm.toUpperCase()}`,
        () => `By ${nm}, ${pub.name}`,
        () => `${nm} | Staff Writer`,
        () => `by ${nm} — ${pub.short}`,
        () => `${nm}, Special to ${pub.name}`,
      ];
      const b = [
        () => `Written by ${nm}`,
        () => `Author: ${nm}`,
        () => `${nm}\nPolitical Reporter`,
        () => `Story by ${nm} • ${pub.name}`,
        () => `By ${nm} (${handle(n[0])})`,
      ];
      const s = rng.pick(V(ctx) === 'a' ? a : b)();
      return { lines: s.split('\n'), join: '\n', authors: n };
    },
  },
  {
    id: 'byline_multi',
    zone: 'top',
    make(ctx, rng) {
      const n = bylineNames(ctx, rng, true);
      let j = joinNames(n, rng, V(ctx));
      j = caseVariant(j, rng);
      const a = [() => `By ${j}`, () => `BY ${j.toUpperCase()}`, () => `${j}, ${ctx.pub.name}`];
      const b = [() => `Reporting by ${j}`, () => `Authors: ${j}`, () => `Contributors: ${j}`];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)()], authors: n };
    },
  },
  {
    id: 'timestamp_line',
    zone: 'top',
    make(ctx, rng) {
      const set = V(ctx);
      const d = (iso) => rng.pick(DATE_FORMATS[set])(iso, rng);
      const p = isoParts(ctx.date);
      const a = [
        () =>
          `Updated ${clock(rng, 'ap')} ET, ${WEEKDAYS[p.wd].slice(0, 3)} ${MONTHS[p.m - 1]} ${p.d}, ${p.y}`,
        () =>
          `Published ${clock(rng, 'ap')} ET ${MONTHS_AP[p.m - 1]} ${p.d}, ${p.y} | Updated ${1 + rng.below(11)} hours ago`,
        () => `Published: ${d(ctx.date)}`,
        () => `${d(ctx.date)}`,
        () => `Posted ${d(ctx.date)} | Updated ${d(isoAddDays(ctx.date, 1))}`,
      ];
      const b = [
        () => `Last modified on ${d(ctx.date)}`,
        () => `First published ${d(ctx.date)}; last updated ${d(isoAddDays(ctx.date, 2))}`,
        () => `${d(ctx.date)} (updated)`,
        () => `Date: ${d(ctx.date)}`,
      ];
      return { lines: [rng.pick(set === 'a' ? a : b)()], date: ctx.date };
    },
  },
  {
    id: 'byline_with_time',
    zone: 'top',
    make(ctx, rng) {
      const set = V(ctx);
      const multi = rng.chance(0.3);
      const n = bylineNames(ctx, rng, multi);
      const nm = caseVariant(joinNames(n, rng, set), rng);
      const dt = rng.pick(DATE_FORMATS[set])(ctx.date, rng);
      const a = [
        () => [`By ${nm} | ${dt}`],
        () => [`${dt} | ${nm}`],
        () => [`By ${nm}`, dt],
        () => [dt, `By ${nm}`],
        () => [`Posted by ${nm} on ${dt}`],
        () => [`${nm}, ${ctx.pub.short} Published ${dt}`],
      ];
      const b = [
        () => [`${nm} · ${dt} · ${2 + rng.below(8)} min read`],
        () => [`Posted on ${dt} by ${nm}`],
        () => [`${dt}`, `${nm}`, `${ctx.pub.name}`],
        () => [`${nm} – ${dt}`],
      ];
      return {
        lines: rng.pick(set === 'a' ? a : b)(),
        join: rng.chance(0.6) ? '\n' : null,
        authors: n,
        date: ctx.date,
      };
    },
  },
  {
    id: 'wire_credit',
    zone: 'bottom',
    make(ctx, rng) {
      const [r, r2, r3] = rng.shuffle(FICTIONAL);
      const e = rng.pick(EDITORS),
        e2 = rng.pick(EDITORS.filter((x) => x !== e));
      const c = rng.pick(CITIES);
      const a = [
        `(Reporting by ${r}; Editing by ${e})`,
        `(Reporting by ${r} in ${c}; Additional reporting by ${r2}; Editing by ${e} and ${e2})`,
        `Reporting by ${r}; writing by ${r2}; editing by ${e}`,
      ];
      const b = [
        `(Additional reporting by ${r} in ${c}; Writing by ${r3}; Editing by ${e})`,
        `-- Reporting by ${r}, editing by ${e}`,
        `[Reporting by ${r}; editing by ${e}]`,
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'syndication_note',
    zone: 'bottom',
    make(ctx, rng) {
      const other = rng.pick([
        'The Conversation',
        'Kaiser Health News',
        'The Fiscal Times',
        'RealClearPolitics',
        'The Hill',
      ]);
      const p = isoParts(ctx.date);
      const t = ctx.titleLine.replace(/[.;\s]+$/, '');
      const a = [
        `This article originally appeared in ${other}.`,
        `This story was first published by ${other} on ${MONTHS[p.m - 1]} ${p.d}.`,
        `A version of this article appears in print on ${MONTHS[p.m - 1]} ${p.d}, ${p.y}, on Page A${1 + rng.below(20)} of the New York edition with the headline: ${t}.`,
      ];
      const b = [
        `This post was originally published on ${other}. Republished with permission.`,
        `The original version of this story appeared at ${other.toLowerCase().replace(/[^a-z]/g, '')}.com.`,
        `This piece is cross-posted from ${other}.`,
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'copyright',
    zone: 'bottom',
    make(ctx, rng) {
      const a = [
        'Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
        `© 2016 ${ctx.pub.name}. All Rights Reserved.`,
        `Copyright © 2016 ${ctx.pub.name}`,
      ];
      const b = [
        '(c) Copyright 2016 United Press International, Inc. All Rights Reserved.',
        `All content © 2016 ${ctx.pub.name}, unless otherwise noted.`,
        `${ctx.pub.name} © 2016`,
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'social_follow',
    zone: 'bottom',
    make(ctx, rng) {
      const n = bylineNames(ctx, rng, false)[0];
      const him = pronoun(n)[1];
      const a = [
        `Follow ${him} on Twitter ${handle(n)}`,
        `Follow ${first(n)} on Twitter: ${handle(n)}`,
        `You can follow ${n} on Facebook and Twitter.`,
      ];
      const b = [
        `Find ${first(n)} on Twitter: ${handle(n)} and Instagram.`,
        `Tweet at ${him}: ${handle(n)}`,
        `Connect with ${n} on Twitter (${handle(n)}).`,
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'image_caption',
    zone: 'topmid',
    make(ctx, rng) {
      const one = rng.chance(0.7);
      const who = one
        ? rng.pick([
            'Republican presidential nominee Donald Trump',
            'Democratic presidential nominee Hillary Clinton',
            'Vice presidential candidate Mike Pence',
            'Sen. Tim Kaine',
          ])
        : rng.pick(['Supporters', 'Protesters', 'Volunteers']);
      const act = one
        ? rng.pick([
            'speaks during a campaign rally',
            'listens to a question at a town hall',
            'arrives for a fundraiser',
          ])
        : rng.pick([
            'gather outside a campaign event',
            'wave signs before a debate watch party',
            'wait in line for a rally',
          ]);
      const cap = `${who} ${act} in ${rng.pick(CITIES)}, on ${MONTHS[isoParts(ctx.date).m - 1]} ${isoParts(ctx.date).d}.`;
      const a = [
        `Image caption ${cap}`,
        `Photo: ${cap} (Getty Images)`,
        `${cap} (Photo by ${rng.pick(FICTIONAL)}/Getty Images)`,
      ];
      const b = [
        `Caption: ${cap}`,
        `Enlarge this image ${cap} ${rng.pick(FICTIONAL)}/AP hide caption`,
        `${cap} Credit: ${rng.pick(FICTIONAL)} for ${ctx.pub.name}`,
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'photo_credit',
    zone: 'topmid',
    make(ctx, rng) {
      const ph = rng.pick(FICTIONAL);
      const a = [
        'Getty Images',
        `(AP Photo/${ph})`,
        `Photo: Reuters/${ph}`,
        `${ph}/AFP/Getty Images`,
      ];
      const b = [
        `Credit: ${ph}/${ctx.pub.name}`,
        `Photograph: ${ph}/AFP`,
        `[Image via ${ph}, Shutterstock]`,
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'contact_author',
    zone: 'bottom',
    make(ctx, rng) {
      const n = bylineNames(ctx, rng, false)[0];
      const em = email(n, ctx.pub.domain);
      const a = [
        `Contact the author at ${em}.`,
        `Contact ${n} at ${em} or on Twitter: ${handle(n)}.`,
        `Send tips to ${em}.`,
      ];
      const b = [
        `Reach ${first(n)} at (202) 555-0${100 + rng.below(899)} or ${em}.`,
        `Got a tip? Email ${first(n)} at ${em}`,
        `Email: ${em}`,
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'files_credit',
    zone: 'bottom',
    make(ctx, rng) {
      const a = [
        '— with files from The Associated Press',
        'With files from Reuters',
        'The Associated Press contributed to this report.',
      ];
      const b = [
        `Staff writer ${rng.pick(FICTIONAL)} contributed to this report.`,
        'Material from Reuters was used in this report.',
        '— Wire services contributed',
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'author_bio',
    zone: 'bottom',
    make(ctx, rng) {
      const n = bylineNames(ctx, rng, false)[0];
      const [he, , his] = pronoun(n);
      const P = ctx.pub.name;
      const a = [
        `${n} covers the White House for ${P}. ${he[0].toUpperCase() + he.slice(1)} previously reported on state government in ${rng.pick(CITIES)}.`,
        `About the author: ${n} writes about campaign finance and elections.`,
        `${n} (${handle(n)}) is a staff writer at ${P}.`,
        `— ${n} is a contributing columnist and the author of a book on American political parties.`,
        `${n} is the national political correspondent for ${P}, where ${he} has worked since 2009.`,
      ];
      const b = [
        `${n} has been a correspondent in ${rng.pick(CITIES)} since 2011 and joined ${P} last year.`,
        `Opinions expressed are the author's own. ${n} is a fellow at a Washington policy institute.`,
        `${n.toUpperCase()} is an editor at large. ${his[0].toUpperCase() + his.slice(1)} work has appeared in several national outlets.`,
        `More from ${n}: ${P} politics reporter, formerly of the Associated Press.`,
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'related_teaser',
    zone: 'midbottom',
    make(ctx, rng) {
      const h = ctx.otherTitle(rng);
      const a = [`Related: ${h}`, `READ MORE: ${h}`, `RELATED: ${h}`, `Read more: ${h}`];
      const b = [`See also: ${h}`, `MORE: ${h}`, `ALSO READ | ${h}`, `>> ${h}`];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'recommended_list',
    zone: 'bottom',
    make(ctx, rng) {
      const k = 2 + rng.below(3);
      const hs = [];
      while (hs.length < k) {
        const h = ctx.otherTitle(rng);
        if (!hs.includes(h)) hs.push(h);
      }
      const set = V(ctx);
      const head = rng.pick(
        set === 'a'
          ? ['Recommended', 'You might also like', 'MOST READ', 'Trending Now']
          : ['More Stories', "Don't Miss", 'Popular on ' + ctx.pub.short, 'What to read next'],
      );
      const numbered = rng.chance(0.4);
      return { lines: [head, ...hs.map((h, i) => (numbered ? `${i + 1}. ${h}` : h))], join: '\n' };
    },
  },
  {
    id: 'newsletter_cta',
    zone: 'midbottom',
    make(ctx, rng) {
      const a = [
        'Sign up for our Politics newsletter to get the latest campaign news delivered to your inbox.',
        'Get the Morning Briefing by email — subscribe here.',
        'SUBSCRIBE: Never miss a story. Get our daily newsletter.',
        `Want more stories like this? Sign up for ${ctx.pub.name}'s daily newsletter.`,
      ];
      const b = [
        'Enter your email address Sign Up',
        'Like this story? Support independent journalism — become a member today.',
        'Stay informed: get breaking political news alerts straight to your phone.',
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'share_residue',
    zone: 'topbottom',
    make(ctx, rng) {
      const a = [
        ['Share this:', 'Facebook', 'Twitter', 'Email'],
        ['Share on Facebook Share on Twitter Share via Email'],
        ['Tweet Share Pin Email'],
        ['SHARE', 'TWEET', 'COMMENT'],
      ];
      const b = [
        ['facebook twitter google+ reddit linkedin'],
        ['Share / Save'],
        ['Share:', 'WhatsApp', 'Messenger', 'Copy link'],
      ];
      const lines = rng.pick(V(ctx) === 'a' ? a : b);
      return { lines, join: '\n' };
    },
  },
  {
    id: 'comment_count',
    zone: 'topbottom',
    make(ctx, rng) {
      const n = 3 + rng.below(1400);
      const ns =
        n >= 1000 ? `${Math.floor(n / 1000)},${String(n % 1000).padStart(3, '0')}` : String(n);
      const a = [
        `${ns} Comments`,
        `Comments (${ns})`,
        `View ${ns} comments`,
        `Join the conversation: ${ns} comments`,
      ];
      const b = ['Leave a comment', `Show Comments (${ns})`, `${ns} responses to this story`];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'cookie_notice',
    zone: 'topbottom',
    make(ctx, rng) {
      const a = [
        'We use cookies to ensure you get the best experience on our website. By continuing to browse, you agree to our use of cookies. Learn more',
        'This site uses cookies. Accept',
        'We and our partners use cookies to personalize content and ads. OK',
      ];
      const b = [
        'By using this site, you agree to our Privacy Policy and Terms of Service.',
        'Cookie settings Accept all cookies',
        'We have updated our privacy policy. Got it',
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'breadcrumb',
    zone: 'first',
    make(ctx, rng) {
      const a = [
        'Home > Politics > Election 2016',
        'Home / News / Politics',
        'News » U.S. » Politics',
        'POLITICS | ELECTION 2016',
      ];
      const b = [
        'You are here: Home › Politics',
        'Politics · 2016 Election',
        'Home :: Elections :: President',
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'ad_marker',
    zone: 'mid',
    make(ctx, rng) {
      const a = [
        'Advertisement',
        'ADVERTISEMENT',
        'Story continues below advertisement',
        '- Advertisement -',
      ];
      const b = [
        'Continue reading the main story',
        'Sponsored Content',
        'AD',
        'Article continues after sponsor message',
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'kicker_label',
    zone: 'beforetitle',
    make(ctx, rng) {
      const a = ['EXCLUSIVE', 'ANALYSIS', 'OPINION', 'Politics', '2016 ELECTION', 'Fact Check'];
      const b = ['BREAKING', 'Commentary', 'THE FIX', 'Campaign 2016'];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'read_time',
    zone: 'top',
    make(ctx, rng) {
      const m = 2 + rng.below(9);
      const a = [
        `${m} min read`,
        `Reading time: ${m} minutes`,
        `${(m * 230).toLocaleString('en-US')} words`,
      ];
      const b = [`Estimated read: ${m} min`, `⏱ ${m} minutes`, `Read in ${m} minutes`];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'update_note',
    zone: 'bottom',
    make(ctx, rng) {
      const a = [
        'This story has been updated with additional information.',
        "Editor's note: This article has been updated to include a response from the campaign.",
        'This post has been updated.',
      ];
      const b = [
        'UPDATE: This story was updated at 6 p.m. with new details.',
        '*This article was updated after publication.',
        'Story updated.',
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'video_embed',
    zone: 'mid',
    make(ctx, rng) {
      const h = ctx.otherTitle(rng);
      const a = [
        `Watch: ${h}`,
        `VIDEO: ${h}`,
        'Video player loading...',
        `Play Video ${1 + rng.below(4)}:${pad(rng.below(60))}`,
      ];
      const b = [
        `Now Playing: ${h}`,
        'Media playback is unsupported on your device',
        `▶ ${h} (${1 + rng.below(4)}:${pad(rng.below(60))})`,
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'tags_line',
    zone: 'bottom',
    make(ctx, rng) {
      const tags = rng
        .shuffle([
          'Hillary Clinton',
          'Donald Trump',
          '2016 Election',
          'Congress',
          'Campaign Finance',
          'Polls',
          'Debates',
        ])
        .slice(0, 3 + rng.below(3));
      const a = [
        `Tags: ${tags.join(', ')}`,
        `Topics: ${tags.join(' · ')}`,
        `Filed under: ${tags.join(', ')}`,
      ];
      const b = [
        `More on: ${tags.join(' / ')}`,
        `Categories: ${tags.join(', ')}`,
        `Keywords ${tags.join(' ')}`,
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'print_tools',
    zone: 'topbottom',
    make(ctx, rng) {
      const a = [
        'Print this article',
        'Email Print Font size',
        'Save for later',
        'Print | Email | Reprints',
      ];
      const b = ['A A A', 'Text size', 'Bookmark this story'];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  {
    id: 'app_promo',
    zone: 'bottom',
    make(ctx, rng) {
      const a = [
        `Download the ${ctx.pub.short} app for breaking news alerts.`,
        'Get the app: iPhone | Android',
        'Click here to get our free app.',
      ];
      const b = [
        'Available on the App Store and Google Play',
        `Turn on notifications from ${ctx.pub.short}`,
      ];
      return { lines: [rng.pick(V(ctx) === 'a' ? a : b)] };
    },
  },
  // ---- title shapes
  {
    id: 'title_missing',
    zone: 'title',
    make() {
      return { title: null };
    },
  },
  {
    id: 'long_headline',
    zone: 'title',
    make(ctx, rng) {
      const base = ctx.titleLine.replace(/[.\s]+$/, '');
      const ext =
        V(ctx) === 'a'
          ? [
              ' — and what it means for the final weeks of the race',
              ', as both campaigns scramble for votes in a handful of battleground states',
              ': Inside the fight that could decide the 2016 election',
              ' as the campaign enters its final, bitter stretch before Election Day',
            ]
          : [
              ', according to a person familiar with the discussions who was not authorized to speak publicly',
              '; here is everything you need to know before November',
            ];
      let t = null;
      for (const e of rng.shuffle(ext)) {
        const cand = base + e;
        if (cand.length >= 100 && cand.length <= 150) {
          t = cand;
          break;
        }
      }
      if (!t) return null;
      return { title: t };
    },
  },
  {
    id: 'title_site_suffix',
    zone: 'title',
    make(ctx, rng) {
      const base = ctx.titleLine.replace(/\s+$/, '');
      const a = [` | ${ctx.pub.name}`, ` - ${ctx.pub.name}`, ` – ${ctx.pub.short}`];
      const b = [` :: ${ctx.pub.short}`, ` « ${ctx.pub.name}`];
      return { titleText: base + rng.pick(V(ctx) === 'a' ? a : b), titleKeep: true };
    },
  },
  // ---- holdout-only shapes (set 2)
  {
    id: 'pagination',
    zone: 'bottom',
    holdoutOnly: true,
    make(ctx, rng) {
      return {
        lines: [
          rng.pick([
            '« Previous Story | Next Story »',
            'Page 1 of 2 Next ›',
            'Continue reading →',
            'Prev 1 2 3 Next',
          ]),
        ],
      };
    },
  },
  {
    id: 'skip_nav',
    zone: 'first',
    holdoutOnly: true,
    make(ctx, rng) {
      return {
        lines: rng.pick([
          ['Skip to main content'],
          ['Menu', 'Search', 'Sections'],
          ['Skip to content Toggle navigation'],
        ]),
        join: '\n',
      };
    },
  },
  {
    id: 'opinion_disclaimer',
    zone: 'bottom',
    holdoutOnly: true,
    make(ctx, rng) {
      return {
        lines: [
          rng.pick([
            'The views expressed in this opinion piece are those of the author and do not necessarily reflect those of the publisher.',
            'Opinions expressed by contributors are their own.',
            'Disclaimer: the author has donated to several political campaigns.',
          ]),
        ],
      };
    },
  },
  {
    id: 'paywall',
    zone: 'topbottom',
    holdoutOnly: true,
    make(ctx, rng) {
      return {
        lines: [
          rng.pick([
            'You have 3 free articles remaining this month. Subscribe for unlimited access.',
            'Already a subscriber? Log in',
            'This content is for subscribers only. Start your free trial.',
          ]),
        ],
      };
    },
  },
];

// ------------------------------------------------------------------ one article
function buildArticle(rec, text, allTitles, opts, vs) {
  const rng = new Rng(hashUtf16(`${opts.seed}|${opts.holdout ? 'b' : 'a'}|${rec.name}`));
  // locate the paragraphs and the separators between them in the clean text
  const paras = rec.paragraphs;
  const starts = [];
  let pos = 0;
  for (const p of paras) {
    const i = text.indexOf(p, pos);
    if (i < 0) throw new Error(`${rec.name}: paragraph not found`);
    starts.push(i);
    pos = i + p.length;
  }
  const titleRaw = text.slice(0, starts[0]).replace(/\s+$/, '');
  const seps = paras.map((p, k) =>
    k === 0 ? null : text.slice(starts[k - 1] + paras[k - 1].length, starts[k]),
  );
  const dbl = seps.filter((s) => s && /\n[\s\u00a0]*\n/.test(s)).length;
  const SEP = dbl >= seps.length / 2 - 1 ? '\n\n' : '\n';
  const titleLine = rec.first_line.trim();
  const twoLineTitle = titleRaw.includes('\n');

  const ctx = {
    vs,
    pub: PUB[rec.publisher],
    date: rec.date,
    titleLine,
    metaAuthors: metaAuthors(rec.author),
    fallbackAuthor: rng.pick(FICTIONAL),
    otherTitle: (r) => {
      for (;;) {
        const t = r.pick(allTitles);
        if (t !== titleLine) return t.replace(/[;\s]+$/, '');
      }
    },
  };

  // choose shapes
  const pool = SHAPES.filter((s) => opts.holdout || !s.holdoutOnly);
  const k = 1 + rng.below(4);
  const chosen = [];
  const zonesUsed = new Set();
  let order = rng.shuffle(pool);
  // most real pages show a byline and/or a date: put one of those shapes first half of the time
  if (rng.chance(0.55)) {
    const head = rng.pick(order.filter((s) => /^(byline|timestamp)/.test(s.id)));
    order = [head, ...order.filter((s) => s !== head)];
  }
  for (const s of order) {
    if (chosen.length >= k) break;
    if (
      s.zone === 'title' &&
      (zonesUsed.has('title') || (twoLineTitle && s.id !== 'title_missing'))
    )
      continue;
    if (s.id.startsWith('byline') && chosen.some((c) => c.shape.id.startsWith('byline'))) continue;
    if (
      (s.id === 'timestamp_line' || s.id === 'byline_with_time') &&
      chosen.some((c) => c.shape.id === 'timestamp_line' || c.shape.id === 'byline_with_time')
    )
      continue;
    const res = s.make(ctx, rng);
    if (!res) continue;
    chosen.push({ shape: s, res });
    zonesUsed.add(s.zone);
  }

  // layout: first, beforetitle, TITLE, top, paragraphs with mid, bottom
  const slots = { first: [], beforetitle: [], top: [], bottom: [], mid: new Map() };
  let date = null,
    authors = [],
    title = titleLine,
    titleVariants = [rec.first_line, rec.title_block, rec.title].filter(Boolean);
  let titleText = titleRaw; // what is printed
  let titleMode = 'keep';
  for (const { shape, res } of chosen) {
    if (res.date) date = res.date;
    if (res.authors) authors = res.authors;
    if (shape.zone === 'title') {
      if (res.title === null) {
        title = null;
        titleVariants = [];
        titleText = null;
        titleMode = 'drop';
      } else if (res.title) {
        title = res.title;
        titleVariants = [res.title];
        titleText = res.title;
        titleMode = 'prefix';
      } else if (res.titleText) {
        titleText = res.titleText;
        titleMode = 'prefix';
      }
      continue;
    }
    const item = { shape: shape.id, lines: res.lines, join: res.join || null };
    let zone = shape.zone;
    if (zone === 'topmid') zone = rng.chance(0.6) ? 'top' : 'mid';
    if (zone === 'midbottom') zone = rng.chance(0.4) ? 'mid' : 'bottom';
    if (zone === 'topbottom') zone = rng.chance(0.4) ? 'top' : 'bottom';
    // bylines and timestamps: mostly under the headline, sometimes above it, sometimes at the end
    if (zone === 'top' && /^(byline|timestamp)/.test(shape.id)) {
      const r = rng.next();
      zone = r < 0.15 ? 'first' : r < 0.25 ? 'bottom' : 'top';
    }
    if (zone === 'mid' && paras.length < 3) zone = 'bottom';
    if (zone === 'mid') {
      const at = 1 + rng.below(paras.length - 1); // before paragraph `at`
      if (!slots.mid.has(at)) slots.mid.set(at, []);
      slots.mid.get(at).push(item);
    } else slots[zone].push(item);
  }
  slots.top = rng.shuffle(slots.top);
  slots.bottom = rng.shuffle(slots.bottom);

  // assemble
  let out = '';
  const boiler = [],
    boilerShapes = [];
  const paraPos = [];
  let titlePos = null;
  const emit = (s, sep) => {
    if (out.length) out += sep;
    const at = out.length;
    out += s;
    return at;
  };
  const emitItem = (item) => {
    const joined = item.join ? item.lines.join(item.join) : null;
    if (joined) emit(joined, SEP);
    else for (const l of item.lines) emit(l, SEP);
    for (const l of item.lines) {
      boiler.push(l);
      boilerShapes.push(item.shape);
    }
  };
  for (const it of slots.first) emitItem(it);
  for (const it of slots.beforetitle) emitItem(it);
  if (titleText !== null) titlePos = emit(titleText, SEP);
  for (const it of slots.top) emitItem(it);
  for (let i = 0; i < paras.length; i++) {
    const mids = slots.mid.get(i) || [];
    for (const it of mids) emitItem(it);
    const sep = i === 0 || mids.length ? SEP : seps[i];
    paraPos.push(emit(paras[i], sep));
  }
  for (const it of slots.bottom) emitItem(it);
  out += '\n';

  // remap quote offsets
  const titleLen = titleRaw.length;
  const remap = (q) => {
    let ns = null;
    if (q.start < titleLen) {
      if (titleMode === 'drop' || titleText === null) return null;
      if (titleMode === 'prefix' || titleMode === 'keep') ns = titlePos + q.start;
    } else {
      for (let i = 0; i < paras.length; i++) {
        if (q.start >= starts[i] && q.end <= starts[i] + paras[i].length) {
          ns = paraPos[i] + (q.start - starts[i]);
          break;
        }
      }
    }
    if (ns === null) return null;
    const nq = { ...q, start: ns, end: ns + (q.end - q.start) };
    if (out.slice(nq.start, nq.end) !== q.text) return null;
    return nq;
  };
  const quotes = rec.quotes.map(remap).filter(Boolean);
  const otherQuoted = (rec.other_quoted || []).map(remap).filter(Boolean);
  const lostQuotes = rec.quotes.length - quotes.length;

  // boilerplate lines that also occur inside a real paragraph (or the title) are not scorable
  const goldKeys = paras.map(norm).concat(title ? [norm(title)] : []);
  const keepB = [],
    keepS = [];
  boiler.forEach((b, i) => {
    const nb = norm(b);
    if (!nb || goldKeys.some((g) => contains(g, nb))) return;
    keepB.push(b);
    keepS.push(boilerShapes[i]);
  });

  const entry = {
    name: rec.name,
    publisher: rec.publisher,
    date,
    authors,
    title,
    title_variants: titleVariants,
    paragraphs: paras,
    quotes,
    other_quoted: otherQuoted,
  };
  const gold = {
    file: `articles/${rec.name}.txt`,
    entries: [entry],
    noise: chosen.map((c) => c.shape.id).sort(),
    boilerplate: keepB,
    boilerplate_shapes: keepS,
  };
  return { text: out, gold, lostQuotes };
}

// ------------------------------------------------------------------ main
export function generate(opts) {
  const vs = opts.holdout ? 'b' : 'a';
  const recs = readGold(opts.src);
  const allTitles = recs.map((r) => r.first_line.trim());
  const golds = [];
  let lost = 0;
  const counts = {};
  for (const rec of recs) {
    const text = readArticle(opts.src, rec);
    const { text: noisy, gold, lostQuotes } = buildArticle(rec, text, allTitles, opts, vs);
    writeArticle(opts.out, rec, noisy);
    golds.push(gold);
    lost += lostQuotes;
    for (const n of gold.noise) counts[n] = (counts[n] || 0) + 1;
  }
  writeGold(opts.out, golds);
  fs.writeFileSync(
    path.join(opts.out, 'SOURCE.md'),
    `# Blind scraped-page noise over polnear-dev\n\nGenerated by tests/tools/make-blind-noise.mjs, seed ${opts.seed}, ` +
      `wordings set "${vs}"${opts.holdout ? ' (holdout, with holdout-only shapes)' : ''}.\n` +
      `Layout as ../polnear-dev-noisy: articles/*.txt and gold.jsonl; score with score-corpus.py.\n`,
  );
  return {
    files: golds.length,
    lostQuotes: lost,
    counts,
    boilerplate: golds.reduce((a, g) => a + g.boilerplate.length, 0),
  };
}

const isMain =
  process.argv[1] &&
  path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help || !opts.out) {
    console.log(
      'usage: node tests/tools/make-blind-noise.mjs --out DIR [--src polnear-dev] [--seed N] [--holdout]',
    );
    process.exit(opts.help ? 0 : 2);
  }
  const r = generate(opts);
  console.error(
    `wrote ${r.files} files to ${opts.out} (boilerplate lines ${r.boilerplate}, quotes lost with dropped titles ${r.lostQuotes})`,
  );
  console.error(
    'shapes: ' +
      Object.entries(r.counts)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
  );
}
