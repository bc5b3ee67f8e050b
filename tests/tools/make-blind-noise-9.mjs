#!/usr/bin/env node
// make-blind-noise-9.mjs: adds scraped-page noise (round 9 shapes) to clean PolNeAR dev articles.
// Usage: node make-blind-noise-9.mjs --src DIR --out DIR --seed N
//        node make-blind-noise-9.mjs --list-shapes
// Same CLI, output layout and gold format as round 8; the noise shapes are new (overlays and
// players, newsroom notes, CMS date stamps, bylines with titles, roles or at the end, print/PDF
// copies, reader views, syndication and newsletter containers, embeds and recirculation modules).
// Gold decisions. The clean gold keeps corrections, clarifications, update and editor's notes and
// Reuters-style "(Reporting by ...; Editing by ...)" credit lines as article paragraphs, so the
// notes and credit sentences added here are gold paragraphs too (before or after the source's
// paragraphs, which stay unchanged and in order). Bare byline labels ("Written by X", "X / OUTLET"),
// datelines on a line of their own and all other added lines are boilerplate. Title and date are
// the source's; authors are listed only when a shape puts the persons' names on the page.
// Node 22 built-ins only (lib/dates.mjs reads a .ts module). Deterministic for a given seed.
import { placeOf, urlOf, wordCount } from './lib/article-context.mjs';
import { boilerOrMarkup } from './lib/cli.mjs';
import { runEditRound } from './lib/edit-round.mjs';
import { AGENCIES, CITIES, RELATED, USER_NAMES } from './lib/pools.mjs';
import { addEdit, addEnd, addInsert, addTop, block, namesJoin, quoteSpansIn } from './lib/page.mjs';
import {
  D,
  MONTHS,
  MONTHS_3,
  MONTHS_AP,
  WEEKDAYS,
  WEEKDAYS_3,
  addDays,
  fmtDate,
  pad,
} from './lib/dates.mjs';
import { norm } from './lib/scorer-text.mjs';

// ------------------------------------------------------------------ shapes
const SHAPES = [];
function shape(id, opts, apply) {
  SHAPES.push({ id, group: null, applies: () => true, ...opts, apply });
}

// ------------------------------------------------------------------ round-9 helpers
const lastName = (n) => n.split(/\s+/).pop();
function pairNames(ctx) {
  const A = ctx.names[0] || 'Donald Trump';
  const B = ctx.names.find((x) => x !== A) || 'Hillary Clinton';
  return [A, B];
}
// naive local (Eastern) time of publication plus addMin minutes, as a Date read via getUTC*
function localPlus(ctx, addMin = 0) {
  const { y, m, d } = D(ctx.dt);
  return new Date(Date.UTC(y, m, d, ctx.time.h, ctx.time.mi + addMin));
}
const tOf = (x) => ({ h: x.getUTCHours(), mi: x.getUTCMinutes() });
const ampm = (t, dots) => (t.h >= 12 ? (dots ? 'p.m.' : 'pm') : dots ? 'a.m.' : 'am');
const h12 = (t) => t.h % 12 || 12;
function clock(r, n) {
  const s = r.int(5, 59);
  return `${Math.floor(n)}:${pad(s)}`;
}
function persNames(ctx, style) {
  return namesJoin(ctx, ctx.persons, style || 'and');
}
function titleCase(s) {
  return s.replace(/(^|\s)([a-z])/g, (m, a, b) => a + b.toUpperCase());
}
// a label in one of several cases
function cased(r, s) {
  const k = r.int(0, 4);
  if (k === 1) return s.toUpperCase();
  if (k === 2) return titleCase(s);
  return s;
}
function addParaBoiler(page, i, shapeId, lines) {
  if (!page.paraBoiler.has(i)) page.paraBoiler.set(i, []);
  for (const l of lines) page.paraBoiler.get(i).push({ text: l, shape: shapeId });
}
// U+0020 positions in paragraph i that are outside every quote span
function freeSpaces(ctx, i) {
  const p = ctx.paras[i];
  const spans = quoteSpansIn(ctx, i);
  const out = [];
  for (let k = 1; k < p.length - 1; k++)
    if (p[k] === ' ' && !spans.some(([a, b]) => k >= a && k < b)) out.push(k);
  return out;
}
function spread(n, k) {
  // k distinct paragraph indexes in 0..n-2, roughly evenly spread
  const out = [];
  for (let j = 1; j <= k; j++) {
    const i = Math.min(n - 2, Math.max(0, Math.round((j * n) / (k + 1)) - 1));
    if (!out.includes(i)) out.push(i);
  }
  return out;
}
const MOST_READ = [
  'Woman finds 1,000-year-old coin in her backyard',
  'The best fall weekend getaways within a day’s drive',
  'NFL Week 3: What we learned from Sunday’s games',
  'Storm watch: Heavy rain expected across the East Coast this weekend',
  'Opinion: The case for a much shorter campaign season',
  'Apple’s new iPhone: Five things reviewers noticed',
  'Police search for suspect after overnight shooting',
  'Recipe: A no-fuss skillet dinner for busy weeknights',
  'Why your grocery bill keeps going up',
  'College football rankings: Who moved up this week',
];
const CLICKBAIT = [
  'Doctors Stunned: This Simple Trick Melts Away Belly Fat',
  '[Photos] She Was A Star In The 80s. Now She Looks Like This',
  'Seniors Without Life Insurance Should Read This Today',
  'Here’s Why Everyone In Ohio Is Switching Car Insurance',
  'The Most Beautiful Homes For Sale Right Now Are Surprisingly Cheap',
  'This Map Shows Where Americans Are Moving In 2016',
  '23 Celebrities Who Look Completely Different Today',
  'Forget Everything You Know About Reverse Mortgages',
  'What Happens When You Eat An Avocado Every Day',
  'Hotels Hate This Booking Trick',
];
const ADVERTISERS = [
  'TheDailyFinance',
  'LifeDaily',
  'Bon Voyaged',
  'MoneyWise Weekly',
  'HealthyGem',
  'Ranker',
  'Comparisons.org',
  'Home Insurance Quotes',
];
const OTHER_OUTLETS = [
  'CNN',
  'Fox News',
  'The Hill',
  'NPR',
  'Bloomberg',
  'ABC News',
  'CBS News',
  'Los Angeles Times',
  'The Guardian',
];
const JOB_TITLES = [
  'Senior Political Correspondent',
  'White House Reporter',
  'Staff Writer',
  'Chief Washington Correspondent',
  'National Political Reporter',
  'Congressional Correspondent',
  'Deputy Politics Editor',
  'Campaign Reporter',
  'Reporter, Politics',
  'Senior Editor',
];
const CAPTION_ACTS = [
  'speaks at a campaign rally',
  'greets supporters',
  'arrives for a campaign event',
  'waves to the crowd',
  'listens to a question from a voter',
  'walks off the stage',
];

// ------------------------------------------------------------------ round-9 shapes
// Overlays and players that sit in the article DOM.

shape('listen-player', {}, (ctx, page) => {
  const r = ctx.rng;
  const wc = wordCount(ctx);
  const dur = clock(r, wc / 160);
  const mins = Math.max(1, Math.round(wc / 230));
  const lines = r.pick([
    () => ['Listen to this article', `${dur} min`, r.pick(['Learn more', null])],
    () => [`Listen to this article · ${dur} min Learn more`],
    () => ['▶ Listen to article', `${mins} min`],
    () => ['Getting your Trinity Audio player ready...'],
    () => ['Listen', `00:00 / ${dur}`, '1x', 'Powered by Trinity Audio'],
    () => ['Voiced by Amazon Polly'],
    () => [
      `Hear this story (${mins} minutes)`,
      'This audio is auto-generated. Please let us know if you have feedback.',
    ],
    () => ['🎧 Listen to this story', `${dur.replace(':', ' min ')} sec`],
    () => ['AUDIO: LISTEN TO THIS STORY', 'Play', 'Speed 1.0x'],
  ])();
  const b = block('listen-player', lines);
  const k = r.next();
  if (k < 0.65) addTop(page, 32, b);
  else if (k < 0.85) addInsert(ctx, page, b, 0);
  else addEnd(page, 12, b);
});

const STOP_END = new Set(
  'the a an to of and or in on for with at by as that is was are from its their his her but than'.split(
    ' ',
  ),
);
const SAFE_DROP = new Set(
  'also just still now very really new several recent sharply heavily largely widely already even'.split(
    ' ',
  ),
);
function summaryBullet(ctx, i) {
  const r = ctx.rng;
  const sents = ctx.paras[i].split(/(?<=[.?!][”"]?)\s+(?=[A-Z“"])/);
  let s = r.pick(sents).replace(/[“”"‘]/g, '');
  // a summary rewrites a little: present tense, no weekday, a clause at most
  s = s
    .replace(/\b(on|last|this) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b ?/g, '')
    .replace(/\b([A-Z][a-z]+) said\b/g, '$1 says')
    .replace(/\b([A-Z][a-z]+) told\b/g, '$1 tells')
    .replace(/\s+([,.])/g, '$1');
  let w = s.split(/\s+/).filter(Boolean);
  if (w.length < 8) return null;
  const cut = w.findIndex((x, k) => k >= 9 && /[,;:]$/.test(x));
  w = w.slice(0, cut > 0 ? cut + 1 : r.int(12, 20));
  const b = () => w.join(' ').replace(/[,;:.?!’']+$/, '');
  if (!ctx.ok(b())) {
    const k = w.findIndex((x, j) => j > 0 && SAFE_DROP.has(x.toLowerCase()));
    if (k > 0) w.splice(k, 1);
  }
  while (w.length > 6 && STOP_END.has(w[w.length - 1].replace(/[,;:]$/, '').toLowerCase())) w.pop();
  let out = b();
  out = out.charAt(0).toUpperCase() + out.slice(1) + '.';
  return ctx.ok(out) ? out : null;
}
shape('ai-key-points', { applies: (ctx) => ctx.paras.length >= 3 }, (ctx, page) => {
  const r = ctx.rng;
  const n = ctx.paras.length;
  const bullets = [];
  for (const i of r.sample(
    Array.from({ length: Math.min(n, 8) }, (_, k) => k),
    5,
  )) {
    const b = summaryBullet(ctx, i);
    if (b && bullets.length < r.int(2, 4)) bullets.push(b);
  }
  if (bullets.length < 2) {
    const [A, B] = pairNames(ctx);
    bullets.push(
      `${lastName(A)} and ${lastName(B)} remain at odds as Election Day approaches.`,
      `The dispute is likely to come up again in the coming days.`,
    );
  }
  const mark = r.pick(['•', '-', '*', '→', '✓', 'num']);
  const lines = [
    r.pick([
      'Key points',
      'KEY POINTS',
      'Key Points:',
      'Summary',
      'AI-generated summary',
      'Quick Read',
      'The gist',
      'Story highlights',
      'TL;DR',
      'In brief',
      '✨ Summary',
    ]),
    ...bullets.map((b, k) => (mark === 'num' ? `${k + 1}. ${b}` : `${mark} ${b}`)),
  ];
  if (r.chance(0.55))
    lines.push(
      r.pick([
        'This summary was generated with the help of AI and reviewed by our newsroom.',
        'AI-generated summary based on the text of the article. Checked by an editor.',
        'Was this summary helpful? 👍 👎',
        'Summary generated by AI. Read the full story below.',
        'These highlights were written by the reporters and editors who worked on this story.',
      ]),
    );
  const b = block('ai-key-points', lines);
  if (r.chance(0.7)) addTop(page, 33, b);
  else addInsert(ctx, page, b, r.int(0, 1));
});

shape('paywall-overlay', { applies: (ctx) => ctx.paras.length >= 4 }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const n = r.int(1, 4);
  const lines = r.pick([
    () => [
      'Subscribe to continue reading',
      'You have reached your limit of free articles this month.',
      r.pick(['Subscribe now for 99¢', 'Subscribe for $1 a week', 'Get 3 months for $3']),
      'Already a subscriber? Log in',
    ],
    () => [
      'This content is available to subscribers only.',
      'Get unlimited digital access for $1 a week',
      'SUBSCRIBE NOW',
      'Already have an account? Sign in',
    ],
    () => [
      `You have ${n} free article${n > 1 ? 's' : ''} remaining.`,
      'Register for free to keep reading',
      'Continue',
    ],
    () => ['Continue reading your article with a digital subscription', 'Cancel anytime.'],
    () => ['Want to read more?', `Create a free account or log in to continue reading ${o}.`],
    () => [
      'Thank you for reading!',
      'Please log in, or sign up for a new account and purchase a subscription to continue reading.',
      'Log In',
      'Sign Up',
    ],
  ])();
  addInsert(ctx, page, block('paywall-overlay', lines), r.int(1, 3));
  if (r.chance(0.35))
    addTop(
      page,
      r.pick([3, 29]),
      block('paywall-overlay', [
        r.pick([
          `${n} of 5 free articles`,
          `FREE ARTICLES LEFT: ${n}`,
          `You have ${n} free stories left this month.`,
        ]),
      ]),
    );
});

shape('consent-banner', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const lines = r.pick([
    () => [
      'We value your privacy',
      `We and our ${r.int(180, 950)} partners store and/or access information on a device, such as cookies, and process personal data, such as unique identifiers and standard information sent by a device, for personalised ads and content, ad and content measurement, and audience insights.`,
      'Accept all',
      'Reject all',
      'Manage preferences',
    ],
    () => [
      "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.",
      'Accept',
      'Read More',
    ],
    () => [`${o} and our partners use cookies`, 'Cookie settings', 'ACCEPT COOKIES'],
    () => ['Your Privacy Choices', 'Do Not Sell or Share My Personal Information'],
    () => [
      'By continuing to use this site you consent to the use of cookies on your device as described in our cookie policy unless you have disabled them.',
      'Got it',
    ],
    () => ['COOKIE NOTICE', 'We use cookies to give you the best online experience.', 'I AGREE'],
  ])();
  const b = block('consent-banner', lines);
  if (r.chance(0.6)) addTop(page, r.int(0, 2), b);
  else addEnd(page, 98, b);
});

shape('app-interstitial', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const lines = r.pick([
    () => ['Read in the app', 'Open', 'Continue in browser'],
    () => [`${o}`, 'FREE - On the App Store', 'VIEW'],
    () => ['Get the best experience in the app', 'Open app', 'Not now'],
    () => ['Open in app', 'Sign up', 'Sign in'],
    () => ['Install our app for a better experience ×'],
    () => [`${o} — Get the app`, '★★★★☆ (12,408)', 'GET'],
  ])();
  const b = block('app-interstitial', lines);
  if (r.chance(0.75)) addTop(page, r.int(1, 5), b);
  else addEnd(page, 94, b);
});

// Notes from the newsroom. Like the ones already in the clean source, they are article
// paragraphs in the gold (not boilerplate).
function asPara(ctx, text) {
  // later boilerplate must not repeat it either
  ctx.paraNorms.push(norm(text));
  return { text, boiler: false, para: true };
}
shape('correction-note', {}, (ctx, page) => {
  const r = ctx.rng;
  const [A] = pairNames(ctx);
  const c = ctx.city();
  const upd = tOf(localPlus(ctx, r.int(30, 400)));
  const camp = lastName(A);
  const debates = [
    ['first presidential', 'Sept. 26'],
    ['vice presidential', 'Oct. 4'],
    ['second presidential', 'Oct. 9'],
    ['third presidential', 'Oct. 19'],
  ];
  const dd = r.pick(debates);
  const label = r.pick([
    'Correction:',
    'CORRECTION:',
    'Correction',
    '*Correction:',
    'Correction —',
  ]);
  const note = r.pick([
    () =>
      `${label} An earlier version of this article misstated the date of the ${dd[0]} debate. It is ${dd[1]}.`,
    () =>
      `${label} A previous version of this story misspelled the name of ${ctx.fake()}, a campaign spokesperson.`,
    () =>
      `${label} This story has been updated to correct the title of ${ctx.fake()}, who is a senior adviser to the campaign.`,
    () =>
      `${r.pick(['Clarification:', 'CLARIFICATION:'])} This article has been updated to reflect that the remarks were made in ${c[2]}, ${c[3]}.`,
    () => "Editor's note: This story has been updated with additional reporting.",
    () =>
      `Editor’s Note: This article was updated at ${h12(upd)}:${pad(upd.mi)} ${ampm(upd, true)} to include a response from the ${camp} campaign.`,
    () => r.pick(['This post has been updated.', 'This story has been updated.', '(UPDATED)']),
    () =>
      `UPDATE, ${h12(upd)}:${pad(upd.mi)} ${ampm(upd, true)}: This story has been updated with comment from the ${camp} campaign.`,
  ])();
  const b = block('correction-note', [asPara(ctx, note)]);
  if (r.chance(0.35)) addTop(page, 34, b);
  else {
    addEnd(page, r.int(1, 6), b);
    if (r.chance(0.3))
      addTop(
        page,
        34,
        block('correction-note', [
          asPara(
            ctx,
            r.pick(['[This story has been corrected. See note below.]', 'Correction appended.']),
          ),
        ]),
      );
  }
});

// ------------------------------------------------------------------ dates and bylines

shape('posted-updated-stamps', { group: 'date' }, (ctx, page) => {
  const r = ctx.rng;
  const { y, m, d, w } = D(ctx.dt);
  const t = ctx.time;
  const u = localPlus(ctx, r.int(45, 2600));
  const U = D(u);
  const ut = tOf(u);
  const lines = r.pick([
    () => [
      `Posted: ${WEEKDAYS[w]}, ${MONTHS[m]} ${d}, ${y} ${h12(t)}:${pad(t.mi)} ${ampm(t)} | Updated: ${h12(ut)}:${pad(ut.mi)} ${ampm(ut)}, ${WEEKDAYS_3[U.w]} ${MONTHS_3[U.m]} ${U.d}, ${U.y}.`,
    ],
    () => [
      `Published ${h12(t)}:${pad(t.mi)} ${ampm(t, true)} ET ${MONTHS_AP[m]} ${d}, ${y} | Updated ${h12(ut)}:${pad(ut.mi)} ${ampm(ut, true)} ET ${MONTHS_AP[U.m]} ${U.d}, ${U.y}`,
    ],
    () => [
      `${MONTHS[m]} ${d}, ${y} at ${h12(t)}:${pad(t.mi)} ${ampm(t, true)} EDT`,
      `Updated ${MONTHS[U.m]} ${U.d}, ${U.y} at ${h12(ut)}:${pad(ut.mi)} ${ampm(ut, true)} EDT`,
    ],
    () => [
      `First published on ${MONTHS[m]} ${d}, ${y} / ${h12(t)}:${pad(t.mi)} ${ampm(t).toUpperCase()}`,
      r.pick([`Updated ${r.int(2, 11)} hrs ago`, `Last updated ${r.int(3, 55)} min ago`]),
    ],
    () => [
      `First published on ${WEEKDAYS[w]} ${d} ${MONTHS[m]} ${y} ${pad(t.h)}.${pad(t.mi)} EDT`,
      `Last modified on ${WEEKDAYS[U.w]} ${U.d} ${MONTHS[U.m]} ${U.y} ${pad(ut.h)}.${pad(ut.mi)} EDT`,
    ],
    () => [
      `Originally published ${MONTHS_3[m]} ${d}, ${y}, ${h12(t)}:${pad(t.mi)} ${ampm(t, true)}`,
      `Revised ${MONTHS_3[U.m]} ${U.d}, ${U.y}, ${h12(ut)}:${pad(ut.mi)} ${ampm(ut, true)}`,
    ],
    () => [
      `PUBLISHED: ${pad(m + 1)}/${pad(d)}/${y} ${h12(t)}:${pad(t.mi)} ${ampm(t).toUpperCase()} EDT`,
      `UPDATED: ${pad(U.m + 1)}/${pad(U.d)}/${U.y} ${h12(ut)}:${pad(ut.mi)} ${ampm(ut).toUpperCase()} EDT`,
    ],
  ])();
  const sep = r.pick(['\n', '\n', ' ', ' | ']);
  const out = sep === '\n' ? lines : [lines.join(sep === ' ' ? ' · ' : sep)];
  addTop(page, r.chance(0.8) ? 31 : 21, block('posted-updated-stamps', out));
});

shape('drupal-submitted', { group: 'date' }, (ctx, page) => {
  const r = ctx.rng;
  const { y, m, d, w } = D(ctx.dt);
  const t = ctx.time;
  const user = r.pick(['admin', 'webeditor', 'newsdesk', 'staff', 'site_editor', 'web_producer']);
  const line = r.pick([
    `Submitted by ${user} on ${WEEKDAYS_3[w]}, ${pad(m + 1)}/${pad(d)}/${y} - ${pad(t.h)}:${pad(t.mi)}`,
    `Submitted by ${user} on ${WEEKDAYS[w]}, ${MONTHS[m]} ${d}, ${y} - ${h12(t)}:${pad(t.mi)}${ampm(t)}`,
    `${WEEKDAYS_3[w]}, ${pad(m + 1)}/${pad(d)}/${y} - ${pad(t.h)}:${pad(t.mi)} — ${user}`,
    `Posted by ${user} on ${pad(m + 1)}/${pad(d)}/${y} at ${pad(t.h)}:${pad(t.mi)}`,
  ]);
  addTop(page, 31, block('drupal-submitted', [line]));
  const tags = ctx.tagNames.slice(0, r.int(2, 4));
  const end = [];
  if (r.chance(0.6)) end.push(`Tags: ${tags.join(', ')}`);
  end.push(
    r.pick([
      'Log in or register to post comments',
      'Add new comment',
      `${r.int(40, 9000)} reads`,
      'Printer-friendly version',
    ]),
  );
  if (r.chance(0.4)) end.push(r.pick(['Printer-friendly version', 'Send by email', 'PDF version']));
  addEnd(page, 30, block('drupal-submitted', end));
});

shape(
  'byline-job-title',
  { group: 'byline', applies: (ctx) => ctx.persons.length > 0 },
  (ctx, page) => {
    const r = ctx.rng;
    const o = ctx.outlet();
    page.setsAuthors = true;
    const ps = ctx.persons;
    const roles = r.sample(JOB_TITLES, ps.length);
    const style = r.int(0, 3);
    let lines;
    if (style === 0) lines = ps.map((p, k) => `By ${p}, ${roles[k]}`);
    else if (style === 1)
      lines = ps.flatMap((p, k) => [
        `${r.chance(0.5) ? 'By ' : ''}${p.toUpperCase()}`,
        roles[k],
        r.chance(0.4) ? ctx.handleOf(p) : null,
      ]);
    else if (style === 2) lines = ps.map((p, k) => `${p} | ${roles[k]}, ${o}`);
    else
      lines = [
        `By ${persNames(ctx)}`,
        ps.length > 1
          ? r.pick(['Political reporters', 'Staff writers', `${o} staff`])
          : `${roles[0]}, ${o}`,
      ];
    addTop(page, 30, block('byline-job-title', lines));
  },
);

shape(
  'byline-roles-credits',
  { group: 'byline', applies: (ctx) => ctx.persons.length > 0 },
  (ctx, page) => {
    const r = ctx.rng;
    const o = ctx.outlet();
    page.setsAuthors = true;
    const N = persNames(ctx, r.pick(['and', 'amp', 'oxford']));
    const f1 = ctx.fake();
    const f2 = ctx.fake();
    const lines = r.pick([
      () => [`Story by ${N} · Photos by ${f1} · Video by ${f2}`],
      () => [`Words: ${N} | Pictures: ${f1}`],
      () => [`By ${N}`, `Graphics by ${f1}`, `Edited by ${f2}`],
      () => [`Reporting: ${N}`, `Editing: ${f1}`, `Design: ${f2}`],
      () => [`Text by ${N}; photographs by ${f1} for ${o}`],
      () => [`Written by ${N}`, `Produced by ${f1}`, `Photography by ${f2}`],
    ])();
    const b = block('byline-roles-credits', lines);
    if (r.chance(0.75)) addTop(page, 30, b);
    else addEnd(page, 9, b);
  },
);

// credit sentences at the end are article paragraphs (as in the clean source); bare byline
// labels are boilerplate
const HAS_CREDIT = /Reporting by|contributed reporting|on Twitter|Editing by/;
shape(
  'byline-at-end',
  { group: 'byline', applies: (ctx) => ctx.persons.length > 0 },
  (ctx, page) => {
    const r = ctx.rng;
    const o = ctx.outlet();
    page.setsAuthors = true;
    const ps = ctx.persons;
    const N = persNames(ctx, r.pick(['and', 'amp']));
    const sentence = !ctx.paras.some((p) => HAS_CREDIT.test(p)) && r.chance(0.5);
    const lines = sentence
      ? r
          .pick([
            () => [`(Reporting by ${N}; Editing by ${ctx.fake()})`],
            () => [`(Reporting by ${N}; Editing by ${ctx.fake()} and ${ctx.fake()})`],
            () => [`Reported by ${N}. Edited by ${ctx.fake()}.`],
            () => ps.map((p) => `Contact ${p} at ${ctx.emailOf(p)}.`),
            () => ps.map((p) => `Follow ${p} on Twitter: ${ctx.handleOf(p)}`),
          ])()
          .map((x) => asPara(ctx, x))
      : r.pick([
          () => [`Written by ${N}`],
          () => [`Story: ${N}, ${o}`],
          () => [`${N.toUpperCase()} / ${o.toUpperCase()}`],
          () => [`By ${N}`, o],
          () => [`Words by ${N}`],
        ])();
    addEnd(page, r.int(2, 7), block('byline-at-end', lines, sentence ? '\n\n' : '\n'));
  },
);

shape(
  'dateline-own-line',
  // not over a lead that already opens with a dateline
  { applies: (ctx) => !/^[A-Z][A-Z .,'’]{2,}(\(|—|―|–|-|,)/.test(ctx.paras[0]) },
  (ctx, page) => {
    const r = ctx.rng;
    const { y, m, d, w } = D(ctx.dt);
    const c = r.chance(0.5) ? CITIES[0] : ctx.city();
    const C = c[0] + (c[1] ? `, ${c[1]}` : '');
    const ag = r.pick(['AP', 'Reuters', 'UPI']);
    const line = r.pick([
      `${C}, ${MONTHS_AP[m]} ${d} —`,
      `${C}, ${MONTHS_AP[m]} ${d} (${ag}) -`,
      `${c[2]}, ${c[3]} – ${MONTHS[m]} ${d}, ${y}`,
      `DATELINE: ${C} | ${MONTHS[m].toUpperCase()} ${d}, ${y}`,
      `📍 ${c[2]}, ${c[3]} · ${WEEKDAYS[w]}, ${MONTHS[m]} ${d}, ${y}`,
      `${C} (${ag}) — ${WEEKDAYS[w]}, ${MONTHS_AP[m]} ${d}`,
      `Filed from ${c[2]}, ${c[3]}, ${MONTHS_AP[m]} ${d}, ${y}`,
    ]);
    addTop(page, 36, block('dateline-own-line', [line]));
  },
);

// ------------------------------------------------------------------ print and PDF copies

shape('pdf-running-heads', { applies: (ctx) => ctx.paras.length >= 4 }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const { y, m, d, w } = D(ctx.dt);
  const n = ctx.paras.length;
  const K = Math.min(r.int(2, 4), Math.max(2, Math.floor(n / 2)));
  const browser = r.chance(0.45);
  const sec = r.pick(['A', 'A', 'B']);
  const p0 = r.int(2, 14);
  const url = urlOf(ctx);
  const t = ctx.time;
  const head = (k) => {
    if (browser)
      return `${m + 1}/${d}/${y}${r.pick(['', `, ${h12(t)}:${pad(t.mi)} ${ampm(t).toUpperCase()}`])}${r.pick(['\t', '    ', ' '])}${ctx.titleBase} - ${o}`;
    const pg = `${sec}${p0 + k}`;
    return r.pick([
      `${pg} ${WEEKDAYS[w].toUpperCase()}, ${MONTHS[m].toUpperCase()} ${d}, ${y} ${o.toUpperCase()}`,
      `${o.toUpperCase()} · ${WEEKDAYS[w].toUpperCase()}, ${MONTHS[m].toUpperCase()} ${d}, ${y} · ${pg}`,
      `${p0 + k}${sec} | ${MONTHS[m]} ${d}, ${y} | ${o}`,
      `${ctx.pub.sections[0].toUpperCase()} | ${pg}`,
    ]);
  };
  const foot = (k) =>
    browser
      ? `${url}${r.pick(['\t', '    ', ' '])}${k + 1}/${K}`
      : r.pick([`${p0 + k}`, `— ${p0 + k} —`, `Page ${p0 + k}`, `${sec}${p0 + k}`]);
  if (browser) addTop(page, 1, block('pdf-running-heads', [head(0)]));
  const breaks = spread(n, K - 1);
  breaks.forEach((i, j) => {
    const lines = [foot(j), (r.chance(0.3) ? '\f' : '') + head(j + 1)].filter((l) => ctx.ok(l));
    const free = freeSpaces(ctx, i + 1);
    if (r.chance(0.4) && free.length > 10) {
      // the page ends in the middle of a paragraph
      const pos = r.pick(free.slice(3, -3));
      const gap = r.chance(0.5) ? '\n' : '';
      addEdit(page, i + 1, 'repl', pos, '\n');
      addEdit(page, i + 1, 'ins', pos + 1, gap + lines.join('\n') + '\n' + gap);
      addParaBoiler(page, i + 1, 'pdf-running-heads', lines);
    } else addInsert(ctx, page, block('pdf-running-heads', lines), i);
  });
  addEnd(page, 96, block('pdf-running-heads', [foot(K - 1)]));
});

shape('pdf-hyphen-wrap', { group: 'markup' }, (ctx, page) => {
  // hard line breaks at a column width, with words split by end-of-line hyphens
  const r = ctx.rng;
  const W = r.pick([34, 38, 42, 60, 66, 72]);
  const indent = r.chance(0.45);
  if (indent) page.paraSep = '\n';
  else page.paraSep = r.pick(['\n\n', '\n\n', '\n \n']);
  const istr = r.pick(['    ', '  ', '\t', '   ']);
  ctx.paras.forEach((p, i) => {
    if (indent) addEdit(page, i, 'ins', 0, istr);
    const spans = quoteSpansIn(ctx, i);
    const inQ = (k) => spans.some(([a, b]) => k >= a && k < b);
    let col = indent ? istr.length : 0;
    for (const mt of p.matchAll(/\S+/g)) {
      const ws = mt.index;
      const wl = mt[0].length;
      if (col === 0 || col + 1 + wl <= W) {
        col += (col ? 1 : 0) + wl;
        continue;
      }
      const word = mt[0].match(/^[A-Za-z]+/);
      const room = W - col - 2;
      if (
        word &&
        word[0].length >= 7 &&
        room >= 3 &&
        word[0].length - room >= 3 &&
        !inQ(ws) &&
        !inQ(ws + wl - 1) &&
        r.chance(0.7)
      ) {
        const k = Math.min(room, word[0].length - 3);
        addEdit(page, i, 'ins', ws + k, '-\n');
        col = wl - k;
      } else {
        if (p[ws - 1] === ' ') addEdit(page, i, 'repl', ws - 1, '\n');
        col = wl;
      }
    }
  });
});

shape('print-edition-credit', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const { y, m, d, w } = D(ctx.dt);
  const [A, B] = pairNames(ctx);
  const pg = `${r.pick(['A', 'A', 'B'])}${r.int(1, 22)}`;
  const ph = r.pick([
    `${lastName(A)} and ${lastName(B)} Trade Jabs as Race Tightens`,
    `${lastName(A)} Steps Up Attacks in Final Stretch`,
    ctx.titleBase.toUpperCase(),
    `In ${lastName(A)}’s Camp, a New Line of Attack`,
  ]);
  const line = r.pick([
    `A version of this article appears in print on ${MONTHS[m]} ${d}, ${y}, on Page ${pg} of the ${r.pick(['New York', 'National'])} edition with the headline: ${ph}. Order Reprints | Today’s Paper | Subscribe`,
    `This article appeared in print on page ${pg.slice(1)}${pg[0]} of ${o} on ${WEEKDAYS[w]}, ${MONTHS_AP[m]} ${d}, ${y}.`,
    `A version of this story appeared in the ${WEEKDAYS[w]}, ${MONTHS_AP[m]} ${d} print edition under the headline "${ph}."`,
    `Published in print: ${WEEKDAYS[w]}, ${MONTHS[m]} ${d}, ${y}`,
    `The print version of this story ran on Page ${pg}.`,
  ]);
  const b = block('print-edition-credit', [line]);
  if (r.chance(0.8)) addEnd(page, r.int(4, 8), b);
  else addTop(page, 35, b);
});

shape('footnote-sources', { applies: (ctx) => ctx.paras.length >= 3 }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const n = ctx.paras.length;
  const k = r.int(2, 4);
  const mk = r.pick([
    (j) => `[${j}]`,
    (j) => '¹²³⁴⁵'[j - 1],
    (j) => `(${j})`,
    (j) => '*'.repeat(j),
    (j) => `^${j}`,
  ]);
  const markers = r.chance(0.6);
  if (markers) {
    const idx = r
      .sample(
        Array.from({ length: n }, (_, i) => i),
        k,
      )
      .sort((a, b) => a - b);
    idx.forEach((i, j) => addEdit(page, i, 'ins', ctx.paras[i].length, mk(j + 1)));
  }
  const pool = [
    `Federal Election Commission, campaign finance filings, accessed ${MONTHS_AP[D(ctx.dt).m]} ${D(ctx.dt).d}, ${D(ctx.dt).y}.`,
    `${ctx.fake()}, "${ctx.related()}," ${o}, ${fmtDate(addDays(ctx.dt, -r.int(2, 20)), 'ap')}.`,
    'Commission on Presidential Debates, debate schedule and format.',
    'Bureau of Labor Statistics, Employment Situation Summary.',
    'RealClearPolitics, national polling average.',
    'Quinnipiac University Poll, likely voters.',
    `${urlOf(ctx).replace(ctx.slug, 'related-coverage')}`,
  ];
  const items = r.sample(pool, k);
  const lines = [r.pick(['Sources', 'SOURCES:', 'Notes', 'Footnotes', 'References', 'Sources:'])];
  items.forEach((s, j) => lines.push(markers ? `${mk(j + 1)} ${s}` : `${r.pick(['-', '•'])} ${s}`));
  addEnd(page, 10, block('footnote-sources', lines));
});

// ------------------------------------------------------------------ containers: readers, syndication, newsletters

shape('reader-view-chrome', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const wc = wordCount(ctx);
  const a = Math.max(1, Math.floor(wc / 275));
  const host = r.pick([`www.${ctx.pub.domain}`, ctx.pub.domain]);
  const who = ctx.persons.length && r.chance(0.7) ? persNames(ctx, 'comma') : null;
  if (who) page.setsAuthors = true;
  const mins = Math.max(1, Math.round(wc / 230));
  const kind = r.int(0, 3);
  if (kind === 0) {
    // Firefox Reader View, select-all copy
    addTop(page, 0, block('reader-view-chrome', [host]));
    addTop(page, 24, block('reader-view-chrome', [who, `${a}–${a + 1} minutes`]));
  } else if (kind === 1) {
    addTop(
      page,
      0,
      block('reader-view-chrome', [
        'Immersive Reader',
        r.pick(['Read aloud', 'Read Aloud']),
        'Text preferences',
        r.pick(['Reading preferences', 'Grammar tools']),
      ]),
    );
    addTop(page, 24, block('reader-view-chrome', [host, who, `${mins} min read`]));
  } else if (kind === 2) {
    // Pocket article view
    addTop(page, 0, block('reader-view-chrome', ['Pocket', 'Save', 'Share']));
    addTop(
      page,
      24,
      block('reader-view-chrome', [`${who ? who + ' | ' : ''}${host} · ${mins} min`]),
    );
    if (r.chance(0.5))
      addEnd(page, 90, block('reader-view-chrome', ['View Original', 'Tags', 'Archive']));
  } else {
    // Instapaper
    addTop(
      page,
      24,
      block('reader-view-chrome', [`${host}${who ? ' · by ' + who : ''} · ${mins} min`]),
    );
    addEnd(
      page,
      90,
      block('reader-view-chrome', [r.pick(['View Original', 'Original']), 'Move to Archive']),
    );
  }
});

shape('machine-translation-notes', {}, (ctx, page) => {
  const r = ctx.rng;
  const L = r.pick([
    ['Compartir', 'Publicidad', 'Lea también:', 'Inicio › Política', 'Traducido automáticamente'],
    ['Teilen', 'Anzeige', 'Lesen Sie auch:', 'Startseite › Politik', 'Übersetzt mit DeepL'],
    ['Partager', 'Publicité', 'À lire aussi :', 'Accueil › Politique', 'Traduit automatiquement'],
    ['Condividi', 'Pubblicità', 'Leggi anche:', 'Home › Politica', 'Tradotto automaticamente'],
    ['Compartilhar', 'Publicidade', 'Leia também:', 'Início › Política', 'Tradução automática'],
  ]);
  const note = r.pick([
    'Translated with DeepL.com (free version)',
    'Translated with www.DeepL.com/Translator (free version)',
    'Machine-translated from the English original.',
    'This text has been machine translated. Show original',
    'Automatically translated from English',
    '(Machine translation)',
    'Translated from English by Microsoft Translator',
    L[4],
  ]);
  if (r.chance(0.6)) addTop(page, 4, block('machine-translation-notes', [L[3]]));
  if (r.chance(0.5)) addTop(page, 29, block('machine-translation-notes', [L[0]]));
  if (r.chance(0.6)) addInsert(ctx, page, block('machine-translation-notes', [L[1]]));
  if (r.chance(0.4))
    addInsert(ctx, page, block('machine-translation-notes', [`${L[2]} ${ctx.related()}`]));
  if (r.chance(0.65)) addEnd(page, 97, block('machine-translation-notes', [note]));
  else addTop(page, r.pick([0, 21]), block('machine-translation-notes', [note]));
});

shape('yahoo-syndication', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const { y, m, d } = D(ctx.dt);
  const mins = Math.max(1, Math.round(wordCount(ctx) / 230));
  const top = [r.pick(['Yahoo News', `${o}`, 'Yahoo Politics'])];
  if (ctx.persons.length && r.chance(0.7)) {
    page.setsAuthors = true;
    top.push(persNames(ctx, 'comma'));
  }
  top.push(`${MONTHS[m]} ${d}, ${y}${r.pick(['·', ' · ', ' • '])}${mins} min read`);
  addTop(page, r.chance(0.6) ? 25 : 10, block('yahoo-syndication', top));
  if (ctx.paras.length >= 4)
    addInsert(
      ctx,
      page,
      block('yahoo-syndication', [r.pick(['Story continues', 'Story Continues'])]),
      r.int(1, Math.min(4, ctx.paras.length - 2)),
    );
  const end = [
    r.pick(['View comments', `View ${r.int(12, 4000)} comments`]),
    r.chance(0.6) ? 'Recommended Stories' : null,
  ];
  if (end[1]) for (const h of r.sample(RELATED, 2)) end.push(h);
  if (r.chance(0.4)) end.push('Terms and Privacy Policy', 'Privacy Dashboard');
  addEnd(page, 60, block('yahoo-syndication', end));
});

shape('msn-syndication', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const top = [r.pick([`Provided by ${o}`, `© ${o}`, `${o}`])];
  if (ctx.persons.length && r.chance(0.7)) {
    page.setsAuthors = true;
    top.push(
      `Story by ${persNames(ctx, 'and')}${r.pick([` • ${r.int(1, 11)}h`, ` • ${fmtDate(ctx.dt, 'short')}`, ''])}`,
    );
  }
  addTop(page, r.chance(0.6) ? 25 : 10, block('msn-syndication', top));
  if (ctx.paras.length >= 5) {
    const lines = ['Continue Reading'];
    if (r.chance(0.5))
      lines.push('Show full articles without "Continue Reading" button for {0} hours.');
    addInsert(ctx, page, block('msn-syndication', lines), r.int(1, 3));
  }
  if (r.chance(0.4))
    addInsert(
      ctx,
      page,
      block('msn-syndication', [
        'Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this article.',
      ]),
    );
  const end = [r.pick(['More for You', 'More from MSN', 'Sponsored Content'])];
  for (const h of r.sample(RELATED, r.int(1, 3))) end.push(h);
  end.push(r.pick(['Feedback', 'Give feedback']));
  if (r.chance(0.5)) end.push('Privacy & Cookies   Terms of use   © 2016 Microsoft');
  addEnd(page, 60, block('msn-syndication', end));
});

shape('apple-news-share', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const id = Array.from(
    { length: 22 },
    () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[r.int(0, 63)],
  ).join('');
  if (r.chance(0.5)) addTop(page, 5, block('apple-news-share', [r.pick([` News`, 'Apple News'])]));
  addEnd(
    page,
    92,
    block(
      'apple-news-share',
      [
        r.pick([
          'Shared from Apple News',
          `This story is from ${o}. Read it in Apple News.`,
          'Shared via Apple News',
        ]),
        `https://apple.news/A${id}`,
        r.chance(0.4) ? 'Get Apple News' : null,
      ],
      r.chance(0.5) ? '\n\n' : '\n',
    ),
  );
});

shape('google-news-cluster', {}, (ctx, page) => {
  const r = ctx.rng;
  const lines = [
    cased(r, r.pick(['Full coverage', 'Top coverage', 'More on this story', 'Headlines'])),
  ];
  for (const h of r.sample(RELATED, r.int(2, 4))) {
    const src = r.pick(OTHER_OUTLETS);
    const ago = r.pick([`${r.int(1, 23)} hours ago`, `${r.int(2, 59)} minutes ago`, 'Yesterday']);
    if (r.chance(0.5)) lines.push(h, `${src} · ${ago}`);
    else lines.push(`${src} – ${h} – ${ago}`);
  }
  lines.push(
    r.pick([
      'View Full coverage on Google News',
      'See more headlines and perspectives',
      'View full coverage',
    ]),
  );
  const b = block('google-news-cluster', lines);
  if (r.chance(0.7)) addEnd(page, 55, b);
  else addTop(page, 8, b);
});

shape('substack-post', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const { y, m, d } = D(ctx.dt);
  const nl = r.pick([
    'The Campaign Dispatch',
    'Beltway Brief',
    'Swing State Notes',
    'The Weekly Wonk',
    'Ballot Box Letter',
  ]);
  const top = [nl, r.pick(['Subscribe', 'Sign in', 'Subscribe Sign in'])];
  addTop(page, 5, block('substack-post', top));
  const meta = [];
  if (ctx.persons.length && r.chance(0.75)) {
    page.setsAuthors = true;
    meta.push(persNames(ctx, 'and'));
  }
  meta.push(`${MONTHS_3[m]} ${d}, ${y}`);
  if (r.chance(0.5)) meta.push(`${r.int(3, 400)}`, `${r.int(1, 60)}`, 'Share');
  addTop(page, 30, block('substack-post', meta));
  if (r.chance(0.6))
    addInsert(
      ctx,
      page,
      block('substack-post', [
        `Thanks for reading ${nl}! Subscribe for free to receive new posts and support my work.`,
        r.pick(['Subscribe', 'Type your email… Subscribe']),
      ]),
    );
  const end = [
    r.pick(['Leave a comment', 'Share', 'Discussion about this post']),
    r.pick([
      `You're currently a free subscriber to ${nl}. For the full experience, upgrade your subscription.`,
      'Upgrade to paid',
      `Forwarded this email? Subscribe here for more`,
    ]),
    `© ${y} ${ctx.persons[0] || nl} · Privacy ∙ Terms ∙ Collection notice`,
    r.chance(0.5) ? 'Start Writing Get the app' : null,
    r.chance(0.4) ? 'Substack is the home for great culture' : null,
  ];
  addEnd(page, 70, block('substack-post', end));
});

shape('mailchimp-merge-tags', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const { y } = D(ctx.dt);
  const raw = r.chance(0.6);
  addTop(
    page,
    0,
    block('mailchimp-merge-tags', raw ? ['*|MC_PREVIEW_TEXT|*'] : [r.pick(['*|MC:SUBJECT|*'])]),
  );
  const end = raw
    ? [
        'Copyright © *|CURRENT_YEAR|* *|LIST:COMPANY|*, All rights reserved.',
        '*|IFNOT:ARCHIVE_PAGE|* *|LIST:DESCRIPTION|* *|END:IF|*',
        'Our mailing address is:',
        '*|HTML:LIST_ADDRESS_HTML|*',
        'Want to change how you receive these emails?',
        'You can update your preferences or unsubscribe from this list.',
        r.chance(0.5) ? '*|REWARDS|*' : null,
      ]
    : r.pick([
        () => [
          `Copyright © ${y} ${o}, All rights reserved.`,
          'Want to change how you receive these emails?',
          'You can update your preferences or unsubscribe from this list.',
          '*|REWARDS|*',
        ],
        () => [
          `${o} | ${placeOf(ctx)}`,
          `Sent by newsletters@${ctx.pub.domain} powered by`,
          'Constant Contact',
          'Try email marketing for free today!',
        ],
      ])();
  addEnd(page, 88, block('mailchimp-merge-tags', end));
});

// ------------------------------------------------------------------ embeds and modules

shape('photo-gallery', {}, (ctx, page) => {
  const r = ctx.rng;
  const [A] = pairNames(ctx);
  const n = r.int(6, 24);
  const lines = [
    r.pick([
      `Photos: ${A} on the campaign trail`,
      'PHOTO GALLERY',
      `Gallery: ${n} images`,
      `View gallery (${n} photos)`,
      'In pictures: The race for the White House',
    ]),
  ];
  const cnt = r.pick([
    (k) => `${k} of ${n}`,
    (k) => `${k}/${n}`,
    (k) => `Photo ${k} of ${n}`,
    (k) => `${k} / ${n}`,
  ]);
  const items = r.int(1, 3);
  for (let k = 1; k <= items; k++) {
    const c = ctx.city();
    const who = k === 1 ? A : ctx.name() || A;
    const day = addDays(ctx.dt, -r.int(0, 3));
    const cap = `${who} ${r.pick(CAPTION_ACTS)} in ${c[2]}, ${c[3]}, on ${WEEKDAYS[D(day).w]}, ${fmtDate(day, 'ap').replace(/, \d{4}$/, '')}.`;
    const credit = r.pick([
      `(Photo: ${ctx.fake()}/${r.pick(AGENCIES)})`,
      `${ctx.fake()}/${r.pick(AGENCIES)}`,
      `Credit: ${r.pick(AGENCIES)}`,
    ]);
    lines.push(cnt(k));
    if (r.chance(0.5)) lines.push(`${cap} ${credit}`);
    else lines.push(cap, credit);
  }
  lines.push(
    r.pick(['Previous Next', 'Expand', 'Hide caption', 'Fullscreen', '◀ ▶', 'Replay gallery']),
  );
  const b = block('photo-gallery', lines);
  if (r.chance(0.35)) addTop(page, 23, b);
  else addInsert(ctx, page, b);
});

shape('podcast-embed', {}, (ctx, page) => {
  const r = ctx.rng;
  const pod = r.pick([
    'Off Message',
    'Campaign Call',
    'Trail Mix',
    'The Ballot Box',
    'Politically Speaking',
    'The Stump',
  ]);
  const [A] = pairNames(ctx);
  const ep = r.pick([
    `Can ${lastName(A)} turn it around?`,
    'The debate, the polls and the final month',
    'Inside the ground game',
    'What the swing states are telling us',
  ]);
  const lines = r.pick([
    () => [
      `🎙 ${pod}`,
      `Episode ${r.int(20, 240)}: ${ep}`,
      `00:00 / ${clock(r, r.int(18, 55))}`,
      'Subscribe: Apple Podcasts | Google Play | Stitcher | RSS',
    ],
    () => [
      `LISTEN: ${pod} — ${ep}`,
      r.pick(['Powered by Simplecast', 'Powered by Megaphone', 'Powered by Libsyn']),
    ],
    () => [`${pod}`, ep, 'Download', 'Embed', 'Share', 'Cookie policy'],
    () => [`Subscribe to ${pod} on iTunes`, `Listen to the latest episode: ${ep}`],
  ])();
  const b = block('podcast-embed', lines);
  if (r.chance(0.6)) addInsert(ctx, page, b);
  else addEnd(page, 22, b);
});

shape('video-player-chrome', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const [A] = pairNames(ctx);
  const c = ctx.city();
  const dur = clock(r, r.int(0, 4));
  const lines = r.pick([
    () => [
      'Now Playing',
      `Video: ${A} ${r.pick(CAPTION_ACTS)} in ${c[2]}`,
      dur,
      'Up Next',
      ctx.related(),
    ],
    () => [`0:00 / ${dur}`, 'Unmute', 'Autoplay: ON', `Video by ${ctx.fake()}, ${o}`],
    () => ['Video will play automatically in 5 seconds', 'Cancel', 'Replay'],
    () => [`WATCH: ${A} ${r.pick(CAPTION_ACTS)} (${dur})`],
    () => ['Loading video...', `Watch: ${ctx.related()}`, dur],
  ])();
  const b = block('video-player-chrome', lines);
  const k = r.next();
  if (k < 0.3) addTop(page, 23, b);
  else if (k < 0.8) addInsert(ctx, page, b);
  else addEnd(page, 21, b);
});

shape('newsletter-signup-box', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const nl = r.pick(['The Morning Brief', 'Politics Daily', 'The Campaign Trail', 'Election 2016']);
  const lines = r.pick([
    () => [
      `Sign up for ${nl}`,
      'The day’s most important political news, in your inbox every morning.',
      'Enter your email address',
      'Sign up',
      `By signing up, you agree to our Privacy Policy and ${o}’s Terms of Service.`,
    ],
    () => [`Get ${nl}`, 'Email', 'Subscribe', 'You may unsubscribe at any time.'],
    () => [
      'Stay informed',
      'Sign up for our free newsletter to get the latest updates delivered to your inbox.',
      'Email address',
      'SUBMIT',
    ],
    () => ['Thanks for signing up!', 'Check your inbox for a confirmation email.'],
    () => [
      `✉ ${nl.toUpperCase()}`,
      'Your email',
      'Sign Up →',
      'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
    ],
  ])();
  const b = block('newsletter-signup-box', lines);
  if (r.chance(0.7)) addInsert(ctx, page, b);
  else addEnd(page, 24, b);
});

shape('most-read-list', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const lines = [
    cased(
      r,
      r.pick(['Most read', 'Most popular', 'Most viewed', 'Trending now', `Popular on ${o}`]),
    ),
  ];
  const num = r.pick([(k) => `${k}.`, (k) => `${k}`, (k) => pad(k), (k) => `#${k}`]);
  const sep = r.chance(0.5);
  const hs = r.sample(MOST_READ.concat(RELATED), r.int(4, 6));
  hs.forEach((h, k) => {
    if (sep) lines.push(num(k + 1), h);
    else lines.push(`${num(k + 1)} ${h}`);
  });
  const b = block('most-read-list', lines);
  if (r.chance(0.6)) addEnd(page, 45, b);
  else addInsert(ctx, page, b);
});

shape('author-page-glued', { applies: (ctx) => ctx.persons.length > 0 }, (ctx, page) => {
  const r = ctx.rng;
  page.setsAuthors = true;
  const p = ctx.persons[0];
  const lines = [
    r.pick([
      `More from ${p}`,
      `Articles by ${p}`,
      `Latest from ${p}`,
      `${p.toUpperCase()}`,
      `${p} — Author page`,
    ]),
  ];
  if (r.chance(0.4)) lines.push(r.pick(['Follow', '+ Follow', 'RSS']));
  const hs = r.sample(RELATED, r.int(3, 4));
  let back = 0;
  for (const h of hs) {
    back += r.int(1, 6);
    const dt = addDays(ctx.dt, -back);
    lines.push(h, fmtDate(dt, r.pick(['ap', 'short', 'full', 'mdy'])));
  }
  lines.push(r.pick(['Load more', 'See all articles', `View all ${r.int(40, 900)} articles`]));
  addEnd(page, 65, block('author-page-glued', lines));
});

shape('sponsored-recirculation', {}, (ctx, page) => {
  const r = ctx.rng;
  const lines = [
    r.pick([
      'Sponsored Links by Taboola',
      'Promoted Links',
      'Recommended by Outbrain',
      'You May Like',
      'From Our Partners',
      'SPONSORED CONTENT',
    ]),
  ];
  const adv = r.chance(0.6);
  for (const h of r.sample(CLICKBAIT, r.int(3, 5))) {
    lines.push(h);
    if (adv) lines.push(r.pick(ADVERTISERS));
  }
  if (r.chance(0.4)) lines.push(r.pick(['by Taboola', 'Sponsored', 'Ad Choices']));
  addEnd(page, 50, block('sponsored-recirculation', lines));
});

shape('comments-widget', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const n = r.int(3, 4800);
  const u = r.pick(USER_NAMES);
  const lines = r.pick([
    () => [
      `${n} Comments`,
      o,
      'Login',
      'Recommend',
      'Share',
      'Sort by Best',
      'Join the discussion…',
      `${u} • ${r.int(1, 11)} hours ago`,
      r.pick(['Great article.', 'Nobody believes this anymore.', 'Finally some real reporting.']),
      'Reply • Share ›',
      'Powered by Disqus',
    ],
    () => [`${n} comments`, 'Sort by Top', 'Add a comment...', 'Facebook Comments Plugin'],
    () => [
      'Conversation',
      `${n} Comments`,
      'Log in to join the conversation',
      'Community Guidelines',
    ],
    () => [
      'Comments',
      `Showing ${Math.min(n, 20)} of ${n} comments`,
      'Post a comment',
      r.pick(['Comments are closed.', 'Load more comments']),
    ],
  ])();
  addEnd(page, 40, block('comments-widget', lines));
});

shape('screen-reader-transcript', {}, (ctx, page) => {
  // text copied from a screen reader's browse mode: landmarks and roles spoken as lines
  const r = ctx.rng;
  const o = ctx.outlet();
  const jaws = r.chance(0.5);
  const reg = (x) => (jaws ? `${x} region` : `${x} landmark`);
  addTop(
    page,
    1,
    block('screen-reader-transcript', [
      reg('banner'),
      `link ${o}`,
      reg('navigation'),
      `list with ${r.int(4, 9)} items`,
      `link ${ctx.pub.sections[0]}`,
      `link ${ctx.pub.sections[1] || 'Opinion'}`,
      'out of list',
    ]),
  );
  addTop(
    page,
    19,
    block('screen-reader-transcript', [
      reg('main'),
      r.pick(['heading level 1', 'heading level 1 clickable']),
    ]),
  );
  const [A] = pairNames(ctx);
  const c = ctx.city();
  if (r.chance(0.6))
    addInsert(
      ctx,
      page,
      block('screen-reader-transcript', [
        `graphic ${A} ${r.pick(CAPTION_ACTS)} in ${c[2]}, ${c[3]}.`,
      ]),
      r.int(0, 2),
    );
  addEnd(
    page,
    93,
    block('screen-reader-transcript', [
      jaws ? 'main region end' : 'out of main landmark',
      reg(jaws ? 'content information' : 'content info'),
      'link Terms of Service',
      'link Privacy Policy',
    ]),
  );
});

shape('reader-support-appeal', { applies: (ctx) => ctx.paras.length >= 3 }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const lines = r.pick([
    () => [
      'Support independent journalism',
      `${o} relies on readers like you. Please consider making a contribution.`,
      '$5   $10   $25   Other',
      'Contribute',
    ],
    () => [
      'Before you go...',
      `Millions of people rely on ${o} for news they can trust. Will you chip in to keep it free for everyone?`,
      'Give once   Give monthly',
    ],
    () => ['Help keep our newsroom strong.', 'DONATE NOW'],
    () => ['If you appreciate our work, consider becoming a member.', 'Become a member →'],
  ])();
  const b = block('reader-support-appeal', lines);
  if (r.chance(0.5)) addInsert(ctx, page, b, ctx.paras.length - 2);
  else addEnd(page, 14, b);
});

shape('news-tip-callout', {}, (ctx, page) => {
  const r = ctx.rng;
  const lines = r.pick([
    () => [`Have a news tip? Email us at tips@${ctx.pub.domain}.`],
    () => [`Got a tip? Contact us securely at ${ctx.pub.domain}/tips`],
    () => [
      'Do you know more about this story? We want to hear from you.',
      `Email ${ctx.emailOf(ctx.fake())} or reach us on Signal at (202) 555-0${r.int(100, 199)}.`,
    ],
    () => [`Send tips and feedback to newsroom@${ctx.pub.domain}`],
    () => ['HAVE A STORY IDEA?', 'Share it with our reporters →'],
  ])();
  const b = block('news-tip-callout', lines);
  if (r.chance(0.7)) addEnd(page, 11, b);
  else addInsert(ctx, page, b, ctx.paras.length - 2);
});

shape('series-label', {}, (ctx, page) => {
  const r = ctx.rng;
  const s = r.pick([
    'The Road to 270',
    'Battleground America',
    'Voters Speak',
    'The Choice 2016',
    'Divided States',
  ]);
  const n = r.int(3, 8);
  const k = r.int(1, n);
  const top = r.pick([
    [`This article is part of our series "${s}."`],
    [s.toUpperCase(), `PART ${k} OF ${n}`],
    [`${s} | Part ${k}`],
    [`Series: ${s} (${k}/${n})`],
  ]);
  addTop(page, r.chance(0.6) ? 18 : 33, block('series-label', top));
  if (r.chance(0.6)) {
    const end = [cased(r, r.pick(['Read the series:', `More from ${s}`, 'In this series']))];
    for (const h of r.sample(RELATED, r.int(2, 3)))
      end.push(`${r.pick(['Part', 'Chapter'])} ${r.int(1, n)}: ${h}`);
    addEnd(page, 16, block('series-label', end));
  }
});

// ------------------------------------------------------------------ CLI
// a newsroom note is shown as the article paragraph it adds
function example(s, g, text, rec) {
  const added = g.gold.entries[0].paragraphs.filter((p) => !rec.paragraphs.includes(p));
  if (added.length && !g.gold.boilerplate.length)
    return '(added as article paragraph, not boilerplate): ' + added.join(' ⏎ ');
  return boilerOrMarkup(s, g, text);
}

runEditRound(
  {
    script: 'make-blind-noise-9.mjs',
    shapes: SHAPES,
    salt: 'assign',
    kDist: [1, 2, 2, 2, 3, 3, 3, 3, 4, 4],
    example,
  },
  process.argv.slice(2),
);
