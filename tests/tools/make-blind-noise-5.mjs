#!/usr/bin/env node
// Blind noise set 5: adds scraped-web-page furniture to the clean PolNeAR dev articles.
// Usage: node make-blind-noise-5.mjs --src DIR --out DIR --seed N
//        node make-blind-noise-5.mjs --list-shapes
// Node 22 built-ins only (lib/dates.mjs reads a .ts module).
import { readArticle, readGold, writeArticle, writeGold } from './lib/corpus-io.mjs';
import { MONTHS, MONTHS_3, MONTHS_AP, WEEKDAYS, isoAddDays, isoParts, pad } from './lib/dates.mjs';
import { Rng, hashUtf16 } from './lib/rng.mjs';
import { QMAP, contains } from './lib/scorer-text.mjs';

// ------------------------------------------------------------------ args
const argv = process.argv.slice(2);
const opt = { seed: 5 };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--src') opt.src = argv[++i];
  else if (a === '--out') opt.out = argv[++i];
  else if (a === '--seed') opt.seed = Number(argv[++i]);
  else if (a === '--list-shapes') opt.list = true;
  else {
    console.error('unknown argument: ' + a);
    process.exit(2);
  }
}

// ------------------------------------------------------------------ text normalisation (mirrors the scorer's norm)
// Trims edge punctuation by UTF-16 unit, where lib/scorer-text.mjs trims by code point.
function isEdge(ch) {
  return /\s/.test(ch) || /\p{P}/u.test(ch) || ch === '"' || ch === "'" || ch === '`';
}
function norm(s) {
  if (!s) return '';
  s = s
    .normalize('NFKC')
    .replace(
      /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2018\u2019\u201a\u201b\u2032\u00a0]/g,
      (c) => QMAP[c],
    )
    .toLowerCase();
  s = s.split(/\s+/).filter(Boolean).join(' ');
  let i = 0,
    j = s.length;
  while (i < j && isEdge(s[i])) i++;
  while (j > i && isEdge(s[j - 1])) j--;
  return s.slice(i, j);
}

// ------------------------------------------------------------------ publishers, authors, dates
const PUB = {
  breitbart: {
    names: ['Breitbart', 'Breitbart News'],
    domain: 'breitbart.com',
    section: ['Politics', 'Big Government', '2016 Presidential Race'],
  },
  'huff-post': {
    names: ['HuffPost', 'The Huffington Post', 'HUFFPOST'],
    domain: 'huffingtonpost.com',
    section: ['Politics', 'Elections', 'Voices'],
  },
  nyt: {
    names: ['The New York Times', 'NYTimes.com', 'The New York Times'],
    domain: 'nytimes.com',
    section: ['U.S.', 'Politics', 'Business Day', 'Election 2016'],
  },
  politico: {
    names: ['POLITICO', 'Politico'],
    domain: 'politico.com',
    section: ['2016 Elections', 'Congress', 'White House'],
  },
  'usa-today': {
    names: ['USA TODAY', 'USA Today'],
    domain: 'usatoday.com',
    section: ['News', 'Politics', 'Opinion', 'Elections'],
  },
  'wash-post': {
    names: ['The Washington Post', 'Washington Post'],
    domain: 'washingtonpost.com',
    section: ['Politics', 'National', 'World', 'Post Politics'],
  },
  'west-journal': {
    names: ['Western Journalism', 'WesternJournalism.com'],
    domain: 'westernjournalism.com',
    section: ['Politics', 'Elections', 'Opinion'],
  },
};
const ORG_AUTHORS = new Set(['Breitbart News', 'UPI', 'Associated Press']);

function titleCaseCaps(s) {
  if (s !== s.toUpperCase() || !s.includes(' ')) return s;
  return s.toLowerCase().replace(/(^|[\s.'-])(\p{L})/gu, (m, a, b) => a + b.toUpperCase());
}
function cleanAuthors(raw) {
  if (!raw || !raw.trim() || raw.trim() === 'None') return [];
  let s = raw.trim();
  if (s === 'AP') return ['Associated Press'];
  s = s.replace(/^by\s*/i, '');
  s = s.replace(/\.\s*Email:.*$/i, '');
  s = s.replace(/,\s*@\w+/g, '');
  s = s.replace(/,\s*USA TODAY\s*$/, '');
  s = s.replace(/,([^,]*?) contributed research\.?$/, '');
  const parts = s
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
  return parts.map(titleCaseCaps);
}

function fmtTime(rng, h, mi, style) {
  const h12 = ((h + 11) % 12) + 1,
    ap = h < 12 ? 'a.m.' : 'p.m.',
    AP = h < 12 ? 'AM' : 'PM';
  style = style ?? rng.int(0, 6);
  switch (style) {
    case 0:
      return `${h12}:${pad(mi)} ${ap} ET`;
    case 1:
      return `${h12}:${pad(mi)} ${AP} EDT`;
    case 2:
      return `${pad(h)}:${pad(mi)} EDT`;
    case 3:
      return `${h12}:${pad(mi)}${AP.toLowerCase()}`;
    case 4:
      return `${pad(h12)}:${pad(mi)} ${AP} ET`;
    case 5:
      return `${pad(h)}.${pad(mi)} EDT`;
    default:
      return `${h12}:${pad(mi)} ${AP}`;
  }
}
// returns a rendering of an absolute date (with or without time)
function fmtDate(rng, iso, withTime, fixedStyle, hm, tStyle) {
  const { y, m, d, wd } = isoParts(iso);
  const h = hm ? hm[0] : rng.int(6, 19),
    mi = hm ? hm[1] : rng.int(0, 59);
  const t = withTime ? fmtTime(rng, h, mi, tStyle) : '';
  const st = fixedStyle ?? rng.int(0, 13);
  switch (st) {
    case 0:
      return withTime ? `${MONTHS_AP[m - 1]} ${d}, ${y} ${t}` : `${MONTHS_AP[m - 1]} ${d}, ${y}`;
    case 1:
      return withTime ? `${MONTHS[m - 1]} ${d}, ${y} at ${t}` : `${MONTHS[m - 1]} ${d}, ${y}`;
    case 2:
      return withTime ? `${MONTHS_3[m - 1]} ${d}, ${y}, ${t}` : `${MONTHS_3[m - 1]} ${d}, ${y}`;
    case 3:
      return withTime ? `${d} ${MONTHS[m - 1]} ${y} ${t}` : `${d} ${MONTHS[m - 1]} ${y}`;
    case 4:
      return withTime
        ? `${WEEKDAYS[wd]}, ${MONTHS[m - 1]} ${d}, ${y} ${t}`
        : `${WEEKDAYS[wd]}, ${MONTHS[m - 1]} ${d}, ${y}`;
    case 5:
      return withTime
        ? `${WEEKDAYS[wd].slice(0, 3)} ${d} ${MONTHS_3[m - 1]} ${y} ${pad(h)}.${pad(mi)} EDT`
        : `${WEEKDAYS[wd].slice(0, 3)} ${d} ${MONTHS_3[m - 1]} ${y}`;
    case 6:
      return withTime
        ? `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(mi)}:00-04:00`
        : `${y}-${pad(m)}-${pad(d)}`;
    case 7:
      return withTime ? `${pad(m)}/${pad(d)}/${y} ${t}` : `${pad(m)}/${pad(d)}/${y}`;
    case 8:
      return withTime ? `${m}/${d}/${String(y).slice(2)} ${t}` : `${m}/${d}/${String(y).slice(2)}`;
    case 9:
      return withTime
        ? `${t} ${MONTHS_AP[m - 1]} ${d}, ${y}`
        : `${MONTHS_AP[m - 1].toUpperCase()} ${d}, ${y}`;
    case 10:
      return withTime
        ? `${MONTHS[m - 1].toUpperCase()} ${d}, ${y} ${t.toUpperCase()}`
        : `${MONTHS[m - 1].toUpperCase()} ${d}, ${y}`;
    case 11:
      return withTime
        ? `${pad(m)}.${pad(d)}.${String(y).slice(2)} ${t}`
        : `${pad(m)}.${pad(d)}.${String(y).slice(2)}`;
    case 12:
      return withTime
        ? `${WEEKDAYS[wd]} ${d} ${MONTHS[m - 1]} ${y}, ${t}`
        : `${WEEKDAYS[wd]} ${d} ${MONTHS[m - 1]} ${y}`;
    default:
      return withTime ? `${MONTHS_AP[m - 1]} ${d}, ${y} | ${t}` : `${MONTHS_AP[m - 1]} ${d} ${y}`;
  }
}

function handleOf(name) {
  return (
    '@' +
    name
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase()
      .slice(0, 15)
  );
}
function emailOf(name, domain) {
  const p = name
    .replace(/[^A-Za-z .-]/g, '')
    .split(/\s+/)
    .filter(Boolean);
  const last = p[p.length - 1].toLowerCase().replace(/[^a-z]/g, '');
  return (p.length > 1 ? p[0][0].toLowerCase() : '') + last + '@' + domain;
}
function lastName(name) {
  const p = name.split(/\s+/);
  return p[p.length - 1];
}

function joinNames(rng, names, upper) {
  const ns = names.map((n) => (upper ? n.toUpperCase() : n));
  if (ns.length === 1) return ns[0];
  const and = upper && rng.chance(0.3) ? 'AND' : 'and';
  if (ns.length === 2)
    return rng.pick([
      `${ns[0]} ${and} ${ns[1]}`,
      `${ns[0]} & ${ns[1]}`,
      `${ns[0]}, ${ns[1]}`,
      `${ns[0]} ${and} ${ns[1]}`,
    ]);
  const head = ns.slice(0, -1).join(', ');
  return rng.pick([
    `${head} ${and} ${ns[ns.length - 1]}`,
    `${head}, ${and} ${ns[ns.length - 1]}`,
    `${head} & ${ns[ns.length - 1]}`,
    ns.join(', '),
  ]);
}

// ------------------------------------------------------------------ word pools
const HEADLINES = [
  'Trump campaign shakes up debate prep team',
  'Clinton aides see opening in Rust Belt suburbs',
  'Five takeaways from the vice-presidential debate',
  'Fact check: What the candidates got wrong on trade',
  'Poll: Millennials warming to third-party candidates',
  'Senate Republicans brace for a tough map in November',
  'How early voting could tip North Carolina',
  'Obama to campaign for Clinton in Ohio next week',
  'Pence defends running mate on tax returns',
  'Inside the scramble for Florida’s Latino vote',
  'Kaine takes aim at Trump’s business record',
  'The debate moment everyone is talking about',
  'Why Nevada could be this year’s sleeper swing state',
  'GOP donors quietly shift money to House races',
  'Sanders supporters still wary of Clinton, survey finds',
  'What to watch in Sunday’s town hall debate',
  'Gary Johnson stumbles again in cable interview',
  'Voter registration surges among young Latinos',
  'State regulators raise new questions about Trump Foundation',
  'Clinton’s health: What we know and what we don’t',
  'OPINION: The undecided voter is not a myth',
  'Late-night hosts react to the first debate',
  'Early ballots already arriving in key counties',
  'Congress averts shutdown with short-term spending deal',
  'Former national security officials sign letter opposing GOP nominee',
  'Record audience tunes in for first presidential debate',
  'Democrats see path to Senate majority narrowing',
  'Campaign ad spending tops $1 billion mark',
  'Ohio county clerks prepare for record turnout',
  'Voters in swing states say they feel “exhausted” by the campaign',
  '“It’s not over”: Sanders backers regroup',
  'Analysis: The map still favors Clinton — for now',
  'Millennial voters could decide Colorado',
  'How the polls have moved since the conventions',
  'Cyberattacks on state election systems worry officials',
  'The Fix: Ranking the Senate races most likely to flip',
  'Trump’s ground game lags in battleground states',
  'Clinton leans on celebrities to rally young voters',
  'Evangelical leaders split over endorsement',
  'A guide to the ballot measures in your state',
];
const SPONSORED = [
  'You won’t believe what this retiree did with her savings',
  'Doctors stunned by this simple morning habit',
  'The 10 best travel credit cards of 2016',
  'Homeowners are switching to this little-known program',
  'This gadget is selling out everywhere',
  '23 celebrity photos you have never seen',
];
const PHOTOGS = [
  'Marisa Kendell',
  'Tom Brenner',
  'Alan Okafor',
  'Jessica Rinaldi',
  'Paul Vasquez',
  'Dana Whitlock',
  'Chris Halvorsen',
  'Nina Petrova',
  'Sam Oduya',
  'Lena Marchetti',
  'Greg Tanaka',
  'Irene Castillo',
];
const EXTRA_PEOPLE = [
  'Max Fischer',
  'Ana Gomez',
  'Darren Pike',
  'Louise Chen',
  'Rob Alvarez',
  'Priya Natarajan',
  'Jonah Keel',
  'Maureen Delaney',
  'Felix Ortega',
  'Hannah Brisco',
];
const AGENCIES = [
  'Getty Images',
  'AP',
  'Reuters',
  'AFP/Getty Images',
  'Bloomberg',
  'EPA',
  'The Washington Post',
  'USA TODAY',
  'The New York Times',
];
const CAP_SUBJECTS = [
  'Donald Trump',
  'Hillary Clinton',
  'Mike Pence',
  'Tim Kaine',
  'President Obama',
  'Bernie Sanders',
  'Republican presidential nominee Donald Trump',
  'Democratic presidential nominee Hillary Clinton',
];
const CAP_PLACES = [
  'Manchester, N.H.',
  'Charlotte, N.C.',
  'Des Moines, Iowa',
  'Tampa, Fla.',
  'Columbus, Ohio',
  'Philadelphia',
  'Hempstead, N.Y.',
  'Reno, Nev.',
  'Aston, Pa.',
  'Council Bluffs, Iowa',
  'Washington',
  'Denver',
];

// ------------------------------------------------------------------ shape context helpers
function outlet(ctx, rng) {
  return rng.pick(PUB[ctx.pub].names);
}
function headline(ctx, rng) {
  if (rng.chance(0.45) && ctx.otherTitles.length) {
    let t = rng.pick(ctx.otherTitles);
    if (rng.chance(0.6)) t = t.replace(/\.$/, '');
    return t;
  }
  return rng.pick(HEADLINES);
}
function teaserDeco(rng, h) {
  return rng.pick([
    h,
    h,
    '• ' + h,
    '- ' + h,
    '› ' + h,
    h + ' ' + rng.pick(['2h ago', '5 hours ago', 'Yesterday', '1d']),
    h + ' (VIDEO)',
    h + ' »',
    h.toUpperCase(),
  ]);
}

// item: {pos: 'pre'|'post'|'body'|'end', rank, lines, join, at}
function add(ctx, shape, pos, rank, lines, extra = {}) {
  ctx.items.push({
    shape,
    pos,
    rank,
    lines,
    join: extra.join || null,
    at: extra.at ?? null,
    glue: extra.glue || false,
  });
}
// a boundary between paragraphs i-1 and i where a page element can plausibly sit:
// the previous paragraph ends a sentence and the next does not start in lower case
function goodBoundaries(ctx) {
  if (!ctx._good) {
    ctx._good = [];
    for (let i = 1; i < ctx.nPara; i++) {
      const a = ctx.paragraphs[i - 1].trimEnd(),
        b = ctx.paragraphs[i].trimStart();
      if (/[.?!:"”’')\]]$/.test(a) && !/^\p{Ll}/u.test(b)) ctx._good.push(i);
    }
  }
  return ctx._good;
}
function bodyAt(ctx, rng) {
  const g = goodBoundaries(ctx);
  return g.length ? rng.pick(g) : null;
}
function addBody(ctx, rng, shape, lines, extra = {}) {
  const at = bodyAt(ctx, rng);
  if (at === null) add(ctx, shape, 'end', 5, lines, extra);
  else add(ctx, shape, 'body', 0, lines, { ...extra, at });
}

// byline renderings -> string
function bylineText(ctx, rng, opts = {}) {
  const names = ctx.authors;
  const upper = rng.chance(0.3);
  let who = joinNames(rng, names, upper);
  const pre = rng.weighted([
    ['By ', 8],
    ['BY ', 2],
    ['by ', 1],
    ['', 5],
    ['Written by ', 1],
    ['Story by ', 1],
    ['Posted by ', 1],
    ['Reporting by ', 0.5],
    ['Author: ', 1],
  ]);
  let role = '';
  if (names.length === 1 && ctx.isPerson && !opts.noRole && rng.chance(0.45)) {
    const o = outlet(ctx, rng);
    role = rng.pick([
      ', Staff Writer',
      ', Senior Political Reporter',
      ' | Politics Editor',
      ' — Contributor',
      `, ${o}`,
      ` | ${o}`,
      `, ${handleOf(names[0])}, ${o}`,
      ', National Correspondent',
      `, Special to ${o}`,
      ' - Reporter',
    ]);
    if (upper && rng.chance(0.5)) role = role.toUpperCase();
  } else if (names.length > 1 && ctx.isPerson && rng.chance(0.25)) {
    role = rng.pick([`, ${outlet(ctx, rng)}`, ` | ${outlet(ctx, rng)}`]);
  }
  return pre + who + role;
}

// ------------------------------------------------------------------ shapes
// each gen(ctx, rng) may set ctx.goldDate / ctx.goldAuthors and push items
const SHAPES = {
  hdr_byline_date: {
    w: 10,
    excl: ['hdr_date_only', 'hdr_byline_only', 'hdr_pub_updated'],
    need: (c) => c.authors.length > 0,
    gen(ctx, rng) {
      const by = bylineText(ctx, rng);
      const when = fmtDate(rng, ctx.date, rng.chance(0.6));
      const datePart = rng.weighted([
        [when, 6],
        ['Published ' + when, 2],
        ['Updated ' + when, 1],
        ['Posted: ' + when, 1],
        ['On ' + when, 0.5],
      ]);
      const order = rng.chance(0.7);
      let lines;
      if (rng.chance(0.5)) {
        const sep = rng.pick([' | ', ' · ', ' — ', ', ', '  ', ' / ', ' ', ' - ']);
        lines = [order ? by + sep + datePart : datePart + sep + by];
      } else {
        lines = order ? [by, datePart] : [datePart, by];
      }
      ctx.goldDate = ctx.date;
      ctx.goldAuthors = ctx.authors.slice();
      add(ctx, 'hdr_byline_date', rng.chance(0.25) ? 'pre' : 'post', 1, lines, {
        join: rng.pick(['\n', '\n', '\n\n']),
        glue: rng.chance(0.3),
      });
    },
  },
  hdr_date_only: {
    w: 5,
    excl: ['hdr_byline_date', 'hdr_pub_updated'],
    gen(ctx, rng) {
      const v = rng.int(0, 9);
      let line;
      if (v === 0) {
        line = rng.pick([
          '3 hours ago',
          'Updated 47 minutes ago',
          'Yesterday at ' + fmtTime(rng, rng.int(8, 18), rng.int(0, 59), 6),
          '2 days ago',
          'Posted 11 hrs ago',
          'Just now',
        ]);
      } else {
        const when = fmtDate(rng, ctx.date, rng.chance(0.6));
        line = rng.pick([
          when,
          when,
          'Published: ' + when,
          'Updated ' + when,
          'Posted on ' + when,
          'Date: ' + when,
          when.toUpperCase(),
          'Last Updated: ' + when,
          'Originally published ' + when,
        ]);
        ctx.goldDate = ctx.date;
      }
      add(ctx, 'hdr_date_only', rng.chance(0.3) ? 'pre' : 'post', 1.2, [line], {
        glue: rng.chance(0.3),
      });
    },
  },
  hdr_byline_only: {
    w: 5,
    excl: ['hdr_byline_date'],
    need: (c) => c.authors.length > 0,
    gen(ctx, rng) {
      ctx.goldAuthors = ctx.authors.slice();
      const lines = [bylineText(ctx, rng)];
      if (ctx.isPerson && ctx.authors.length === 1 && rng.chance(0.25))
        lines.push(
          rng.pick([
            handleOf(ctx.authors[0]),
            'Follow on Twitter',
            'More stories by ' + ctx.authors[0],
            'Email',
            emailOf(ctx.authors[0], PUB[ctx.pub].domain),
          ]),
        );
      add(ctx, 'hdr_byline_only', rng.chance(0.25) ? 'pre' : 'post', 1.1, lines, {
        join: '\n',
        glue: rng.chance(0.3),
      });
    },
  },
  hdr_pub_updated: {
    w: 4,
    excl: ['hdr_byline_date', 'hdr_date_only'],
    gen(ctx, rng) {
      const upd = rng.chance(0.5) ? isoAddDays(ctx.date, 1) : ctx.date;
      const st = rng.int(0, 13),
        ts = rng.int(0, 6);
      const ph = rng.int(6, 15),
        pm = rng.int(0, 59);
      const uh = upd === ctx.date ? rng.int(ph + 1, 20) : rng.int(6, 20),
        um = rng.int(0, 59);
      const p = fmtDate(rng, ctx.date, true, st, [ph, pm], ts),
        u = fmtDate(rng, upd, true, st, [uh, um], ts);
      const v = rng.int(0, 5);
      let lines;
      if (v === 0) lines = [`Published ${p} | Updated ${u}`];
      else if (v === 1) lines = [`Updated ${u} | Published ${p}`];
      else if (v === 2)
        lines = rng.chance(0.5)
          ? [`First published on ${p}`, `Last modified on ${u}`]
          : [`Last modified on ${u}`, `First published on ${p}`];
      else if (v === 3) lines = [`Posted: ${p} | Updated: ${u}`];
      else if (v === 4) lines = [`Originally published ${p} · Last updated ${u}`];
      else lines = [`PUBLISHED: ${p.toUpperCase()}`, `UPDATED: ${u.toUpperCase()}`];
      ctx.goldDate = ctx.date;
      add(ctx, 'hdr_pub_updated', rng.chance(0.2) ? 'pre' : 'post', 1.3, lines, {
        join: rng.pick(['\n', '\n\n']),
        glue: rng.chance(0.25),
      });
    },
  },
  title_site: {
    w: 4,
    excl: ['drop_title'],
    need: (c) => c.singleLineTitle,
    gen(ctx, rng) {
      const t = rng.chance(0.85) ? ctx.metaTitle : ctx.firstLine.trim();
      const o = outlet(ctx, rng),
        sec = rng.pick(PUB[ctx.pub].section);
      const line = rng.pick([
        `${t} | ${o}`,
        `${t} - ${o}`,
        `${t} — ${o}`,
        `${t} | ${sec} | ${o}`,
        `${t} - ${sec} - ${o}`,
        `${sec} | ${t}`,
        `${t} :: ${o}`,
        `${o}: ${t}`,
        `${t} – ${o}.com`.replace(/ \.com$/, ''),
      ]);
      ctx.titleOverride = line;
    },
  },
  section_kicker: {
    w: 4,
    gen(ctx, rng) {
      const k = rng.pick([
        'POLITICS',
        'Election 2016',
        'OPINION',
        'The Fix',
        'Analysis',
        '2016 ELECTIONS',
        'EXCLUSIVE',
        'Campaign 2016',
        'Politics & Policy',
        'NATIONAL',
        'Breaking',
        'Decision 2016',
        'Commentary',
        'On Politics',
      ]);
      add(ctx, 'section_kicker', 'pre', 9, [k], { glue: rng.chance(0.5) });
    },
  },
  breadcrumbs: {
    w: 3,
    gen(ctx, rng) {
      const secs = PUB[ctx.pub].section;
      const a = rng.pick(secs),
        b = rng.pick([
          '2016 Election',
          'Campaign 2016',
          'Elections',
          'President',
          'Congress',
          'Opinion',
        ]);
      const sep = rng.pick([' > ', ' › ', ' » ', ' / ', ' | ', ' >> ']);
      const line = rng
        .pick([
          ['Home', a, b],
          ['News', a],
          [a, b],
          ['Home', a],
          ['HOME', a.toUpperCase(), b.toUpperCase()],
        ])
        .join(sep);
      add(ctx, 'breadcrumbs', 'pre', 2, [line]);
    },
  },
  nav_menu: {
    w: 3,
    gen(ctx, rng) {
      const pool = [
        'Skip to main content',
        'Skip to content',
        'Menu',
        'Search',
        'Sections',
        'Sign In',
        'Subscribe',
        'Log In | Register',
        'Trending: Debate • Polls • Emails',
        'U.S. | World | Politics | Opinion | Business | Tech',
        'Toggle navigation',
        'Home',
        `${outlet(ctx, rng)} Home`,
        'Edition: U.S.',
        'Live TV',
      ];
      add(ctx, 'nav_menu', 'pre', 1, rng.sample(pool, rng.int(1, 4)), {
        join: rng.pick(['\n', '\n\n']),
      });
    },
  },
  dateline: {
    w: 3,
    need: (c) =>
      !/^[A-Z][A-Z.,' ]{2,}(?:,| —| -|--| \()/.test(c.paragraphs[0]) && c.paragraphs[0].length > 60,
    gen(ctx, rng) {
      const txt = ctx.paragraphs.join(' ');
      const cities = [
        ['Charlotte', 'CHARLOTTE, N.C.'],
        ['Philadelphia', 'PHILADELPHIA'],
        ['Cleveland', 'CLEVELAND'],
        ['New York', 'NEW YORK'],
        ['Denver', 'DENVER'],
        ['Des Moines', 'DES MOINES, Iowa'],
        ['Brussels', 'BRUSSELS'],
        ['Columbus', 'COLUMBUS, Ohio'],
        ['Tampa', 'TAMPA, Fla.'],
      ];
      const hit = cities.filter(([k]) => txt.includes(k));
      const city = hit.length && rng.chance(0.6) ? rng.pick(hit)[1] : 'WASHINGTON';
      const { m, d } = isoParts(ctx.date);
      const form = rng.pick([
        `${city} — `,
        `${city} -- `,
        `${city} – `,
        `${city}, ${MONTHS_AP[m - 1]} ${d} — `,
        `${city} - `,
        `${city} — `,
      ]);
      ctx.dateline = form;
    },
  },
  drop_title: {
    w: 4,
    excl: ['title_site'],
    gen(ctx) {
      ctx.dropTitle = true;
    },
  },
  caption: {
    w: 5,
    gen(ctx, rng) {
      const n = rng.weighted([
        [1, 6],
        [2, 2],
      ]);
      for (let i = 0; i < n; i++) {
        const s = rng.pick(CAP_SUBJECTS),
          s2 = rng.pick(CAP_SUBJECTS.filter((x) => x !== s)),
          pl = rng.pick(CAP_PLACES),
          wd = rng.pick(WEEKDAYS);
        let cap = rng.pick([
          `${s} speaks during a campaign rally in ${pl}, on ${wd}.`,
          `${s} arrives for an event in ${pl} on ${wd}.`,
          `${s} waves to supporters after a rally in ${pl}.`,
          `Supporters listen as ${s} addresses a crowd in ${pl}.`,
          `Demonstrators gather outside a campaign event in ${pl}.`,
          `${s}, left, and ${s2} at the first presidential debate at Hofstra University in Hempstead, N.Y.`,
          `A voter fills out a ballot at a polling station in ${pl}.`,
          `${s} boards a plane at an airport near ${pl} on ${wd}.`,
          `File photo: ${s} at a news conference in ${pl}.`,
          `${s} takes questions from reporters aboard the campaign plane.`,
        ]);
        cap = cap.replace(/\.\.$/, '.');
        const ph = rng.pick(PHOTOGS),
          ag = rng.pick(AGENCIES);
        const credit = rng.pick([
          ` (Photo: ${ph}, ${ag})`,
          ` (AP Photo/${ph})`,
          ` Photo: ${ag}`,
          ` | ${ph}/${ag}`,
          ` Credit: ${ph} for ${outlet(ctx, rng)}`,
          ` (${ph}/${ag})`,
          '',
          ` (Photo by ${ph}/${ag})`,
        ]);
        const lines = [];
        if (rng.chance(0.25))
          lines.push(
            rng.pick([
              'Image',
              'Photo',
              'Enlarge this image',
              `Image 1 of ${rng.int(3, 14)}`,
              'Expand',
              '[Photo]',
            ]),
          );
        if (rng.chance(0.3) && credit) {
          lines.push(cap);
          lines.push(credit.trim().replace(/^\|\s*/, ''));
        } else lines.push(cap + credit);
        if (i === 0 && rng.chance(0.4)) add(ctx, 'caption', 'post', 5, lines, { join: '\n' });
        else addBody(ctx, rng, 'caption', lines, { join: '\n' });
      }
    },
  },
  photo_credit: {
    w: 4,
    gen(ctx, rng) {
      const ph = rng.pick(PHOTOGS),
        ag = rng.pick(AGENCIES);
      const line = rng.pick([
        `Photo: ${ph}/${ag}`,
        `(AP Photo/${ph})`,
        `Credit: ${ph}/Reuters`,
        'IMAGE: GETTY',
        `Photograph: ${ph}/AFP/Getty Images`,
        'Getty Images',
        `(Photo by ${ph}/Getty Images)`,
        `${ph} / ${ag}`,
        'Image via Twitter',
        `PHOTO: ${ag.toUpperCase()}`,
        `Image credit: ${ph}`,
      ]);
      const lines = rng.chance(0.3)
        ? [
            rng.pick(['Image', 'Photo', 'Enlarge', 'View gallery (12 photos)', 'Play slideshow']),
            line,
          ]
        : [line];
      if (rng.chance(0.35)) add(ctx, 'photo_credit', 'post', 5.1, lines, { join: '\n' });
      else addBody(ctx, rng, 'photo_credit', lines, { join: '\n' });
    },
  },
  ad_marker: {
    w: 5,
    gen(ctx, rng) {
      const n = rng.int(1, 3);
      const used = new Set();
      for (let i = 0; i < n; i++) {
        const l = rng.pick([
          'Advertisement',
          'ADVERTISEMENT',
          'Story continues below advertisement',
          'Continue reading the main story',
          '— Ad —',
          'Sponsored',
          'Advertisement - story continues below',
          'AD',
          'Article continues below',
          'Story continues below',
          'Paid Content',
        ]);
        if (used.has(l)) continue;
        used.add(l);
        addBody(ctx, rng, 'ad_marker', [l]);
      }
    },
  },
  read_more_inline: {
    w: 5,
    gen(ctx, rng) {
      const n = rng.int(1, 2);
      for (let i = 0; i < n; i++) {
        const h = headline(ctx, rng);
        const l = rng.pick([
          `Read more: ${h}`,
          `READ MORE: ${h}`,
          `RELATED: ${h}`,
          `SEE ALSO: ${h}`,
          `Related: ${h}`,
          `Also see → ${h}`,
          `MORE: ${h}`,
          `Don’t miss: ${h}`,
          `[Read more: ${h}]`,
          `Click here to read: ${h}`,
          `>> ${h}`,
          `Read: ${h}`,
        ]);
        addBody(ctx, rng, 'read_more_inline', [l]);
      }
    },
  },
  related_list: {
    w: 5,
    gen(ctx, rng) {
      const label = rng.pick([
        'Related',
        'RELATED STORIES',
        'More on this story',
        'Most Read',
        'Most Popular',
        'Trending Now',
        'You may also like',
        'Recommended for you',
        'What to read next',
        `More from ${rng.pick(PUB[ctx.pub].section)}`,
        'Around the Web',
        'Sponsored Stories',
        'MORE COVERAGE:',
        'Top Stories',
      ]);
      const n = rng.int(2, 5);
      const items = [];
      const pool = /Sponsored|Around/.test(label) ? SPONSORED : null;
      const seen = new Set();
      while (items.length < n) {
        const h = pool ? rng.pick(pool) : headline(ctx, rng);
        if (seen.has(h)) {
          if (seen.size > 30) break;
          seen.add(h + '#');
          continue;
        }
        seen.add(h);
        items.push(teaserDeco(rng, h));
      }
      const numbered = /Most/.test(label) && rng.chance(0.5);
      const lines = [
        label,
        ...items.map((x, i) => (numbered ? `${i + 1}. ${x.replace(/^[•›-]\s/, '')}` : x)),
      ];
      const join = rng.pick(['\n', '\n', '\n\n']);
      if (rng.chance(0.2) && ctx.nPara > 3)
        addBody(ctx, rng, 'related_list', lines.slice(0, 3), { join });
      else add(ctx, 'related_list', 'end', 7, lines, { join });
    },
  },
  watch_video: {
    w: 3,
    gen(ctx, rng) {
      const h = rng.pick(HEADLINES).replace(/^OPINION: /, '');
      const dur = `${rng.int(0, 4)}:${pad(rng.int(5, 59))}`;
      const lines = rng.pick([
        [`WATCH: ${h}`],
        [`Watch: ${h} (${dur})`],
        ['Video', h, dur],
        [`Now Playing: ${h}`],
        ['Your browser does not support the video tag.'],
        ['Play Video', dur],
        [`Video: ${h}`, 'Duration ' + dur],
        ['Watch the full interview below.'],
        ['Click to play video', 'The video player is loading.'],
        [`0:00 / ${dur}`],
        ['Embedded video', `${h} — ${dur}`],
      ]);
      if (rng.chance(0.15)) add(ctx, 'watch_video', 'post', 5.5, lines, { join: '\n' });
      else addBody(ctx, rng, 'watch_video', lines, { join: '\n' });
    },
  },
  audio_podcast: {
    w: 3,
    gen(ctx, rng) {
      const o = outlet(ctx, rng);
      const v = rng.int(0, 5);
      const mins = Math.max(2, Math.round(ctx.words / 160));
      if (v <= 1)
        add(ctx, 'audio_podcast', 'post', 4, [
          rng.pick([
            'Listen to this article',
            `Listen · ${mins}:${pad(rng.int(0, 59))}`,
            `Audio: ${mins} min`,
            'Listen to this story',
            '🔊 Listen',
          ]),
        ]);
      else {
        const l = rng.pick([
          `Subscribe to the ${o.replace(/^The /, '')} politics podcast on Apple Podcasts, Spotify or wherever you listen.`,
          `PODCAST: Hear our reporters break down the week in the campaign. Listen now.`,
          `Listen: The ${rng.pick(['Daily Briefing', 'Campaign Trail', 'Off the Record', 'Ballot Box'])} podcast — new episodes every weekday.`,
          `Like this story? Hear more on our podcast, available on iTunes and Stitcher.`,
        ]);
        if (rng.chance(0.5)) addBody(ctx, rng, 'audio_podcast', [l]);
        else add(ctx, 'audio_podcast', 'end', 8.5, [l]);
      }
    },
  },
  reading_time: {
    w: 3,
    gen(ctx, rng) {
      const m = Math.max(1, Math.round(ctx.words / rng.pick([200, 230, 250])));
      add(
        ctx,
        'reading_time',
        rng.chance(0.2) ? 'pre' : 'post',
        2,
        [
          rng.pick([
            `${m} min read`,
            `${m}-minute read`,
            `Reading time: ${m} min`,
            `Estimated reading time: ${m} minutes`,
            `⏱ ${m} min`,
            `${m} MIN READ`,
            `Read time: ${m} mins`,
          ]),
        ],
        { glue: rng.chance(0.3) },
      );
    },
  },
  newsletter: {
    w: 4,
    gen(ctx, rng) {
      const o = outlet(ctx, rng);
      const main = rng.pick([
        `Sign up for the ${o} politics newsletter`,
        `Get the best of ${o} delivered to your inbox.`,
        'Subscribe to our daily briefing',
        'Want more stories like this? Sign up for our newsletter.',
        `The ${rng.pick(['Morning Brief', 'Playbook', 'Daily 202', 'Evening Edition'])}: Sign up here`,
        'SIGN UP FOR OUR NEWSLETTER',
        'Never miss a story: get our free email alerts.',
      ]);
      const lines = [main];
      if (rng.chance(0.4))
        lines.push(rng.pick(['Enter your email address', 'Sign Up', 'Email address', 'Subscribe']));
      if (rng.chance(0.3))
        lines.push(
          rng.pick([
            'By signing up you agree to our Terms of Use and Privacy Policy.',
            'You may unsubscribe at any time.',
            'Thanks for signing up!',
          ]),
        );
      const p = rng.int(0, 2);
      if (p === 0) addBody(ctx, rng, 'newsletter', lines, { join: '\n' });
      else if (p === 1) add(ctx, 'newsletter', 'end', 9, lines, { join: '\n' });
      else add(ctx, 'newsletter', 'post', 6, lines, { join: '\n' });
    },
  },
  subscribe_prompt: {
    w: 3,
    gen(ctx, rng) {
      const o = outlet(ctx, rng);
      const lines = [
        rng.pick([
          `Subscribe to ${o} for unlimited access`,
          `You have ${rng.int(1, 4)} free articles remaining this month.`,
          'Support independent journalism — subscribe today.',
          `Download the ${o} app for breaking news alerts.`,
          'Get the app',
          'Already a subscriber? Log in.',
          'Subscribe now: 99¢ for your first month',
          'This content is for subscribers. Get full access now.',
        ]),
      ];
      if (rng.chance(0.35))
        lines.push(rng.pick(['Already a subscriber? Sign in', 'Subscribe', 'See offers']));
      add(ctx, 'subscribe_prompt', rng.pick(['pre', 'end', 'end']), rng.pick([0.5, 9.5]), lines, {
        join: '\n',
      });
    },
  },
  social_share: {
    w: 4,
    gen(ctx, rng) {
      const v = rng.int(0, 4);
      let lines;
      if (v === 0)
        lines = rng.sample(
          [
            'Facebook',
            'Twitter',
            'Email',
            'Print',
            'LinkedIn',
            'Pinterest',
            'Reddit',
            'WhatsApp',
            'Copy link',
          ],
          rng.int(2, 5),
        );
      else if (v === 1)
        lines = [
          rng.pick(['Share this:', 'Share this article', 'SHARE', 'Share']),
          rng.pick([
            'Share on Facebook Share on Twitter',
            'Facebook Twitter Email',
            'Tweet Share Email',
          ]),
        ];
      else if (v === 2)
        lines = [
          rng.pick([
            'Share on Facebook | Tweet | Email | Print',
            'Share this story: Facebook | Twitter | LinkedIn | Email',
            'f  t  in  ✉',
          ]),
        ];
      else if (v === 3)
        lines = [
          `${rng.int(1, 9)}.${rng.int(0, 9)}K shares`,
          rng.pick(['Share', 'Tweet', 'Share 214 Tweet 57']),
        ];
      else
        lines = [
          rng.pick([
            'Copy link',
            'Link copied!',
            'Gift this article',
            'Save for later',
            'Print this page',
            'Share via email',
          ]),
        ];
      add(ctx, 'social_share', rng.chance(0.45) ? 'post' : 'end', rng.chance(0.5) ? 3 : 6, lines, {
        join: rng.pick(['\n', '\n\n']),
      });
    },
  },
  comment_count: {
    w: 3,
    gen(ctx, rng) {
      const n = rng.int(3, 2400).toLocaleString('en-US');
      const l = rng.pick([
        `Comments (${n})`,
        `View ${n} Comments`,
        `${n} comments`,
        'Join the conversation',
        `Show Comments (${n})`,
        'Comments are closed.',
        'Leave a comment',
        `Conversation ${n}`,
        'COMMENTS',
        `Read ${n} reader comments`,
      ]);
      const lines = rng.chance(0.25)
        ? [l, rng.pick(['Sort by: Newest', 'Log in to comment', 'Comment policy'])]
        : [l];
      add(ctx, 'comment_count', rng.chance(0.2) ? 'post' : 'end', 8, lines, { join: '\n' });
    },
  },
  cookie_consent: {
    w: 2,
    gen(ctx, rng) {
      const lines = [
        rng.pick([
          'We use cookies to personalize content and ads, to provide social media features and to analyze our traffic.',
          'By continuing to browse the site you are agreeing to our use of cookies.',
          'This site uses cookies. Learn more.',
          'We’ve updated our Privacy Policy. By continuing to use this site, you agree to the updated terms.',
          'Cookies help us deliver our services. By using our services, you agree to our use of cookies.',
        ]),
      ];
      if (rng.chance(0.5))
        lines.push(
          rng.pick([
            'Accept',
            'Accept all cookies',
            'Manage preferences',
            'OK, got it',
            'Cookie settings',
          ]),
        );
      add(ctx, 'cookie_consent', rng.chance(0.6) ? 'pre' : 'end', rng.chance(0.5) ? 0 : 11, lines, {
        join: '\n',
      });
    },
  },
  copyright: {
    w: 3,
    gen(ctx, rng) {
      const o = outlet(ctx, rng);
      const l = rng.pick([
        `© 2016 ${o}`,
        `Copyright © 2016 ${o}. All rights reserved.`,
        'Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
        `© Copyright 2016, ${o} LLC`,
        'All Rights Reserved.',
        `(c) 2016 ${o}, a division of its parent company`,
        `COPYRIGHT 2016 ${o.toUpperCase()}`,
        `© 2016 ${o} | Terms of Service | Privacy Policy`,
      ]);
      const lines = rng.chance(0.3)
        ? [
            l,
            rng.pick([
              'Terms of Use | Privacy Policy',
              'About Us | Contact | Advertise',
              'Privacy Policy',
            ]),
          ]
        : [l];
      add(ctx, 'copyright', 'end', 10, lines, { join: '\n' });
    },
  },
  correction_note: {
    w: 2,
    gen(ctx, rng) {
      const l = rng.pick([
        'Correction: An earlier version of this article misstated the number of states holding early voting.',
        'CORRECTION: A previous version of this story gave an incorrect title for a campaign spokesman.',
        'Clarification: This story has been revised to reflect that the figures were estimates.',
        'Editor’s note: An earlier version of this article misidentified the county where the event took place.',
        "Editor's Note: This piece has been edited for length and clarity.",
        'An earlier version of this post incorrectly described the timing of the vote. It has been corrected.',
      ]);
      add(ctx, 'correction_note', rng.chance(0.3) ? 'post' : 'end', rng.chance(0.3) ? 7 : 1, [l]);
    },
  },
  updated_note: {
    w: 3,
    gen(ctx, rng) {
      const t = fmtTime(rng, rng.int(10, 21) % 24, rng.int(0, 59), 0);
      const l = rng.pick([
        'This story has been updated.',
        'This article has been updated with additional information.',
        `UPDATE, ${t}: Adds comment from a campaign spokeswoman.`,
        `This post was updated at ${t}.`,
        'Story updated throughout.',
        '*This story has been updated to include additional reporting.',
        `Updated at ${t} with new details.`,
        'Developing story; check back for updates.',
      ]);
      const p = rng.int(0, 2);
      if (p === 0) add(ctx, 'updated_note', 'post', 7, [l]);
      else if (p === 1) add(ctx, 'updated_note', 'end', 1, [l]);
      else addBody(ctx, rng, 'updated_note', [l]);
    },
  },
  syndication: {
    w: 3,
    gen(ctx, rng) {
      const site = rng.pick([
        'Politico.com',
        'The Conversation',
        'Kaiser Health News',
        'The Texas Tribune',
        'ProPublica',
        'Stateline',
        'The Hill',
      ]);
      const ed = rng.pick(EXTRA_PEOPLE);
      const opts = [
        `This article originally appeared on ${site}.`,
        `This story was originally published by ${site} and is republished here with permission.`,
        `— with files from ${rng.pick(['Reuters', 'The Associated Press', 'Bloomberg'])}`,
        'Distributed by Tribune Content Agency, LLC.',
        `A version of this story first appeared in ${site}.`,
        `Republished with permission from ${site}.`,
      ];
      let l = rng.pick(opts);
      if (ctx.isPerson && rng.chance(0.35)) {
        l = `(Reporting by ${joinNames(rng, ctx.authors, false)}; Editing by ${ed})`;
        if (!ctx.goldAuthors) ctx.goldAuthors = ctx.authors.slice();
      }
      add(ctx, 'syndication', 'end', 2, [l]);
    },
  },
  wire_credit: {
    w: 2,
    gen(ctx, rng) {
      const l = rng.pick([
        'The Associated Press contributed to this report.',
        'Reuters contributed to this story.',
        'Material from Bloomberg News was used in this report.',
        'Wire services contributed.',
        '— Staff and wire reports',
        `${rng.pick(EXTRA_PEOPLE)} contributed reporting from ${rng.pick(CAP_PLACES)}.`.replace(
          /\.\.$/,
          '.',
        ),
        `${rng.pick(EXTRA_PEOPLE)} and ${rng.pick(EXTRA_PEOPLE)} contributed to this report.`,
        'Associated Press writers contributed to this report.',
      ]);
      add(ctx, 'wire_credit', 'end', 2.2, [l]);
    },
  },
  print_note: {
    w: 2,
    excl: ['drop_title'],
    gen(ctx, rng) {
      const t = ctx.metaTitle;
      const l = rng.pick([
        `A version of this article appears in print on Page A${rng.int(1, 22)} of the New York edition with the headline: ${t}.`,
        `A version of this story appeared in the print edition with the headline: ${t}`,
        `This article appeared in print with the headline “${t}.”`,
        `Print headline: ${t}`,
      ]);
      add(ctx, 'print_note', 'end', 2.5, [l]);
    },
  },
  author_bio: {
    w: 6,
    need: (c) => c.isPerson,
    gen(ctx, rng) {
      const o = outlet(ctx, rng),
        dom = PUB[ctx.pub].domain;
      const beat = rng.pick([
        'national politics',
        'the 2016 campaign',
        'politics',
        'elections',
        'politics and policy',
        'the presidential race',
      ]);
      const bios = [];
      const names = ctx.authors;
      if (names.length > 1 && rng.chance(0.35)) {
        bios.push(
          rng.pick([
            `${joinNames(rng, names, false)} cover ${beat} for ${o}.`,
            `${joinNames(rng, names, false)} are reporters at ${o}.`,
            `This article was written by ${joinNames(rng, names, false)} of ${o}.`,
          ]),
        );
      } else {
        for (const n of names) {
          const ln = lastName(n),
            em = emailOf(n, dom),
            h = handleOf(n);
          const f = rng.pick([
            `${n} is a political reporter for ${o}.`,
            `${n} covers ${beat} for ${o}. Reach ${ln} at ${em}.`,
            `${n} covered ${beat} for ${o}. Reach ${ln} at ${em}.`,
            `${n} was a staff writer at ${o}, where ${ln} wrote about ${beat}.`,
            `This article was written by ${n}, a ${rng.pick(['senior', 'staff', 'contributing'])} writer at ${o}.`,
            `At ${o}, ${n} writes about ${beat}.`,
            `${o}’s ${n} reports on ${beat}.`,
            `${n} is a contributor to ${o}. Follow ${ln} on Twitter: ${h}`,
            `${n} can be reached at ${em} or on Twitter at ${h}.`,
            `${n} writes about ${beat} for ${o}. ${ln} can be reached at ${em}. Follow ${ln} on Twitter at ${h}.`,
            `— ${n} is a regular contributor to ${o}’s opinion section.`,
            `${n.toUpperCase()} is a correspondent for ${o}.`,
            `Reported and written by ${n} for ${o}.`,
          ]);
          bios.push(f);
        }
      }
      const lines = [];
      if (rng.chance(0.3))
        lines.push(
          rng.pick([
            'About the Author',
            'ABOUT THE AUTHOR',
            'About the author:',
            'The author',
            'Author bio',
          ]),
        );
      lines.push(...bios);
      if (rng.chance(0.2))
        lines.push(
          rng.pick([
            `Follow ${handleOf(names[0])}`,
            `More from ${names[0]}`,
            `Email ${names[0]}`,
            'Author photo',
          ]),
        );
      if (!ctx.goldAuthors) ctx.goldAuthors = ctx.authors.slice();
      add(ctx, 'author_bio', rng.chance(0.1) ? 'post' : 'end', 3, lines, {
        join: rng.pick(['\n', '\n\n']),
      });
    },
  },
  contact_author: {
    w: 3,
    gen(ctx, rng) {
      const dom = PUB[ctx.pub].domain;
      let l;
      const named = ctx.isPerson && (ctx.goldAuthors || ctx.willHaveAuthors);
      if (named && rng.chance(0.7)) {
        const n = rng.pick(ctx.authors);
        l = rng.pick([
          `Contact ${n} at ${emailOf(n, dom)}.`,
          `Email the author: ${emailOf(n, dom)}`,
          `Follow ${n} on Twitter: ${handleOf(n)}`,
          `Reach the reporter at ${emailOf(n, dom)} or ${handleOf(n)}.`,
          `Send ${lastName(n)} a tip: ${emailOf(n, dom)}`,
        ]);
      } else {
        l = rng.pick([
          `Have a news tip? Contact us at tips@${dom}.`,
          `Got a story idea? Email newsdesk@${dom}`,
          'Send us a tip',
          'Contact the newsroom',
          `To contact the editor responsible for this story: politics@${dom}`,
          'Questions or comments? Write to the editors.',
        ]);
      }
      add(ctx, 'contact_author', 'end', 4, [l]);
    },
  },
  tags: {
    w: 3,
    gen(ctx, rng) {
      const txt = ctx.paragraphs.join(' ');
      const map = [
        ['Trump', 'Donald Trump'],
        ['Clinton', 'Hillary Clinton'],
        ['Pence', 'Mike Pence'],
        ['Kaine', 'Tim Kaine'],
        ['Obama', 'Barack Obama'],
        ['Sanders', 'Bernie Sanders'],
        ['debate', 'Presidential Debates'],
        ['poll', 'Polls'],
        ['tax', 'Taxes'],
        ['Congress', 'Congress'],
        ['Russia', 'Russia'],
        ['climate', 'Climate Change'],
        ['police', 'Policing'],
        ['Charlotte', 'Charlotte'],
        ['Senate', 'U.S. Senate'],
        ['Supreme Court', 'Supreme Court'],
      ];
      let t = map.filter(([k]) => txt.includes(k)).map((x) => x[1]);
      t = rng
        .sample(t, Math.min(t.length, rng.int(2, 5)))
        .concat(
          rng.sample(
            ['2016 Election', 'Politics', 'Elections', 'White House', 'Campaign 2016'],
            rng.int(1, 2),
          ),
        );
      const label = rng.pick([
        'Tags:',
        'Topics:',
        'Filed under:',
        'MORE ON:',
        'Related Topics:',
        'TAGS',
        'Explore more on these topics',
      ]);
      const sep = rng.pick([', ', ' · ', ' | ', ' / ']);
      const lines = rng.chance(0.35)
        ? [label.replace(/:$/, ''), ...t]
        : [`${label} ${t.join(sep)}`];
      add(ctx, 'tags', 'end', 5, lines, { join: '\n' });
    },
  },
  layout_single_newlines: {
    w: 2,
    need: (c) => c.sepStyle === '\n\n',
    gen(ctx) {
      ctx.singleNl = true;
    },
  },
};

// ------------------------------------------------------------------ per-file generation
function buildCtx(rec, text, otherTitles) {
  const paras = rec.paragraphs;
  const starts = [],
    ends = [];
  let cur = 0;
  for (const p of paras) {
    const j = text.indexOf(p, cur);
    if (j < 0) throw new Error('paragraph not found in ' + rec.name);
    starts.push(j);
    ends.push(j + p.length);
    cur = j + p.length;
  }
  const seps = [];
  for (let i = 1; i < paras.length; i++) seps.push(text.slice(ends[i - 1], starts[i]));
  const nBlank = seps.filter((s) => /\n\s*\n/.test(s)).length;
  const sepStyle = seps.length && nBlank < seps.length / 2 ? '\n' : '\n\n';
  const head = text.slice(0, starts[0]);
  const titleBlock = head.replace(/\s+$/, '');
  const authors = cleanAuthors(rec.author);
  const isPerson = authors.length > 0 && !authors.some((a) => ORG_AUTHORS.has(a));
  const words = paras.join(' ').split(/\s+/).length;
  return {
    rec,
    text,
    pub: rec.publisher,
    date: rec.date,
    authors,
    isPerson,
    paragraphs: paras.slice(),
    nPara: paras.length,
    starts,
    ends,
    seps,
    sepStyle,
    head,
    titleBlock,
    singleLineTitle: !titleBlock.includes('\n'),
    firstLine: rec.first_line,
    metaTitle: rec.title,
    words,
    otherTitles,
    items: [],
    goldDate: null,
    goldAuthors: null,
    dropTitle: false,
    titleOverride: null,
    dateline: null,
    singleNl: false,
  };
}

const K_DIST = [
  [0, 7],
  [1, 6],
  [2, 18],
  [3, 22],
  [4, 20],
  [5, 14],
  [6, 8],
  [7, 5],
];

function chooseShapes(ctx, rng) {
  const k = rng.weighted(K_DIST);
  const chosen = [];
  const ids = Object.keys(SHAPES);
  let guard = 0;
  while (chosen.length < k && guard++ < 200) {
    const avail = ids.filter(
      (id) =>
        !chosen.includes(id) &&
        (!SHAPES[id].need || SHAPES[id].need(ctx)) &&
        !chosen.some(
          (c) => (SHAPES[c].excl || []).includes(id) || (SHAPES[id].excl || []).includes(c),
        ),
    );
    if (!avail.length) break;
    chosen.push(rng.weighted(avail.map((id) => [id, SHAPES[id].w])));
  }
  // run header/byline shapes first so bios/contacts know the byline
  const order = [
    'drop_title',
    'title_site',
    'hdr_byline_date',
    'hdr_byline_only',
    'hdr_date_only',
    'hdr_pub_updated',
    'author_bio',
    'syndication',
  ];
  chosen.sort(
    (a, b) =>
      (order.includes(a) ? order.indexOf(a) : 99) - (order.includes(b) ? order.indexOf(b) : 99),
  );
  return chosen;
}

function renderBlock(it, sep) {
  const j = it.join ? (it.join === '\n\n' && sep === '\n' ? '\n' : it.join) : sep;
  return it.lines.join(j);
}

function generateFile(rec, text, otherTitles, seed) {
  const rng = new Rng(hashUtf16(seed + ':' + rec.name));
  const ctx = buildCtx(rec, text, otherTitles);
  const shapes = chooseShapes(ctx, rng);
  ctx.willHaveAuthors = shapes.some((s) =>
    ['hdr_byline_date', 'hdr_byline_only', 'author_bio'].includes(s),
  );
  for (const s of shapes) SHAPES[s].gen(ctx, rng);
  const SEP = ctx.singleNl ? '\n' : ctx.sepStyle;

  // ---- header
  const sortRank = (a, b) => a.rank - b.rank;
  const jitter = (items) =>
    items.map((it) => ({ ...it, rank: it.rank + (rng.next() - 0.5) * 0.8 })).sort(sortRank);
  const pre = jitter(ctx.items.filter((i) => i.pos === 'pre'));
  const post = jitter(ctx.items.filter((i) => i.pos === 'post'));
  const end = jitter(ctx.items.filter((i) => i.pos === 'end'));
  const headerParts = []; // {text, glue}
  for (const it of pre) headerParts.push({ text: renderBlock(it, SEP), glue: it.glue });
  let titleText = null;
  if (!ctx.dropTitle) {
    titleText = ctx.titleOverride ?? ctx.titleBlock;
    headerParts.push({ text: titleText, glue: false, isTitle: true });
  }
  for (const it of post) headerParts.push({ text: renderBlock(it, SEP), glue: it.glue });
  let out = '';
  let titleStart = -1;
  headerParts.forEach((p, i) => {
    if (i > 0) {
      // a kicker glued to the following title, or a byline glued to the preceding line, uses one newline
      const g = p.glue || (headerParts[i - 1].glue && p.isTitle);
      out += g ? '\n' : SEP;
    }
    if (p.isTitle) titleStart = out.length;
    out += p.text;
  });
  if (headerParts.length) out += SEP;

  // ---- body
  const bodyItems = ctx.items.filter((i) => i.pos === 'body');
  const newStarts = [];
  const goldParas = ctx.paragraphs.slice();
  for (let i = 0; i < ctx.nPara; i++) {
    if (i > 0) {
      let sep = ctx.seps[i - 1];
      if (ctx.singleNl && sep === '\n\n') sep = '\n';
      out += sep;
      const here = bodyItems.filter((b) => b.at === i);
      for (const b of here) {
        const glueNl = SEP === '\n\n' && rng.chance(0.1);
        if (glueNl) out = out.replace(/\s+$/, '') + '\n';
        out +=
          renderBlock(b, SEP) +
          (glueNl ? '\n' : /\n/.test(sep) && sep.trim() === '' && sep.length <= 3 ? sep : SEP);
      }
    }
    if (i === 0 && ctx.dateline) {
      out += ctx.dateline;
      goldParas[0] = ctx.dateline + goldParas[0];
    }
    newStarts.push(out.length);
    out += ctx.paragraphs[i];
  }
  const tail = ctx.text.slice(ctx.ends[ctx.nPara - 1]);
  if (end.length) {
    for (const it of end) out += SEP + renderBlock(it, SEP);
    out += '\n';
  } else out += tail;

  // ---- offsets
  const mapOff = (o) => {
    if (o == null) return o;
    for (let i = 0; i < ctx.nPara; i++)
      if (o >= ctx.starts[i] && o <= ctx.ends[i]) return newStarts[i] + (o - ctx.starts[i]);
    if (titleText !== null && !ctx.titleOverride && o < ctx.titleBlock.length)
      return titleStart + o;
    return null;
  };
  const quotes = rec.quotes.map((q) => {
    const nq = { ...q, start: mapOff(q.start), end: mapOff(q.end) };
    if ('source_start' in q) {
      nq.source_start = mapOff(q.source_start);
      nq.source_end = mapOff(q.source_end);
    }
    return nq;
  });
  const other = (rec.other_quoted || []).map((q) => ({
    ...q,
    start: mapOff(q.start),
    end: mapOff(q.end),
  }));

  // ---- boilerplate
  const normParas = goldParas.map(norm);
  const boiler = [],
    bshapes = [],
    seen = new Set();
  const addBoiler = (line, shape) => {
    const t = line.trim();
    const n = norm(t);
    if (!n || seen.has(t)) return;
    if (normParas.some((p) => contains(p, n))) return;
    seen.add(t);
    boiler.push(t);
    bshapes.push(shape);
  };
  for (const it of ctx.items)
    for (const block of it.lines) for (const l of block.split('\n')) addBoiler(l, it.shape);
  if (ctx.titleOverride && !ctx.dropTitle) addBoiler(ctx.titleOverride, 'title_site');

  const tb = rec.title_block,
    fl = rec.first_line;
  const entry = {
    name: rec.name,
    publisher: rec.publisher,
    date: ctx.goldDate,
    authors: ctx.goldAuthors || [],
    title: ctx.dropTitle ? null : fl,
    title_variants: ctx.dropTitle ? [] : [fl, tb, rec.title].filter(Boolean),
    paragraphs: goldParas,
    quotes,
    other_quoted: other,
  };
  const noise = Object.keys(SHAPES).filter((s) => shapes.includes(s));
  return {
    text: out,
    gold: {
      file: rec.file,
      entries: [entry],
      noise,
      boilerplate: boiler,
      boilerplate_shapes: bshapes,
    },
  };
}

// ------------------------------------------------------------------ list shapes
function demoCtx() {
  const paragraphs = [
    'Donald Trump told supporters in Charlotte on Tuesday that the race was tightening.',
    'Hillary Clinton’s campaign said the polls were wrong.',
    'Aides said the debate would matter.',
  ];
  const text = 'Trump says race is tightening.\n\n' + paragraphs.join('\n\n') + '\n';
  const rec = {
    name: 'demo',
    file: 'articles/demo.txt',
    publisher: 'wash-post',
    date: '2016-09-27',
    author: 'Jenna Portnoy,Dan Balz',
    title: 'Trump says race is tightening',
    first_line: 'Trump says race is tightening.',
    title_block: 'Trump says race is tightening.',
    paragraphs,
    quotes: [],
    other_quoted: [],
  };
  return buildCtx(rec, text, [
    'Clinton Plan for Taxes Is Expansive but Complex.',
    'Virginian could make history. Again.',
  ]);
}
if (opt.list) {
  for (const id of Object.keys(SHAPES)) {
    const ctx = demoCtx();
    const rng = new Rng(hashUtf16('demo:' + id + ':' + opt.seed));
    SHAPES[id].gen(ctx, rng);
    let ex;
    if (ctx.items.length) ex = ctx.items.map((i) => i.lines.join(' ⏎ ')).join(' ⏎ ');
    else if (ctx.titleOverride) ex = ctx.titleOverride;
    else if (ctx.dateline) ex = ctx.dateline + ctx.paragraphs[0].slice(0, 40) + '…';
    else if (ctx.dropTitle) ex = '(headline line removed; title null)';
    else if (ctx.singleNl) ex = '(blank lines between paragraphs become single newlines)';
    console.log(`${id}\t${ex}`);
  }
  process.exit(0);
}

// ------------------------------------------------------------------ main
if (!opt.src || !opt.out) {
  console.error('usage: --src DIR --out DIR --seed N | --list-shapes');
  process.exit(2);
}
const recs = readGold(opt.src);
const allTitles = recs.map((r) => r.first_line.trim()).filter((t) => !t.endsWith(';'));
const golds = [];
const counts = {};
for (const rec of recs) {
  const text = readArticle(opt.src, rec);
  const others = allTitles.filter((t) => t !== rec.first_line.trim());
  const { text: out, gold } = generateFile(rec, text, others, opt.seed);
  writeArticle(opt.out, rec, out);
  golds.push(gold);
  for (const s of gold.noise) counts[s] = (counts[s] || 0) + 1;
}
writeGold(opt.out, golds);
console.error(`wrote ${recs.length} files to ${opt.out}`);
for (const [k, v] of Object.entries(counts).sort()) console.error(`  ${k}\t${v}`);
