#!/usr/bin/env node
// make-blind-noise-6.mjs: adds scraped-web-page noise to clean PolNeAR dev articles.
// Usage: node make-blind-noise-6.mjs --src DIR --out DIR --seed N
//        node make-blind-noise-6.mjs --list-shapes
// Node 22 built-ins only (lib/dates.mjs reads a .ts module). Deterministic for a given seed.
import { assignShapes } from './lib/assign.mjs';
import { runRound, shapeExamples } from './lib/cli.mjs';
import { makeGenerate } from './lib/generate.mjs';
import { render } from './lib/render.mjs';
import { AGENCIES, CITIES, FIGURES, RELATED } from './lib/pools.mjs';
import {
  addEnd,
  addInsert,
  addTop,
  block,
  later,
  laterTime,
  namesJoin,
  okPick,
} from './lib/page.mjs';
import { D, MONTHS_3, MONTHS_AP, WEEKDAYS, addDays, fmtDate, pad, t12 } from './lib/dates.mjs';
import { norm } from './lib/scorer-text.mjs';

// ------------------------------------------------------------------ round-6 pools
const CLICKBAIT = [
  'Doctors Stunned By This Simple Trick For Joint Pain',
  'The Most Expensive Homes For Sale In Every State',
  'Seniors Are Flocking To This New Insurance Plan',
  '25 Child Stars Who Aged Surprisingly Well',
  'Why You Should Never Buy A Mattress In A Store',
  'This Tiny Gadget Is Changing How Americans Save Energy',
  'Here Is What A New Roof Should Cost You In 2016',
  'Remember Her? Try Not To Gasp When You See Her Now',
  'The One Credit Card Experts Keep For Themselves',
  'Drivers Are Switching Car Insurance After Seeing This',
  'Vets Warn: Never Feed Your Dog This Common Snack',
  'Retirees Are Moving To These 7 Cheap Towns',
];
const SPONSORS = [
  'Health Digest',
  'SmartLiving Today',
  'FinanceBuzz Daily',
  'HomeAdvisor Tips',
  'The Penny Report',
  'TrendChaser',
];
const HANDLES = [
  'patriot_mom1776',
  'JerseyGuy58',
  'Linda K.',
  'realist2016',
  'M. Thompson',
  'bluestate_voter',
  'OhioDad',
  'truthseeker',
  'Carla from Tampa',
  'dkw_1969',
  'NoMoreDynasties',
  'independent_ann',
];
const COMMENTS = [
  'Neither candidate deserves my vote, and I suspect I am not alone in that.',
  'Great reporting, thank you for laying out the facts so clearly.',
  'This is exactly why people have stopped trusting the media.',
  'Has anyone actually read the full report? It says something very different.',
  'I used to vote Republican but this year I just cannot do it.',
  'Wake up, people. Both parties are bought and paid for.',
  'Interesting article but it leaves out half the story.',
  'My whole family is voting early this year for the first time.',
  'Can we please talk about policy for once instead of personalities?',
  'Another hit piece. Cancel my subscription.',
  'I remember when campaigns were about ideas. Those days are long gone.',
  'Thanks for covering this, nobody else is.',
  'So much for the party of fiscal responsibility.',
  'Does anyone else feel like this election will never end?',
];
const BEATS = [
  'Congress',
  'the White House',
  'national politics',
  'campaign finance',
  'the 2016 campaign',
  'legal affairs',
  'economic policy',
  'national security',
  'state politics',
  'polling and public opinion',
];
const ROLES = [
  'staff writer',
  'senior political correspondent',
  'White House correspondent',
  'congressional reporter',
  'national political correspondent',
  'contributing editor',
  'politics editor',
  'senior writer',
];
const PREV = [
  'the Des Moines Register',
  'the Tampa Bay Times',
  'National Journal',
  'the Dallas Morning News',
  'Roll Call',
  'The Hill',
  'the Boston Globe',
  'McClatchy',
  'the Sacramento Bee',
  'Congressional Quarterly',
];

// ------------------------------------------------------------------ round-6 helpers
function displayNames(ctx, upper) {
  const r = ctx.rng;
  let ns = ctx.persons.slice();
  if (upper) ns = ns.map((x) => x.toUpperCase());
  return namesJoin(ctx, ns, r.pick(['and', 'and', 'amp', 'comma', 'oxford']));
}
function tz(ctx) {
  return ctx.rng.pick(['ET', 'EDT', ctx.pub.tz]);
}

// ------------------------------------------------------------------ shapes
const SHAPES = [];
function shape(id, opts, apply) {
  SHAPES.push({ id, group: null, applies: () => true, ...opts, apply });
}

shape('title-site-suffix', { group: 'title' }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const sec = r.pick(ctx.pub.sections);
  const base = ctx.titleBase;
  const line = r.pick([
    `${base} | ${o}`,
    `${base} - ${o}`,
    `${base} — ${o}`,
    `${base} – ${o}`,
    `${base} :: ${o}`,
    `${base} | ${sec} | ${o}`,
    `${base} - ${sec} - ${o}`,
    `${o}: ${base}`,
    `${o} | ${base}`,
    `${base} | ${ctx.pub.domain}`,
    `${base} « ${o}`,
  ]);
  if (r.chance(0.3)) {
    // <title> text scraped as its own line above the <h1>
    addTop(page, r.pick([0, 5, 12]), block('title-site-suffix', [line]));
  } else {
    page.titleLines = [line, ...ctx.headLines.slice(1)];
  }
});

shape('title-dropped', { group: 'title' }, (ctx, page) => {
  page.titleMode = 'drop';
});

shape('byline-date-oneline', { group: 'byline' }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const dt = ctx.dt;
  const t = ctx.time;
  let line;
  if (ctx.persons.length) {
    page.setsAuthors = true;
    const up = ctx.pubKey === 'nyt' ? r.chance(0.6) : r.chance(0.15);
    const N = displayNames(ctx, up);
    line = r.pick([
      () => `By ${N} | ${fmtDate(dt, 'mdy')} ${t12(t, 1)} ${tz(ctx)}`,
      () => `${N} · ${fmtDate(dt, 'short')}, ${t12(t, 2)} ET`,
      () => `By ${N} ${fmtDate(dt, 'APCAPS')}`,
      () => `Posted by ${N} on ${fmtDate(dt, 'full')} at ${t12(t, 2)}`,
      () => `${fmtDate(dt, 'ap')} | By ${N}`,
      () => `By ${N}, ${o} Published ${t12(t, 0)} ET ${fmtDate(dt, 'ap')}`,
      () => `${N} — ${fmtDate(dt, 'dowfull')}`,
      () => `by ${N} on ${fmtDate(dt, 'short')} ${t12(t, 2)}`,
      () => `BY ${N.toUpperCase()} | ${fmtDate(dt, 'full').toUpperCase()}`,
      () => `By ${N} • ${fmtDate(dt, 'dmy')}, ${t12(t, 3)} ${r.pick(['BST', 'GMT+1'])}`,
      () => `Written by ${N} | ${fmtDate(dt, 'iso')} ${t12(t, 3)}`,
      () => `${N}, ${o} | ${fmtDate(dt, 'ap')} | Updated ${t12(laterTime(ctx), 0)}`,
    ])();
  } else {
    const credit = ctx.org
      ? r.pick([
          `By ${ctx.org === 'AP' ? 'The Associated Press' : ctx.org}`,
          `${ctx.org} |`,
          `From ${ctx.org}`,
        ])
      : r.pick([`By ${o} Staff`, `${o} Editorial Board`, 'Staff Report', `By ${o}`]);
    line = r.pick([
      () => `${credit} ${fmtDate(dt, 'ap')} ${t12(t, 0)} ET`.replace('| ', '| '),
      () => `Posted ${fmtDate(dt, 'full')} at ${t12(t, 2)} | ${credit}`,
      () => `${fmtDate(dt, 'dowfull')} | ${o}`,
      () => `Published ${fmtDate(dt, 'mdy')} ${t12(t, 1)}`,
    ])();
  }
  addTop(page, r.chance(0.2) ? 15 : 30, block('byline-date-oneline', [line]));
});

shape('byline-labeled-stack', { group: 'byline' }, (ctx, page) => {
  const r = ctx.rng;
  const dt = ctx.dt;
  const t = ctx.time;
  const up = later(ctx, 3);
  const ut = laterTime(ctx);
  const lines = [];
  if (ctx.persons.length) {
    page.setsAuthors = true;
    const N = displayNames(ctx, false);
    lines.push(
      r.pick([
        `Author: ${N}`,
        `Written by ${N}`,
        `Words by ${N}`,
        `Reporter: ${N}`,
        `By: ${N}`,
        `Authors: ${N}`,
        `Story by ${N}`,
      ]),
    );
  } else if (ctx.org) {
    lines.push(r.pick([`Source: ${ctx.org}`, `Credit: ${ctx.org}`, `Wire service: ${ctx.org}`]));
  }
  const style = r.int(0, 4);
  let pub, upd;
  if (style === 0) {
    pub = `Published: ${fmtDate(dt, 'dowdmy')} ${t12(t, 4)} BST`;
    upd = `Last modified on ${fmtDate(up, 'dowdmy')} ${t12(ut, 4)} BST`;
  } else if (style === 1) {
    pub = `Published ${t12(t, 0)} ET ${fmtDate(dt, 'ap')}`;
    upd = `Updated ${t12(ut, 0)} ET ${fmtDate(up, 'ap')}`;
  } else if (style === 2) {
    pub = `Posted: ${fmtDate(dt, 'full')}`;
    upd = `Last updated: ${fmtDate(up, 'full')}`;
  } else if (style === 3) {
    pub = `First published on ${fmtDate(dt, 'dow3dmy')} ${t12(t, 3)} EDT`;
    upd = `Modified: ${fmtDate(up, 'dow3dmy')} ${t12(ut, 3)} EDT`;
  } else {
    pub = `Date: ${fmtDate(dt, 'mdy')}`;
    upd = `Updated: ${fmtDate(up, 'mdy')} ${t12(ut, 1)}`;
  }
  if (r.chance(0.35)) {
    lines.push(upd, pub);
  } else if (r.chance(0.75)) {
    lines.push(pub, upd);
  } else {
    lines.push(pub);
  }
  addTop(page, 30, block('byline-labeled-stack', lines, r.chance(0.3) ? '\n\n' : '\n'));
});

shape('author-card', { group: 'byline', applies: (ctx) => ctx.persons.length > 0 }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const dt = ctx.dt;
  const t = ctx.time;
  page.setsAuthors = true;
  const lines = [];
  const style = r.int(0, 4);
  if (style === 0) {
    // HuffPost style
    for (const p of ctx.persons) {
      lines.push(p);
      lines.push(
        `${r.pick(['Senior Politics Editor', 'Reporter', 'Senior Reporter', 'Associate Editor', 'Contributor'])}, ${o}`,
      );
    }
    lines.push(
      `${fmtDate(dt, 'mdy')} ${t12(t, 2)} ET | Updated ${fmtDate(later(ctx, 2), 'short')}`,
    );
  } else if (style === 1) {
    lines.push(namesJoin(ctx, ctx.persons, 'and'));
    lines.push(`${o} ${r.pick(['Staff Writer', 'staff', 'Correspondent'])}`);
    if (r.chance(0.6)) lines.push(ctx.persons.map((p) => ctx.handleOf(p)).join(' '));
    lines.push(fmtDate(dt, r.pick(['ap', 'full', 'short'])));
  } else if (style === 2) {
    lines.push('Written by');
    for (const p of ctx.persons) lines.push(p);
    lines.push(r.pick(['Bio', 'Email', 'Follow']) + ' | ' + r.pick(['Email', 'Twitter']));
    lines.push(`${fmtDate(dt, 'dowfull')} ${t12(t, 0)}`);
  } else if (style === 3) {
    lines.push(ctx.persons.map((p) => p.toUpperCase()).join(' and '));
    lines.push(fmtDate(dt, 'APCAPS'));
  } else {
    for (const p of ctx.persons)
      lines.push(`${p} | ${r.pick(ROLES).replace(/^\w/, (c) => c.toUpperCase())}`);
    lines.push(`More by ${ctx.persons[0].split(' ')[0]}`);
    lines.push(`${fmtDate(dt, 'short')} ${t12(t, 2)}`);
  }
  addTop(page, 30, block('author-card', lines, r.chance(0.25) ? '\n\n' : '\n'));
});

shape(
  'reporting-editing-signoff',
  { group: 'signoff', applies: (ctx) => ctx.persons.length > 0 },
  (ctx, page) => {
    const r = ctx.rng;
    page.setsAuthors = true;
    const N = namesJoin(ctx, ctx.persons, 'and');
    const ed1 = ctx.fake();
    const ed2 = ctx.fake();
    const c = ctx.city();
    const lines = [
      r.pick([
        `(Reporting by ${N}; Additional reporting by ${ctx.fake()} in ${c[2]}; Editing by ${ed1} and ${ed2})`,
        `(Reporting by ${N}; Editing by ${ed1})`,
        `Reporting by ${N} in ${c[2]}; Writing by ${N}; Editing by ${ed1}`,
        `Reporting by ${N} | Editing by ${ed1} and ${ed2}`,
        `— Reported by ${N}. Edited by ${ed1}.`,
        `[Reporting by ${N}; editing by ${ed1}]`,
      ]),
    ];
    if (r.chance(0.4))
      lines.push(
        r.pick([
          'Our Standards: The Thomson Reuters Trust Principles.',
          'Our Standards: The Trust Principles.',
          'Editing standards and corrections policy',
        ]),
      );
    addEnd(page, 5, block('reporting-editing-signoff', lines));
  },
);

const DATELINE_RE = /^[A-Z][A-Z.'’ ]{2,}(,[^—―–\n]{0,30})?\s*(\([A-Za-z. ]+\)\s*)?(—|―|–|--|-)\s/;
shape(
  'dateline-prefix',
  { applies: (ctx) => ctx.paras[0].length >= 100 && !DATELINE_RE.test(ctx.paras[0]) },
  (ctx, page) => {
    const r = ctx.rng;
    const { m, d } = D(ctx.dt);
    const all = ctx.paras.join(' ');
    let c = CITIES.find((x) => x[0] !== 'WASHINGTON' && x[0] !== 'NEW YORK' && all.includes(x[2]));
    if (!c) c = r.chance(0.7) ? CITIES[0] : ctx.city();
    const caps = c[1] ? `${c[0]}, ${c[1]}` : c[0];
    const mixed = `${c[2]}${c[3] && c[2] !== 'Washington' ? ', ' + c[3] : ''}`;
    page.prefix = r.pick([
      `${caps} — `,
      `${caps} — `,
      `${caps} -- `,
      `${caps} – `,
      `${caps}: `,
      `${mixed} — `,
      `${caps} - `,
      ...(['breitbart', 'huff-post', 'west-journal', 'usa-today'].includes(ctx.pubKey)
        ? [
            `${caps} (${r.pick(['AP', 'Reuters', 'CNN'])}) — `,
            `${caps} (Reuters) - `,
            `${caps}, ${MONTHS_AP[m]} ${d} (UPI) -- `,
            `${mixed}, ${MONTHS_3[m]} ${d} (IANS) `,
          ]
        : []),
    ]);
  },
);

shape('contributor-note', {}, (ctx, page) => {
  const r = ctx.rng;
  const a = ctx.fake();
  const b = ctx.fake();
  const c = ctx.city();
  const lines = [];
  const gen = () =>
    r.pick([
      `Additional reporting by ${a} in ${c[2]}.`,
      `${a} contributed reporting from ${c[2]}.`,
      `${a} and ${b} contributed to this report.`,
      `Staff writer ${a} contributed to this report.`,
      'The Associated Press contributed to this report.',
      `${a} in ${c[2]} contributed reporting. Research was contributed by ${b}.`,
      'This story includes reporting from Reuters.',
      `Contributing: ${a}; The Associated Press`,
      'Material from wire services was used in this report.',
      `${a} contributed research.`,
      `— With reporting by ${a}`,
      `Additional reporting by ${a}; editing by ${b}`,
    ]);
  const l1 = okPick(ctx, gen);
  if (l1) lines.push(l1);
  if (r.chance(0.25)) {
    const l2 = okPick(ctx, gen);
    if (l2 && l2 !== l1) lines.push(l2);
  }
  addEnd(page, r.pick([8, 9, 14]), block('contributor-note', lines, r.chance(0.5) ? '\n\n' : '\n'));
});

shape(
  'author-bio',
  {
    applies: (ctx) =>
      ctx.persons.length > 0 &&
      !ctx.persons.some((p) => ctx.paras[ctx.paras.length - 1].includes(p.split(' ').pop())),
  },
  (ctx, page) => {
    const r = ctx.rng;
    const o = ctx.outlet();
    const lines = [];
    for (const N of ctx.persons.slice(0, 3)) {
      const first = N.split(' ')[0];
      const beat = r.pick(BEATS);
      const role = r.pick(ROLES);
      const yr = r.int(2004, 2015);
      const bio = r.pick([
        `${N} covers ${beat} for ${o}.`,
        `${N} has covered ${beat} since ${yr}. ${first} previously worked at ${r.pick(PREV)}.`,
        `${N} joined ${o} in ${yr} after stints at ${r.pick(PREV)} and ${r.pick(PREV)}.`,
        `${N} writes about ${beat} and is based in ${r.pick(['Washington', 'New York', 'Chicago', 'Los Angeles'])}.`,
        `About the author: ${N} is ${o}'s ${role}.`,
        `${N} is ${o}’s ${role}. ${first} can be reached at ${ctx.emailOf(N)}.`,
        `${N} (${ctx.handleOf(N)}) is a ${role} at ${o}.`,
        `${first} ${N.split(' ').slice(1).join(' ')} reports on ${beat} from Washington.`,
        `${N}, a former Capitol Hill aide, writes frequently about ${beat}.`,
        `${N} is the ${role} at ${o}, where ${first} has worked since ${yr}.`,
        `${N} spent ${r.int(5, 20)} years at ${r.pick(PREV)} before coming to ${o}. ${first} lives in ${r.pick(['Arlington, Va.', 'Silver Spring, Md.', 'Brooklyn'])}.`,
        `More about ${N}: ${first} grew up in ${r.pick(['Ohio', 'Texas', 'Michigan', 'Georgia'])} and studied journalism at ${r.pick(['Northwestern', 'Missouri', 'Columbia', 'Syracuse'])}.`,
      ]);
      lines.push(bio);
      if (r.chance(0.45))
        lines.push(
          r.pick([
            `Follow ${first} on Twitter: ${ctx.handleOf(N)}`,
            `Email: ${ctx.emailOf(N)}`,
            `Contact ${N} at ${ctx.emailOf(N)} or follow ${ctx.handleOf(N)}.`,
            `Reach ${first} at ${ctx.emailOf(N)}.`,
            `${ctx.handleOf(N)}`,
            `Read more from ${N}`,
            `Follow ${N} on Twitter: www.twitter.com/${ctx.handleOf(N).slice(1)}`,
          ]),
        );
    }
    const top = r.chance(0.3);
    if (top) addTop(page, 34, block('author-bio', lines));
    else addEnd(page, 20, block('author-bio', lines, r.chance(0.5) ? '\n\n' : '\n'));
  },
);

function captionLines(ctx) {
  const r = ctx.rng;
  const N = ctx.name();
  const c = ctx.city();
  const ph = ctx.fake();
  const ag = r.pick(AGENCIES);
  const act = r.pick([
    'speaks at',
    'arrives for',
    'listens during',
    'waves to supporters at',
    'greets supporters after',
    'pauses while speaking at',
    'is seen at',
  ]);
  const venue = r.pick([
    `a campaign rally in ${c[2]}, ${c[3]}`,
    `a town hall meeting in ${c[2]}`,
    'the presidential debate at Hofstra University in Hempstead, N.Y.',
    'a hearing on Capitol Hill',
    `a news conference in ${c[2]}`,
    `an event in ${c[2]}, ${c[3]}`,
  ]);
  const past = addDays(ctx.dt, -r.int(1, 6));
  const old = addDays(ctx.dt, -r.int(20, 400));
  const { w } = D(past);
  return r
    .pick([
      () => [`${N} ${act} ${venue} on ${WEEKDAYS[w]}. (Photo: ${ph}, ${ag})`],
      () => [`${N} ${act} ${venue}. | ${r.pick(['AP Photo', 'Getty', 'Reuters'])}`],
      () => [`Image copyright ${ag}`, `Image caption ${N} ${act} ${venue}`],
      () => [
        `${N} ${act} ${venue} on ${fmtDate(past, 'ap').replace(/, \d{4}$/, '')}. Credit ${ph} for ${ctx.pub.names[0]}`,
      ],
      () => [`Photo: ${ph}/Getty Images`],
      () => [
        `FILE - In this ${fmtDate(old, 'full').replace(/(\d+), (\d{4})/, '$1, $2,')} file photo, ${N} ${act} ${venue}. (AP Photo/${ph}, File)`,
      ],
      () => [`▲ ${N} ${act} ${venue}. Photograph: ${ph}/${ag}`],
      () => [`${ph}/${ag}`, 'toggle caption', `${N} ${act} ${venue}.`],
      () => [r.pick([`[Photo: ${ag}]`, '(Getty Images)', `Image: ${ag}`, 'Enlarge this image'])],
      () => [
        `${r.int(1, 3)} of ${r.int(8, 24)}`,
        `${N} ${act} ${venue}.`,
        r.pick(['Expand', 'Next', 'View Gallery']),
      ],
      () => [`Pictured: ${N} ${act} ${venue}`],
      () => [`${N} (Photo by ${ph}/Getty Images)`],
      () => [
        r.pick([
          `Photos: ${N} through the years`,
          `In pictures: ${N}`,
          `PHOTOS: A look at ${N}'s week`,
        ]),
        `View Gallery (${r.int(8, 40)} Photos)`,
      ],
    ])()
    .map((l) => l.replace(/\.\./g, '.'));
}
shape('photo-caption', {}, (ctx, page) => {
  const r = ctx.rng;
  const k = r.int(1, 3);
  for (let i = 0; i < k; i++) {
    const ls = captionLines(ctx).filter((l) => ctx.ok(l));
    if (!ls.length) continue;
    const b = block('photo-caption', ls, r.chance(0.3) ? '\n\n' : '\n');
    if (i === 0 && r.chance(0.35)) addTop(page, 33, b);
    else addInsert(ctx, page, b);
  }
});

shape('video-residue', {}, (ctx, page) => {
  const r = ctx.rng;
  const k = r.int(1, 2);
  for (let i = 0; i < k; i++) {
    const N = ctx.name();
    const dur = `${r.int(0, 4)}:${pad(r.int(3, 59))}`;
    const c = ctx.city();
    const act = r.pick([
      'on the campaign trail',
      'responds to debate questions',
      'speaks to reporters',
      `addresses supporters in ${c[2]}`,
      'in 60 seconds',
      'explains the week in politics',
    ]);
    const ls = r
      .pick([
        () => ['Media playback is unsupported on your device', `Media caption ${N} ${act}`],
        () => ['JUST WATCHED', `${N} ${act}`, 'Replay', 'More Videos ...', 'MUST WATCH'],
        () => [`Video: ${N} ${act}`, dur],
        () => ['Your browser does not support the video tag.'],
        () => ['Play Video', `0:00 / ${dur}`, 'Now Playing'],
        () => ['Up Next', ctx.related(), 'Autoplay: ON | OFF'],
        () => [`WATCH: ${N} ${act} (${dur})`],
        () => [`Video Duration ${dur}`, 'This video is no longer available.'],
        () => [
          'Loading video...',
          `${N} ${act}`,
          `Video provided by ${r.pick(['Reuters', 'Newsy', 'Wochit', 'AP'])}`,
        ],
        () => ['Watch Next', `${ctx.related()} — ${dur}`],
      ])()
      .filter((l) => ctx.ok(l));
    if (ls.length) addInsert(ctx, page, block('video-residue', ls, r.chance(0.3) ? '\n\n' : '\n'));
  }
});

shape('embed-residue', {}, (ctx, page) => {
  const r = ctx.rng;
  const all = ctx.paras.join(' ');
  const cands = FIGURES.filter((f) => all.includes(f[2]));
  const f = cands.length ? r.pick(cands) : r.pick(FIGURES.slice(0, 2));
  const when = addDays(ctx.dt, -r.int(0, 3));
  const wd = D(when);
  const tt = { h: r.int(6, 22), mi: r.int(0, 59) };
  const n1 = r.int(800, 19000);
  const n2 = r.int(2000, 45000);
  const ls = r
    .pick([
      () => [
        `${f[0]} ✔ @${f[1]}`,
        'View image on Twitter',
        `${t12(tt, 5)} - ${wd.d} ${MONTHS_3[wd.m]} ${wd.y}`,
        `${n1.toLocaleString('en-US')} ${n1.toLocaleString('en-US')} Retweets ${n2.toLocaleString('en-US')} ${n2.toLocaleString('en-US')} likes`,
        'Twitter Ads info and privacy',
      ],
      () => [`— ${f[0]} (@${f[1]}) ${fmtDate(when, 'full')}`],
      () => [
        `${f[0]}@${f[1]}`,
        `${t12(tt, 5)} - ${fmtDate(when, 'short')}`,
        `See ${f[0]}'s other Tweets`,
      ],
      () => [
        'View this post on Instagram',
        `A post shared by ${f[0]} (@${f[1].toLowerCase()}) on ${MONTHS_3[wd.m]} ${wd.d}, ${wd.y} at ${t12(tt, 2)} PDT`,
      ],
      () => [`Posted by ${f[0]} on ${fmtDate(when, 'dowfull')}`],
      () => ['[Embedded content]'],
      () => ['Embed', 'Loading…'],
      () => [
        'This content is hosted by a third party. By showing it you accept their privacy policy.',
        'Show content',
      ],
      () => [
        `pic.twitter.com/${Array.from({ length: 10 }, () => r.pick('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'.split(''))).join('')}`,
      ],
    ])()
    .filter((l) => ctx.ok(l));
  if (ls.length) addInsert(ctx, page, block('embed-residue', ls, r.chance(0.3) ? '\n\n' : '\n'));
  if (r.chance(0.3))
    addInsert(
      ctx,
      page,
      block('embed-residue', [
        r.pick([
          'Twitter Ads info and privacy',
          'View image on Twitter',
          'Click to expand',
          '[Embedded content]',
        ]),
      ]),
    );
});

shape('inline-read-more', {}, (ctx, page) => {
  const r = ctx.rng;
  const k = r.int(1, 3);
  const o = ctx.outlet();
  for (let i = 0; i < k; i++) {
    const h = ctx.related();
    const l = okPick(ctx, () =>
      r.pick([
        `READ MORE: ${h}`,
        `Related: ${h}`,
        `SEE ALSO: ${h}`,
        `ALSO READ | ${h}`,
        `» ${h}`,
        `Read more: ${h} (${o})`,
        `RELATED STORY: ${h}`,
        'Click here for more coverage of the 2016 race.',
        `[ALSO: ${h}]`,
        `MORE: ${h}`,
        `PHOTOS: ${h}`,
        `Don't miss: ${h}`,
        `Read: ${h} →`,
        `> ${h}`,
        `${h.toUpperCase()}`,
      ]),
    );
    if (l) addInsert(ctx, page, block('inline-read-more', [l]));
  }
});

shape('related-list', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const sponsored = r.chance(0.35);
  const head = sponsored
    ? r.pick([
        'Promoted Stories',
        'Around the Web',
        'Sponsored Links by Taboola',
        'You May Like',
        'From Our Partners',
      ])
    : r.pick([
        'Related Coverage',
        'Recommended',
        `More from ${o}`,
        'You May Also Like',
        'Trending Now',
        'Most Popular',
        'What to Read Next',
        'More on this story',
        'MOST READ',
      ]);
  const lines = [head];
  const items = r.sample(sponsored ? CLICKBAIT : RELATED, r.int(3, 6));
  const meta = r.int(0, 3);
  items.forEach((h, i) => {
    lines.push(r.chance(0.2) ? `${i + 1}. ${h}` : h);
    if (sponsored) {
      if (r.chance(0.6)) lines.push(`${r.pick(SPONSORS)}${r.chance(0.5) ? ' | Sponsored' : ''}`);
    } else if (meta === 1) lines.push(fmtDate(addDays(ctx.dt, -r.int(0, 9)), 'ap'));
    else if (meta === 2)
      lines.push(
        r.pick([`${r.int(1, 23)}h ago`, `${r.int(2, 12)} min read`, `${r.int(1, 6)} days ago`]),
      );
  });
  addEnd(
    page,
    50,
    block(
      'related-list',
      lines.filter((l) => ctx.ok(l)),
      r.chance(0.3) ? '\n\n' : '\n',
    ),
  );
});

shape('newsletter-app-promo', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const ls = r
    .pick([
      () => [
        `Sign up for the ${r.pick(['Morning Briefing', 'Playbook', 'Daily 202', 'Politics', 'Breaking News'])} newsletter`,
        'Enter your email address',
        'Sign Up',
        'By signing up, you agree to our Privacy Policy and Terms of Use.',
      ],
      () => ['Get the politics newsletter in your inbox every weekday.', 'Subscribe'],
      () => [`Download the ${o} app for breaking news alerts.`],
      () => ['Get breaking news alerts', 'Turn on desktop notifications?', 'Yes', 'Not now'],
      () => [`Never miss a story: follow ${o} on Apple News.`],
      () => ['Thanks for signing up!', 'Check your inbox to confirm your subscription.'],
      () => [
        'Like this story? Get more like it delivered to your inbox.',
        'Email address',
        'Subscribe now',
      ],
      () => [
        `Text ELECTION to ${r.int(20000, 99999)} for campaign updates. Msg & data rates may apply.`,
      ],
    ])()
    .filter((l) => ctx.ok(l));
  if (!ls.length) return;
  const b = block('newsletter-app-promo', ls, r.chance(0.3) ? '\n\n' : '\n');
  if (r.chance(0.45)) addInsert(ctx, page, b, Math.min(ctx.paras.length - 2, r.int(1, 4)));
  else addEnd(page, 40, b);
});

shape('cookie-consent', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const ls = r
    .pick([
      () => [
        'We use cookies to improve your experience on our site and to show you relevant advertising. By continuing to browse, you agree to our use of cookies.',
        'Accept',
      ],
      () => ['This website uses cookies.', 'Learn more', 'OK, got it'],
      () => [
        'We value your privacy',
        `We and our partners store and/or access information on a device, such as cookies, and process personal data to personalise ads and content.`,
        'I Accept',
        'Manage preferences',
      ],
      () => [
        `By using ${o}, you accept our use of cookies and our updated Privacy Policy.`,
        'Close',
      ],
      () => ['Cookie settings', 'Accept all cookies', 'Reject non-essential'],
      () => ['Your privacy choices', 'Do Not Sell My Personal Information'],
    ])()
    .filter((l) => ctx.ok(l));
  if (!ls.length) return;
  const b = block('cookie-consent', ls);
  if (r.chance(0.5)) addTop(page, -10, b);
  else addEnd(page, 99, b);
});

function shareLines(ctx) {
  const r = ctx.rng;
  return r
    .pick([
      () => ['Share on Facebook', 'Share on Twitter', 'Share via Email'],
      () => [
        'Share this:',
        'Click to share on Facebook (Opens in new window)',
        'Click to share on Twitter (Opens in new window)',
        'Click to email a link to a friend (Opens in new window)',
      ],
      () => ['Facebook Twitter LinkedIn Email'],
      () => ['Share | Tweet | Email | Pin'],
      () => [`${(r.int(2, 95) / 10).toFixed(1)}k shares`],
      () => [`${r.int(40, 900)} SHARES`, 'Share', 'Tweet'],
      () => ['SHARE THIS ARTICLE'],
      () => ['Tweet', 'Share', 'Pin it', 'WhatsApp'],
      () => ['Copy link', 'Link copied!'],
      () => ['f', 't', 'in', '✉'],
      () => ['Share this story', 'Facebook', 'Twitter', 'Reddit', 'Flipboard'],
    ])()
    .filter((l) => ctx.ok(l));
}
shape('share-bar', {}, (ctx, page) => {
  const r = ctx.rng;
  const where = r.int(0, 2);
  if (where !== 1) {
    const ls = shareLines(ctx);
    if (ls.length) addTop(page, 38, block('share-bar', ls));
  }
  if (where !== 0) {
    const ls = shareLines(ctx);
    if (ls.length) addEnd(page, 30, block('share-bar', ls));
  }
});

shape('comments-section', {}, (ctx, page) => {
  const r = ctx.rng;
  const n = r.int(3, 480);
  const lines = [
    r.pick([
      `Comments (${n})`,
      `View ${n} comments`,
      'Join the conversation',
      `Showing 1-10 of ${n} comments`,
      `${n} Comments`,
      'Conversation',
      'Reader comments',
    ]),
  ];
  if (r.chance(0.4))
    lines.push(
      r.pick([
        'Sort by Best | Newest | Oldest',
        'You must be logged in to post a comment.',
        'Comments are moderated and may take time to appear.',
        'Log in or sign up to comment',
      ]),
    );
  const k = r.int(1, 3);
  for (const c of r.sample(COMMENTS, k)) {
    const h = r.pick(HANDLES);
    const when = r.pick([
      `${r.int(1, 23)} hours ago`,
      `${r.int(1, 5)}d`,
      `${fmtDate(addDays(ctx.dt, r.int(0, 3)), 'short')} ${t12({ h: r.int(0, 23), mi: r.int(0, 59) }, 2)}`,
    ]);
    lines.push(r.pick([`${h} · ${when}`, `${h}`, `${h} ${when}`]));
    lines.push(c);
    if (r.chance(0.6))
      lines.push(
        r.pick([
          `Reply · ${r.int(1, 90)} Likes`,
          'Reply',
          `Like (${r.int(0, 40)})  Reply`,
          `${r.int(1, 12)} replies`,
        ]),
      );
  }
  if (r.chance(0.5))
    lines.push(
      r.pick(['Load more comments', 'Comments are closed.', 'Show more', 'View all comments']),
    );
  addEnd(
    page,
    60,
    block(
      'comments-section',
      lines.filter((l) => ctx.ok(l)),
      r.chance(0.35) ? '\n\n' : '\n',
    ),
  );
});

shape('correction-update', {}, (ctx, page) => {
  const r = ctx.rng;
  const nx = later(ctx, 3);
  const t = laterTime(ctx);
  const l = okPick(ctx, () =>
    r.pick([
      'Correction: An earlier version of this story misstated the day of the week on which the event took place.',
      'CORRECTION: A previous version of this article misspelled the name of a campaign aide.',
      'Clarification: This story has been updated to more precisely describe the poll’s margin of error.',
      'This article has been updated.',
      'This story has been updated with additional details.',
      `UPDATE (${t12(t, 0)} ET): This post has been updated to include a response from the campaign.`,
      `Editor's Note: This story was originally published on ${fmtDate(ctx.dt, 'full')}. It has been updated.`,
      `This post was last updated on ${fmtDate(nx, 'ap')}.`,
      `[Updated at ${t12(t, 0)}]`,
      `A version of this article appears in print on ${fmtDate(addDays(ctx.dt, 1), 'full')}, on Page A${r.int(1, 22)} of the New York edition${page.titleMode === 'drop' ? '' : ' with the headline: ' + ctx.titleBase}.`,
      `This article appeared in print on page A${r.int(1, 18)} of the ${fmtDate(addDays(ctx.dt, 1), 'dowfull')} edition.`,
      `Update, ${t12(t, 0)}: A spokesperson did not immediately respond to a request for comment.`,
    ]),
  );
  if (!l) return;
  const b = block('correction-update', [l]);
  if (r.chance(0.4)) addTop(page, 36, b);
  else addEnd(page, 12, b);
});

shape('ad-markers', {}, (ctx, page) => {
  const r = ctx.rng;
  const k = r.int(1, 4);
  const gen = () =>
    r.pick([
      'Advertisement',
      'ADVERTISEMENT',
      'Story continues below advertisement',
      'Continue reading below',
      '— Advertisement —',
      'AD',
      'Sponsored',
      'Ad Feedback',
      'Skip Ad',
      'Content continues below ad',
      'Article continues below this ad',
      'Advertisement - Continue Reading Below',
      '[ad]',
      'Remove Ads',
      'ADVERTISING',
    ]);
  const used = new Set();
  const n = ctx.paras.length;
  const spots = new Set();
  for (let i = 0; i < k; i++) {
    const l = okPick(ctx, () => {
      const x = gen();
      return used.has(x) ? '' : x;
    });
    const at = n >= 2 ? r.int(0, n - 2) : 0;
    if (l && !spots.has(at)) {
      used.add(l);
      spots.add(at);
      addInsert(ctx, page, block('ad-markers', [l]), at);
    }
  }
  if (r.chance(0.3)) {
    const l = okPick(ctx, gen);
    if (l) addTop(page, r.pick([3, 27]), block('ad-markers', [l]));
  }
});

shape('toolbar-reading-time', {}, (ctx, page) => {
  const r = ctx.rng;
  const words = ctx.paras.join(' ').split(/\s+/).length;
  const mins = Math.max(1, Math.round(words / 230));
  const pool = [
    'Print',
    'Email',
    'Share',
    'A A A',
    'Text size: A | A | A',
    'Font Size:',
    'Save',
    'Print this article',
    'Email this article',
    'Comment',
    'Listen to this article',
    `Listen · ${mins}:${pad(r.int(0, 59))} min`,
    `${mins} min read`,
    `Reading time: ${mins} minute${mins > 1 ? 's' : ''}`,
    `Est. read time: ${mins} min`,
    'Gift Article',
    'Save for later',
    'Bookmark',
    `🕐 ${mins} min read`,
    'Print Friendly, PDF & Email',
    'Audio for this article is not available.',
  ];
  const ls = r.sample(pool, r.int(2, 5)).filter((l) => ctx.ok(l));
  if (r.chance(0.3) && ls.length > 1) {
    addTop(page, 37, block('toolbar-reading-time', [ls.join(' | ')]));
    return;
  }
  if (ls.length) addTop(page, r.pick([32, 37, 39]), block('toolbar-reading-time', ls));
});

shape('paywall-prompt', {}, (ctx, page) => {
  const r = ctx.rng;
  const n = ctx.paras.length;
  const mode = ctx.pubKey === 'nyt' ? r.pick([0, 0, 1, 2]) : r.pick([0, 1, 1, 2, 2]);
  if (mode === 0) {
    const k = r.int(1, 2);
    for (let i = 0; i < k; i++)
      addInsert(
        ctx,
        page,
        block('paywall-prompt', ['Continue reading the main story']),
        n >= 2 ? r.int(0, n - 2) : 0,
      );
  } else {
    const ls = r
      .pick([
        () => [
          `You have ${r.int(1, 4)} free articles remaining this month.`,
          'Subscribe for unlimited access',
          'Already a subscriber? Log in',
        ],
        () => ['Subscriber exclusive', 'Get unlimited digital access for $1 a week.'],
        () => [
          'This article is reserved for subscribers.',
          'Register for free to continue reading',
        ],
        () => ['You’ve reached your limit of free articles.', 'Subscribe now', 'Sign in'],
        () => ['Support quality journalism. Subscribe today.'],
        () => ['Your free trial has ended.', 'Start your subscription'],
      ])()
      .filter((l) => ctx.ok(l));
    if (!ls.length) return;
    const b = block('paywall-prompt', ls);
    if (mode === 1) addInsert(ctx, page, b, Math.max(0, Math.min(n - 2, r.int(1, 3))));
    else addEnd(page, 45, b);
  }
});

shape('breadcrumbs-section', {}, (ctx, page) => {
  const r = ctx.rng;
  const s = r.pick(ctx.pub.sections);
  const lines = [];
  const bc = okPick(ctx, () =>
    r.pick([
      `Home > ${s} > Elections`,
      `Home / News / ${s}`,
      `News › U.S. › ${s}`,
      `You are here: Home » ${s} » 2016 Election`,
      `${s} | Election 2016`,
      `HOME  >  ${s.toUpperCase()}`,
      `Home » ${s}`,
      `Front Page / ${s} / Campaign 2016`,
    ]),
  );
  if (bc) lines.push(bc);
  if (r.chance(0.5) || !lines.length) {
    const lab = okPick(ctx, () =>
      r.pick([
        s.toUpperCase(),
        s,
        'ELECTION 2016',
        'Campaign 2016',
        '2016 ELECTIONS',
        'Opinion',
        'ANALYSIS',
        'News',
      ]),
    );
    if (lab) lines.push(lab);
  }
  if (lines.length) addTop(page, r.chance(0.65) ? 10 : 25, block('breadcrumbs-section', lines));
});

shape('tags-topics', {}, (ctx, page) => {
  const r = ctx.rng;
  const tags = r
    .sample(ctx.tagNames.slice(0, 6), r.int(1, 3))
    .concat(
      r.sample(
        [
          '2016 Presidential Election',
          'U.S. Politics',
          'Campaign 2016',
          'Elections',
          'Congress',
          'Polls',
          'Debates',
        ],
        r.int(1, 2),
      ),
    );
  const l = okPick(ctx, () =>
    r.pick([
      `Tags: ${tags.join(', ')}`,
      `Topics: ${tags.join(' · ')}`,
      `Filed Under: ${tags.join(', ')}`,
      `Related Topics: ${tags.join(', ')}`,
      `More about: ${tags.join(' · ')}`,
      tags.map((t) => '#' + t.replace(/[^A-Za-z0-9]/g, '')).join(' '),
      `Keywords: ${tags.join('; ')}`,
      `Posted in ${r.pick(ctx.pub.sections)} | Tagged ${tags.join(', ')}`,
      `Categories: ${r.pick(ctx.pub.sections)}, US News`,
    ]),
  );
  if (l) addEnd(page, 35, block('tags-topics', [l]));
});

shape('footer-legal', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const y = D(ctx.dt).y;
  const pool = [
    `© ${y} ${ctx.pub.legal}. All rights reserved.`,
    `© ${y} ${ctx.pub.legal}. All rights reserved.`,
    'Terms of Use | Privacy Policy | Contact Us | Advertise',
    'About Us · Careers · Ethics Policy · Site Map',
    'Back to top',
    '▲ Back to Top',
    page.titleMode === 'drop'
      ? `This entry was posted in ${r.pick(ctx.pub.sections)}. Bookmark the permalink.`
      : `The post ${ctx.titleBase} appeared first on ${o}.`,
    'Powered by WordPress.com VIP',
    `Reproduction of material from any ${o} pages without written permission is strictly prohibited.`,
    'AdChoices',
    `${o} — ${r.pick(['Independent. Fearless.', 'Journalism that matters.', 'News you can trust.'])}`,
  ];
  if (ctx.org === 'AP')
    pool.push(
      `Copyright ${y} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`,
      `Copyright ${y} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`,
    );
  if (ctx.org === 'UPI')
    pool.push(
      `Copyright ${y} United Press International, Inc. All Rights Reserved.`,
      `Copyright ${y} United Press International, Inc. All Rights Reserved.`,
    );
  const ls = r.sample(pool, r.int(1, 4)).filter((l) => ctx.ok(l));
  if (ls.length) addEnd(page, 80, block('footer-legal', ls, r.chance(0.3) ? '\n\n' : '\n'));
});

shape('print-view-artifacts', {}, (ctx, page) => {
  const r = ctx.rng;
  const { y, m, d } = D(ctx.dt);
  const o = ctx.outlet();
  const url = r.pick([
    `http://www.${ctx.pub.domain}/story/${y}/${pad(m + 1)}/${ctx.slug}-${r.int(220000, 229999)}`,
    `https://www.${ctx.pub.domain}/${y}/${pad(m + 1)}/${pad(d)}/${ctx.slug}.html`,
    `www.${ctx.pub.domain}/politics/${ctx.slug}/${y}/${pad(m + 1)}/${pad(d)}/`,
  ]);
  const pd = addDays(ctx.dt, r.int(1, 20));
  const pt = { h: r.int(8, 20), mi: r.int(0, 59) };
  const pages = r.int(2, 4);
  const style = r.int(0, 2);
  if (style === 0) {
    addTop(
      page,
      -5,
      block('print-view-artifacts', [
        `${fmtDate(pd, 'mdyshort').replace(/\/\d\d$/, '/' + D(pd).y)} ${page.titleMode === 'drop' ? o + ' - Print View' : ctx.titleBase + ' - ' + o}`,
      ]),
    );
    addEnd(page, 97, block('print-view-artifacts', [`${url} ${pages}/${pages}`]));
    if (ctx.paras.length > 4) {
      addInsert(
        ctx,
        page,
        block('print-view-artifacts', [
          `${url} 1/${pages}`,
          '\f' +
            `${fmtDate(pd, 'mdyshort')} ${t12(pt, 2)} ${page.titleMode === 'drop' ? 'Print article' : ctx.titleBase} | ${o}`,
        ]),
        Math.floor(ctx.paras.length / 2),
      );
    }
  } else if (style === 1) {
    addTop(
      page,
      -5,
      block('print-view-artifacts', [
        url,
        r.pick([
          'Print Close',
          'Click here to print',
          'Print this page',
          `Printed from ${ctx.pub.domain}`,
        ]),
      ]),
    );
    if (ctx.paras.length > 3)
      addInsert(
        ctx,
        page,
        block('print-view-artifacts', [`Page 2 of ${pages}`]),
        Math.floor(ctx.paras.length / 2),
      );
  } else {
    addEnd(
      page,
      97,
      block('print-view-artifacts', [
        `Article printed from ${o}: http://www.${ctx.pub.domain}`,
        `URL to article: ${url}`,
        r.chance(0.5) ? `Printed on ${fmtDate(pd, 'full')} at ${t12(pt, 2)}` : null,
      ]),
    );
  }
});

shape('appeal-disclaimer', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const l = okPick(ctx, () =>
    r.pick([
      `The views expressed in this opinion piece are the author’s own and do not necessarily reflect those of ${o}.`,
      'Opinions expressed by contributors are their own.',
      'We’re a nonprofit newsroom. If you value this reporting, please consider making a tax-deductible donation today.',
      'Independent journalism takes time, money and hard work to produce. Support it by becoming a member.',
      'Like what you read? Share it with a friend and help us grow.',
      `Have a news tip? Email us at tips@${ctx.pub.domain}.`,
      'This article is part of our ongoing coverage of the 2016 presidential election.',
      'This story was produced in partnership with the Civic Reporting Project.',
      'Want to add your voice? Submit a letter to the editor.',
      `${o} is committed to publishing a diversity of opinions. We would like to hear what you think about this article.`,
      'Please note: comments are the responsibility of the commenter and do not represent the views of this site.',
    ]),
  );
  if (!l) return;
  const b = block('appeal-disclaimer', [l]);
  if (r.chance(0.3)) addTop(page, 36, b);
  else addEnd(page, 25, b);
});

shape('hard-wrap', { group: 'layout' }, (ctx, page) => {
  page.layout = 'wrap';
  page.wrapWidth = ctx.rng.int(64, 78);
});
shape('single-newline', { group: 'layout' }, (ctx, page) => {
  page.layout = 'single';
});
shape('whitespace-mess', {}, (ctx, page) => {
  const r = ctx.rng;
  const opts = r.sample(
    ['crlf', 'trailing', 'indent', 'extraBlank', 'bom', 'nbspLines'],
    r.int(2, 3),
  );
  page.ws = Object.fromEntries(opts.map((o) => [o, true]));
  page.ws.indentStr = r.pick(['    ', '\t', '  ', '\u00a0\u00a0\u00a0\u00a0']);
});

// ------------------------------------------------------------------ per-file generation
const generate = makeGenerate({ shapes: SHAPES, render });

// ------------------------------------------------------------------ shape assignment
const assign = (recs, ctxs, seed) =>
  assignShapes(SHAPES, recs, ctxs, seed, {
    salt: 'assign',
    kDist: [2, 3, 4, 4, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6],
  });

// ------------------------------------------------------------------ CLI
function example(s, g) {
  if (g.gold.boilerplate.length)
    return g.gold.boilerplate.find((b) => norm(b)) || g.gold.boilerplate[0];
  const lines = g.text.split(/\r?\n/);
  if (s.id === 'title-site-suffix') return 'title line: ' + lines[0];
  if (s.id === 'title-dropped')
    return '(headline line removed; file starts with: ' + JSON.stringify(g.text.slice(0, 60)) + ')';
  if (s.id === 'dateline-prefix')
    return 'first paragraph: ' + g.gold.entries[0].paragraphs[0].slice(0, 70) + '...';
  if (s.id === 'hard-wrap')
    return (
      '(paragraphs wrapped at 64-78 columns): ' +
      JSON.stringify(g.text.split('\n\n')[1].slice(0, 90))
    );
  if (s.id === 'single-newline')
    return '(single newlines between all blocks): ' + JSON.stringify(g.text.slice(0, 90));
  if (s.id === 'whitespace-mess')
    return '(CRLF/BOM/indent/trailing/extra blank lines): ' + JSON.stringify(g.text.slice(0, 90));
  return JSON.stringify(g.text.slice(0, 80));
}
function listShapes() {
  for (const [s, ex] of shapeExamples(SHAPES, generate, example, { tries: 40 }))
    console.log(`${s.id.padEnd(26)} ${ex}`);
}

runRound(
  { script: 'make-blind-noise-6.mjs', shapes: SHAPES, assign, generate, listShapes },
  process.argv.slice(2),
);
