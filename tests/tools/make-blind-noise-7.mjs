#!/usr/bin/env node
// make-blind-noise-7.mjs: adds scraped-page noise (round 7 shapes) to clean PolNeAR dev articles.
// Usage: node make-blind-noise-7.mjs --src DIR --out DIR --seed N
//        node make-blind-noise-7.mjs --list-shapes
// Node 22 built-ins only (lib/dates.mjs reads a .ts module). Deterministic for a given seed.
import { wordCount } from './lib/article-context.mjs';
import { assignShapes } from './lib/assign.mjs';
import { runRound, shapeExamples } from './lib/cli.mjs';
import { makeGenerate } from './lib/generate.mjs';
import { u16ToCpMap } from './lib/offsets.mjs';
import { CITIES, FIGURES, NAME_STOP } from './lib/pools.mjs';
import {
  addEnd,
  addInsert,
  addTop,
  block,
  later,
  laterTime,
  namesJoin,
  okPick,
  pageUnits,
} from './lib/page.mjs';
import {
  D,
  MONTHS,
  MONTHS_3,
  MONTHS_DE,
  MONTHS_IT,
  WEEKDAYS,
  WEEKDAYS_3,
  addDays,
  fmtDate,
  pad,
  t12,
} from './lib/dates.mjs';
import { hashStr } from './lib/rng.mjs';

// ------------------------------------------------------------------ round-7 pools
const BREAKING = [
  'Senate passes stopgap spending bill hours before shutdown deadline',
  'Gunman opens fire at mall in Burlington, Wash.; police search for suspect',
  'Hurricane Matthew strengthens to Category 4 as it nears Jamaica',
  'Federal Reserve leaves interest rates unchanged',
  'Arnold Palmer, golf legend, dies at 87',
  'Wells Fargo chief to forgo pay during investigation',
  'Shimon Peres, former Israeli president, dies at 93',
  'Colombia voters narrowly reject peace deal with FARC rebels',
];
const TWEETS = [
  'Big crowds tonight. The people are fed up with the rigged system! #MAGA',
  'We are stronger together. Register to vote today: iwillvote.com',
  'Watching the debate with friends. Nobody is changing their mind tonight.',
  'Thank you Ohio! Get out and vote early. Polls are open!',
  'This is a must-read on what is really happening in this race.',
  'Remarkable scene at the rally just now. Thousands still outside in the rain.',
  'Sources say the announcement will come before the weekend. Stay tuned.',
  'The numbers do not lie. Read the full report here.',
];
const POLLS = [
  ['Who won the first presidential debate?', ['Clinton won', 'Trump won', 'It was a draw']],
  [
    'Should third-party candidates be allowed on the debate stage?',
    ['Yes, all of them', 'Only above 15 percent', 'No'],
  ],
  [
    'How likely are you to vote early this year?',
    ['Very likely', 'Somewhat likely', 'Not at all likely'],
  ],
  ['Which issue matters most to your vote?', ['The economy', 'National security', 'Health care']],
];
const CHARTS = [
  'National polling average, Clinton vs. Trump',
  'Early ballots returned by party registration',
  'Campaign cash on hand, in millions of dollars',
  'Television ad spending by state, last 30 days',
  'Share of voters who say the country is on the wrong track',
];
const CHART_SRC = [
  'RealClearPolitics',
  'Federal Election Commission',
  'Kantar Media/CMAG',
  'Pew Research Center',
  'NBC News/SurveyMonkey',
  'state election offices',
];
const ALT = [
  'speaks at a campaign rally',
  'waves to supporters after a speech',
  'listens to a question from the audience',
  'arrives for a fundraiser',
  'takes the stage at a town hall event',
  'greets voters at a diner',
];
const WEATHER = [
  'Partly Cloudy',
  'Sunny',
  'Mostly Cloudy',
  'Light Rain',
  'Clear',
  'Fog',
  'Showers',
];

// ------------------------------------------------------------------ round-7 helpers
function url(ctx, kind) {
  const { y, m, d } = D(ctx.dt);
  const dom = ctx.pub.domain;
  switch (kind ?? ctx.rng.int(0, 2)) {
    case 0:
      return `http://www.${dom}/story/${y}/${pad(m + 1)}/${ctx.slug}-${200000 + (hashStr(ctx.slug) % 29999)}`;
    case 1:
      return `https://www.${dom}/${y}/${pad(m + 1)}/${pad(d)}/${ctx.slug}.html`;
    default:
      return `https://www.${dom}/politics/${ctx.slug}/${y}/${pad(m + 1)}/${pad(d)}/`;
  }
}
function splitName(n) {
  const t = n.split(/\s+/);
  return { first: t.slice(0, -1).join(' '), last: t[t.length - 1] };
}
function isoStamp(ctx, t = ctx.time) {
  const { y, m, d } = D(ctx.dt);
  return `${y}-${pad(m + 1)}-${pad(d)}T${pad(t.h)}:${pad(t.mi)}:00-04:00`;
}
function keyword(ctx) {
  // slug word: a surname from the story that is in the headline, else a headline word
  for (const n of ctx.names) {
    const last = n.split(/\s+/).pop();
    if (last.length > 3 && ctx.titleBase.includes(last)) return last;
  }
  const w = ctx.titleBase
    .split(/[^A-Za-z’'-]+/)
    .filter((x) => x.length > 4 && /^[A-Z]/.test(x) && !NAME_STOP.has(x));
  return (w[0] || ctx.rng.pick(['CAMPAIGN', 'ELECTION', 'DEBATE'])).replace(/[’'].*$/, '');
}
const TITLE_WORDS =
  /^(Chairwoman|Chairman|Speaker|Judge|Justice|Attorney|General|Leader|Majority|Minority|Candidate|Nominee|Sens?|Reps?|Govs?)$/;
const LEAD_WORDS =
  /^(Meanwhile|However|Also|Now|Even|Like|Asked|Earlier|Later|Today|Yesterday|Instead|Indeed|Under|Over|Without|Through|Against|Unlike|Both|Neither|Either|Former|Only|Just|Said|Says|Dear|Thanks|Thank|Last|Next|Every|Each|Did|Does|Can|Will|Would|Could|Should)$/;
function cleanNames(ns) {
  return ns
    .map((n) => {
      const t = n.split(/\s+/);
      while (t.length > 2 && TITLE_WORDS.test(t[0].replace(/\.$/, ''))) t.shift();
      return TITLE_WORDS.test(t[0]) || LEAD_WORDS.test(t[0]) ? '' : t.join(' ');
    })
    .filter(Boolean)
    .filter((n, i, a) => a.indexOf(n) === i);
}

// ------------------------------------------------------------------ shapes
const SHAPES = [];
function shape(id, opts, apply) {
  SHAPES.push({ id, groups: [], applies: () => true, ...opts, apply });
}

// Internet Archive / archive.today banner text above the captured page
shape('web-archive-banner', { groups: ['container'] }, (ctx, page) => {
  const r = ctx.rng;
  const cap = addDays(ctx.dt, r.int(0, 4));
  const c = D(cap);
  const ct = { h: r.int(0, 23), mi: r.int(0, 59) };
  const sec = pad(r.int(0, 59));
  const ts = `${c.y}${pad(c.m + 1)}${pad(c.d)}${pad(ct.h)}${pad(ct.mi)}${sec}`;
  const u = url(ctx);
  let lines;
  if (r.chance(0.6)) {
    lines = [`The Wayback Machine - https://web.archive.org/web/${ts}/${u}`];
    if (r.chance(0.5)) {
      const m3 = (k) => MONTHS_3[(c.m + k + 12) % 12].toUpperCase();
      lines.push(`${m3(-1)} ${m3(0)} ${m3(1)}`);
      lines.push(`${r.int(3, 180)} captures`);
      lines.push(
        `${fmtDate(cap, 'dmyshort')} - ${fmtDate(addDays(cap, r.int(300, 1800)), 'dmyshort')}`,
      );
    }
  } else {
    lines = [
      `archive.today webpage capture`,
      `Saved from ${u}`,
      `${fmtDate(cap, 'dmyshort')} ${pad(ct.h)}:${pad(ct.mi)}:${sec} UTC`,
      `All snapshots from host www.${ctx.pub.domain}`,
      r.pick(['Webpage Screenshot', 'Webpage', 'share download .zip report bug or abuse']),
    ];
  }
  addTop(page, -30, block('web-archive-banner', lines));
});

// Google AMP viewer chrome around an AMP page
shape('amp-viewer-bar', {}, (ctx, page) => {
  const r = ctx.rng;
  const dom = ctx.pub.domain;
  addTop(
    page,
    -25,
    block(
      'amp-viewer-bar',
      r.pick([[`← ${dom}`], [dom, 'ⓘ'], [`Go to www.${dom}`], ['×', dom, 'AMP']]),
    ),
  );
  if (r.chance(0.7))
    addEnd(
      page,
      98,
      block(
        'amp-viewer-bar',
        r.pick([
          [`View non-AMP version at ${dom}`],
          ['Powered by AMP ⚡ HTML'],
          [`View full site`, `© ${D(ctx.dt).y} ${ctx.pub.legal}`],
          [`Read full article on ${dom}`],
        ]),
      ),
    );
});

// LexisNexis / Nexis Uni document export
shape('lexis-export', { groups: ['container', 'byline'] }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.pub.names[0];
  const { y } = D(ctx.dt);
  const wc = wordCount(ctx);
  const dd = `${fmtDate(ctx.dt, 'full')} ${WEEKDAYS[D(ctx.dt).w]}`;
  const sec = r.pick(ctx.pub.sections).toUpperCase();
  const pg = `Pg. A${r.int(1, 19)}`;
  const N = ctx.persons.length ? namesJoin(ctx, ctx.persons, 'and') : null;
  if (N) page.setsAuthors = true;
  if (r.chance(0.5)) {
    // classic Lexis: centred header, labelled fields, HEADLINE label on the title
    addTop(
      page,
      -50,
      block(
        'lexis-export',
        [
          `${r.int(1, 40)} of ${r.int(40, 400)} DOCUMENTS`,
          '',
          `                      Copyright ${y} ${ctx.pub.legal}`,
          '                              All Rights Reserved',
          '',
          `                              ${o}`,
          '',
          `                      ${dd}`,
          `                                ${r.pick(['Final Edition', 'Every Edition', 'Late Edition - Final', 'FIRST EDITION'])}`,
          '',
          `SECTION: ${sec}; ${pg}`,
          '',
          `LENGTH: ${wc} words`,
        ].filter((l, i) => i > 1 || r.chance(0.5)),
      ),
    );
    page.titleLines = [`HEADLINE: ${ctx.headLines[0]}`, ...ctx.headLines.slice(1)];
    const after = [];
    if (N) after.push(`BYLINE: ${r.chance(0.5) ? N.toUpperCase() : 'By ' + N}`);
    if (r.chance(0.4)) after.push(`DATELINE: ${ctx.city()[0]}`);
    after.push('BODY:');
    addTop(page, 39, block('lexis-export', after, '\n\n'));
    addEnd(
      page,
      110,
      block(
        'lexis-export',
        [
          `LOAD-DATE: ${fmtDate(addDays(ctx.dt, r.int(1, 2)), 'full')}`,
          'LANGUAGE: ENGLISH',
          `PUBLICATION-TYPE: ${r.pick(['Newspaper', 'Web Publication', 'Newswire'])}`,
        ],
        '\n\n',
      ),
    );
  } else {
    // Nexis Uni: title first, then source block, "Body", "End of Document"
    const hdr = [o, dd, ''];
    hdr.push(`Copyright ${y} ${ctx.pub.legal} All Rights Reserved`);
    hdr.push('');
    hdr.push(`Section: ${sec}; ${pg}`);
    hdr.push(`Length: ${wc.toLocaleString('en-US')} words`);
    if (N) hdr.push(`Byline: ${N}`);
    hdr.push('');
    hdr.push('Body');
    addTop(page, 39, block('lexis-export', hdr));
    addEnd(
      page,
      110,
      block(
        'lexis-export',
        [
          '',
          `Load-Date: ${fmtDate(addDays(ctx.dt, r.int(1, 2)), 'full')}`,
          '',
          '',
          'End of Document',
        ].filter((l) => l || r.chance(0.5)),
      ),
    );
  }
});

// Factiva article display / RTF export
shape('factiva-export', { groups: ['container', 'byline'] }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.pub.names[0];
  const { y, m, d } = D(ctx.dt);
  const code = (ctx.pubKey.replace(/[^a-z]/g, '').slice(0, 4) || 'NEWS').toUpperCase();
  const wc = wordCount(ctx).toLocaleString('en-US');
  const N = ctx.persons.length ? namesJoin(ctx, ctx.persons, 'and') : null;
  if (N) page.setsAuthors = true;
  const docId = `Document ${code}0000020${String(y).slice(2)}${pad(m + 1)}${pad(d)}ec${'9abcdef'[r.int(0, 6)]}${r.pick(['r', 's', 't'])}000${r.int(10, 99)}`;
  const labelled = r.chance(0.5);
  const L = (k, v) => (labelled ? `${k} ${v}` : v);
  const lines = [];
  if (N) lines.push(L('BY', r.chance(0.5) ? 'By ' + N : N));
  lines.push(L('WC', `${wc} words`));
  lines.push(L('PD', `${d} ${MONTHS[m]} ${y}`));
  if (labelled && r.chance(0.6)) lines.push(`ET ${t12(ctx.time, 3)}`);
  lines.push(L('SN', o));
  lines.push(L('SC', code));
  if (labelled && r.chance(0.5)) lines.push(`ED ${r.pick(['Final', 'Suburban', 'Regional'])}`);
  if (r.chance(0.6)) lines.push(L('PG', `A${r.int(1, 19)}`));
  lines.push(L('LA', 'English'));
  lines.push(L('CY', `Copyright ${y}, ${ctx.pub.legal}. All Rights Reserved.`));
  if (labelled) lines.push('', 'LP');
  addTop(page, 39, block('factiva-export', lines));
  if (labelled && ctx.paras.length > 2) addInsert(ctx, page, block('factiva-export', ['TD']), 1);
  const end = [];
  if (labelled) {
    end.push(
      `NS ${r.pick(['gpol : Domestic Politics', 'gvote : Elections', 'gcat : Political/General News'])}`,
    );
    end.push(`RE usa : United States`);
    end.push(`PUB ${ctx.pub.legal}`);
    end.push(`AN ${docId}`);
  } else end.push(docId);
  addEnd(page, 110, block('factiva-export', end, labelled ? '\n' : '\n\n'));
});

// YAML front matter from a static-site / CMS export
shape('yaml-front-matter', { groups: ['container', 'byline'] }, (ctx, page) => {
  const r = ctx.rng;
  const q = (s) => JSON.stringify(s);
  const lines = ['---', `title: ${q(ctx.titleBase)}`];
  const dateLine = r.pick([
    `date: ${isoStamp(ctx)}`,
    `date: ${fmtDate(ctx.dt, 'iso')} ${pad(ctx.time.h)}:${pad(ctx.time.mi)}:00`,
    `published_at: ${q(isoStamp(ctx))}`,
  ]);
  const auth = ctx.persons.length
    ? r.chance(0.5) && ctx.persons.length > 1
      ? `authors: [${ctx.persons.map(q).join(', ')}]`
      : `author: ${q(namesJoin(ctx, ctx.persons, 'and'))}`
    : null;
  if (auth) page.setsAuthors = true;
  const body = [dateLine, auth, `slug: ${ctx.slug}`];
  if (r.chance(0.6)) body.push(`categories: [${q(r.pick(ctx.pub.sections))}]`);
  if (r.chance(0.5)) body.push(`draft: false`);
  if (r.chance(0.4)) body.push(`canonical_url: ${url(ctx)}`);
  lines.push(...r.shuffle(body.filter(Boolean)), '---');
  addTop(page, -50, block('yaml-front-matter', lines));
});

// Markdown "save to notes / reader" export
shape('markdown-clip', { groups: ['container', 'title'] }, (ctx, page) => {
  const r = ctx.rng;
  page.titleLines = [`# ${ctx.headLines[0]}`, ...ctx.headLines.slice(1)];
  const u = url(ctx);
  const lines = [
    r.pick([`Source: <${u}>`, `[Original article](${u})`, `**Source:** ${u}`, `> ${u}`]),
  ];
  if (ctx.persons.length && r.chance(0.5)) {
    page.setsAuthors = true;
    lines.push(`*By ${namesJoin(ctx, ctx.persons, 'and')}*`);
  }
  lines.push(r.pick(['---', '* * *', '***']));
  addTop(page, 25, block('markdown-clip', lines, '\n\n'));
  addEnd(
    page,
    104,
    block(
      'markdown-clip',
      [
        r.pick(['---', '* * *']),
        r.pick([
          `*Clipped on ${fmtDate(addDays(ctx.dt, r.int(0, 30)), 'iso')}*`,
          `_Saved with Markdownload_`,
          `Tags: #clippings #politics`,
        ]),
      ],
      '\n\n',
    ),
  );
});

// Forwarded newsletter e-mail
shape('email-forward-headers', { groups: ['container'] }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.pub.names[0];
  const { y, m, d, w } = D(ctx.dt);
  const sender = `${o} <${r.pick(['newsletters', 'email', 'alerts', 'noreply'])}@${ctx.pub.domain}>`;
  const when = `${WEEKDAYS_3[w]}, ${MONTHS_3[m]} ${d}, ${y} at ${t12(ctx.time, 2).replace(/(am|pm)$/, (x) => ' ' + x.toUpperCase())}`;
  const to = `${ctx.fake().toLowerCase().replace(' ', '.')}@gmail.com`;
  addTop(
    page,
    -55,
    block('email-forward-headers', [
      '---------- Forwarded message ---------',
      `From: ${sender}`,
      `Date: ${when}`,
      `Subject: ${r.pick(['', 'Fwd: ', 'Breaking: '])}${ctx.titleBase}`,
      `To: <${to}>`,
    ]),
  );
  addTop(
    page,
    -54,
    block('email-forward-headers', [
      r.pick([
        'View this email in your browser',
        'View online',
        'Having trouble viewing this email? View it as a web page.',
      ]),
    ]),
  );
  addEnd(
    page,
    105,
    block(
      'email-forward-headers',
      [
        `You received this email because you signed up for ${o} ${r.pick(['Breaking News Alerts', 'Politics newsletter', 'Daily Briefing'])}.`,
        r.pick([
          'Unsubscribe | Manage preferences | Privacy Policy',
          'Unsubscribe from this list | Update subscription preferences',
          'Manage your email settings or unsubscribe.',
        ]),
        r.pick([
          `${ctx.pub.legal}, 1301 K Street NW, Washington, DC 20071`,
          `${ctx.pub.legal} · 620 Eighth Avenue · New York, NY 10018`,
          `${ctx.pub.legal}, 1000 Wilson Blvd, Arlington, VA 22209`,
        ]),
      ],
      '\n\n',
    ),
  );
});

// article pasted into a reply: every line quoted with "> "
shape('email-quoted-reply', { groups: ['container'] }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.pub.names[0];
  const { y, m, d, w } = D(ctx.dt);
  page.linePrefix = r.pick(['> ', '> ', '>']);
  const lines = [];
  if (r.chance(0.5))
    lines.push(
      r.pick(['FYI', 'Worth a read.', 'See below -- thoughts?', 'Saw this this morning.']),
      '',
    );
  lines.push(
    r.pick([
      `On ${WEEKDAYS_3[w]}, ${MONTHS_3[m]} ${d}, ${y} at ${t12(ctx.time, 0).replace(/\./g, '').toUpperCase()}, ${o} <alerts@${ctx.pub.domain}> wrote:`,
      `On ${fmtDate(ctx.dt, 'mdy')} ${t12(ctx.time, 3)}, ${ctx.fake()} wrote:`,
      '-----Original Message-----',
    ]),
  );
  const b = block('email-quoted-reply', lines);
  b.noPrefix = true;
  addTop(page, -60, b);
});

// news aggregator / reader app card around the story
shape('aggregator-card', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const dom = ctx.pub.domain;
  addTop(
    page,
    r.pick([10, 25]),
    block(
      'aggregator-card',
      r.pick([
        [`From ${o}`, 'Follow'],
        [`${dom} · ${r.int(2, 9)} min`],
        [
          `Flipped into ${r.pick(['Politics', 'Election 2016', 'The Daily Edition'])} by ${ctx.fake()}`,
        ],
        [`Via ${o}`, 'Full coverage'],
      ]),
    ),
  );
  addEnd(
    page,
    92,
    block(
      'aggregator-card',
      r.pick([
        [`View original article on ${dom}`, 'Report this content'],
        [`Read the full story at ${o}`],
        [`More from ${o}`, 'Block this source'],
        [`Continue reading at ${dom} →`],
      ]),
    ),
  );
});

// live-blog entry time stamps between paragraphs
shape('liveblog-stamps', { applies: (ctx) => ctx.paras.length >= 5 }, (ctx, page) => {
  const r = ctx.rng;
  const n = ctx.paras.length;
  const style = r.int(0, 3);
  let t = { h: Math.min(20, ctx.time.h + 3), mi: r.int(0, 59) };
  const stamp = () => {
    const s = [
      `${t12(t, 0)} ET`,
      `${t12(t, 4)} EDT`,
      `Posted at ${t12(t, 1)}`,
      `${t12(t, 2)} – update`,
    ][style];
    t = { h: t.h - (t.mi < 25 ? 1 : 0), mi: (t.mi + 35) % 60 };
    return s;
  };
  addTop(
    page,
    15,
    block(
      'liveblog-stamps',
      r.pick([['LIVE', 'Latest updates'], ['● LIVE'], ['Live', 'Key events']]),
    ),
  );
  const pos = r.sample([...Array(n - 1).keys()].slice(1), Math.min(3, n - 2)).sort((a, b) => a - b);
  addTop(page, 35, block('liveblog-stamps', [stamp()]));
  for (const i of pos) addInsert(ctx, page, block('liveblog-stamps', [stamp()]), i);
});

// image markup residue from reader mode / html-to-text
shape('image-alt-markup', {}, (ctx, page) => {
  const r = ctx.rng;
  const k = r.int(1, 2);
  for (let j = 0; j < k; j++) {
    const who = r.pick(ctx.names.slice(0, 3));
    const alt = `${who} ${r.pick(ALT)}${r.chance(0.5) ? ` in ${r.pick(CITIES)[2]}` : ''}`;
    const file = `${ctx.slug.slice(0, 18)}-${r.int(100, 999)}.jpg`;
    const line = r.pick([
      `![${alt}](https://www.${ctx.pub.domain}/resources/images/${file})`,
      `[Image: ${alt}]`,
      `[image]`,
      `<img alt="${alt}" src="/images/${file}">`,
      `IMAGE: ${file}`,
    ]);
    addInsert(ctx, page, block('image-alt-markup', [line]));
  }
});

// wire-service slug and trailer lines
const WIRE_CODE = {
  nyt: 'NYT',
  'wash-post': 'WAPO',
  'usa-today': 'USAT',
  politico: 'POLITICO',
  'huff-post': 'HUFFPOST',
  breitbart: 'BREITBART',
  'west-journal': 'WJ',
};
shape('wire-slug', {}, (ctx, page) => {
  const r = ctx.rng;
  const { y, m, d } = D(ctx.dt);
  const kw = keyword(ctx);
  const kw2 = r.pick(['Campaign', 'Debate', 'Congress', 'Polls', 'Rally', 'Budget']);
  const lines = [];
  let end;
  const ag = /^(ap|associated press|the associated press)$/i.test(ctx.org || '')
    ? 'AP'
    : /^upi$/i.test(ctx.org || '')
      ? 'UPI'
      : null;
  if (ag) {
    // AP / UPI wire copy
    lines.push(
      `BC-US--${kw[0].toUpperCase()}${kw.slice(1).toLowerCase()}-${kw2},${r.pick(['', '1st Ld-Writethru,', '2nd Ld-Writethru,', 'Advisory,'])}${r.int(400, 1100)}`,
    );
    if (r.chance(0.7))
      lines.push(
        r.pick([
          'Eds: UPDATES with details, quotes throughout. With AP Photos.',
          'Eds: Moves on general and political news services.',
          `Eds: APNewsNow. Will be updated. With AP Photos.`,
        ]),
      );
    if (r.chance(0.4)) lines.push(`By ${ag} Staff`);
    end = r.pick([
      ['(END)'],
      [
        `${ag}-WF-${pad(m + 1)}-${pad(d)}-${String(y).slice(2)} ${pad(ctx.time.h + 4)}${pad(ctx.time.mi)}GMT`,
      ],
      ['(MORE)'],
    ]);
  } else {
    // newspaper news-service copy sent to client papers
    const code = WIRE_CODE[ctx.pubKey] || ctx.pubKey.toUpperCase();
    const slug = `${kw.toUpperCase()}-${kw2.toUpperCase()}`;
    lines.push(r.pick([`BC-${slug}-${code}`, `${code}-${slug}`, `BC-${slug}:${code.slice(0, 2)}`]));
    if (r.chance(0.6))
      lines.push(
        r.pick([
          `(For use by ${ctx.pub.names[0]} News Service clients)`,
          `Eds: Adds details. Moved in advance for ${WEEKDAYS[(D(ctx.dt).w + 1) % 7]} AMs.`,
          `(Distributed by ${ctx.pub.names[0]} News Service)`,
        ]),
      );
    if (r.chance(0.5)) lines.push(r.pick([`(${wordCount(ctx)} words)`, `${r.int(6, 24)} inches`]));
    end = r.pick([[`END ${kw.toUpperCase()}`], ['(END OPTIONAL TRIM)'], [`-- END ${code} --`]]);
    if (ctx.paras.length >= 6 && r.chance(0.6))
      addInsert(
        ctx,
        page,
        block('wire-slug', ['(STORY CAN END HERE. OPTIONAL MATERIAL FOLLOWS.)']),
        ctx.paras.length - 3,
      );
  }
  addTop(page, -12, block('wire-slug', lines));
  addEnd(page, 95, block('wire-slug', end));
});

// print/e-edition jump lines
shape('print-jump-lines', { applies: (ctx) => ctx.paras.length >= 4 }, (ctx, page) => {
  const r = ctx.rng;
  const kw = keyword(ctx).toUpperCase();
  const pg = `A${r.int(4, 18)}`;
  const k = r.int(1, Math.min(ctx.paras.length - 2, 5));
  const [a, b] = r.pick([
    [`See ${kw}, Page ${pg}`, `${kw} from Page A1`],
    [`Continued on Page ${pg}`, `Continued from Page A1`],
    [`Please see ${kw} on ${pg}`, `${kw}, from A1`],
    [`${kw} continues on ${pg} ►`, `◄ ${kw} from A1`],
  ]);
  addInsert(ctx, page, block('print-jump-lines', r.chance(0.7) ? [a, b] : [a], '\n\n'), k);
});

// "Cite this article" blocks from library databases
shape('citation-block', { groups: ['byline'] }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.pub.names[0];
  const { y, m, d } = D(ctx.dt);
  const T = ctx.titleBase.replace(/[.]$/, '');
  const u = url(ctx);
  let who = '';
  if (ctx.persons.length) {
    page.setsAuthors = true;
    const [p0, ...rest] = ctx.persons;
    const s0 = splitName(p0);
    const inv = `${s0.last}, ${s0.first}`;
    who =
      rest.length === 0
        ? `${inv}.`
        : rest.length === 1
          ? `${inv}, and ${rest[0]}.`
          : `${inv}, ${rest.slice(0, -1).join(', ')}, and ${rest[rest.length - 1]}.`;
  }
  const style = r.int(0, 2);
  let lines;
  if (style === 0)
    lines = [
      'Citation (MLA 8th Edition)',
      `${who ? who + ' ' : ''}"${T}." ${o}, ${d} ${MONTHS_3[m]}${m === 4 ? '' : '.'} ${y}, p. A${r.int(1, 19)}.`,
    ];
  else if (style === 1)
    lines = [
      'Cite this article',
      `${who ? who + ' ' : ''}(${y}, ${MONTHS[m]} ${d}). ${T}. ${o}. Retrieved from ${u}`,
    ];
  else
    lines = [
      'Citation (Chicago)',
      `${who ? who + ' ' : ''}"${T}." ${o}, ${MONTHS[m]} ${d}, ${y}. ${u}.`,
      'Copy citation',
    ];
  addEnd(page, 94, block('citation-block', lines, r.chance(0.4) ? '\n\n' : '\n'));
});

// embedded tweet / Instagram residue
shape('social-embed-text', {}, (ctx, page) => {
  const r = ctx.rng;
  const fig = r.pick(FIGURES);
  const text = okPick(ctx, () => r.pick(TWEETS)) || r.pick(TWEETS);
  const dd = fmtDate(later(ctx, 1), 'full');
  const pic = `pic.twitter.com/${String.fromCharCode(65 + r.int(0, 25))}${r.int(1000, 9999)}xQ${r.int(0, 9)}`;
  const lines = r.pick([
    () => [`${text} ${r.chance(0.5) ? pic : ''}`.trim(), `— ${fig[0]} (@${fig[1]}) ${dd}`],
    () => [`${text}`, `— ${fig[0]} (@${fig[1]}) ${dd}`],
    () => [
      'View this post on Instagram',
      text,
      `A post shared by ${fig[0]} (@${fig[1].toLowerCase()}) on ${MONTHS_3[D(ctx.dt).m]} ${D(ctx.dt).d}, ${D(ctx.dt).y} at ${t12(ctx.time, 2)} PDT`,
    ],
  ])();
  addInsert(ctx, page, block('social-embed-text', lines));
});

// reader-poll widget
shape('poll-widget', {}, (ctx, page) => {
  const r = ctx.rng;
  const [qn, opts] = r.pick(POLLS);
  const lines = [r.pick(['POLL: ', 'Quick poll: ', '']) + qn];
  const res = r.chance(0.4);
  const mark = r.pick(['( ) ', '○ ', '']);
  for (const o of opts) lines.push(res ? `${o} ${r.int(5, 60)}%` : mark + o);
  lines.push(
    res
      ? `${r.int(200, 9000).toLocaleString('en-US')} votes`
      : r.pick(['Vote', 'Vote View Results', 'Submit']),
  );
  addInsert(ctx, page, block('poll-widget', lines));
});

// local-paper masthead widgets
shape('local-masthead', {}, (ctx, page) => {
  const r = ctx.rng;
  const c = r.pick(CITIES);
  const lines = [];
  lines.push(
    r.pick([
      `${r.int(52, 88)}°`,
      `${c[2]}, ${c[3]} ${r.int(52, 88)}°F`,
      `${r.int(52, 88)}° ${r.pick(WEATHER)}`,
    ]),
  );
  if (r.chance(0.6)) lines.push(r.pick(["Today's e-Edition", 'e-Edition', "Today's Paper"]));
  lines.push(r.pick(['Obituaries', 'Traffic', 'Lottery', 'Weather Alerts', 'Classifieds']));
  addTop(page, -8, block('local-masthead', r.shuffle(lines)));
});

// accessibility skip links / back-to-top
shape('skip-links', {}, (ctx, page) => {
  const r = ctx.rng;
  addTop(
    page,
    -35,
    block(
      'skip-links',
      r.pick([
        ['Skip to main content'],
        ['Skip to content', 'Skip to navigation'],
        ['Skip to main content', 'Accessibility Help'],
        ['Jump to navigation', 'Jump to search'],
      ]),
    ),
  );
  if (r.chance(0.6))
    addEnd(
      page,
      100,
      block('skip-links', [
        r.pick(['Back to top', '↑ Back to top', 'Top of page', 'Back to Top ▲']),
      ]),
    );
});

// edition / language switcher
shape('edition-switcher', {}, (ctx, page) => {
  const r = ctx.rng;
  addTop(
    page,
    -6,
    block(
      'edition-switcher',
      r.pick([
        ['English | Español | 中文'],
        ['Edition: U.S. | International | Arabic | Español'],
        ['EN ES FR DE'],
        ['Change edition', 'U.S.', 'U.K.', 'Australia'],
        ['Read in: English / Español'],
      ]),
    ),
  );
  if (r.chance(0.5))
    addEnd(
      page,
      60,
      block('edition-switcher', [
        r.pick([
          'Lea este artículo en español.',
          'This article is also available in Spanish.',
          'Read this story in Spanish.',
          'Cet article est également disponible en français.',
        ]),
      ]),
    );
});

// "In this article" entity / ticker chips
shape('entity-chips', {}, (ctx, page) => {
  const r = ctx.rng;
  const ns = cleanNames(ctx.names).slice(0, r.int(2, 3));
  const lines = [
    r.pick([
      `In this article: ${ns.join(' · ')}`,
      `People in this story: ${ns.join(', ')}`,
      `Mentioned: ${ns.join(' | ')}`,
    ]),
  ];
  if (r.chance(0.5)) {
    const sign = () => (r.chance(0.5) ? '+' : '−');
    lines.push(`^GSPC S&P 500 ${sign()}${(r.int(5, 150) / 100).toFixed(2)}%`);
    lines.push(`^DJI Dow 30 ${sign()}${(r.int(5, 150) / 100).toFixed(2)}%`);
  }
  if (r.chance(0.5)) addTop(page, 32, block('entity-chips', lines));
  else addEnd(page, 40, block('entity-chips', lines));
});

// text-browser dump link list (lynx -dump / w3m)
shape('link-references', {}, (ctx, page) => {
  const r = ctx.rng;
  const dom = ctx.pub.domain;
  const links = [
    `https://www.${dom}/`,
    `https://www.${dom}/${r
      .pick(ctx.pub.sections)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')}/`,
    url(ctx),
    `https://twitter.com/intent/tweet?url=${encodeURIComponent(url(ctx, 1))}`,
    `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url(ctx, 1))}`,
    `mailto:?subject=${encodeURIComponent(ctx.titleBase.slice(0, 40))}`,
    `https://www.${dom}/privacy-policy/`,
    `https://www.${dom}/terms-of-service/`,
  ];
  const pickd = r.sample(links, r.int(4, 7));
  const hdr = r.pick(['References', 'Visible links', 'Links:']);
  const lines = [hdr, ''];
  pickd.forEach((l, i) => lines.push(`${String(i + 1).padStart(4)}. ${l}`));
  addEnd(page, 99, block('link-references', lines));
});

// headline shouted in capitals (print / database exports)
shape('title-caps', { groups: ['title'] }, (ctx, page) => {
  page.titleLines = page.titleLines.map((l, i) => (i === 0 ? l.toUpperCase() : l));
});

// headline broken across two lines (PDF / narrow column copy)
shape(
  'title-split-lines',
  { groups: ['title'], applies: (ctx) => ctx.headLines[0].length >= 40 },
  (ctx, page) => {
    const r = ctx.rng;
    const t = page.titleLines[0];
    const mid = Math.floor(t.length * (0.4 + r.next() * 0.2));
    let k = t.indexOf(' ', mid);
    if (k < 0) k = t.lastIndexOf(' ', mid);
    page.titleLines = [t.slice(0, k), t.slice(k + 1), ...page.titleLines.slice(1)];
  },
);

// byline with a genre label ("Analysis by ...") plus CNN-style updated stamp
shape(
  'genre-label-byline',
  { groups: ['byline'], applies: (ctx) => ctx.persons.length > 0 },
  (ctx, page) => {
    const r = ctx.rng;
    page.setsAuthors = true;
    const N = namesJoin(ctx, ctx.persons, r.pick(['and', 'amp']));
    const o = ctx.outlet();
    const lab = r.pick([
      'Analysis by',
      'News analysis by',
      'Opinion by',
      'Perspective by',
      'Fact check by',
      'Commentary by',
    ]);
    const { y, m, d, w } = D(ctx.dt);
    const lines = [r.chance(0.5) ? `${lab} ${N}, ${o}` : `${lab} ${N}`];
    if (r.chance(0.7))
      lines.push(
        r.pick([
          `Updated ${t12(laterTime(ctx), 1).replace(/^0/, '')} ET, ${WEEKDAYS_3[w]} ${MONTHS[m]} ${d}, ${y}`,
          `${t12(ctx.time, 0)} EDT ${MONTHS[m]} ${d}, ${y}`,
          `Last Updated: ${m + 1}/${d}/${y} ${t12(ctx.time, 1).replace(' ', `:${pad(r.int(0, 59))} `)}`,
        ]),
      );
    addTop(page, 30, block('genre-label-byline', lines));
  },
);

// byline only at the end of the story
shape(
  'tail-byline',
  { groups: ['byline'], applies: (ctx) => ctx.persons.length > 0 },
  (ctx, page) => {
    const r = ctx.rng;
    page.setsAuthors = true;
    const N = namesJoin(ctx, ctx.persons, 'and');
    const o = ctx.outlet();
    addEnd(
      page,
      1,
      block('tail-byline', [
        r.pick([
          `— ${N}, ${o}`,
          `-- ${N}`,
          `Story by ${N} / ${o}`,
          `${N.toUpperCase()} / ${o.toUpperCase()}`,
          `(${N}/${o})`,
        ]),
      ]),
    );
  },
);

// JSON-LD / ad script text leaking into the scrape
shape('script-residue', { groups: ['byline'] }, (ctx, page) => {
  const r = ctx.rng;
  const ld = {
    '@context': 'https://schema.org',
    '@type': r.pick(['NewsArticle', 'ReportageNewsArticle', 'Article']),
    headline: ctx.titleBase,
    datePublished: isoStamp(ctx),
    dateModified: isoStamp(ctx, laterTime(ctx)),
  };
  if (ctx.persons.length) {
    page.setsAuthors = true;
    ld.author = ctx.persons.map((n) => ({ '@type': 'Person', name: n }));
  }
  ld.publisher = { '@type': 'Organization', name: ctx.pub.names[0] };
  const lines = [JSON.stringify(ld)];
  if (r.chance(0.5))
    lines.push(
      r.pick([
        `googletag.cmd.push(function() { googletag.display('div-gpt-ad-${r.int(1000000000, 9999999999)}-0'); });`,
        'window.dataLayer = window.dataLayer || [];',
        `var _sf_async_config = { uid: ${r.int(10000, 99999)}, domain: '${ctx.pub.domain}' };`,
      ]),
    );
  if (r.chance(0.5)) addTop(page, -18, block('script-residue', lines));
  else addEnd(page, 93, block('script-residue', lines));
});

// <noscript> / fallback notices
shape('fallback-notices', {}, (ctx, page) => {
  const r = ctx.rng;
  const pool = [
    'Please enable JavaScript to view the comments powered by Disqus.',
    'Your browser does not support the video tag.',
    "We noticed you're using an ad blocker. Please consider whitelisting us.",
    'This content is not available due to your privacy preferences. Update your settings here to see it.',
    'JavaScript is required to view this interactive graphic.',
    'Your browser does not support iframes.',
  ];
  const k = r.int(1, 2);
  const picks = r.sample(pool, k);
  addInsert(ctx, page, block('fallback-notices', [picks[0]]));
  if (k > 1) addEnd(page, 50, block('fallback-notices', [picks[1]]));
});

// site-wide breaking-news banner with an unrelated headline
shape('breaking-banner', {}, (ctx, page) => {
  const r = ctx.rng;
  const h = r.pick(BREAKING);
  const lines = [r.pick([`BREAKING: ${h}`, `Breaking News: ${h}`, `JUST IN: ${h}`, `ALERT ${h}`])];
  if (r.chance(0.6)) lines.push(r.pick(['×', 'Close', 'Dismiss', 'Read more »']));
  addTop(page, -7, block('breaking-banner', lines));
});

// chart / data-graphic embed text
shape('chart-embed', {}, (ctx, page) => {
  const r = ctx.rng;
  const lines = [r.pick(CHARTS)];
  if (r.chance(0.5)) lines.push(r.pick(['Percent', 'In millions', 'Share of respondents']));
  lines.push(`Source: ${r.pick(CHART_SRC)}`);
  lines.push(
    r.pick([
      'Created with Datawrapper',
      'Get the data',
      `Graphic: ${ctx.fake()}/${ctx.outlet()}`,
      'Embed | Download image',
    ]),
  );
  addInsert(ctx, page, block('chart-embed', lines));
});

// date stamp in a foreign-language site interface (syndicating/aggregating site)
shape('foreign-ui-date', {}, (ctx, page) => {
  const r = ctx.rng;
  const { y, m, d } = D(ctx.dt);
  const t = ctx.time;
  const u = laterTime(ctx);
  const dots = `${pad(d)}.${pad(m + 1)}.${y}`;
  const sl = `${pad(d)}/${pad(m + 1)}/${y}`;
  const line = r.pick([
    `Stand: ${dots}, ${pad(t.h)}:${pad(t.mi)} Uhr`,
    `${d}. ${MONTHS_DE[m]} ${y}, ${pad(t.h)}:${pad(t.mi)} Uhr`,
    `Publié le ${sl} à ${pad(t.h)}h${pad(t.mi)} | Mis à jour le ${sl} à ${pad(u.h)}h${pad(u.mi)}`,
    `Actualizado ${sl} - ${pad(u.h)}:${pad(u.mi)} CEST`,
    `${d} ${MONTHS_IT[m]} ${y} (modifica il ${d} ${MONTHS_IT[m]} ${y} | ${pad(u.h)}:${pad(u.mi)})`,
    `Atualizado em ${sl} ${pad(u.h)}h${pad(u.mi)}`,
    `${y}年${m + 1}月${d}日 ${pad(t.h)}時${pad(t.mi)}分`,
  ]);
  addTop(page, 28, block('foreign-ui-date', [line]));
});

// ------------------------------------------------------------------ rendering
function render(ctx, page) {
  const P = page.linePrefix || '';
  const paras = ctx.paras.map((p, i) => (i === 0 ? page.prefix + p : p));
  const units = pageUnits(page, paras.length);

  let out = '';
  const paraStart = [];
  const boiler = [];
  const bshapes = [];
  let prev = null;
  const quoted = (u) => P && !(u.kind === 'noise' && u.block.noPrefix);
  for (const u of units) {
    let lines = null;
    if (u.kind === 'noise') {
      lines = u.block.lines.filter((l) => !l.boiler || ctx.ok(l.text));
      // drop leading/trailing empty spacer lines left after filtering
      while (lines.length && !lines[0].text.trim()) lines.shift();
      while (lines.length && !lines[lines.length - 1].text.trim()) lines.pop();
      if (!lines.length) continue;
    }
    const q = quoted(u);
    const pfx = q ? P : '';
    if (prev) {
      let sep = prev.kind === 'para' && u.kind === 'para' ? ctx.seps[prev.i] : '\n\n';
      if (q && quoted(prev)) sep = sep.replace(/\n(?=\n)/g, '\n' + P.trimEnd());
      out += sep;
    }
    if (u.kind === 'title') {
      out += page.titleLines.map((l) => pfx + l).join('\n');
    } else if (u.kind === 'para') {
      out += pfx;
      paraStart[u.i] = out.length;
      out += paras[u.i];
    } else {
      const inner = u.block.inner;
      lines.forEach((l, k) => {
        if (k) out += q ? inner.replace(/\n(?=\n)/g, '\n' + P.trimEnd()) : inner;
        out += l.text ? pfx + l.text : q ? P.trimEnd() : '';
        if (l.boiler && l.text.trim()) {
          boiler.push(l.text.trim());
          bshapes.push(u.block.shape);
        }
      });
    }
    prev = u;
  }
  out += '\n';
  const cp = u16ToCpMap(out);
  return { text: out, paraStart, paras, boiler, bshapes, mapOut: (o) => cp[o] };
}
// ------------------------------------------------------------------ per-file generation
const generate = makeGenerate({
  shapes: SHAPES,
  render,
  pageFields: () => ({ linePrefix: '' }),
  // a byline line dropped by the collision guard leaves the authors unseen
  authorsShown: (ctx, page, R) => {
    const blText = R.boiler.join('\n').toLowerCase();
    return (
      page.setsAuthors &&
      ctx.persons.length > 0 &&
      ctx.persons.every((p) => blText.includes(splitName(p).last.toLowerCase()))
    );
  },
});

// ------------------------------------------------------------------ shape assignment
const assign = (recs, ctxs, seed) =>
  assignShapes(SHAPES, recs, ctxs, seed, {
    salt: 'assign7',
    kDist: [2, 3, 3, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6, 6],
  });

// ------------------------------------------------------------------ CLI
function example(s, g) {
  if (s.groups.includes('title') && !g.gold.boilerplate.length)
    return 'title lines: ' + JSON.stringify(g.text.split('\n\n')[0]);
  if (s.id === 'email-quoted-reply')
    return '(every line quoted) ' + JSON.stringify(g.text.slice(0, 110));
  if (g.gold.boilerplate.length) return g.gold.boilerplate.slice(0, 3).join(' ⏎ ');
  return '';
}
function listShapes() {
  for (const [s, ex] of shapeExamples(SHAPES, generate, example, { tries: 40 }))
    console.log(`${s.id.padEnd(22)} ${ex.replace(/\n/g, ' ⏎ ').slice(0, 150)}`);
}

runRound(
  { script: 'make-blind-noise-7.mjs', shapes: SHAPES, assign, generate, listShapes },
  process.argv.slice(2),
);
