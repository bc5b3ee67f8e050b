#!/usr/bin/env node
// make-blind-noise-11.mjs: adds scraped-page noise (round 11 shapes) to clean PolNeAR dev articles.
// Usage: node make-blind-noise-11.mjs --src DIR --out DIR --seed N
//        node make-blind-noise-11.mjs --list-shapes
// Same CLI, output layout and gold format as rounds 8-10; the noise shapes are new: caches and
// wrappers (AMP cache, archive.today, search-engine cache, replica e-editions, library search
// results), aggregators and wires (bias-rating aggregators, wire metadata headers, brand-studio
// labels), screen and tool residue (phone screenshots read by OCR, readability statistics,
// accessibility overlays, pay-or-consent walls in languages not used before, QR prompts, CMS
// revision logs, headline-change trackers), podcast chapter notes, translator credits, editor's
// notes, photo-essay sequences, bylines and datelines in new forms (handles inline, avatar alt
// text, day/month/year numeric dates, fact-checker credits, dated wire datelines, dotted
// year-first stamps), titles in new forms (wire version prefixes, media tags, rule underlines,
// reading-list numbers) and splitter traps inside one story (subheads, asterisms and end marks,
// a sticky header repeating the headline mid-story, update time labels).
// Gold decisions.
// - Every added line is boilerplate except the dated dateline of `dateline-dated-prefix`, which
//   is glued to the first paragraph and belongs to it (as round 6's dateline prefix), and rules
//   and ornaments without a letter or digit (title underlines, asterisms), which are in neither
//   list (the scorer's normalisation leaves them empty). No shape adds article paragraphs. The
//   source's paragraphs stay unchanged and in order; each file holds exactly one story (no shape makes a second story: a headline repeated mid-story by a
//   sticky header, a subhead, an asterism or an update label does not start a new one).
// - Editor's notes and advisories set above the story (series notes, content warnings,
//   partnership notes) and translator credits are boilerplate: they are the newsroom talking
//   about the story, not the story. No correction is added this round.
// - Subheads inserted between paragraphs are boilerplate (the source article has none, and the
//   gold paragraphs are the source's).
// - Title: always the source's headline (the gold title and its variants). Wire version prefixes
//   (UPDATE 2-, REFILE-), media tags ([VIDEO]), reading-list numbers and rules under the title are
//   not part of it; an older headline shown by a change tracker is a trap, not the title.
// - Date: always the source's publication date. Capture, cache, print-edition, revision,
//   review and "last updated" dates are traps. Numeric dates in bylines are day/month/year.
// - Authors: the bylined persons, listed only when a shape shows them as the story's authors
//   (`byline-*` shapes, photo essays' "Story by"); translators, photographers, fact-checkers,
//   reviewers, sponsors, CMS editors and podcast hosts are never authors.
// Node 22 built-ins only (lib/dates.mjs reads a .ts module). Deterministic for a given seed.
import { urlOf, wordCount } from './lib/article-context.mjs';
import { runEditRound } from './lib/edit-round.mjs';
import { CITIES, RELATED } from './lib/pools.mjs';
import { addEnd, addInsert, addTop, block, namesJoin } from './lib/page.mjs';
import { norm } from './lib/scorer-text.mjs';
import {
  D,
  MONTHS,
  MONTHS_3,
  MONTHS_AP,
  WEEKDAYS,
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

// ------------------------------------------------------------------ round-11 helpers
const hasPersons = (ctx) => ctx.persons.length > 0;
const names = (ctx, style) => namesJoin(ctx, ctx.persons, style || 'and');
// paragraph indexes 0..n-2 spread evenly, k of them at most
function gaps(n, k) {
  const out = [];
  for (let j = 1; j <= k; j++) {
    const i = Math.min(n - 2, Math.max(0, Math.round((j * n) / (k + 1)) - 1));
    if (!out.includes(i)) out.push(i);
  }
  return out;
}
// a rule or ornament with no letters is not listed as boilerplate (the scorer cannot see it leak)
const ornament = (t) => (norm(t) ? t : { text: t, boiler: false });
const hms = (t, s) => `${pad(t.h)}:${pad(t.mi)}:${pad(s)}`;
const titleNoStop = (ctx) => ctx.titleBase.replace(/[.;:]+$/, '').trim();
const minutes = (ctx, wpm = 230) => Math.max(1, Math.round(wordCount(ctx) / wpm));
// a time later on the publication day (never past 23:59)
const laterSameDay = (ctx) => {
  const h = Math.min(23, ctx.time.h + ctx.rng.int(1, 5));
  return { h, mi: ctx.rng.int(0, 59) };
};

// ------------------------------------------------------------------ caches and wrappers

// Google's AMP cache: the cache URL above the page, the AMP badge and the link to the canonical
// page below it.
shape('amp-cache-url', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const host = `www-${ctx.pub.domain.replace(/\./g, '-')}`;
  const path = urlOf(ctx).replace(/^https:\/\/www\./, '');
  addTop(
    page,
    1,
    block('amp-cache-url', [
      `https://${host}.cdn.ampproject.org/c/s/www.${path.replace(/\/$/, '')}/amp`,
      r.chance(0.5) ? `⚡ ${ctx.pub.domain}` : null,
    ]),
  );
  addEnd(
    page,
    40,
    block('amp-cache-url', [
      r.pick(['View non-AMP version', 'View full site', 'Go to the full version of this page']),
      r.chance(0.6) ? 'Powered by AMP ⚡' : null,
    ]),
  );
});

// archive.today's capture header: saved-from URL, the capture instant in UTC, snapshot links.
shape('archive-today-wrapper', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const when = addDays(ctx.dt, r.pick([0, 1, r.int(2, 30), r.int(100, 2000)]));
  const { y, m, d } = D(when);
  const t = { h: r.int(0, 23), mi: r.int(0, 59) };
  addTop(
    page,
    1,
    block('archive-today-wrapper', [
      r.pick(['archive.today webpage capture', 'archive.ph webpage capture']),
      `Saved from ${urlOf(ctx)}`,
      'search',
      `${d} ${MONTHS_3[m]} ${y} ${hms(t, r.int(0, 59))} UTC`,
      r.chance(0.5) ? 'no other snapshots from this url' : `${r.int(2, 9)} snapshots from this url`,
      `All snapshots from host www.${ctx.pub.domain}`,
      'Webpage Screenshot',
      r.pick([
        'share download .zip report bug or abuse',
        'share download .zip report bug or abuse Buy me a coffee',
      ]),
    ]),
  );
});

// A search engine's cached copy: the cache banner with its snapshot date (GMT).
shape('search-cache-banner', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const when = addDays(ctx.dt, r.int(1, 40));
  const t = { h: r.int(0, 23), mi: r.int(0, 59) };
  addTop(
    page,
    1,
    block('search-cache-banner', [
      `This is Google's cache of ${urlOf(ctx)}. It is a snapshot of the page as it appeared on ${fmtDate(when, 'dmyshort')} ${hms(t, r.int(0, 59))} GMT.`,
      'The current page could have changed in the meantime. Learn more.',
      r.pick([
        'Full version  Text-only version  View source',
        'Full version Text-only version View source',
      ]),
      r.chance(0.6)
        ? 'Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.'
        : null,
    ]),
  );
});

// A replica e-edition viewer: the edition's date (the next morning's paper), page and controls.
shape('replica-edition-viewer', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const ed = addDays(ctx.dt, r.pick([1, 1, 2]));
  const { y, m, d, w } = D(ed);
  const pg = `${r.pick(['A', 'B', ''])}${r.int(1, 24)}`;
  const pages = r.int(28, 64);
  addTop(
    page,
    3,
    block('replica-edition-viewer', [
      r.pick(['e-Edition', 'Digital Replica Edition', 'Today’s Paper', 'Print Replica']),
      `${WEEKDAYS[w]}, ${MONTHS[m]} ${d}, ${y} · Page ${pg}`,
      `◀ Previous page   ${r.int(2, pages - 1)} / ${pages}   Next page ▶`,
      r.pick(['Zoom 125%  Fit width  Fit page', 'Thumbnails  Sections  Zoom in  Zoom out']),
    ]),
  );
  addEnd(
    page,
    30,
    block('replica-edition-viewer', [
      r.pick(['Back to page view', 'Return to the e-Edition', 'Article view ▸ Page view']),
    ]),
  );
});

// A library database's result navigation around the article text.
shape('search-result-nav', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const nm = ctx.name() || 'Clinton';
  const term = r.chance(0.5)
    ? nm.split(/\s+/).pop().toLowerCase()
    : `${nm.split(/\s+/).pop()} AND taxes`;
  const N = r.int(40, 4000);
  const k = r.int(1, Math.min(N, 60));
  addTop(
    page,
    2,
    block('search-result-nav', [
      r.pick(['← Back to results', '« Return to search results', 'Back to Search Results']),
      `Result ${k} of ${N.toLocaleString('en-US')} for "${term}"`,
      r.pick(['‹ Previous   Next ›', 'Previous document | Next document']),
    ]),
  );
  addEnd(
    page,
    36,
    block('search-result-nav', [
      r.pick(['Search within results', 'Modify search', 'Save to folder · Email · Cite · Print']),
    ]),
  );
});

// ------------------------------------------------------------------ aggregators and wires

// A media-bias aggregator's story card: how many sources cover it, the coverage split and the
// rating of this source.
shape('bias-rating-aggregator', {}, (ctx, page) => {
  const r = ctx.rng;
  const k = r.int(4, 240);
  const a = r.int(10, 70);
  const b = r.int(5, 100 - a - 5);
  const c = 100 - a - b;
  addTop(
    page,
    4,
    block('bias-rating-aggregator', [
      `${k} sources are covering this story`,
      `Left ${a}%  ·  Center ${b}%  ·  Right ${c}%`,
      r.chance(0.6)
        ? `${ctx.outlet()} · Bias rating: ${r.pick(['Lean Left', 'Left', 'Center', 'Lean Right', 'Right'])} · Factuality: ${r.pick(['High', 'Mixed', 'Mostly Factual'])}`
        : null,
    ]),
  );
  addEnd(
    page,
    34,
    block('bias-rating-aggregator', [
      r.pick([
        `See all ${k} articles`,
        `Compare coverage from ${k} sources ›`,
        'Blindspot: see what you may be missing',
      ]),
    ]),
  );
});

// A wire feed's metadata header: story id, topics, word count, urgency, filing time.
shape('wire-metadata-block', {}, (ctx, page) => {
  const r = ctx.rng;
  const tags = r.sample(
    ['US politics', 'Elections', 'Taxation', 'Campaigns', 'Congress', 'Polls'],
    r.int(2, 4),
  );
  const id = `n${r.pick(['L2N', 'N0', 'L1N'])}1C${r.int(10000, 99999)}`;
  const wc = wordCount(ctx);
  const t = ctx.time;
  addTop(
    page,
    3,
    block('wire-metadata-block', [
      `Story ID: ${id}`,
      `Topics: ${tags.join(' | ')}`,
      `Word count: ${wc}`,
      r.chance(0.6)
        ? `Urgency: ${r.int(2, 5)}  Priority: ${r.pick(['r (routine)', 'u (urgent)', 'd (deferred)'])}`
        : null,
      `Filed: ${fmtDate(ctx.dt, 'iso')} ${pad(t.h)}:${pad(t.mi)} ${ctx.pub.tz}`,
      r.chance(0.5) ? 'Language: en · Version: 2' : null,
    ]),
  );
});

// A sponsored-content label above the story and the advertiser disclosure below it.
const BRANDS = ['Chevron', 'Goldman Sachs', 'Pfizer', 'Dell Technologies', 'Boeing', 'Visa'];
shape('brand-studio-label', {}, (ctx, page) => {
  const r = ctx.rng;
  const br = r.pick(BRANDS);
  const o = ctx.outlet();
  addTop(
    page,
    9,
    block('brand-studio-label', [
      r.pick([
        `PAID POST: ${br}`,
        `SPONSOR CONTENT FROM ${br.toUpperCase()}`,
        `Presented by ${br}`,
        `Sponsored · ${br}`,
      ]),
    ]),
  );
  addEnd(
    page,
    12,
    block('brand-studio-label', [
      r.pick([
        `This content was paid for by an advertiser and produced by ${o} Brand Studio. The news and editorial staffs of ${o} had no role in its preparation.`,
        `This article was created in partnership with ${br}. ${o}'s editorial team was not involved in its creation.`,
      ]),
    ]),
  );
});

// ------------------------------------------------------------------ screen and tool residue

// A phone screenshot read back by OCR: status bar, the browser's address bar, its toolbar; a
// second screenshot stitched in mid-story repeats the status bar.
shape('phone-screenshot-ocr', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  let t = { h: r.int(6, 23), mi: r.int(0, 50) };
  let batt = r.int(20, 99);
  const net = r.pick(['LTE', '5G', 'Wi-Fi', '4G', 'ull LTE']);
  const status = () => {
    const s = r.pick([
      `${t.h % 12 || 12}:${pad(t.mi)} ${net} ${batt}%`,
      `${t.h % 12 || 12}:${pad(t.mi)} ◀ ${net} ■ ${batt}`,
      `${pad(t.h)}:${pad(t.mi)} ✈ ⚡${batt}%`,
    ]);
    t = { h: t.h, mi: Math.min(59, t.mi + r.int(0, 3)) };
    batt = Math.max(5, batt - r.int(0, 2));
    return s;
  };
  const bar = r.pick([`AA 🔒 ${ctx.pub.domain} C`, `🔒 ${ctx.pub.domain} ↻`, `${ctx.pub.domain}`]);
  const tool = r.pick(['< > ⬆ 📖 ⧉', '← → ⇧ ☐ ⋮', '< >  ⬆  ▢  ⧉']);
  addTop(page, 1, block('phone-screenshot-ocr', [status(), bar]));
  if (ctx.paras.length >= 3)
    addInsert(
      ctx,
      page,
      block('phone-screenshot-ocr', [tool, status(), bar]),
      gaps(ctx.paras.length, 1)[0],
    );
  addEnd(page, 40, block('phone-screenshot-ocr', [tool]));
});

// A readability checker's statistics pasted under the text.
shape('readability-stats-paste', {}, (ctx, page) => {
  const r = ctx.rng;
  const wc = wordCount(ctx);
  const chars = ctx.paras.join(' ').length;
  const sents = ctx.paras.join(' ').split(/[.!?]["”’]?\s/).length;
  const lines = r.pick([
    () => [
      `Words: ${wc.toLocaleString('en-US')}`,
      `Characters: ${chars.toLocaleString('en-US')}`,
      `Sentences: ${sents}`,
      `Paragraphs: ${ctx.paras.length}`,
      `Reading level: Grade ${r.int(8, 14)}`,
      `Flesch Reading Ease: ${(r.int(300, 650) / 10).toFixed(1)}`,
    ],
    () => [
      `${wc} words · ${chars.toLocaleString('en-US')} characters · ${minutes(ctx)} min read · ${minutes(ctx, 150)} min speaking time`,
    ],
    () => [
      'Readability',
      `Grade ${r.int(8, 14)} · ${r.int(1, 9)} of ${sents} sentences are hard to read · ${r.int(0, 6)} adverbs · ${r.int(0, 5)} uses of passive voice`,
    ],
  ])();
  addEnd(page, 39, block('readability-stats-paste', lines));
});

// An accessibility overlay's menu captured with the page.
shape('a11y-overlay-widget', {}, (ctx, page) => {
  const r = ctx.rng;
  const lines = r.pick([
    () => [
      'Accessibility Menu (CTRL+U)',
      'Contrast +   Bigger Text   Text Spacing   Dyslexia Friendly   Hide Images   Cursor   Line Height',
      'Reset All Accessibility Settings',
    ],
    () => [
      'Accessibility adjustments',
      'Seizure Safe Profile',
      'Vision Impaired Profile',
      'ADHD Friendly Profile',
      'Accessibility statement',
    ],
    () => ['♿ Accessibility', 'Screen reader mode: off', 'Keyboard navigation: on'],
  ])();
  if (r.chance(0.5)) addTop(page, 2, block('a11y-overlay-widget', lines));
  else addEnd(page, 42, block('a11y-overlay-widget', lines));
});

// Pay-or-consent walls (accept tracking or subscribe), in languages earlier rounds did not use.
const PAY_OR_OK = [
  [
    'Aceite os cookies ou assine para continuar a ler sem publicidade personalizada.',
    'Aceitar e continuar',
    'Assinar por 1,99 €/mês',
  ],
  [
    'Godkänn cookies eller prenumerera för att läsa utan spårning.',
    'Godkänn alla',
    'Prenumerera för 29 kr/mån',
  ],
  [
    'Zaakceptuj pliki cookie lub wykup subskrypcję, aby czytać bez reklam.',
    'Akceptuję',
    'Kup dostęp za 9,99 zł/mies.',
  ],
  [
    'Accepter cookies eller køb adgang uden annoncer og sporing.',
    'Accepter og fortsæt',
    'Køb for 15 kr./md.',
  ],
  [
    'Pro pokračování souhlaste se zpracováním osobních údajů, nebo si předplaťte verzi bez reklam.',
    'Souhlasím',
    'Předplatit za 59 Kč/měsíc',
  ],
  ['Hyväksy evästeet tai tilaa mainoksettomana.', 'Hyväksy kaikki', 'Tilaa 4,90 €/kk'],
];
shape('pay-or-consent-wall', {}, (ctx, page) => {
  const r = ctx.rng;
  const c = r.pick(PAY_OR_OK);
  const lines = r.chance(0.5) ? c : [c.join('  ')];
  if (r.chance(0.6)) addTop(page, 2, block('pay-or-consent-wall', lines));
  else addEnd(page, 35, block('pay-or-consent-wall', lines));
});

// A print page's QR code prompt to the online version or video.
shape('qr-code-prompt', {}, (ctx, page) => {
  const r = ctx.rng;
  const line = r.pick([
    'Scan the QR code with your phone to read this story online.',
    `▣ SCAN TO WATCH: video from the campaign trail at ${ctx.pub.domain}`,
    'Scan this code for more coverage ▣',
    `To see the full interactive, scan here or visit ${ctx.pub.domain}/elections`,
  ]);
  const b = block('qr-code-prompt', [line]);
  if (r.chance(0.5)) addInsert(ctx, page, b);
  else addEnd(page, 16, b);
});

// A CMS revision log left under the text: versions, their times and the editors' user names.
shape('cms-revision-log', {}, (ctx, page) => {
  const r = ctx.rng;
  const users = r.sample(['mwebb', 'a.delgado', 'copydesk2', 'tnorwood', 'webprod', 'hreyes'], 3);
  const n = r.int(2, 4);
  const lines = [r.pick(['Revision history', 'Revisions', 'Version history'])];
  let day = ctx.dt;
  let t = { ...ctx.time };
  const stamps = [];
  for (let k = 1; k <= n; k++) {
    stamps.push([k, fmtDate(day, 'iso'), `${pad(t.h)}:${pad(t.mi)}`]);
    t = { h: t.h + r.int(0, 6), mi: r.int(0, 59) };
    if (t.h > 23) {
      t.h -= 24;
      day = addDays(day, 1);
    }
  }
  for (const [k, dd, tt] of stamps.reverse())
    lines.push(
      k === 1
        ? `v1 · ${dd} ${tt} · created by ${users[0]}`
        : `v${k} · ${dd} ${tt} · edited by ${r.pick(users)}${r.chance(0.4) ? ' (minor)' : ''}`,
    );
  addEnd(page, 41, block('cms-revision-log', lines));
});

// A headline-change tracker: the story's earlier headline (a trap) and its current one.
shape('headline-change-tracker', {}, (ctx, page) => {
  const r = ctx.rng;
  const old = r.pick(RELATED);
  const t = laterSameDay(ctx);
  const lines = r.pick([
    () => ['Headline changed', `Was: ${old}`, `Now: ${titleNoStop(ctx)}`],
    () => [
      `Version 1 (${t12(ctx.time, 0)}): ${old}`,
      `Version 2 (${t12(t, 0)}): ${titleNoStop(ctx)}`,
    ],
    () => [
      `This story's headline was changed at ${t12(t, 0)} ET. The original headline was “${old}.”`,
    ],
  ])();
  addTop(page, 26, block('headline-change-tracker', lines));
});

// ------------------------------------------------------------------ podcasts, translations, notes

// A podcast episode page: episode line, listening links, chapter timestamps, transcript note.
const CHAPTERS = [
  'Intro',
  'The week’s headlines',
  'Taxes and the returns question',
  'Reading the polls',
  'Listener questions',
  'The ground game',
  'What to watch next week',
  'Lightning round',
];
shape('podcast-chapter-notes', {}, (ctx, page) => {
  const r = ctx.rng;
  const show = r.pick(['The Campaign Desk', 'Off the Trail', 'Swing State', 'The Ballot Podcast']);
  const ep = r.int(40, 220);
  const lines = [
    `🎧 ${show} · Episode ${ep} · ${r.int(18, 64)} min`,
    r.pick([
      'Listen on Apple Podcasts · Spotify · Overcast · Pocket Casts',
      'Subscribe: Apple | Spotify | Google | RSS',
    ]),
    'Chapters',
  ];
  let s = 0;
  for (const c of ['Intro', ...r.sample(CHAPTERS.slice(1), r.int(2, 4))]) {
    lines.push(`${pad(Math.floor(s / 60))}:${pad(s % 60)} ${c}`);
    s += r.int(120, 900);
  }
  lines.push(
    r.pick([
      'Transcript below. It was generated automatically and may contain errors.',
      'Read the transcript:',
    ]),
  );
  addTop(page, 36, block('podcast-chapter-notes', lines));
});

// A translator's credit on a translated edition (the translator is not an author).
const LANGS = ['Spanish', 'Portuguese', 'French', 'German', 'Chinese', 'Korean', 'Arabic'];
shape('translator-credit', {}, (ctx, page) => {
  const r = ctx.rng;
  const lang = r.pick(LANGS);
  const who = ctx.fake();
  const line = r.pick([
    `Translated from the ${lang} by ${who}.`,
    `This article was originally published in ${lang}. Translation by ${who}.`,
    `Translation: ${who} · Original language: ${lang}`,
    `(Translated by ${who}; edited for ${ctx.outlet()}’s English edition.)`,
  ]);
  const b = block('translator-credit', [line]);
  if (r.chance(0.5)) addTop(page, 33, b);
  else addEnd(page, 9, b);
});

// An editor's note set above the lede (boilerplate: the newsroom about the story).
shape('editors-note-preface', {}, (ctx, page) => {
  const r = ctx.rng;
  const ord = r.pick(['first', 'second', 'third', 'last']);
  const line = r.pick([
    `Editor’s note: This is the ${ord} story in a series examining the candidates’ economic plans.`,
    'EDITOR’S NOTE — This story contains language that some readers may find offensive.',
    `Editor's Note: This article was produced in partnership with the ${r.pick(['Center for Public Integrity', 'Marshall Project', 'Texas Tribune'])}.`,
    `Note to readers: ${ctx.outlet()} is publishing daily coverage of the race through Election Day.`,
  ]);
  addTop(page, 35, block('editors-note-preface', [line]));
});

// A photo essay: story and photo credits above, numbered frames with credits between paragraphs.
shape(
  'photo-essay-sequence',
  { group: 'byline', applies: (ctx) => ctx.paras.length >= 3 },
  (ctx, page) => {
    const r = ctx.rng;
    const ph = ctx.fake();
    const o = ctx.outlet();
    const top = [];
    if (hasPersons(ctx)) {
      page.setsAuthors = true;
      top.push(
        r.pick([
          `Story by ${names(ctx)} · Photographs by ${ph}`,
          `Text by ${names(ctx)}`,
          `Words: ${names(ctx)} | Photography: ${ph}`,
        ]),
      );
      if (/^Text by/.test(top[0])) top.push(`Photographs by ${ph} for ${o}`);
    } else top.push(`Photographs by ${ph} for ${o}`);
    addTop(page, 30, block('photo-essay-sequence', top));
    const at = gaps(ctx.paras.length, r.int(2, 3));
    const total = at.length + r.int(2, 9);
    at.forEach((i, k) =>
      addInsert(
        ctx,
        page,
        block('photo-essay-sequence', [`${k + 2} / ${total}`, `${ph} for ${o}`]),
        i,
      ),
    );
  },
);

// ------------------------------------------------------------------ bylines and datelines

// Bylines with each author's social handle inline.
shape('byline-handle-inline', { group: 'byline', applies: hasPersons }, (ctx, page) => {
  const r = ctx.rng;
  page.setsAuthors = true;
  const ps = ctx.persons;
  const lines = r.pick([
    () => [
      `By ${namesJoin(
        ctx,
        ps.map((p) => `${p} (${ctx.handleOf(p)})`),
        'and',
      )}`,
    ],
    () => ps.map((p) => `${p} ${ctx.handleOf(p)}`),
    () => [`By ${names(ctx)} | Twitter: ${ps.map((p) => ctx.handleOf(p)).join(', ')}`],
    () => ps.map((p) => `${p} ✓ ${ctx.handleOf(p)} · Follow`),
  ])();
  addTop(page, 30, block('byline-handle-inline', lines));
});

// An author avatar's alt text read as a line above the name and role.
shape('byline-avatar-alt', { group: 'byline', applies: hasPersons }, (ctx, page) => {
  const r = ctx.rng;
  page.setsAuthors = true;
  const role = r.pick([
    'Staff Writer',
    'Political Reporter',
    'Senior Correspondent',
    'Contributor',
  ]);
  const alt = r.pick([
    'Headshot of %',
    'Photo of %',
    '% headshot',
    'Author image: %',
    '%’s profile picture',
  ]);
  const lines = [];
  for (const p of ctx.persons) lines.push(alt.replace('%', p), p);
  lines.push(role);
  addTop(page, 30, block('byline-avatar-alt', lines));
});

// A byline with a day/month/year numeric date (and time), as British and European sites print.
shape(
  'byline-numeric-date-eu',
  { groups: ['byline', 'date'], applies: hasPersons },
  (ctx, page) => {
    const r = ctx.rng;
    page.setsAuthors = true;
    const { y, m, d } = D(ctx.dt);
    const t = ctx.time;
    const N = names(ctx, r.pick(['and', 'amp', 'comma']));
    const line = r.pick([
      `${N} - ${pad(d)}/${pad(m + 1)}/${y} ${pad(t.h)}:${pad(t.mi)}`,
      `By ${N}, ${pad(d)}/${pad(m + 1)}/${String(y).slice(2)}`,
      `${N} | ${d}/${m + 1}/${y}`,
      `Posted by ${N} on ${pad(d)}-${pad(m + 1)}-${y}`,
    ]);
    addTop(page, 30, block('byline-numeric-date-eu', [line]));
  },
);

// A writer credit with fact-checker and reviewer credits and a later review date.
shape('byline-factcheck-review', { group: 'byline', applies: hasPersons }, (ctx, page) => {
  const r = ctx.rng;
  page.setsAuthors = true;
  const fc = ctx.fake();
  const rv = ctx.fake();
  const rev = addDays(ctx.dt, r.int(1, 600));
  const lines = r.pick([
    () => [
      `Written by ${names(ctx)}`,
      `Fact-checked by ${fc}`,
      `Reviewed by ${rv}`,
      `Last reviewed: ${fmtDate(rev, 'full')}`,
    ],
    () => [`Written by ${names(ctx)} | Fact checked by ${fc}`],
    () => [
      `By ${names(ctx)} · Edited by ${rv} · Fact-checked by ${fc}`,
      `Updated ${fmtDate(rev, 'short')}`,
    ],
  ])();
  addTop(page, 30, block('byline-factcheck-review', lines));
});

// A wire dateline carrying the date (and agency or release service) glued to the lede; the
// dateline belongs to the first paragraph.
const startsWithDateline = (p) => /^[A-Z][A-Z.' ]{2,}[,(\s—–-]/.test(p) || /^ABSTRACT/.test(p);
shape(
  'dateline-dated-prefix',
  { group: 'dateline', applies: (ctx) => !startsWithDateline(ctx.paras[0]) },
  (ctx, page) => {
    const r = ctx.rng;
    const c = r.pick(CITIES);
    const { y, m, d } = D(ctx.dt);
    const st = c[1] ? `, ${c[1]}` : '';
    page.prefix = r.pick([
      `${c[0]}${st}, ${MONTHS_AP[m]} ${d} (Xinhua) -- `,
      `${c[2]}, ${MONTHS[m]} ${d}, ${y} /PRNewswire/ -- `,
      `${c[0]}, ${MONTHS_3[m]} ${d} (IANS) `,
      `${c[2]}, ${c[3]}, ${d} ${MONTHS_3[m]} (AFP) - `,
    ]);
  },
);

// Year-first dotted stamps (as English editions of Korean and Japanese papers print them).
shape('date-ymd-dotted-stamps', { group: 'date' }, (ctx, page) => {
  const r = ctx.rng;
  const { y, m, d } = D(ctx.dt);
  const t = ctx.time;
  const up = addDays(ctx.dt, r.pick([0, 0, 1]));
  const U = D(up);
  const u = laterSameDay(ctx);
  const lines = r.pick([
    () => [
      `Posted : ${y}.${pad(m + 1)}.${pad(d)} ${pad(t.h)}:${pad(t.mi)}`,
      `Updated : ${U.y}.${pad(U.m + 1)}.${pad(U.d)} ${pad(u.h)}:${pad(u.mi)}`,
    ],
    () => [
      `Published ${y}.${pad(m + 1)}.${pad(d)}. ${pad(t.h)}:${pad(t.mi)}  Updated ${U.y}.${pad(U.m + 1)}.${pad(U.d)}. ${pad(u.h)}:${pad(u.mi)}`,
    ],
    () => [
      `${y}.${pad(m + 1)}.${pad(d)} (${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][D(ctx.dt).w]})`,
    ],
    () => [`Date : ${y}/${pad(m + 1)}/${pad(d)} [${pad(t.h)}:${pad(t.mi)}]`],
  ])();
  addTop(page, 32, block('date-ymd-dotted-stamps', lines));
});

// ------------------------------------------------------------------ titles

// A wire service's version prefix glued to the headline (the gold title is without it).
shape('title-wire-version-prefix', { group: 'title' }, (ctx, page) => {
  const r = ctx.rng;
  const p = r.pick([
    'UPDATE 1-',
    'UPDATE 2-',
    'UPDATE 3-',
    'REFILE-',
    'CORRECTED-',
    'RPT-',
    'WRAPUP 1-',
    'INSIGHT-',
  ]);
  page.titleLines = page.titleLines.slice();
  page.titleLines[0] = p + page.titleLines[0];
});

// A media tag after the headline (the gold title is without it).
shape('title-media-tag-suffix', { group: 'title' }, (ctx, page) => {
  const r = ctx.rng;
  const tag = r.pick([
    ' [VIDEO]',
    ' (PHOTOS)',
    ' | VIDEO',
    ' (+VIDEO)',
    ' [UPDATED]',
    ' — WATCH',
    ' (AUDIO)',
  ]);
  page.titleLines = page.titleLines.slice();
  page.titleLines[0] = page.titleLines[0].replace(/[.;:\s]+$/, '') + tag;
});

// Rules drawn under (and sometimes over) the headline, as plain-text exports set titles.
shape('title-rule-underline', { group: 'title' }, (ctx, page) => {
  const r = ctx.rng;
  const ch = r.pick(['=', '-', '─', '━', '~']);
  const len = Math.min(80, Math.max(10, page.titleLines[0].length));
  const rule = ch.repeat(len);
  addTop(page, 21, block('title-rule-underline', [ornament(rule)]));
  if (r.chance(0.35)) addTop(page, 19, block('title-rule-underline', [ornament(rule)]));
});

// A reading list's item number before the headline (the gold title is without it).
shape('title-list-number', { group: 'title' }, (ctx, page) => {
  const r = ctx.rng;
  const k = r.int(1, 12);
  const p = r.pick([`${k}. `, `#${k} `, `${k}) `, `No. ${k}: `]);
  page.titleLines = page.titleLines.slice();
  page.titleLines[0] = p + page.titleLines[0];
});

// ------------------------------------------------------------------ one story, many breaks

// Subheads between paragraphs (boilerplate: the source has none).
const SUBHEADS = [
  'The tax question',
  'A tightening race',
  'On the trail',
  'The Ohio factor',
  'Money and message',
  'Looking ahead to November',
  'Behind the numbers',
  'A familiar attack',
  'The view from the base',
  'Mixed signals',
];
shape(
  'inline-subheads',
  { group: 'breaks', applies: (ctx) => ctx.paras.length >= 4 },
  (ctx, page) => {
    const r = ctx.rng;
    const fmt = r.pick([
      (s) => s,
      (s) => s.toUpperCase(),
      (s) => `## ${s}`,
      (s) => `■ ${s.toUpperCase()}`,
    ]);
    const heads = r.sample(SUBHEADS, 3);
    gaps(ctx.paras.length, r.int(1, 3)).forEach((i, k) =>
      addInsert(ctx, page, block('inline-subheads', [fmt(heads[k])]), i),
    );
  },
);

// Asterisms and section-break ornaments between paragraphs, an end mark after the last.
shape(
  'asterism-breaks',
  { group: 'breaks', applies: (ctx) => ctx.paras.length >= 3 },
  (ctx, page) => {
    const r = ctx.rng;
    const orn = r.pick(['* * *', '⁂', '• • •', '◆ ◆ ◆', '— — —', '***', '§']);
    for (const i of gaps(ctx.paras.length, r.int(1, 2)))
      addInsert(ctx, page, block('asterism-breaks', [ornament(orn)]), i);
    if (r.chance(0.6))
      addEnd(
        page,
        3,
        block('asterism-breaks', [ornament(r.pick(['-30-', '###', '(END)', '— END —', '∎']))]),
      );
  },
);

// A sticky header repeating the headline, captured mid-story (one story, not two).
shape('sticky-reading-header', { applies: (ctx) => ctx.paras.length >= 3 }, (ctx, page) => {
  const r = ctx.rng;
  const T = titleNoStop(ctx);
  const lines = r.pick([
    () => ['You are reading', T],
    () => [`${ctx.outlet()} | ${T}`, 'Share  ✕'],
    () => [`Now reading: ${T}`, `${minutes(ctx)} min left`],
    () => [`${T}  ·  ${ctx.outlet()}  ·  ☰`],
  ])();
  addInsert(ctx, page, block('sticky-reading-header', lines), gaps(ctx.paras.length, 1)[0]);
});

// Update time labels between paragraphs (later the same day).
shape('update-time-labels', { applies: (ctx) => ctx.paras.length >= 3 }, (ctx, page) => {
  const r = ctx.rng;
  const fmt = r.pick([
    (t) => `UPDATE, ${t12(t, 0)}:`,
    (t) => `[Updated at ${t12(t, 0)} ET]`,
    (t) => `Update — ${t12(t, 2)} ET`,
    (t) => `UPDATE ${t12(t, 0).toUpperCase()}`,
  ]);
  let t = laterSameDay(ctx);
  for (const i of gaps(ctx.paras.length, r.int(1, 2)).reverse()) {
    addInsert(ctx, page, block('update-time-labels', [fmt(t)]), i);
    t = { h: Math.max(ctx.time.h, t.h - 1), mi: r.int(0, 59) };
  }
});

// ------------------------------------------------------------------ CLI
runEditRound(
  {
    script: 'make-blind-noise-11.mjs',
    shapes: SHAPES,
    salt: 'assign11',
    kDist: [1, 2, 2, 2, 3, 3, 3, 3, 4, 4],
  },
  process.argv.slice(2),
);
