#!/usr/bin/env node
// make-blind-noise-10.mjs: adds scraped-page noise (round 10 shapes) to clean PolNeAR dev articles.
// Usage: node make-blind-noise-10.mjs --src DIR --out DIR --seed N
//        node make-blind-noise-10.mjs --list-shapes
// Same CLI, output layout and gold format as rounds 8 and 9; the noise shapes are new: copies
// kept in personal tools (e-reader highlights, note-taking clippers, chat unfurls, e-mail
// signatures, newspaper-archive clippings), scan and print residue (OCR specks, column breaks,
// browser print margins), date traps (archive age banners, stamps across time zones, schedules,
// JSON-LD, later-dated neighbours), bylines not seen before (surname first, located, glyphs,
// blog-platform chrome), title doubling and inline kickers, and page modules (pull quotes,
// infinite scroll, geo blocks, foreign-language consent, tables of contents, key events, maps,
// gift links, polling tables, FAQ blocks, affiliate cards).
// Gold decisions. Every added line is boilerplate; no shape adds article paragraphs. The source's
// paragraphs stay unchanged and in order (a column break splits one in the text, never in the
// gold). Title and date are the source's: dates shown on the page that are not the publication
// date (print, clip, capture, UTC, schedule and next-story dates) are traps, not gold. Authors are
// listed only when a shape puts the bylined persons' names on the page as the story's authors;
// names of chat senders, e-mail senders, book authors and next-story writers are not authors.
// Node 22 built-ins only (lib/dates.mjs reads a .ts module). Deterministic for a given seed.
import { placeOf, urlOf, wordCount } from './lib/article-context.mjs';
import { runEditRound } from './lib/edit-round.mjs';
import { CITIES, RELATED, USER_NAMES } from './lib/pools.mjs';
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
  t12,
} from './lib/dates.mjs';

// ------------------------------------------------------------------ shapes
const SHAPES = [];
function shape(id, opts, apply) {
  SHAPES.push({ id, group: null, applies: () => true, ...opts, apply });
}

// ------------------------------------------------------------------ round-10 helpers
const hasPersons = (ctx) => ctx.persons.length > 0;
const names = (ctx, style) => namesJoin(ctx, ctx.persons, style || 'and');
// local (Eastern) publication moment plus `addMin` minutes, read back through getUTC*
function localAt(ctx, h, mi, addMin = 0) {
  const { y, m, d } = D(ctx.dt);
  return new Date(Date.UTC(y, m, d, h, mi + addMin));
}
const hm = (x) => ({ h: x.getUTCHours(), mi: x.getUTCMinutes() });
function isoLocal(x, offset) {
  const { y, m, d } = D(x);
  return `${y}-${pad(m + 1)}-${pad(d)}T${pad(x.getUTCHours())}:${pad(x.getUTCMinutes())}:${pad(
    x.getUTCSeconds(),
  )}${offset}`;
}
const surnameFirst = (n) => {
  const parts = n.split(/\s+/);
  if (parts.length < 2) return n;
  const last = parts.pop();
  return `${last}, ${parts.join(' ')}`;
};
// paragraph indexes 0..n-2 spread evenly, k of them at most
function gaps(n, k) {
  const out = [];
  for (let j = 1; j <= k; j++) {
    const i = Math.min(n - 2, Math.max(0, Math.round((j * n) / (k + 1)) - 1));
    if (!out.includes(i)) out.push(i);
  }
  return out;
}
const jsonStr = (s) => JSON.stringify(s);

const LEDES = [
  'Early voting opened Thursday in several battleground states, giving voters their first chance to weigh in on a race that has repeatedly defied predictions.',
  'A federal judge on Friday blocked a state law that would have required voters to show one of a narrow list of photo IDs at the polls.',
  'The two campaigns spent a combined $40 million on television advertising last week, most of it in a handful of states expected to decide the election.',
  'Senate Republicans are bracing for a difficult November as polls show several incumbents trailing or tied in states that once looked safe.',
  'Thousands of supporters packed an arena on Saturday night, many of them waiting in line for hours to get inside.',
  'State election officials say they are seeing record numbers of new registrations, particularly among younger voters.',
  'The vice presidential nominees met for their only debate on Tuesday night, trading barbs over taxes, foreign policy and their running mates’ records.',
  'A new survey of likely voters finds the race essentially unchanged from a month ago, with most voters saying their minds are made up.',
];
const CHAT_REMARKS = [
  'did you see this?',
  'worth a read',
  'this is going to be a thing tomorrow',
  'fyi for the morning meeting',
  'wow',
  'can someone summarize, on my phone',
  'flagging for the newsletter',
];
const SECTION_HEADS = [
  'What happened',
  'What they said',
  'The reaction',
  'The numbers behind it',
  'What comes next',
  'Background',
  'Key takeaways',
  'Timeline',
  'Why it matters',
  'The bigger picture',
];
const KEY_EVENTS = [
  'Summary of the day so far',
  'Campaign responds to the report',
  'New poll shows a tight race in Ohio',
  'Rally gets under way in Charlotte',
  'What we know so far',
  'Reaction from Capitol Hill',
  'Markets open lower',
  'Surrogates hit the Sunday shows',
];

// ------------------------------------------------------------------ personal tools and archives

// Kindle "My Clippings.txt": the article read as a string of highlights, each headed by the
// document's title and a location/added line (dated when the highlight was made), separated by
// "==========".
shape(
  'kindle-clippings',
  { group: 'container', applies: (ctx) => ctx.paras.length >= 3 },
  (ctx, page) => {
    const r = ctx.rng;
    const doc = r.pick([
      `${ctx.titleBase} (${ctx.outlet()})`,
      `${ctx.titleBase} (${ctx.pub.domain})`,
      `${ctx.titleBase.slice(0, 60).trim()} (Instapaper)`,
    ]);
    let loc = r.int(3, 20);
    const when = addDays(ctx.dt, r.int(0, 900));
    const { y, m, d, w } = D(when);
    const t = { h: r.int(7, 23), mi: r.int(0, 59) };
    const us = r.chance(0.5);
    const stamp = () => {
      const a = loc;
      loc += r.int(6, 30);
      const ss = pad(r.int(0, 59));
      const hh = t.h % 12 || 12;
      return us
        ? `- Your Highlight on Location ${a}-${loc} | Added on ${WEEKDAYS[w]}, ${MONTHS[m]} ${d}, ${y} ${hh}:${pad(t.mi)}:${ss} ${t.h >= 12 ? 'PM' : 'AM'}`
        : `- Your Highlight at location ${a}-${loc} | Added on ${WEEKDAYS[w]}, ${d} ${MONTHS[m]} ${y} ${pad(t.h)}:${pad(t.mi)}:${ss}`;
    };
    addTop(page, 10, block('kindle-clippings', [doc, stamp()]));
    for (const i of gaps(ctx.paras.length, r.int(2, 4)))
      addInsert(ctx, page, block('kindle-clippings', ['==========', doc, stamp()]), i);
    addEnd(page, 40, block('kindle-clippings', ['==========']));
  },
);

// Note-taking web clippers: Evernote's and Notion's property lines, OneNote's "Pasted from".
shape('notes-app-clip', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const url = urlOf(ctx);
  const when = addDays(ctx.dt, r.int(0, 400));
  const t = { h: r.int(7, 23), mi: r.int(0, 59) };
  const tags = r
    .sample(['politics', 'election2016', 'campaign', 'research', 'to read', 'clips'], r.int(1, 3))
    .join(', ');
  const v = r.int(0, 3);
  if (v === 0) {
    addTop(
      page,
      5,
      block('notes-app-clip', [
        `Clipped from: ${url}`,
        `Created: ${fmtDate(when, 'mdy')} ${t12(t, 1)}`,
        r.chance(0.6) ? `Tags: ${tags}` : null,
      ]),
    );
  } else if (v === 1) {
    addEnd(
      page,
      38,
      block('notes-app-clip', [
        `Pasted from <${url}>`,
        r.chance(0.5)
          ? `Inserted from: <file://C:\\Users\\staff\\Downloads\\${ctx.slug}.pdf>`
          : null,
      ]),
    );
  } else if (v === 2) {
    addTop(
      page,
      25,
      block('notes-app-clip', [
        `URL: ${url}`,
        `Created: ${fmtDate(when, 'full')} ${t12(t, 2)}`,
        `Tags: ${tags}`,
        r.chance(0.5) ? 'Status: Not started' : null,
      ]),
    );
  } else {
    addTop(
      page,
      5,
      block('notes-app-clip', [
        `Source: ${ctx.outlet()} — ${url}`,
        `Saved to Notebook "${r.pick(['Campaign 2016', 'Research', 'Inbox'])}" on ${fmtDate(when, 'short')}`,
      ]),
    );
    addEnd(
      page,
      38,
      block('notes-app-clip', [
        `Clipped with ${r.pick(['Evernote Web Clipper', 'Joplin Web Clipper', 'OneNote Web Clipper'])}`,
      ]),
    );
  }
});

// A link shared in a team chat: the sender and time, a remark, the URL and its unfurled card
// (site, title, a truncated description), reactions, then the pasted article.
shape('chat-paste-unfurl', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const who = ctx.fake();
  const who2 = ctx.fake();
  const t = { h: r.int(7, 21), mi: r.int(0, 59) };
  const url = urlOf(ctx);
  // the card's meta description (a cut lede would fold into the lede itself)
  const desc = r.pick([
    `The latest from ${ctx.outlet()} on the 2016 presidential race.`,
    `Breaking news and analysis on politics, the campaign trail and Washington, from ${ctx.outlet()}.`,
    `${ctx.outlet()} covers the candidates, the polls and the issues in the race for the White House.`,
  ]);
  const v = r.int(0, 2);
  let top;
  let end = null;
  if (v === 0)
    top = [
      `${who}  ${t12(t, 2)
        .toUpperCase()
        .replace(/(AM|PM)$/, ' $1')}`,
      r.pick(CHAT_REMARKS),
      url,
      ctx.outlet(),
      ctx.titleBase,
      desc,
      `👀 ${r.int(1, 4)}  🔥 ${r.int(1, 3)}`,
      `${r.int(2, 9)} replies  Last reply today at ${t12({ h: Math.min(23, t.h + 1), mi: r.int(0, 59) }, 2)}`,
    ];
  else if (v === 1) {
    // WhatsApp export lines, seconds running on from the first message
    const { y, m, d } = D(ctx.dt);
    const t0 = localAt(ctx, t.h, t.mi);
    let sec = r.int(0, 40);
    const at = (addS) => {
      sec += addS;
      const x = new Date(t0.getTime() + sec * 1000);
      return `[${pad(d)}/${pad(m + 1)}/${y}, ${pad(x.getUTCHours())}:${pad(x.getUTCMinutes())}:${pad(x.getUTCSeconds())}]`;
    };
    top = [
      `${at(0)} ${who}: \u200eForwarded`,
      `${at(r.int(0, 3))} ${who}: ${url}`,
      `${at(r.int(20, 90))} ${who}: ${r.pick(CHAT_REMARKS)}`,
    ];
    end = [`${at(r.int(300, 3000))} ${who2}: 👍`];
  } else
    top = [
      `${who} shared a link`,
      `${ctx.titleBase} | ${ctx.outlet()}`,
      ctx.pub.domain,
      desc,
      `Like · Reply · ${r.int(2, 50)}m`,
    ];
  addTop(page, 4, block('chat-paste-unfurl', top));
  if (end) addEnd(page, 39, block('chat-paste-unfurl', end));
});

// A forwarded article ends with the forwarder's signature, device line and legal notice.
shape('email-signature-disclaimer', {}, (ctx, page) => {
  const r = ctx.rng;
  const who = ctx.fake();
  const org = r.pick([
    'Hollister Strategies LLC',
    'Office of Communications',
    'Brightline Public Affairs',
    'Midwest Voter Project',
  ]);
  if (r.chance(0.5))
    addTop(
      page,
      3,
      block('email-signature-disclaimer', [
        r.pick([
          'FYI, see below.',
          'Thought you would want to see this one.',
          'Sharing in case you missed it.',
        ]),
      ]),
    );
  const lines = [
    r.pick([
      'Sent from my iPhone',
      'Get Outlook for iOS',
      'Sent from my Verizon, Samsung Galaxy smartphone',
      null,
    ]),
    who,
    r.pick(['Senior Director', 'Press Secretary', 'Research Associate', 'Deputy Chief of Staff']) +
      ` | ${org}`,
    `Direct: (202) 555-0${r.int(100, 199)} | Mobile: (703) 555-0${r.int(100, 199)}`,
    r.chance(0.7)
      ? 'CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.'
      : null,
    r.chance(0.4) ? 'Please consider the environment before printing this e-mail.' : null,
  ];
  addEnd(page, 36, block('email-signature-disclaimer', lines));
});

// A newspaper-archive clipping: the clipping's source line (paper, date, page), who clipped it
// and when, and the archive's footer.
shape('newspapers-clipping', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const { y, m, d, w } = D(ctx.dt);
  const clipped = addDays(ctx.dt, r.int(300, 2500));
  const c = D(clipped);
  const paper = ctx.pub.names[0];
  const pg = `${r.pick(['A', 'B', ''])}${r.int(1, 22)}`;
  const user = r.pick(USER_NAMES);
  const top = r.pick([
    () => [
      `Clipped from ${paper}, ${WEEKDAYS_3[w]}, ${MONTHS_3[m]} ${d}, ${y}, Page ${pg}`,
      `Clipped by ${user} • ${MONTHS_3[c.m]} ${c.d}, ${c.y}`,
    ],
    () => [
      `${paper} from ${placeOf(ctx)} • Page ${pg}`,
      `Publication: ${paper} · Date: ${WEEKDAYS[w]}, ${MONTHS[m]} ${d}, ${y} · Page: ${pg}`,
      `Clipping added by ${user} on ${fmtDate(clipped, 'short')}`,
    ],
    () => [
      `${user} clipped this from ${paper} · ${MONTHS_3[m]} ${d}, ${y} · ${r.int(2, 40)} views`,
    ],
  ])();
  addTop(page, 6, block('newspapers-clipping', top));
  addEnd(
    page,
    35,
    block('newspapers-clipping', [
      r.chance(0.5)
        ? 'OCR text may contain errors. View the original clipping for the exact text.'
        : null,
      `Copyright © ${c.y} Newspapers.com. All Rights Reserved.`,
      r.chance(0.5) ? 'Newspapers™ by Ancestry' : null,
    ]),
  );
});

// ------------------------------------------------------------------ scan and print residue

// OCR of a scanned page: specks and rule fragments read as short lines of symbols between
// paragraphs.
const SPECKS = ['■', '▪ ■', '| |', '~ ~', '^ ,', '¦', '|| ,', '■ ~', '° ·', '~', '¬ |', '» ■'];
shape('ocr-speck-lines', { applies: (ctx) => ctx.paras.length >= 3 }, (ctx, page) => {
  const r = ctx.rng;
  const n = ctx.paras.length;
  for (const i of r.sample([...Array(n - 1).keys()], r.int(2, Math.min(4, n - 1)))) {
    const lines = [r.pick(SPECKS)];
    if (r.chance(0.3)) lines.push(r.pick(SPECKS));
    addInsert(ctx, page, block('ocr-speck-lines', lines), i);
  }
});

// U+0020 positions in paragraph i outside every quote span, followed by a lowercase word
function splitPoints(ctx, i) {
  const p = ctx.paras[i];
  const spans = quoteSpansIn(ctx, i);
  const out = [];
  const lo = Math.floor(p.length * 0.25);
  const hi = Math.floor(p.length * 0.75);
  for (let k = lo; k < hi; k++)
    if (p[k] === ' ' && /[a-z]/.test(p[k + 1]) && !spans.some(([a, b]) => k >= a - 1 && k <= b))
      out.push(k);
  return out;
}
// A scanned column ends mid-sentence: the paragraph goes on after a blank line (gold: one
// paragraph).
shape(
  'column-break-split',
  {
    group: 'markup',
    applies: (ctx) => ctx.paras.some((p, i) => p.length >= 150 && splitPoints(ctx, i).length > 0),
  },
  (ctx, page) => {
    const r = ctx.rng;
    const cands = ctx.paras
      .map((p, i) => i)
      .filter((i) => ctx.paras[i].length >= 150 && splitPoints(ctx, i).length > 0);
    for (const i of r.sample(cands, r.int(1, 3))) {
      const pos = r.pick(splitPoints(ctx, i));
      addEdit(page, i, 'repl', pos, '\n');
      addEdit(page, i, 'ins', pos, r.pick(['\n', '\n', '\n\n']));
    }
  },
);

// A browser's print-to-PDF copy: the running header (print date, tab title) and footer (URL,
// page count) at every page break. The print date is not the publication date.
shape(
  'browser-print-margins',
  { group: 'container', applies: (ctx) => ctx.paras.length >= 4 },
  (ctx, page) => {
    const r = ctx.rng;
    const o = ctx.outlet();
    const url = urlOf(ctx);
    const printed = addDays(ctx.dt, r.pick([0, 1, r.int(2, 40), r.int(200, 1800)]));
    const t = { h: r.int(7, 23), mi: r.int(0, 59) };
    const tab = `${ctx.titleBase} - ${o}`;
    const breaks = gaps(ctx.paras.length, r.int(1, 3));
    const N = breaks.length + 1;
    const chrome = r.chance(0.5);
    const head = () =>
      chrome
        ? `${fmtDate(printed, 'mdyshort')}, ${t12(t, 1).replace(/^0/, '')} ${tab}`
        : `${tab} ${url}`;
    const foot = (k) =>
      chrome
        ? `${url} ${k}/${N}`
        : `Page ${k} of ${N} ${fmtDate(printed, 'mdy').replace(/^0/, '')}`;
    addTop(page, 2, block('browser-print-margins', [head()]));
    breaks.forEach((i, j) =>
      addInsert(ctx, page, block('browser-print-margins', [foot(j + 1), head()]), i),
    );
    addEnd(page, 37, block('browser-print-margins', [foot(N)]));
  },
);

// ------------------------------------------------------------------ date traps

// An archive banner saying how old the article is.
shape('age-warning-banner', {}, (ctx, page) => {
  const r = ctx.rng;
  const k = r.int(2, 9);
  const { y } = D(ctx.dt);
  const line = r.pick([
    `This article is more than ${k} years old`,
    `This article was published more than ${k} years ago. Some information may no longer be current.`,
    `⚠ Archived story — published in ${y}. Facts and figures have not been updated.`,
    `You are reading an archived article from ${MONTHS[D(ctx.dt).m]} ${y}.`,
    `OLD NEWS? This story is ${k} years old.`,
  ]);
  addTop(page, r.chance(0.6) ? 15 : 24, block('age-warning-banner', [line]));
});

// Publication stamps in two time zones, or as ISO instants; a late-evening Eastern time is the
// next day in UTC/BST. The gold date is the local one.
shape('dual-timezone-stamp', { group: 'date' }, (ctx, page) => {
  const r = ctx.rng;
  const lateH = r.chance(0.6) ? r.int(20, 23) : ctx.time.h;
  const loc = localAt(ctx, lateH, ctx.time.mi);
  const utc = new Date(loc.getTime() + 4 * 3600000);
  const bst = new Date(loc.getTime() + 5 * 3600000);
  const mod = new Date(loc.getTime() + r.int(30, 900) * 60000);
  const L = D(loc);
  const U = D(utc);
  const B = D(bst);
  const lt = hm(loc);
  const ut = hm(utc);
  const bt = hm(bst);
  const lines = r.pick([
    () => [
      `Published ${MONTHS_AP[L.m]} ${L.d}, ${L.y} ${t12(lt, 0)} ET | ${pad(ut.h)}:${pad(ut.mi)} GMT ${U.d} ${MONTHS_3[U.m]} ${U.y}`,
    ],
    () => [
      `${WEEKDAYS_3[L.w]} ${L.d} ${MONTHS_3[L.m]} ${L.y} ${pad(lt.h)}.${pad(lt.mi)} EDT`,
      `First published on ${WEEKDAYS_3[B.w]} ${B.d} ${MONTHS_3[B.m]} ${B.y} ${pad(bt.h)}.${pad(bt.mi)} BST`,
    ],
    () => [
      `datePublished: ${isoLocal(loc, '-04:00')} · dateModified: ${isoLocal(new Date(mod.getTime() + 4 * 3600000), 'Z')}`,
    ],
    () => [`${isoLocal(utc, 'Z')} (${t12(lt, 2)} EDT, ${MONTHS_3[L.m]} ${L.d})`],
    () => [
      `🕘 ${pad(lt.h)}:${pad(lt.mi)} ET / ${pad(ut.h)}:${pad(ut.mi)} UTC · ${fmtDate(loc, 'dots')}`,
    ],
  ])();
  addTop(page, r.chance(0.7) ? 34 : 12, block('dual-timezone-stamp', lines));
});

// A schedule sidebar full of other dates of the 2016 calendar.
const SCHEDULE = [
  ['2016-09-26', 'First presidential debate, Hofstra University, Hempstead, N.Y.'],
  ['2016-10-04', 'Vice presidential debate, Longwood University, Farmville, Va.'],
  ['2016-10-09', 'Second presidential debate (town hall), Washington University, St. Louis'],
  ['2016-10-19', 'Third presidential debate, University of Nevada, Las Vegas'],
  ['2016-11-08', 'Election Day'],
  ['2016-12-19', 'Electors meet in their states to cast ballots'],
  ['2017-01-06', 'Congress counts the electoral votes'],
  ['2017-01-20', 'Inauguration Day'],
];
shape('schedule-sidebar', {}, (ctx, page) => {
  const r = ctx.rng;
  const head = r.pick([
    'DEBATE SCHEDULE',
    'Key dates ahead',
    'The road to Nov. 8',
    'CALENDAR: What’s next',
  ]);
  const style = r.int(0, 2);
  const lines = [head];
  for (const [iso, what] of SCHEDULE.slice(r.int(0, 2), r.int(5, 8))) {
    const dt = new Date(`${iso}T00:00:00Z`);
    const { y, m, d, w } = D(dt);
    const yy = y === 2016 ? '' : `, ${y}`;
    if (style === 0) lines.push(`${MONTHS_AP[m]} ${d}${yy} — ${what}`);
    else if (style === 1) lines.push(`${WEEKDAYS_3[w]}., ${MONTHS_AP[m]} ${d}${yy}: ${what}`);
    else lines.push(`• ${pad(m + 1)}/${pad(d)}/${y}  ${what}`);
  }
  if (r.chance(0.5))
    lines.push('All debates begin at 9 p.m. Eastern and run 90 minutes without commercial breaks.');
  const b = block('schedule-sidebar', lines);
  if (r.chance(0.6)) addInsert(ctx, page, b);
  else addEnd(page, 10, b);
});

// Structured data left in the text: a JSON-LD NewsArticle object, on one line or pretty-printed.
shape('jsonld-blob', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.pub.names[0];
  const pub = localAt(ctx, ctx.time.h, ctx.time.mi);
  const mod = new Date(pub.getTime() + r.int(20, 2000) * 60000);
  const authors = hasPersons(ctx)
    ? ctx.persons.map((p) => ({ '@type': 'Person', name: p }))
    : [{ '@type': 'Organization', name: o }];
  if (hasPersons(ctx)) page.setsAuthors = true;
  const obj = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: ctx.titleBase,
    datePublished: isoLocal(pub, '-04:00'),
    dateModified: isoLocal(mod, '-04:00'),
    author: authors.length === 1 ? authors[0] : authors,
    publisher: { '@type': 'Organization', name: o },
    mainEntityOfPage: urlOf(ctx),
  };
  let lines;
  if (r.chance(0.55)) lines = [JSON.stringify(obj)];
  else {
    // pretty-printed inside its script tag; braces ride on the first and last member lines
    lines = ['<script type="application/ld+json">'];
    const keys = Object.keys(obj);
    keys.forEach((k, j) => {
      const v = obj[k];
      const open = j === 0 ? '{ ' : '  ';
      const close = j < keys.length - 1 ? ',' : ' }';
      lines.push(`${open}${jsonStr(k)}: ${JSON.stringify(v)}${close}`);
    });
    lines.push('</script>');
  }
  if (r.chance(0.5)) addTop(page, 1, block('jsonld-blob', lines));
  else addEnd(page, 41, block('jsonld-blob', lines));
});

// ------------------------------------------------------------------ titles

// The browser tab's title (site suffix, unread count) copied above the page's own headline.
shape('tab-title-doubled', { group: 'title' }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const T = ctx.titleBase;
  const line = r.pick([
    `(${r.int(1, 12)}) ${T} | ${o}`,
    `${T} - ${o}`,
    `${o}: ${T}`,
    `${T} — ${r.pick(ctx.pub.sections)} — ${o}`,
    `${T} - ${o} - Mozilla Firefox`,
    `${T} | ${o} – Google Chrome`,
  ]);
  addTop(page, 8, block('tab-title-doubled', [line]));
});

// A kicker label glued in front of the headline on the same line (the gold title is without it).
shape('title-kicker-inline', { group: 'title' }, (ctx, page) => {
  const r = ctx.rng;
  const K = r.pick([
    'EXCLUSIVE',
    'ANALYSIS',
    'WATCH',
    'FACT CHECK',
    'BREAKING',
    'LIVE',
    'OPINION',
    '2016 ELECTION',
  ]);
  const fmt = r.pick([`${K} | `, `${K}: `, `[${K}] `, `${K} — `, `▶ ${K} · `]);
  page.titleLines = page.titleLines.slice();
  page.titleLines[0] = fmt + page.titleLines[0];
});

// ------------------------------------------------------------------ bylines

// Library and database order: surname first.
shape('byline-surname-first', { group: 'byline', applies: hasPersons }, (ctx, page) => {
  const r = ctx.rng;
  page.setsAuthors = true;
  const inv = ctx.persons.map(surnameFirst);
  const lines = r.pick([
    () => [`Author: ${inv.join('; ')}`],
    () => [`Authors: ${inv.join('; ')}`],
    () => [`By: ${inv.map((x) => x.toUpperCase()).join(' and ')}`],
    () => ['Author(s)', ...inv],
    () => [`${inv.join(' & ')} (${ctx.outlet()})`],
  ])();
  addTop(page, 30, block('byline-surname-first', lines));
});

// Reporters and where each filed from.
shape('byline-located', { group: 'byline', applies: hasPersons }, (ctx, page) => {
  const r = ctx.rng;
  page.setsAuthors = true;
  const ps = ctx.persons;
  const cities = ps.map(() => r.pick(CITIES)[2]);
  const located = ps.map((p, k) => `${p} in ${cities[k]}`);
  const lines = r.pick([
    () => [namesJoin(ctx, located, 'and')],
    () => [`By ${namesJoin(ctx, located, 'and')}`],
    () => located.map((x) => `By ${x}`),
    () => [`${names(ctx)} reporting from ${cities[0]}`],
    () => ps.map((p, k) => `${p}, ${cities[k]}`),
  ])();
  addTop(page, 30, block('byline-located', lines));
});

// Theme bylines with icon glyphs for author, date, reading time and comments.
shape('byline-icon-glyphs', { group: 'byline', applies: hasPersons }, (ctx, page) => {
  const r = ctx.rng;
  page.setsAuthors = true;
  const N = names(ctx, r.pick(['and', 'amp', 'comma']));
  const mins = Math.max(1, Math.round(wordCount(ctx) / 230));
  const lines = r.pick([
    () => [`✍️ ${N}`, `📅 ${fmtDate(ctx.dt, 'dots')}`, `⏱ ${mins} min read`],
    () => [`👤 ${N}  🕒 ${fmtDate(ctx.dt, 'full')}  💬 ${r.int(0, 300)}`],
    () => [`✎ ${N} — ${fmtDate(ctx.dt, 'ap')}`],
    () => [
      `🖊️ ${N} | 🏷️ ${r.pick(ctx.pub.sections)} | 👁 ${r.int(200, 90000).toLocaleString('en-US')}`,
    ],
  ])();
  addTop(page, 31, block('byline-icon-glyphs', lines));
});

// A blogging platform's reader chrome: author and follow button, publication, reading time,
// claps and responses; "Top highlight" above one paragraph; the author card at the end.
shape('medium-chrome', { group: 'byline' }, (ctx, page) => {
  const r = ctx.rng;
  const pubName = r.pick(['The Political Desk', 'Campaign Notes', 'Ballot Box', ctx.outlet()]);
  const mins = Math.max(1, Math.round(wordCount(ctx) / 265));
  const date = `${MONTHS_3[D(ctx.dt).m]} ${D(ctx.dt).d}, ${D(ctx.dt).y}`;
  const who = hasPersons(ctx) ? names(ctx) : null;
  if (who) page.setsAuthors = true;
  const claps = r.chance(0.5) ? `${r.int(1, 9)}.${r.int(1, 9)}K` : String(r.int(20, 900));
  addTop(
    page,
    30,
    block('medium-chrome', [
      who ? `${who} · Follow` : null,
      `Published in ${pubName} · ${mins} min read · ${date}`,
      `👏 ${claps}   💬 ${r.int(1, 80)}`,
    ]),
  );
  const n = ctx.paras.length;
  const i = r.int(1, Math.max(1, n - 1));
  addInsert(ctx, page, block('medium-chrome', ['Top highlight']), i - 1);
  addEnd(
    page,
    20,
    block('medium-chrome', [
      `👏 ${claps}`,
      who ? `Written by ${who}` : `Published in ${pubName}`,
      `${r.int(1, 90)}${r.pick(['', 'K'])} Followers · Writer for ${pubName}`,
      `More from ${who || pubName}`,
      'Recommended from Medium',
    ]),
  );
});

// ------------------------------------------------------------------ page modules

// A pull quote repeats a sentence the story quotes, set large between paragraphs with its
// speaker.
const pullable = (ctx) =>
  ctx.rec.quotes.filter(
    (q) =>
      q.speaker_is_name &&
      q.speaker &&
      q.text.length >= 40 &&
      q.text.length <= 220 &&
      !/\n/.test(q.text),
  );
shape('pull-quote-repeat', { applies: (ctx) => pullable(ctx).length > 0 }, (ctx, page) => {
  const r = ctx.rng;
  const q = r.pick(pullable(ctx));
  const t = q.text.trim();
  const s = q.speaker.trim();
  // one line with the speaker: a bare quote line would repeat its paragraph's words
  const line = r.pick([
    `“${t}” — ${s}`,
    `"${t}" —${s.toUpperCase()}`,
    `❝${t}❞ ${s}`,
    `“${t}”\u2003${s}`,
  ]);
  const lines = [line];
  addInsert(ctx, page, block('pull-quote-repeat', lines));
});

// Infinite scroll: the next story's label, headline, byline, date and lede glued after the end.
shape('infinite-scroll-next', {}, (ctx, page) => {
  const r = ctx.rng;
  const nd = addDays(ctx.dt, r.int(0, 3));
  const lines = [
    r.pick([
      'NEXT STORY',
      'Up next',
      'Read next',
      'Continue reading the next article',
      'Keep scrolling',
    ]),
    r.pick(RELATED),
    r.chance(0.7) ? `By ${ctx.fake()}` : null,
    r.chance(0.7) ? fmtDate(nd, r.pick(['ap', 'full', 'dowfull'])) : null,
    r.pick(LEDES),
    r.chance(0.5) ? r.pick(['Continue reading', 'Read the full story', 'Loading…']) : null,
  ];
  addEnd(page, 14, block('infinite-scroll-next', lines));
});

// A regional access block (451) seen by readers in the EU, above the cached article.
shape('geo-block-notice', {}, (ctx, page) => {
  const r = ctx.rng;
  const lines = r.pick([
    () => [
      '451: Unavailable due to legal reasons',
      'We recognize you are attempting to access this website from a country belonging to the European Economic Area (EEA) including the EU which enforces the General Data Protection Regulation (GDPR) and therefore access cannot be granted at this time.',
      `For any issues, contact support@${ctx.pub.domain}.`,
    ],
    () => ['This content is not available in your region.', 'Video unavailable in your country'],
    () => [
      'Unfortunately, our website is currently unavailable in most European countries. We are engaged on the issue and committed to looking at options that support our full range of digital offerings to the EU market.',
    ],
  ])();
  addTop(page, 1, block('geo-block-notice', lines));
});

// A cookie consent banner in the reader's language (German, French, Dutch, Spanish, Italian).
const CONSENT = [
  [
    'Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und die Nutzung unserer Website zu analysieren.',
    'Alle akzeptieren',
    'Einstellungen verwalten',
    'Datenschutzerklärung',
  ],
  [
    'Nous utilisons des cookies pour améliorer votre expérience sur notre site et mesurer l’audience.',
    'Tout accepter',
    'Continuer sans accepter →',
    'Paramétrer les cookies',
  ],
  [
    'Wij gebruiken cookies om onze website te verbeteren en advertenties af te stemmen op jouw interesses.',
    'Akkoord',
    'Instellingen aanpassen',
  ],
  [
    'Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.',
    'Aceptar todas',
    'Rechazar',
    'Configurar',
  ],
  [
    'Questo sito utilizza cookie tecnici e di profilazione, anche di terze parti.',
    'Accetta tutti',
    'Rifiuta',
    'Personalizza',
  ],
];
shape('consent-foreign-lang', {}, (ctx, page) => {
  const r = ctx.rng;
  const c = r.pick(CONSENT);
  const lines = r.chance(0.5) ? c : [c.join(' ')];
  const b = block('consent-foreign-lang', lines);
  if (r.chance(0.6)) addTop(page, 2, b);
  else addEnd(page, 33, b);
});

// A table of contents of section headings (the plain-text article has none).
shape('toc-jump-links', {}, (ctx, page) => {
  const r = ctx.rng;
  const heads = r.sample(SECTION_HEADS, r.int(3, 5));
  const lines = r.pick([
    () => ['Contents', ...heads],
    () => ['Table of Contents', ...heads.map((h, k) => `${k + 1}. ${h}`)],
    () => [`Jump to: ${heads.join(' · ')}`],
    () => ['In this article', ...heads.map((h) => `› ${h}`), 'Show more ▾'],
  ])();
  addTop(page, 38, block('toc-jump-links', lines));
});

// A live page's key-events module above the story: control labels and timed entries.
shape('key-events-list', {}, (ctx, page) => {
  const r = ctx.rng;
  const ev = r.sample(KEY_EVENTS, r.int(3, 5));
  const rel = r.chance(0.5);
  let h = r.int(1, 3);
  const lines = [r.pick(['Key events', 'KEY EVENTS', 'Key moments'])];
  if (r.chance(0.6)) lines.push('Show key events only');
  if (r.chance(0.4)) lines.push('Please turn on JavaScript to use this feature');
  // newest first
  let clock = r.int(17, 22) * 60 + r.int(0, 59);
  for (const e of ev) {
    if (rel) {
      lines.push(`${h}h ago`, e);
      h += r.int(1, 3);
    } else {
      lines.push(`${pad(Math.floor(clock / 60))}.${pad(clock % 60)} EDT ${e}`);
      clock -= r.int(12, 140);
    }
  }
  if (r.chance(0.5))
    lines.push(r.pick(['View all updates', 'Live feed', 'Filter by: All updates']));
  addTop(page, 37, block('key-events-list', lines));
});

// An interactive map's residue: attribution, controls and gesture hints.
shape('map-embed-residue', {}, (ctx, page) => {
  const r = ctx.rng;
  const { y } = D(ctx.dt);
  const lines = r.pick([
    () => [
      'Use ctrl + scroll to zoom the map',
      'Keyboard shortcuts',
      `Map data ©${y} Google`,
      'Terms of Use',
      'Report a map error',
    ],
    () => ['+', '−', 'Leaflet | © OpenStreetMap contributors'],
    () => ['© Mapbox © OpenStreetMap Improve this map', `Map: ${ctx.outlet()} graphics`],
    () => [
      'Click on a county to see details',
      'Zoom in ⊕ Zoom out ⊖ Reset',
      `Map data ©${y} Google, INEGI`,
    ],
  ])();
  addInsert(ctx, page, block('map-embed-residue', lines));
});

// A gift-link and save toolbar.
shape('gift-article-chrome', {}, (ctx, page) => {
  const r = ctx.rng;
  const k = r.pick([5, 10, 10]);
  const lines = r.pick([
    () => [
      'Gift this article',
      `You have ${k} gift articles to give each month. Anyone can read what you share.`,
      'Copy link',
    ],
    () => ['Share full article', `${r.int(20, 900)}`, 'Save for later'],
    () => ['🎁 Gift Article', '🔖 Save', '💬 Comments'],
    () => [`Give this article · ${r.int(2, 10)} gifts left this month`],
  ])();
  const b = block('gift-article-chrome', lines);
  if (r.chance(0.6)) addTop(page, 32, b);
  else addEnd(page, 4, b);
});

// A polling-average widget: candidates, percentages, spread, source and update time.
shape('polling-average-table', {}, (ctx, page) => {
  const r = ctx.rng;
  const c = 40 + r.int(0, 80) / 10;
  const t = 38 + r.int(0, 80) / 10;
  const j = 5 + r.int(0, 40) / 10;
  const s = 1 + r.int(0, 20) / 10;
  const lead = c >= t ? `Clinton +${(c - t).toFixed(1)}` : `Trump +${(t - c).toFixed(1)}`;
  const upd = addDays(ctx.dt, -r.int(0, 2));
  const lines = r.pick([
    () => [
      'POLLING AVERAGE',
      `Clinton ${c.toFixed(1)}%`,
      `Trump ${t.toFixed(1)}%`,
      `Johnson ${j.toFixed(1)}%`,
      `Stein ${s.toFixed(1)}%`,
      `Spread: ${lead}`,
      `Updated ${fmtDate(upd, 'ap')}`,
    ],
    () => [
      'Candidate | Avg. | Trend',
      `Hillary Clinton (D) | ${c.toFixed(1)} | ${r.pick(['▲', '▼', '—'])}`,
      `Donald J. Trump (R) | ${t.toFixed(1)} | ${r.pick(['▲', '▼', '—'])}`,
      `Source: ${r.pick(['RealClearPolitics', 'HuffPost Pollster', 'FiveThirtyEight'])} average as of ${fmtDate(upd, 'short')}`,
    ],
    () => [
      `National polls: ${lead} (${r.int(3, 9)}-poll average, ${MONTHS_3[D(upd).m]} ${D(upd).d})`,
    ],
  ])();
  const b = block('polling-average-table', lines);
  if (r.chance(0.6)) addInsert(ctx, page, b);
  else addEnd(page, 11, b);
});

// Search-engine FAQ block: questions and one-sentence answers, after the story.
const FAQ = [
  [
    'When is the next presidential debate?',
    'The second presidential debate is scheduled for Oct. 9, 2016, at Washington University in St. Louis.',
  ],
  ['When is Election Day 2016?', 'Election Day is Tuesday, Nov. 8, 2016.'],
  [
    'How can I check my voter registration?',
    'Most states let voters confirm their registration online through the secretary of state’s website.',
  ],
  [
    'Who are the third-party candidates?',
    'Libertarian Gary Johnson and Green Party nominee Jill Stein are on the ballot in most states.',
  ],
  [
    'How many electoral votes does a candidate need to win?',
    'A candidate needs 270 of the 538 electoral votes to win the presidency.',
  ],
  [
    'Can I vote early?',
    'More than 30 states allow some form of early in-person voting before Election Day.',
  ],
];
shape('seo-faq-block', {}, (ctx, page) => {
  const r = ctx.rng;
  const qs = r.sample(FAQ, r.int(2, 4));
  const head = r.pick([
    'Frequently asked questions',
    'FAQ',
    'People also ask',
    'Questions readers are asking',
  ]);
  const lines = [head];
  for (const [q, a] of qs) lines.push(r.chance(0.3) ? `Q: ${q}` : q, r.chance(0.3) ? `A: ${a}` : a);
  addEnd(page, 8, block('seo-faq-block', lines));
});

// An affiliate product card with price, retailer and the commission disclosure.
const BOOKS = [
  ['Hillbilly Elegy: A Memoir of a Family and Culture in Crisis', 'J.D. Vance', '16.99'],
  [
    'Stronger Together: A Blueprint for America’s Future',
    'Hillary Rodham Clinton and Tim Kaine',
    '11.99',
  ],
  ['Great Again: How to Fix Our Crippled America', 'Donald J. Trump', '15.00'],
  ['Strangers in Their Own Land', 'Arlie Russell Hochschild', '18.95'],
  ['Listen, Liberal', 'Thomas Frank', '17.50'],
];
shape('affiliate-product-card', {}, (ctx, page) => {
  const r = ctx.rng;
  const [title, author, price] = r.pick(BOOKS);
  const shop = r.pick(['Amazon', 'Barnes & Noble', 'Bookshop.org', 'Target']);
  const lines = [
    r.pick(['BUY THE BOOK', 'Our pick', 'Shop this story', 'Related reading']),
    title,
    r.chance(0.5) ? `by ${author}` : author,
    `$${price} at ${shop}`,
    r.pick(['Buy now', 'Check price', 'See at retailer ›']),
    r.chance(0.7)
      ? r.pick([
          'When you buy through links on our site, we may earn an affiliate commission.',
          `${ctx.outlet()} may receive a small commission from purchases made through these links.`,
        ])
      : null,
  ];
  const b = block('affiliate-product-card', lines);
  if (r.chance(0.7)) addInsert(ctx, page, b);
  else addEnd(page, 13, b);
});

// ------------------------------------------------------------------ CLI
runEditRound(
  {
    script: 'make-blind-noise-10.mjs',
    shapes: SHAPES,
    salt: 'assign10',
    kDist: [1, 2, 2, 2, 3, 3, 3, 3, 4, 4],
  },
  process.argv.slice(2),
);
