#!/usr/bin/env node
// make-blind-noise-8.mjs: adds scraped-page noise (round 8 shapes) to clean PolNeAR dev articles.
// Usage: node make-blind-noise-8.mjs --src DIR --out DIR --seed N
//        node make-blind-noise-8.mjs --list-shapes
// Same CLI and gold format as round 6; the noise shapes are new (archives, feeds, forums,
// e-mail and app shares, CMS shortcodes, foreign and inverted bylines, paragraph markup damage).
// Node 22 built-ins only (lib/dates.mjs reads a .ts module). Deterministic for a given seed.
import { placeOf, urlOf } from './lib/article-context.mjs';
import { runEditRound } from './lib/edit-round.mjs';
import { AGENCIES, USER_NAMES } from './lib/pools.mjs';
import {
  addEdit,
  addEnd,
  addInsert,
  addTop,
  block,
  later,
  namesJoin,
  okPick,
  quoteSpansIn,
} from './lib/page.mjs';
import {
  D,
  MONTHS,
  MONTHS_3,
  MONTHS_DE,
  MONTHS_IT,
  WEEKDAYS,
  WEEKDAYS_3,
  fmtDate,
  pad,
  t12,
} from './lib/dates.mjs';

// ------------------------------------------------------------------ shapes
const SHAPES = [];
function shape(id, opts, apply) {
  SHAPES.push({ id, group: null, applies: () => true, ...opts, apply });
}

// ------------------------------------------------------------------ round-8 helpers
// local publication time (Eastern, UTC-4 in September/October 2016) as a UTC Date
function stampUtc(ctx, addMin = 0) {
  const { y, m, d } = D(ctx.dt);
  return new Date(Date.UTC(y, m, d, ctx.time.h + 4, ctx.time.mi + addMin, 0));
}
function rfc2822(dtUtc, local) {
  // local=true: "-0400" offset representation of the same instant
  const x = local ? new Date(dtUtc.getTime() - 4 * 3600000) : dtUtc;
  const s = `${WEEKDAYS_3[x.getUTCDay()]}, ${pad(x.getUTCDate())} ${MONTHS_3[x.getUTCMonth()]} ${x.getUTCFullYear()} ${pad(x.getUTCHours())}:${pad(x.getUTCMinutes())}:${pad(x.getUTCSeconds())}`;
  return local ? `${s} -0400` : `${s} ${gmtLabel(dtUtc)}`;
}
function gmtLabel(dtUtc) {
  return dtUtc.getUTCMinutes() % 2 ? 'GMT' : '+0000';
}
function isoZ(dtUtc) {
  return dtUtc.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function ordinal(n) {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] || 'th';
  return `${n}${s}`;
}
function digits(r, n) {
  let s = String(r.int(1, 9));
  while (s.length < n) s += String(r.int(0, 9));
  return s;
}
function hex(r, n) {
  let s = '';
  while (s.length < n) s += '0123456789abcdef'[r.int(0, 15)];
  return s;
}
function uuid(r) {
  return `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${'89ab'[r.int(0, 3)]}${hex(r, 3)}-${hex(r, 12)}`;
}
function invertName(n) {
  const toks = n.split(/\s+/);
  let suffix = '';
  if (toks.length > 2 && /^(Jr\.?|Sr\.?|II|III|IV)$/.test(toks[toks.length - 1]))
    suffix = ', ' + toks.pop();
  const last = toks.pop();
  return `${last}, ${toks.join(' ')}${suffix}`;
}

// ------------------------------------------------------------------ round-8 shapes
// Containers: the whole text came out of some other system wrapped around the article.

shape('warc-wet-record', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const crawl = new Date(
    stampUtc(ctx).getTime() + r.int(2, 90) * 86400000 + r.int(0, 86399) * 1000,
  );
  const url = urlOf(ctx).replace(/^https/, r.chance(0.5) ? 'http' : 'https');
  const lines = [
    'WARC/1.0',
    'WARC-Type: conversion',
    `WARC-Target-URI: ${url}`,
    `WARC-Date: ${isoZ(crawl)}`,
    `WARC-Record-ID: <urn:uuid:${uuid(r)}>`,
    `WARC-Refers-To: <urn:uuid:${uuid(r)}>`,
    `WARC-Block-Digest: sha1:${Array.from({ length: 32 }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[r.int(0, 31)]).join('')}`,
  ];
  if (r.chance(0.5)) lines.push('WARC-Identified-Content-Language: eng');
  lines.push('Content-Type: text/plain', `Content-Length: ${r.int(3200, 14000)}`);
  addTop(page, 0, block('warc-wet-record', lines));
  if (r.chance(0.4)) {
    // next record header glued after the end of this one
    addEnd(
      page,
      95,
      block('warc-wet-record', [
        'WARC/1.0',
        'WARC-Type: conversion',
        `WARC-Target-URI: https://www.${ctx.pub.domain}/${r.pick(['video', 'live', 'tag/elections', 'newsletters'])}/`,
      ]),
    );
  }
});

shape('proquest-record', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const { y, m, d } = D(ctx.dt);
  const pageNo = `${r.pick(['A', 'A', 'B'])}.${r.int(1, 22)}`;
  const docId = digits(r, 10);
  const top = [];
  if (ctx.persons.length) {
    page.setsAuthors = true;
    top.push(`Author: ${ctx.persons.map(invertName).join('; ')}`);
  }
  top.push(
    `Publication info: ${o}; ${placeOf(ctx)} [${placeOf(ctx).split(',')[0]}]. ${pad(d)} ${MONTHS_3[m]} ${y}: ${pageNo}.`,
  );
  if (r.chance(0.6)) top.push('ProQuest document link');
  const words = ctx.paras[0].split(/\s+/);
  if (r.chance(0.7) && words.length > 14)
    top.push(`Abstract: ${words.slice(0, r.int(10, 14)).join(' ')} ...`);
  top.push(r.pick(['Full Text:', 'Full text', 'FULL TEXT']));
  addTop(page, 26, block('proquest-record', top));
  const people = ctx.names.slice(0, 3).map(invertName).join('; ');
  const tail = [
    `Subject: ${r.sample(['Presidential elections', 'Political campaigns', 'Candidates', 'Voters', 'Polls & surveys', 'Political advertising', 'Taxation'], 3).join('; ')}`,
    `Location: United States--US`,
    people ? `People: ${people}` : null,
    `Publication title: ${o}`,
    `Pages: ${pageNo}`,
    `Publication year: ${y}`,
    `Publication date: ${MONTHS_3[m]} ${d}, ${y}`,
    r.chance(0.5) ? `Section: ${r.pick(['A-Section', 'National', 'Politics', 'News'])}` : null,
    `Publisher: ${ctx.pub.legal}`,
    `Place of publication: ${placeOf(ctx)}`,
    'Country of publication: United States, ' + placeOf(ctx),
    'Source type: Newspapers',
    'Language of publication: English',
    `Document type: ${r.pick(['News', 'Commentary', 'News; Political'])}`,
    `ProQuest document ID: ${docId}`,
    `Document URL: https://search.proquest.com/docview/${docId}?accountid=${r.int(10000, 99999)}`,
    `Copyright: Copyright ${ctx.pub.legal} ${MONTHS_3[m]} ${d}, ${y}`,
    `Last updated: ${fmtDate(later(ctx, 4), 'iso')}`,
    `Database: ${r.pick(['ProQuest Central', 'U.S. Newsstream', 'National Newspapers Core'])}`,
  ];
  addEnd(page, 50, block('proquest-record', tail, r.chance(0.3) ? '\n\n' : '\n'));
});

shape('feed-reader-view', { group: 'container' }, (ctx, page) => {
  // newsboat / text RSS reader article view: labelled header, then the body
  const r = ctx.rng;
  const o = ctx.outlet();
  const lines = [
    `Feed: ${o} - ${r.pick(['Top Stories', 'Politics', 'Latest News', ctx.pub.sections[0]])}`,
  ];
  if (r.chance(0.75)) {
    page.titleMode = 'drop';
    page.titleLabeled = true;
    lines.push({ text: `Title: ${ctx.titleBase}`, boiler: false });
  }
  if (ctx.persons.length && r.chance(0.7)) {
    page.setsAuthors = true;
    lines.push(`Author: ${namesJoin(ctx, ctx.persons, 'comma')}`);
  }
  lines.push(`Date: ${rfc2822(stampUtc(ctx), r.chance(0.5))}`);
  lines.push(`Link: ${urlOf(ctx)}`);
  addTop(page, r.chance(0.5) ? 0 : 25, block('feed-reader-view', lines));
  if (r.chance(0.35))
    addEnd(
      page,
      70,
      block('feed-reader-view', [`The post ${ctx.titleBase} appeared first on ${o}.`]),
    );
});

shape('forum-repost', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const u = r.pick(USER_NAMES);
  const { y, m, d } = D(ctx.dt);
  const h = ctx.time.h + 1;
  const postTime = `${pad(m + 1)}-${pad(d)}-${y}, ${pad(h % 12 || 12)}:${pad(ctx.time.mi)} ${h >= 12 ? 'PM' : 'AM'}`;
  const top = [
    `#${r.int(1, 3)}`,
    `Old ${postTime}`,
    u,
    r.pick(['Senior Member', 'Member', 'Banned', 'Platinum Member']),
    `Join Date: ${MONTHS_3[r.int(0, 11)]} ${r.int(2004, 2015)}`,
  ];
  if (r.chance(0.6))
    top.push(`Location: ${r.pick(['Ohio', 'Tampa Bay', 'NoVA', 'Upstate NY', 'Texas'])}`);
  top.push(`Posts: ${r.int(100, 40000).toLocaleString('en-US')}`);
  top.push('Quote:');
  if (r.chance(0.5)) top.push(`Originally Posted by ${ctx.pub.domain}`);
  addTop(page, r.chance(0.5) ? 10 : 25, block('forum-repost', top));
  const end = [];
  if (r.chance(0.7)) end.push(urlOf(ctx).replace(/^https:\/\//, 'http://'));
  if (r.chance(0.5))
    end.push(
      r.pick([
        'Discuss.',
        'Thoughts?',
        'Not surprised one bit.',
        'Well, well, well.',
        'This election just keeps getting weirder.',
      ]),
    );
  end.push('__________________');
  end.push(
    r.pick([
      '"The only thing necessary for the triumph of evil is for good men to do nothing."',
      'Proud independent since 1992.',
      'Go Bucks!',
      '2016: the year we all lost our minds',
    ]),
  );
  if (r.chance(0.5)) {
    const et = ctx.time.mi + r.int(3, 40);
    end.push(
      `Last edited by ${u}; ${pad(m + 1)}-${pad(d)}-${y} at ${pad((h + Math.floor(et / 60)) % 12 || 12)}:${pad(et % 60)} ${h >= 12 ? 'PM' : 'AM'}.`,
    );
  }
  end.push(
    r.pick([
      'Reply With Quote',
      'Quote  Quick Reply',
      'Reply With Quote  Multi-Quote This Message',
    ]),
  );
  addEnd(page, 60, block('forum-repost', end));
});

shape('reddit-post-chrome', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const u = r.pick(USER_NAMES);
  const n = r.int(40, 4800);
  if (r.chance(0.6))
    page.titleLines = [`${ctx.titleBase} (${ctx.pub.domain})`, ...ctx.headLines.slice(1)];
  const top = [
    `submitted ${r.int(2, 11)} hours ago by ${u} to r/${r.pick(['politics', 'news', 'Conservative', 'PoliticalDiscussion', 'uspolitics'])}`,
    `${n.toLocaleString('en-US')} comments share save hide report`,
  ];
  if (r.chance(0.5)) top.unshift(`${r.int(2, 60)}.${r.int(1, 9)}k`);
  if (r.chance(0.5)) top.push(`${r.int(55, 97)}% Upvoted`);
  addTop(page, 25, block('reddit-post-chrome', top));
  const end = [
    `all ${n} comments`,
    `sorted by: ${r.pick(['best', 'top', 'new', 'controversial'])}`,
    `[–]${r.pick(USER_NAMES)} ${r.int(2, 900)} points ${r.int(1, 10)} hours ago`,
    r.pick([
      'Submission statement: posting the full text because of the paywall.',
      'Mods, can we get a megathread for this?',
      'Source is reliable on this one, for once.',
    ]),
    'permalink embed save report reply',
  ];
  addEnd(page, 60, block('reddit-post-chrome', end));
});

shape('mobile-share-sheet', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const top = [
    r.pick([
      `I saw this on the ${o} app and thought you should see it:`,
      `Check out this article from ${o}:`,
      `Shared from the ${o} app`,
      `📱 Shared via ${o} for iOS`,
      `Read this on ${o}:`,
    ]),
  ];
  if (r.chance(0.6))
    top.push(urlOf(ctx) + (r.chance(0.5) ? '?utm_source=ios&utm_medium=share' : ''));
  addTop(
    page,
    r.chance(0.7) ? 0 : 25,
    block('mobile-share-sheet', top, r.chance(0.5) ? '\n\n' : '\n'),
  );
  const end = [
    r.pick([
      'Sent from my iPhone',
      'Sent from my iPad',
      'Sent from my Samsung Galaxy smartphone.',
      'Get Outlook for Android',
      'Sent from Yahoo Mail on Android',
      'Sent from my Verizon, Samsung Galaxy smartphone',
    ]),
  ];
  if (r.chance(0.4))
    end.push(r.pick([`Get the ${o} app: ${ctx.pub.domain}/apps`, 'Download the app']));
  addEnd(page, 90, block('mobile-share-sheet', end, '\n\n'));
});

shape('email-newsletter-chrome', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const nl = r.pick([
    'Morning Briefing',
    'Playbook',
    'The Daily 202',
    'Election Alert',
    'Politics Today',
    'Campaign Digest',
  ]);
  addTop(
    page,
    0,
    block(
      'email-newsletter-chrome',
      [
        r.pick([
          'View this email in your browser',
          'Having trouble viewing this email? View it as a Web page.',
          'Email not displaying correctly? View it in your browser.',
          'View online',
        ]),
        r.chance(0.5) ? `${o} | ${nl}` : null,
      ],
      r.chance(0.5) ? '\n\n' : '\n',
    ),
  );
  const end = [
    `You are receiving this email because you signed up for ${nl} from ${o}.`,
    r.pick([
      'Unsubscribe | Update your preferences | Privacy policy',
      'Unsubscribe from this list · Update subscription preferences',
      'To stop receiving these emails, unsubscribe here.',
    ]),
    r.pick([
      `${ctx.pub.legal}, ${r.int(100, 2999)} ${r.pick(['Wilson Blvd.', 'K Street NW', 'Eighth Avenue', 'Jones Branch Drive'])}, ${placeOf(ctx)} ${digits(r, 5)}`,
      `Our mailing address is: ${ctx.pub.legal}, P.O. Box ${r.int(1000, 9999)}, ${placeOf(ctx)}`,
    ]),
  ];
  if (r.chance(0.4)) end.push('Add us to your address book');
  addEnd(page, 85, block('email-newsletter-chrome', end));
});

shape('html-head-residue', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const iso = `${fmtDate(ctx.dt, 'iso')}T${pad(ctx.time.h)}:${pad(ctx.time.mi)}:00-04:00`;
  const all = [
    '<!DOCTYPE html>',
    `<html lang="en${r.chance(0.5) ? '-US' : ''}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${ctx.titleBase} | ${o}</title>`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta property="og:site_name" content="${o}">`,
    `<meta property="og:title" content="${ctx.titleBase}">`,
    '<meta property="og:type" content="article">',
    `<meta property="article:published_time" content="${iso}">`,
    `<link rel="canonical" href="${urlOf(ctx)}">`,
    '</head>',
    `<body class="${r.pick(['article', 'single single-post', 'story-page', 'amp-mode-mouse'])}">`,
  ];
  let lines = all.filter((l, i) => i < 3 || i > 10 || r.chance(0.6));
  if (ctx.persons.length && r.chance(0.5)) {
    page.setsAuthors = true;
    lines.splice(
      lines.length - 2,
      0,
      `<meta name="author" content="${namesJoin(ctx, ctx.persons, 'and')}">`,
    );
  }
  addTop(page, 2, block('html-head-residue', lines));
  if (r.chance(0.5)) addEnd(page, 99, block('html-head-residue', ['</body>', '</html>']));
});

// ------------------------------------------------------------------ bylines and dates
const LANG = [
  {
    by: 'Von',
    and: 'und',
    months: MONTHS_DE,
    date: (d, mo, y, t, M) =>
      r2(`${pad(d)}.${pad(mo + 1)}.${y}, ${pad(t.h)}:${pad(t.mi)} Uhr`, `${d}. ${M} ${y}`),
  },
  {
    by: 'Par',
    and: 'et',
    months: [
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ],
    date: (d, mo, y, t, M) =>
      r2(
        `Publié le ${d} ${M} ${y} à ${pad(t.h)}h${pad(t.mi)}`,
        `Mis à jour le ${pad(d)}/${pad(mo + 1)}/${y}`,
      ),
  },
  {
    by: 'Por',
    and: 'y',
    months: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    date: (d, mo, y, t, M) =>
      r2(
        `${d} de ${M} de ${y} - ${pad(t.h)}:${pad(t.mi)} h`,
        `Actualizado: ${pad(d)}/${pad(mo + 1)}/${y}`,
      ),
  },
  {
    by: 'di',
    and: 'e',
    months: MONTHS_IT,
    date: (d, mo, y, t, M) =>
      r2(
        `${d} ${M} ${y} (modifica il ${d} ${M} ${y} | ${pad(t.h)}:${pad(t.mi)})`,
        `${pad(d)} ${M} ${y}`,
      ),
  },
  {
    by: 'Door',
    and: 'en',
    months: [
      'januari',
      'februari',
      'maart',
      'april',
      'mei',
      'juni',
      'juli',
      'augustus',
      'september',
      'oktober',
      'november',
      'december',
    ],
    date: (d, mo, y, t, M) =>
      r2(`${d} ${M} ${y}, ${pad(t.h)}:${pad(t.mi)}`, `${pad(d)}-${pad(mo + 1)}-${y}`),
  },
  {
    by: 'Por',
    and: 'e',
    months: [
      'janeiro',
      'fevereiro',
      'março',
      'abril',
      'maio',
      'junho',
      'julho',
      'agosto',
      'setembro',
      'outubro',
      'novembro',
      'dezembro',
    ],
    date: (d, mo, y, t, M) =>
      r2(
        `${d} de ${M} de ${y} às ${pad(t.h)}h${pad(t.mi)}`,
        `${pad(d)}/${pad(mo + 1)}/${y} ${pad(t.h)}h${pad(t.mi)}`,
      ),
  },
];
// two-way choice decided by the caller's rng (set just before the call)
let R2 = null;
function r2(a, b) {
  return R2 && R2.chance(0.5) ? b : a;
}

shape(
  'foreign-language-byline',
  { group: 'byline', applies: (ctx) => ctx.persons.length > 0 },
  (ctx, page) => {
    const r = ctx.rng;
    const L = r.pick(LANG);
    const { y, m, d } = D(ctx.dt);
    page.setsAuthors = true;
    const ps = ctx.persons;
    const N =
      ps.length === 1 ? ps[0] : ps.slice(0, -1).join(', ') + ` ${L.and} ` + ps[ps.length - 1];
    R2 = r;
    const date = L.date(d, m, y, ctx.time, L.months[m]);
    R2 = null;
    const lines = r.chance(0.6) ? [`${L.by} ${N} | ${date}`] : [`${L.by} ${N}`, date];
    addTop(page, 30, block('foreign-language-byline', lines));
  },
);

shape(
  'surname-first-byline',
  { group: 'byline', applies: (ctx) => ctx.persons.length > 0 },
  (ctx, page) => {
    const r = ctx.rng;
    page.setsAuthors = true;
    const inv = ctx.persons.map(invertName);
    const up = r.chance(0.35);
    const list = inv.map((x) => (up ? x.toUpperCase() : x));
    const line = r.pick([
      () => list.join('; '),
      () => `By ${list.join('; ')}`,
      () => `Author(s): ${list.join('; ')}`,
      () => `${list.join(' and ')} (${r.pick(['reporter', 'staff', 'correspondent'])})`,
      () => `Creator: ${list.join(' | ')}`,
    ])();
    const lines = [line];
    if (r.chance(0.5)) lines.push(fmtDate(ctx.dt, r.pick(['iso', 'mdy', 'dmy'])));
    addTop(page, 30, block('surname-first-byline', lines));
  },
);

shape(
  'byline-affiliation-suffix',
  { group: 'byline', applies: (ctx) => ctx.persons.length > 0 },
  (ctx, page) => {
    const r = ctx.rng;
    const o = ctx.outlet();
    page.setsAuthors = true;
    const N = namesJoin(ctx, ctx.persons, r.pick(['and', 'amp']));
    const line = r.pick([
      `By ${N}, Special to ${o}`,
      `By ${N} For ${o.replace(/^The /, '')}`,
      `By ${N}, ${o} Contributor`,
      `By ${N}, Guest Columnist`,
      `By ${N}, Tribune News Service`,
      `By ${N}, McClatchy Washington Bureau`,
      `${N}, for ${o.replace(/^The /, '')}`,
      `By ${N} | ${o} Washington Bureau`,
    ]);
    const lines = [line];
    if (r.chance(0.4))
      lines.push(
        `${fmtDate(ctx.dt, r.pick(['ap', 'full']))} ${r.pick(['', 'at '])}${t12(ctx.time, 0)}`.replace(
          '  ',
          ' ',
        ),
      );
    addTop(page, 30, block('byline-affiliation-suffix', lines));
  },
);

shape('ordinal-date-line', { group: 'date' }, (ctx, page) => {
  const r = ctx.rng;
  const { y, m, d, w } = D(ctx.dt);
  const t = ctx.time;
  const yy = String(y).slice(2);
  const h12 = t.h % 12 || 12;
  const ap = t.h >= 12 ? 'pm' : 'am';
  const line = r.pick([
    `${WEEKDAYS[w]} ${ordinal(d)} ${MONTHS[m]} ${y}`,
    `${MONTHS[m]} ${ordinal(d)}, ${y} at ${h12}:${pad(t.mi)} ${ap}`,
    `${MONTHS_3[m]} ${d} '${yy} ${h12}:${pad(t.mi)} ${ap.toUpperCase()}`,
    `${pad(d)}-${MONTHS_3[m]}-${y} ${pad(t.h)}:${pad(t.mi)}`,
    `${y}/${pad(m + 1)}/${pad(d)} ${pad(t.h)}:${pad(t.mi)}`,
    `${m + 1}.${d}.${yy}`,
    `${WEEKDAYS_3[w].toUpperCase()} ${MONTHS_3[m].toUpperCase()} ${d} ${y}`,
    `${ordinal(d)} ${MONTHS_3[m]} ${y}, ${h12}.${pad(t.mi)}${ap}`,
    `${WEEKDAYS[w]}, ${d}. ${MONTHS[m]} ${y}`,
    `${y}${pad(m + 1)}${pad(d)} ${pad(t.h)}${pad(t.mi)} EDT`,
  ]);
  const label = r.pick([
    '',
    '',
    '',
    'Dated: ',
    'Story date: ',
    'Released ',
    'Date of publication: ',
  ]);
  addTop(page, r.chance(0.75) ? 30 : 24, block('ordinal-date-line', [label + line]));
});

// ------------------------------------------------------------------ title area

shape('title-dek-standfirst', {}, (ctx, page) => {
  const r = ctx.rng;
  const A = ctx.names[0] || 'Donald Trump';
  const B = ctx.names.find((x) => x !== A) || 'Hillary Clinton';
  const left = Math.round((Date.UTC(2016, 10, 8) - ctx.dt.getTime()) / 86400000);
  const ln = (x) => x.split(' ').pop();
  const deks = [
    `${A} and ${B} sharpen their closing arguments as the polls tighten in key states.`,
    `A look at how ${A} is trying to reshape the final stretch of the campaign.`,
    `${ln(A)}'s allies say the strategy is working. Critics are not so sure.`,
    `The move puts new pressure on ${B} heading into the next round of debates.`,
    `What ${ln(A)} said, what it means, and what comes next.`,
  ];
  if (left > 0)
    deks.push(
      `With ${left} days until Election Day, ${A} faces mounting pressure on several fronts.`,
    );
  const dek = okPick(ctx, () => r.pick(deks));
  if (!dek) return;
  addTop(page, 22, block('title-dek-standfirst', [dek]));
});

// ------------------------------------------------------------------ inline and end junk

shape('pagination-controls', { applies: (ctx) => ctx.paras.length >= 5 }, (ctx, page) => {
  const r = ctx.rng;
  const n = ctx.paras.length;
  const pages = r.int(2, 4);
  const i1 = r.int(1, Math.floor(n / 2));
  addInsert(
    ctx,
    page,
    block(
      'pagination-controls',
      r.pick([
        ['Next Page »'],
        [`Page 1 of ${pages}`, 'Next →'],
        [`Pages: ${Array.from({ length: pages }, (_, k) => k + 1).join(' ')} »`],
        ['Continue to page 2'],
        [`${Array.from({ length: pages }, (_, k) => k + 1).join('  ')}  Next`],
      ]),
    ),
    i1,
  );
  if (r.chance(0.6))
    addInsert(
      ctx,
      page,
      block('pagination-controls', [
        r.pick([
          `Page 2 of ${pages}`,
          `« Previous | Page 2 | Next »`,
          `‹ Prev  2/${pages}  Next ›`,
        ]),
      ]),
      i1 + 1,
    );
  addEnd(
    page,
    20,
    block('pagination-controls', [
      r.pick([
        `« Previous ${Array.from({ length: pages }, (_, k) => k + 1).join(' ')} Next »`,
        `Page ${pages} of ${pages}`,
        '← Previous page',
      ]),
      r.pick(['View as single page', 'Single Page View', 'Show full article', null]),
    ]),
  );
});

shape('wp-shortcodes', {}, (ctx, page) => {
  const r = ctx.rng;
  const who = ctx.name() || 'Donald Trump';
  const c = ctx.city();
  const codes = [
    () =>
      `[caption id="attachment_${r.int(10000, 299999)}" align="align${r.pick(['center', 'none', 'right'])}" width="${r.pick([300, 640, 1024])}"]${who} speaks in ${c[2]}, ${c[3]} (${r.pick(AGENCIES)})[/caption]`,
    () =>
      `[embed]https://www.youtube.com/watch?v=${Array.from({ length: 11 }, () => 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-'[r.int(0, 61)]).join('')}[/embed]`,
    () => '<!--more-->',
    () => `[gallery ids="${r.int(1000, 9999)},${r.int(1000, 9999)},${r.int(1000, 9999)}"]`,
    () => r.pick(['[related_posts]', '[jetpack_related_posts]', '[ad_slot id="in-article-1"]']),
    () =>
      `[tweet https://twitter.com/${r.pick(['PressSec', 'CNNPolitics', 'ABCPolitics'])}/status/${digits(r, 18)}]`,
    () => '[/vc_column_text][/vc_column][/vc_row][vc_row][vc_column][vc_column_text]',
    () => `[pullquote align="right"]${r.pick(['Stay tuned.', 'More to come.'])}[/pullquote]`,
  ];
  const k = r.int(1, 3);
  for (const g of r.sample(codes, k)) addInsert(ctx, page, block('wp-shortcodes', [g()]));
  if (r.chance(0.3))
    addTop(page, 28, block('wp-shortcodes', ['[vc_row][vc_column][vc_column_text]']));
});

shape('factbox-sidebar', {}, (ctx, page) => {
  const r = ctx.rng;
  const b = r.pick(['•', '-', '*', '▪', '■']);
  const facts = [
    'Sept. 26: First presidential debate, Hofstra University',
    'Oct. 4: Vice presidential debate, Longwood University',
    'Oct. 9: Second presidential debate, Washington University in St. Louis',
    'Oct. 19: Third presidential debate, University of Nevada, Las Vegas',
    'Nov. 8: Election Day',
    '270: Electoral votes needed to win',
    '538: Total electoral votes',
    '34: Senate seats on the ballot',
    '435: House seats on the ballot',
  ];
  const lines = [
    r.pick([
      'FAST FACTS',
      'By the numbers',
      'What you need to know',
      'KEY DATES',
      'The race at a glance',
    ]),
  ];
  for (const f of r.sample(facts, r.int(3, 5))) lines.push(`${b} ${f}`);
  if (r.chance(0.4))
    lines.push(r.pick(['Source: Commission on Presidential Debates', 'Source: staff research']));
  const b0 = block('factbox-sidebar', lines);
  if (r.chance(0.6)) addInsert(ctx, page, b0);
  else addEnd(page, 15, b0);
});

shape(
  'pull-quote-dup',
  {
    applies: (ctx) =>
      ctx.paras.length >= 4 &&
      ctx.rec.quotes.some((q) => q.speaker_is_name && q.words >= 5 && q.words <= 28 && q.speaker),
  },
  (ctx, page) => {
    const r = ctx.rng;
    const qs = ctx.rec.quotes.filter(
      (q) => q.speaker_is_name && q.words >= 5 && q.words <= 28 && q.speaker,
    );
    const q = r.pick(qs);
    let txt = q.text.trim().replace(/[,;:]$/, '.');
    txt = txt.charAt(0).toUpperCase() + txt.slice(1);
    const sp = q.speaker.trim();
    const line = okPick(ctx, () =>
      r.pick([
        `“${txt}” — ${sp}`,
        `"${txt}" -${sp}`,
        `${sp.toUpperCase()}: “${txt}”`,
        `“${txt}”\u00a0—\u00a0${sp}`,
      ]),
    );
    if (!line) return;
    addInsert(ctx, page, block('pull-quote-dup', [line]));
  },
);

shape('reaction-emoji-bar', {}, (ctx, page) => {
  const r = ctx.rng;
  const n = () => r.int(0, 2400);
  const style = r.int(0, 2);
  let lines;
  if (style === 0)
    lines = [
      r.pick(["What's your reaction?", 'How do you feel about this story?', 'Your reaction']),
      `😀 Happy ${n()}`,
      `😡 Angry ${n()}`,
      `😢 Sad ${n()}`,
      `😮 Surprised ${n()}`,
      `😂 Funny ${n()}`,
    ];
  else if (style === 1) lines = [`👍 ${(r.int(11, 99) / 10).toFixed(1)}K   💬 ${n()}   🔁 ${n()}`];
  else lines = [`❤️ ${n()}`, `💬 ${n()} Comments`, `🔖 Save`];
  if (r.chance(0.55)) addEnd(page, 25, block('reaction-emoji-bar', lines));
  else addTop(page, 28, block('reaction-emoji-bar', lines));
});

shape('market-ticker', {}, (ctx, page) => {
  const r = ctx.rng;
  const f = (x, dp = 2) =>
    x.toLocaleString('en-US', { minimumFractionDigits: dp, maximumFractionDigits: dp });
  const q = (name, base, spread) => {
    const v = base + (r.next() - 0.5) * spread;
    const ch = (r.next() - 0.5) * v * 0.03;
    const arrow = ch >= 0 ? '▲' : '▼';
    return [
      name,
      f(v),
      `${arrow} ${f(Math.abs(ch))} (${ch >= 0 ? '+' : '-'}${f((Math.abs(ch) / v) * 100)}%)`,
    ];
  };
  const rows = [q('DOW', 18200, 600), q('S&P 500', 2150, 60), q('NASDAQ', 5250, 200)];
  if (r.chance(0.5)) rows.push(q('Crude Oil', 45, 6));
  let lines;
  if (r.chance(0.5)) lines = [rows.map((x) => x.join(' ')).join(' | ')];
  else lines = [r.pick(['Markets', 'MARKETS', 'Market Snapshot']), ...rows.flat()];
  if (r.chance(0.4)) lines.push(`Quotes delayed at least 15 min.`);
  addTop(page, r.pick([1, 3, 28]), block('market-ticker', lines));
});

shape('text-size-controls', {}, (ctx, page) => {
  const r = ctx.rng;
  const lines = r.pick([
    ['Text size', 'A A A'],
    ['A- | A | A+'],
    ['Font size: Small | Medium | Large'],
    ['aA'],
    ['Text Size', 'Reset'],
    ['A A A', 'High contrast'],
  ]);
  addTop(page, r.chance(0.6) ? 27 : 6, block('text-size-controls', lines));
});

shape('translate-widget', {}, (ctx, page) => {
  const r = ctx.rng;
  const top = r.pick([
    ['Select Language ▼', 'Powered by Google Translate'],
    ['Translate »'],
    ['Select Language', 'Afrikaans', 'Albanian', 'Arabic', 'Chinese (Simplified)', 'Spanish'],
    ['Translate this page', 'Powered by Google'],
  ]);
  addTop(page, r.pick([4, 7, 27]), block('translate-widget', top));
  if (r.chance(0.45))
    addEnd(
      page,
      97,
      block('translate-widget', ['Original text', 'Contribute a better translation']),
    );
});

shape('footer-sitemap-columns', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const cols = [
    ['COMPANY', 'About Us', 'Careers', 'Contact Us', 'Advertise', 'Press Room'],
    [
      'SERVICES',
      'Subscriber Services',
      'e-Edition',
      'Archives',
      'Reprints & Permissions',
      'Newsletters',
    ],
    ['MORE', 'Site Map', 'RSS Feeds', 'Mobile Apps', 'Corrections', 'Ethics Policy'],
    ['FOLLOW US', 'Facebook', 'Twitter', 'Instagram', 'YouTube'],
  ];
  const lines = [];
  for (const c of r.sample(cols, r.int(2, 4))) {
    if (r.chance(0.7)) lines.push(c[0]);
    lines.push(...c.slice(1).filter(() => r.chance(0.8)));
  }
  if (r.chance(0.5)) lines.push(`${o} ${r.pick(['Network', 'Media Group', 'Digital'])}`);
  addEnd(page, 80, block('footer-sitemap-columns', lines));
});

shape('opinion-disclaimer', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const line = r.pick([
    `The views expressed in this article are the author's own and do not reflect the editorial policy of ${o}.`,
    'Opinions expressed by contributors are their own.',
    `This column does not necessarily reflect the opinion of the editorial board or ${o} and its owners.`,
    'Views expressed in this opinion piece are solely those of the writer.',
    `The opinions expressed in this commentary are solely those of the author(s). ${o} publishes a diversity of views.`,
  ]);
  if (r.chance(0.6)) addEnd(page, 8, block('opinion-disclaimer', [line]));
  else addTop(page, 32, block('opinion-disclaimer', [line]));
});

shape('image-filename-lines', {}, (ctx, page) => {
  const r = ctx.rng;
  const { m, d } = D(ctx.dt);
  const gen = () => {
    const f = r.pick([
      () => `GettyImages-${digits(r, 9)}.jpg`,
      () => `AP_${digits(r, 14)}.jpg`,
      () => `${ctx.slug.split('-').slice(0, 2).join('-')}-${pad(m + 1)}${pad(d)}.JPG`,
      () =>
        `RTSO${Array.from({ length: 4 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'[r.int(0, 33)]).join('')}.jpg`,
      () => `image${r.int(1, 9)}.jpeg`,
      () => `${hex(r, 8)}-${r.pick(['720', '1024', '1536'])}x${r.pick(['405', '576', '864'])}.png`,
    ])();
    return (
      f +
      r.pick([
        '',
        '',
        ` (${r.pick([800, 1200, 1600])}×${r.pick([450, 600, 900])})`,
        ` — ${r.int(40, 900)} KB`,
      ])
    );
  };
  const k = r.int(1, 2);
  for (let i = 0; i < k; i++) addInsert(ctx, page, block('image-filename-lines', [gen()]));
  if (r.chance(0.3)) addTop(page, 27, block('image-filename-lines', [gen()]));
});

// ------------------------------------------------------------------ body markup damage (gold paragraphs unchanged)

shape(
  'drop-cap-split',
  {
    group: 'para0',
    applies: (ctx) =>
      /^[A-Z][a-z]/.test(ctx.paras[0]) &&
      ctx.paras[0].length > 60 &&
      !quoteSpansIn(ctx, 0).some(([a]) => a === 0),
  },
  (ctx, page) => {
    const r = ctx.rng;
    addEdit(page, 0, 'ins', 1, r.pick(['\n\n', '\n', ' ', '\n\n']));
  },
);

// end offset of the first k words of paragraph 0
function leadEnd(p, k) {
  const toks = [...p.matchAll(/\S+/g)];
  if (toks.length <= k) return -1;
  return toks[k - 1].index + toks[k - 1][0].length;
}
function quoteFreeLead(ctx) {
  const spans = quoteSpansIn(ctx, 0);
  const first = Math.min(ctx.paras[0].length, ...spans.map(([a]) => a));
  return first;
}
shape(
  'lead-in-smallcaps',
  {
    group: 'para0',
    applies: (ctx) =>
      /^[A-Za-z]/.test(ctx.paras[0]) &&
      ctx.paras[0].length > 60 &&
      leadEnd(ctx.paras[0], 2) > 0 &&
      leadEnd(ctx.paras[0], 2) <= quoteFreeLead(ctx),
  },
  (ctx, page) => {
    const r = ctx.rng;
    const p = ctx.paras[0];
    const lim = quoteFreeLead(ctx);
    let k = r.int(2, 5);
    while (k > 2 && !(leadEnd(p, k) > 0 && leadEnd(p, k) <= lim)) k--;
    const end = leadEnd(p, k);
    const up = p.slice(0, end).toUpperCase();
    if (up.length !== end) return;
    addEdit(page, 0, 'repl', 0, up);
  },
);

shape('html-p-tags', { group: 'markup' }, (ctx, page) => {
  const r = ctx.rng;
  const open = r.pick(['<p>', '<p>', '<p class="story-body-text">', '<p dir="ltr">', '<P>']);
  const close = open === '<P>' ? '</P>' : '</p>';
  const every = r.chance(0.7);
  ctx.paras.forEach((p, i) => {
    if (!every && r.chance(0.5)) return;
    addEdit(page, i, 'ins', 0, open);
    addEdit(page, i, 'ins', p.length, close);
  });
});

shape(
  'sentence-per-line',
  { group: 'markup', applies: (ctx) => ctx.paras.some((p) => /[.?!”"] [A-Z“"]/.test(p)) },
  (ctx, page) => {
    // reader/export tools that put every sentence on its own line inside a paragraph;
    // paragraphs stay separated by blank lines (a spacing artefact: gold paragraphs unchanged)
    const r = ctx.rng;
    const p0 = r.chance(0.3) ? 0.6 : 1;
    // keep paragraphs apart by blank lines even where the source used single newlines
    page.blankSeps = true;
    ctx.paras.forEach((p, i) => {
      for (const m of p.matchAll(/[.?!”"] (?=[A-Z“"])/g)) {
        if (r.chance(p0)) addEdit(page, i, 'repl', m.index + 1, '\n');
      }
    });
  },
);
// ------------------------------------------------------------------ CLI
runEditRound(
  {
    script: 'make-blind-noise-8.mjs',
    shapes: SHAPES,
    salt: 'assign',
    kDist: [2, 3, 4, 4, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6],
  },
  process.argv.slice(2),
);
