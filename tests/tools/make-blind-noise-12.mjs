#!/usr/bin/env node
// make-blind-noise-12.mjs: adds scraped-page noise (round 12 shapes) to clean PolNeAR dev articles.
// Usage: node make-blind-noise-12.mjs --src DIR --out DIR --seed N
//        node make-blind-noise-12.mjs --list-shapes
// Same CLI, output layout and gold format as rounds 8-11; the noise shapes are new, written blind
// from what copy-paste and HTML-to-text scrapers leave around stories: containers (feed readers,
// newsletter e-mails, forum reposts, PDF exports with running heads and page numbers, app share
// sheets), site chrome (breadcrumbs, section menus, footers with copyright lines, cookie banners
// in four languages, metered paywall counters, share and comment counters), blocks between
// paragraphs (ad markers, inline newsletter sign-ups, unlabelled teasers, photo captions with
// credits, embedded tweets and Instagram posts, video player chrome with a caption transcript),
// blocks after the story (labelled related links, sponsored link farms, tag lists, author bios,
// corrections, opinion disclaimers, syndication credits, comment threads), tables of contents,
// bylines with affiliations and several authors, bylines in capitals with the date in many
// orders, read-time and published/updated stamps, dates in Spanish, French, German and
// Portuguese, and titles with a site suffix, a section kicker, or no title at all.
// Gold decisions.
// - Every added line is boilerplate (each holds a letter or a digit). No shape adds article paragraphs or edits one: the source's
//   paragraphs stay unchanged, complete and in order; each file holds exactly one story.
// - Corrections, clarifications, opinion disclaimers and syndication credits appended to the
//   story are boilerplate (the newsroom talking about the story, not the story).
// - Photo captions, embedded social posts and video transcripts between paragraphs are
//   boilerplate (they are media furniture, not the story's text).
// - Title: the source's headline (gold title and variants), except `title-missing` (the page
//   has none: gold title null). A site name after it, a section kicker above it and a running
//   head repeating it are not part of it.
// - Date: always the source's publication date. Updated stamps, copyright years, print and
//   capture dates, newsletter issue dates, forum post times, caption and correction dates
//   are traps. Numeric dates in foreign-language stamps are day/month/year.
// - Authors: the bylined persons, listed only when a `byline-*` shape shows them as the
//   story's authors; bio writers at the end, photographers, forum posters, newsletter editors
//   and commenters are never authors (a bio alone does not set them).
// Node 20 built-ins only. Deterministic for a given seed.
import { urlOf, wordCount } from './lib/article-context.mjs';
import { runEditRound } from './lib/edit-round.mjs';
import { AGENCIES, FIGURES, RELATED, USER_NAMES } from './lib/pools.mjs';
import { addEnd, addInsert, addTop, block, namesJoin } from './lib/page.mjs';
import {
  D,
  MONTHS,
  MONTHS_3,
  MONTHS_AP,
  MONTHS_DE,
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

// ------------------------------------------------------------------ round-12 helpers
const hasPersons = (ctx) => ctx.persons.length > 0;
const atLeast = (n) => (ctx) => ctx.paras.length >= n;
const names = (ctx, style) => namesJoin(ctx, ctx.persons, style || 'and');
const readMins = (ctx) => Math.max(1, Math.round(wordCount(ctx) / ctx.rng.int(200, 265)));
// k distinct paragraph indexes in 0..n-2, spread over the story
function spread(ctx, k) {
  const n = ctx.paras.length;
  const out = [];
  for (let j = 1; j <= k; j++) {
    const i = Math.max(0, Math.min(n - 2, Math.floor((j * n) / (k + 1)) - 1));
    if (!out.includes(i)) out.push(i);
  }
  return out;
}
const kfmt = (n) => (n >= 1000 ? `${(n / 1000).toFixed(1).replace(/\.0$/, '')}K` : String(n));
const sectionOf = (ctx) => ctx.rng.pick(ctx.pub.sections);
const lastName = (n) => n.split(/\s+/).pop();
const figureFor = (ctx) => {
  const text = ctx.paras.join(' ');
  const hits = FIGURES.filter((f) => text.includes(f[2]));
  return ctx.rng.pick(hits.length ? hits : FIGURES.slice(0, 2));
};

const MONTHS_ES = [
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
];
const MONTHS_FR = [
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
];
const MONTHS_PT = [
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
];
const WEEKDAYS_ES = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
const WEEKDAYS_DE = [
  'Sonntag',
  'Montag',
  'Dienstag',
  'Mittwoch',
  'Donnerstag',
  'Freitag',
  'Samstag',
];

// ------------------------------------------------------------------ containers

// A feed reader's item view: the feed's name, the item's age, reader buttons around the story.
shape('feed-reader-chrome', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const feed = r.pick([
    `${o} - ${sectionOf(ctx)}`,
    `${o} » ${sectionOf(ctx)}`,
    `${o}: Top Stories`,
    `${ctx.pub.domain} RSS`,
  ]);
  addTop(
    page,
    2,
    block('feed-reader-chrome', [
      feed,
      r.pick([
        `${r.int(1, 23)}h  •  ${ctx.pub.domain}`,
        `${r.int(2, 6)}d ago`,
        `by ${o} / ${r.int(3, 59)}m`,
      ]),
      r.pick(['Visit Website', 'Open original', 'View original ↗']),
    ]),
  );
  addEnd(
    page,
    10,
    block('feed-reader-chrome', [
      r.pick(['Mark as read', 'Mark as unread  ·  Save for later', 'Keep unread']),
      r.pick(['Save to Board', 'Read Later', 'Send to Pocket  |  Share']),
      r.chance(0.5) ? `${r.int(2, 80)} more from ${o}` : null,
    ]),
  );
});

// A newsletter e-mail carrying the story: browser link, forwarding note, issue date (the next
// morning: a trap), footer with unsubscribe links and a postal address.
shape('newsletter-email-wrapper', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const issue = addDays(ctx.dt, 1);
  const letter = r.pick([
    'Playbook',
    'The Daily 202',
    'Morning Briefing',
    'On Politics',
    'The Edge',
  ]);
  addTop(
    page,
    1,
    block('newsletter-email-wrapper', [
      r.pick([
        'View this email in your browser',
        'Having trouble viewing this email? View it online',
      ]),
      `${o} ${letter} | ${fmtDate(issue, r.pick(['dowfull', 'full', 'ap']))}`,
      r.chance(0.6) ? 'Forwarded this email? Sign up here to get it every morning.' : null,
    ]),
  );
  addEnd(
    page,
    50,
    block('newsletter-email-wrapper', [
      `You are receiving this email because you signed up for ${letter}.`,
      r.pick([
        'Unsubscribe | Update your preferences',
        'Unsubscribe  •  Manage subscriptions  •  Privacy',
      ]),
      `${ctx.pub.legal}, ${r.int(100, 1999)} ${r.pick(['Main', 'K', 'Wilson', 'Eighth'])} St., ${r.pick(['Suite 400', 'Floor 9', ''])}`.replace(
        /, $/,
        '',
      ),
    ]),
  );
});

// A forum repost: thread chrome, the poster's line with its own time, the quote box, reply
// buttons; the poster is not the author.
shape('forum-repost-wrapper', { group: 'container' }, (ctx, page) => {
  const r = ctx.rng;
  const u = r.pick(USER_NAMES);
  const when = addDays(ctx.dt, r.int(0, 3));
  addTop(
    page,
    1,
    block('forum-repost-wrapper', [
      r.pick([
        'Political Discussion Forum',
        'Forums › Politics › 2016 Election',
        'Board index ‹ Current Events',
      ]),
      `${r.pick(['Posted by', 'Thread starter', 'Started by'])} ${u} · ${fmtDate(when, r.pick(['mdy', 'short', 'ap']))}`,
      r.pick(['Quote:', `Originally Posted by ${u}`, '[quote]']),
    ]),
  );
  addEnd(
    page,
    40,
    block('forum-repost-wrapper', [
      r.pick(['[/quote]', 'Source link in OP.', `Link: ${urlOf(ctx)}`]),
      r.pick(['Reply  Quote  Report', '👍 Like  💬 Reply  ⚑ Report', 'Reply With Quote']),
      `${r.int(2, 140)} replies · ${kfmt(r.int(150, 9000))} views`,
    ]),
  );
});

// A PDF export: page numbers, the URL and a running head (outlet, section or print date; never
// the headline, so that a page without a title stays without one) between paragraphs, and a
// printed-on date (a trap).
shape('pdf-page-furniture', { group: 'container', applies: atLeast(4) }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const printed = addDays(ctx.dt, r.int(3, 900));
  const pages = r.int(2, 4);
  const head = r.pick([
    () => `${o} | ${sectionOf(ctx)}`,
    () => `${o} — ${fmtDate(printed, 'mdyshort')}`,
    () => `${ctx.pub.domain}`,
  ]);
  const num = r.pick([(k) => `Page ${k} of ${pages}`, (k) => `${k}/${pages}`, (k) => `- ${k} -`]);
  spread(ctx, pages - 1).forEach((i, k) =>
    addInsert(ctx, page, block('pdf-page-furniture', [num(k + 1), urlOf(ctx), head()]), i),
  );
  addEnd(
    page,
    60,
    block('pdf-page-furniture', [
      num(pages),
      `Printed on ${fmtDate(printed, r.pick(['mdy', 'full', 'dmy']))}`,
    ]),
  );
});

// A story shared out of a publisher's app, then pasted from an e-mail or message.
shape('app-share-sheet', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  addEnd(
    page,
    45,
    block('app-share-sheet', [
      r.pick([
        `Shared from the ${o} app`,
        `Sent via the ${o} app for iPhone`,
        `Shared using ${o} for Android`,
      ]),
      r.pick([
        `Get the ${o} app for breaking news alerts: download it free on iOS and Android.`,
        'Sent from my iPhone',
        'Get the app ▸',
      ]),
    ]),
  );
});

// ------------------------------------------------------------------ site chrome

// A breadcrumb trail above the headline, in several separators and cases.
shape('breadcrumb-trail', { group: 'kicker' }, (ctx, page) => {
  const r = ctx.rng;
  const sep = r.pick([' › ', ' > ', ' / ', ' » ', ' | ', ' ⟩ ']);
  const parts = ['Home', sectionOf(ctx)];
  if (r.chance(0.5))
    parts.push(r.pick(['Elections', 'Campaign 2016', 'Presidential Race', 'Congress']));
  let line = parts.join(sep);
  if (r.chance(0.3)) line = line.toUpperCase();
  addTop(page, 10, block('breadcrumb-trail', [line]));
});

// A site menu flattened into lines: the menu button, section names, log-in and subscribe.
shape('section-menu-lines', {}, (ctx, page) => {
  const r = ctx.rng;
  const secs = ctx.pub.sections.slice();
  const extra = r.sample(['Opinion', 'Video', 'Podcasts', 'Local', 'Sports', 'Tech', 'Arts'], 3);
  const items = [...secs, ...extra];
  const lines = r.pick([
    () => [
      r.pick(['☰ Menu', 'Sections', 'MENU']),
      ...items,
      'Search',
      r.pick(['Log In', 'Sign In']),
      'Subscribe',
    ],
    () => [
      `${r.pick(['☰', '≡'])} ${items.join('  ')}`,
      `Search  ${r.pick(['Log In', 'Sign in'])}  Subscribe`,
    ],
    () => [items.map((s) => s.toUpperCase()).join(' | ')],
  ])();
  addTop(page, 5, block('section-menu-lines', lines));
});

// The site footer: link rows and a copyright line with a later year (a trap).
shape('site-footer-copyright', {}, (ctx, page) => {
  const r = ctx.rng;
  const y = D(ctx.dt).y + r.pick([0, 0, 1, 2, 5, 8]);
  const lines = [
    r.pick([
      'About Us | Contact | Careers | Advertise | Corrections',
      'About  Contact  Jobs  Advertise  Site Map',
      'Terms of Service · Privacy Policy · Cookie Settings · Accessibility',
    ]),
    r.pick([
      `© ${y} ${ctx.pub.legal}. All rights reserved.`,
      `Copyright ${y} ${ctx.pub.legal}`,
      `(c) ${D(ctx.dt).y}-${y + 1} ${ctx.pub.legal} All Rights Reserved`,
      `© Copyright ${y}, ${ctx.pub.legal}`,
    ]),
  ];
  if (r.chance(0.4)) lines.push('Powered by WordPress.com VIP');
  addEnd(page, 70, block('site-footer-copyright', lines));
});

// A cookie banner in one of four languages, with its buttons.
shape('cookie-banner-multilang', {}, (ctx, page) => {
  const r = ctx.rng;
  const lines = r.pick([
    () => [
      'We use cookies to personalise content and ads, to provide social media features and to analyse our traffic.',
      'Accept all cookies   Manage preferences',
    ],
    () => [
      'Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und die Zugriffe auf unsere Website zu analysieren.',
      'Alle akzeptieren  Einstellungen',
    ],
    () => [
      'Nous utilisons des cookies pour améliorer votre expérience et mesurer l’audience de notre site.',
      'Tout accepter  Paramétrer  Continuer sans accepter →',
    ],
    () => [
      'Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.',
      'ACEPTAR  CONFIGURAR',
    ],
  ])();
  if (r.chance(0.5)) addTop(page, 0, block('cookie-banner-multilang', lines));
  else addEnd(page, 80, block('cookie-banner-multilang', lines));
});

// A metered paywall's counter and offer, above or below the story.
shape('metered-paywall-counter', {}, (ctx, page) => {
  const r = ctx.rng;
  const left = r.int(0, 9);
  const o = ctx.outlet();
  const lines = r.pick([
    () => [
      `You have ${left} free ${left === 1 ? 'article' : 'articles'} remaining this month.`,
      'Subscribe for $1 a week. Cancel anytime.',
    ],
    () => [`${left} of 10 free stories left`, `Already a subscriber? Log in`],
    () => [
      `This is your ${['first', 'second', 'third', 'fourth', 'last'][r.int(0, 4)]} free article this month.`,
      `Get unlimited access to ${o}.`,
    ],
    () => [
      'SUBSCRIBER EXCLUSIVE',
      `Unlock this story: ${r.pick(['$0.99', '$1', '99¢'])} for your first month`,
    ],
  ])();
  if (r.chance(0.5)) addTop(page, 25, block('metered-paywall-counter', lines));
  else addEnd(page, 5, block('metered-paywall-counter', lines));
});

// Share buttons and counters under the headline, sometimes repeated under the story.
shape('share-counter-bar', {}, (ctx, page) => {
  const r = ctx.rng;
  const n = r.int(12, 48000);
  const c = r.int(0, 2400);
  const mk = () =>
    r.pick([
      `${kfmt(n)} Shares`,
      `f Share  𝕏 Post  ✉ Email  🔗 Copy link`,
      `Share this article: Facebook Twitter LinkedIn Reddit WhatsApp`,
      `${kfmt(n)} shares | ${c} comments`,
      `SHARE ${kfmt(n)}   TWEET   EMAIL`,
      `💬 ${c}`,
    ]);
  addTop(page, 28, block('share-counter-bar', [mk(), r.chance(0.5) ? mk() : null]));
  if (r.chance(0.4)) addEnd(page, 8, block('share-counter-bar', [mk()]));
});

// ------------------------------------------------------------------ between paragraphs

// Ad slot markers left in the text flow.
shape('ad-slot-markers', { applies: atLeast(3) }, (ctx, page) => {
  const r = ctx.rng;
  const m = r.pick([
    'Advertisement',
    'ADVERTISEMENT',
    '- Advertisement -',
    'Story continues below advertisement',
    'Article continues below this ad',
    'AD',
    'Ad Feedback',
    'SKIP AD',
  ]);
  for (const i of spread(ctx, r.int(1, 3))) addInsert(ctx, page, block('ad-slot-markers', [m]), i);
});

// An inline newsletter sign-up box between paragraphs.
shape('inline-newsletter-signup', { applies: atLeast(3) }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const lines = r.pick([
    () => [
      `Sign up for the ${r.pick(['Politics', 'Election 2016', 'Morning', 'Daily'])} newsletter`,
      'Enter your email address',
      'Sign Up',
      `By signing up you agree to our Terms of Use and Privacy Policy.`,
    ],
    () => [
      `Get ${o} in your inbox — ${r.pick(['free', 'every weekday', 'twice a day'])}.`,
      'Email address  SUBSCRIBE',
    ],
    () => ['📬 Like this story? Get more like it in your inbox.', 'Sign me up →'],
  ])();
  addInsert(ctx, page, block('inline-newsletter-signup', lines), spread(ctx, 1)[0]);
});

// Teaser headlines dropped between paragraphs with no label, sometimes with an age.
shape('teasers-unlabeled', { applies: atLeast(4) }, (ctx, page) => {
  const r = ctx.rng;
  const picks = r.sample(RELATED, 4);
  spread(ctx, r.int(1, 2)).forEach((i, k) => {
    const h = picks[k];
    const line = r.pick([
      h,
      `${h} ›`,
      `${h}  ${r.int(1, 11)}h ago`,
      `▶ ${h}`,
      `${h.toUpperCase()}`,
    ]);
    addInsert(ctx, page, block('teasers-unlabeled', [line]), i);
  });
});

// A photo with its caption and credit between paragraphs (caption dates are traps).
shape('photo-caption-credit', { applies: atLeast(3) }, (ctx, page) => {
  const r = ctx.rng;
  const fig = figureFor(ctx);
  const ph = ctx.fake();
  const ag = r.pick(AGENCIES);
  const when = addDays(ctx.dt, -r.int(1, 20));
  const { m, d } = D(when);
  const where = ctx.city();
  const cap = r.pick([
    `${fig[0]} speaks to supporters at a campaign rally in ${where[2]}, ${where[3]}, on ${MONTHS_AP[m]} ${d}.`,
    `${fig[0]} arrives for an event in ${where[2]} earlier this month.`,
    `Supporters of ${fig[2]} wait for the candidate in ${where[2]}, ${where[3]}.`,
  ]);
  const credit = r.pick([
    `(Photo: ${ph}/${ag})`,
    `Credit: ${ph} for ${ctx.outlet()}`,
    `${ph} / ${ag}`,
    `PHOTO: ${ag.toUpperCase()}`,
    `Image: ${ag}`,
  ]);
  const lines = r.pick([() => [cap, credit], () => [`${cap} ${credit}`], () => [credit, cap]])();
  if (r.chance(0.4))
    lines.unshift(r.pick(['Enlarge this image', 'Expand', 'Image 1 of 3', '⤢ View gallery']));
  addInsert(ctx, page, block('photo-caption-credit', lines), spread(ctx, 1)[0]);
});

// An embedded tweet or Instagram post as text (its date is a trap).
shape('embedded-social-post', { applies: atLeast(3) }, (ctx, page) => {
  const r = ctx.rng;
  const fig = figureFor(ctx);
  const when = addDays(ctx.dt, -r.int(0, 2));
  const { y, m, d } = D(when);
  const t = { h: r.int(6, 23), mi: r.int(0, 59) };
  const body = r.pick([
    `Thank you ${ctx.city()[2]}! Get out and VOTE on November 8th!`,
    'Watch tonight. We will not back down.',
    'Join us live at 7pm ET ⬇️',
    'What a crowd. Thank you all for coming out today!',
  ]);
  const code = Math.abs((ctx.rng.next() * 1e9) | 0).toString(36);
  const lines = r.pick([
    () => [`${body} pic.twitter.com/${code}`, `— ${fig[0]} (@${fig[1]}) ${MONTHS[m]} ${d}, ${y}`],
    () => [
      fig[0],
      `@${fig[1]}`,
      'Follow',
      body,
      `${t12(t, 2)} - ${d} ${MONTHS_3[m]} ${y}`,
      `${kfmt(r.int(900, 90000))} Retweets  ${kfmt(r.int(2000, 200000))} Likes`,
    ],
    () => [
      'View this post on Instagram',
      body,
      `A post shared by ${fig[0]} (@${fig[1].toLowerCase()}) on ${MONTHS_3[m]} ${d}, ${y} at ${t12(t, 2)} PDT`,
    ],
  ])();
  addInsert(ctx, page, block('embedded-social-post', lines), spread(ctx, 1)[0]);
});

// A video player's chrome with its caption transcript (speaker turns in capitals).
shape('video-player-transcript', { applies: atLeast(3) }, (ctx, page) => {
  const r = ctx.rng;
  const fig = figureFor(ctx);
  const dur = `${r.int(0, 4)}:${pad(r.int(5, 59))}`;
  const lines = [
    r.pick(['Now Playing', 'Video', 'WATCH', 'Up Next']),
    `${r.pick(RELATED)} (${dur})`,
    r.pick([`0:00 / ${dur}`, `Autoplay: ON  |  CC`, `Duration ${dur}`]),
  ];
  if (r.chance(0.7))
    lines.push(
      r.pick(['Transcript', 'TRANSCRIPT:', 'Show transcript ▾']),
      `>> ${fig[2].toUpperCase()}: WE ARE GOING TO WIN THIS STATE.`,
      `>> [CHEERS AND APPLAUSE]`,
    );
  addInsert(ctx, page, block('video-player-transcript', lines), spread(ctx, 1)[0]);
});

// ------------------------------------------------------------------ above the story

// A table of contents or jump links above the first paragraph of a long story.
shape('jump-links-toc', { applies: atLeast(6) }, (ctx, page) => {
  const r = ctx.rng;
  const heads = r.sample(
    [
      'What happened',
      'Why it matters',
      'The numbers',
      'What they said',
      'What comes next',
      'Background',
      'Key dates',
    ],
    r.int(3, 5),
  );
  const bul = r.pick(['• ', '- ', '', '▸ ']);
  const lines = [
    r.pick([
      'In this article:',
      'Contents',
      'Jump to:',
      'Table of Contents [hide]',
      'IN THIS STORY',
    ]),
  ];
  heads.forEach((h, k) => lines.push(bul ? `${bul}${h}` : `${k + 1} ${h}`));
  addTop(page, 38, block('jump-links-toc', lines));
});

// ------------------------------------------------------------------ after the story

// Related links under a label, one per line.
shape('related-links-labeled', {}, (ctx, page) => {
  const r = ctx.rng;
  const label = r.pick([
    `MORE FROM ${ctx.outlet().toUpperCase()}:`,
    'Read more:',
    'RELATED COVERAGE',
    'You might also like',
    'Recommended for you',
    'Most Read',
    'Más noticias',
  ]);
  const bul = r.pick(['', '• ', '— ', '» ']);
  const items = r.sample(RELATED, r.int(2, 5)).map((h) => bul + h);
  addEnd(page, 20, block('related-links-labeled', [label, ...items]));
});

// A sponsored link farm: its label, clickbait teasers and the network's credit.
shape('sponsored-link-farm', {}, (ctx, page) => {
  const r = ctx.rng;
  const bait = r.sample(
    [
      'Doctors Stunned: This Simple Trick Melts Belly Fat',
      'Homeowners Are Switching To This Instead Of Solar',
      'The 2016 Cars That Depreciate The Fastest',
      'Seniors Born Before 1955 Get Big Reward',
      'Here’s What A New Roof Should Cost You In 2016',
      'You Won’t Believe What These Child Stars Look Like Now',
      '23 Photos Taken Seconds Before Disaster',
    ],
    r.int(2, 4),
  );
  const lines = [
    r.pick([
      'Sponsored Content',
      'Promoted Stories',
      'Around The Web',
      'PAID CONTENT',
      'From Our Partners',
    ]),
  ];
  for (const b of bait)
    lines.push(
      r.chance(0.5)
        ? b
        : `${b} ${r.pick(['HealthyLiving', 'SmartSaver', 'Finance Daily', 'Trend Chaser'])}`,
    );
  lines.push(
    r.pick([
      'Sponsored Links by Taboola',
      'Recommended by Outbrain',
      'Ads by Revcontent',
      'by Taboola',
    ]),
  );
  addEnd(page, 30, block('sponsored-link-farm', lines));
});

// A tag list under the story (names and topics), in several labels and separators.
shape('topic-tag-list', {}, (ctx, page) => {
  const r = ctx.rng;
  const tags = ctx.tagNames.slice(0, r.int(3, 6));
  tags.push(r.pick(['2016 Presidential Election', 'Election 2016', 'campaign 2016']));
  const line = r.pick([
    () => `Tags: ${tags.join(', ')}`,
    () => `Filed under: ${tags.join(' · ')}`,
    () => `TOPICS: ${tags.map((t) => t.toUpperCase()).join(', ')}`,
    () => tags.map((t) => `#${t.replace(/[^A-Za-z0-9]/g, '')}`).join(' '),
    () => `Related Topics ${tags.join('  ')}`,
  ])();
  addEnd(page, 15, block('topic-tag-list', [line]));
});

// A short author bio (bylined person when there is one, else a contributor); not a byline.
shape('author-bio-footer', {}, (ctx, page) => {
  const r = ctx.rng;
  const who = hasPersons(ctx) ? ctx.persons[0] : ctx.fake();
  const o = ctx.outlet();
  const lines = r.pick([
    () => [
      `${who} covers ${r.pick(['politics', 'the 2016 campaign', 'Congress', 'the White House'])} for ${o}. Reach ${lastName(who)} at ${ctx.emailOf(who)} or on Twitter ${ctx.handleOf(who)}.`,
    ],
    () => [
      'About the Author',
      `${who} is a ${r.pick(['staff writer', 'senior political reporter', 'contributing editor'])} at ${o}.`,
      `More stories by ${who} ›`,
    ],
    () => [
      `${who.toUpperCase()}`,
      `${r.pick(['Political correspondent', 'Reporter', 'Columnist'])} · ${r.int(2, 30)} years at ${o}`,
      'Follow',
    ],
  ])();
  addEnd(page, 12, block('author-bio-footer', lines));
});

// A correction or clarification after the story, naming a wrong date (a trap).
shape('correction-appended', {}, (ctx, page) => {
  const r = ctx.rng;
  const when = addDays(ctx.dt, -r.int(1, 6));
  const up = addDays(ctx.dt, r.int(0, 3));
  const line = r.pick([
    `Correction: An earlier version of this article misstated the date of a campaign event. It took place on ${fmtDate(when, 'ap')}.`,
    `CLARIFICATION: This story has been updated to reflect that the poll cited was conducted through ${fmtDate(when, 'full')}.`,
    `This article was corrected on ${fmtDate(up, 'full')} to fix the spelling of a name.`,
    `Correction appended (${fmtDate(up, 'ap')}): A previous version of this story gave an incorrect figure for a poll's margin of error.`,
  ]);
  addEnd(page, 2, block('correction-appended', [line]));
});

// An opinion or legal disclaimer under the story.
shape('disclaimer-note', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const line = r.pick([
    `The views expressed in this piece are the author’s own and do not necessarily reflect those of ${o}.`,
    'This material may not be published, broadcast, rewritten or redistributed.',
    `Opinions expressed by contributors are their own. ${o} does not endorse any candidate.`,
    'Disclaimer: The information in this article is provided for general informational purposes only.',
  ]);
  addEnd(page, 25, block('disclaimer-note', [line]));
});

// A syndication credit (the story as republished by a partner site).
shape('syndication-credit', {}, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const line = r.pick([
    `This article originally appeared on ${o}.`,
    `Republished with permission from ${o}. Distributed by Tribune Content Agency, LLC.`,
    `©${D(ctx.dt).y} ${ctx.pub.legal}. Distributed by Tribune Content Agency, LLC.`,
    `This story was first published at ${ctx.pub.domain}. Read the original here.`,
  ]);
  if (r.chance(0.3)) addTop(page, 36, block('syndication-credit', [line]));
  else addEnd(page, 1, block('syndication-credit', [line]));
});

// The comment section: its counter, sorting, log-in prompt and a comment or two.
shape('comment-thread-stub', {}, (ctx, page) => {
  const r = ctx.rng;
  const n = r.int(3, 4200);
  const users = r.sample(USER_NAMES, 2);
  const lines = [
    r.pick([
      `Comments (${n})`,
      `${kfmt(n)} Comments`,
      'Join the conversation',
      `View ${n} comments`,
    ]),
    r.pick([
      'Sort by Newest',
      'Sort by  Oldest ▾',
      'Log in to comment',
      'You must be logged in to post a comment.',
    ]),
  ];
  if (r.chance(0.7)) {
    lines.push(`${users[0]}  ${r.int(1, 23)}h`);
    lines.push(
      r.pick([
        'Nobody is talking about the debt.',
        'Same old story every four years.',
        'Cannot wait for this to be over.',
      ]),
    );
    lines.push(`Reply · ${r.int(0, 60)} Likes`);
  }
  addEnd(page, 35, block('comment-thread-stub', lines));
});

// ------------------------------------------------------------------ bylines and dates

// Several authors with affiliations: on one line or stacked with their roles.
shape('byline-affiliations', { group: 'byline', applies: hasPersons }, (ctx, page) => {
  const r = ctx.rng;
  page.setsAuthors = true;
  const o = ctx.outlet();
  const roles = [
    'Staff Writer',
    'Political Reporter',
    'Special to ' + o,
    'Correspondent',
    'Senior Editor',
  ];
  const lines = r.pick([
    () => [`By ${names(ctx, 'oxford')}, ${o}`],
    () => [ctx.persons.map((p) => `${p}, ${r.pick(roles)}`).join(' | ')],
    () => ctx.persons.flatMap((p) => [p, r.pick(roles)]),
    () => [`By ${names(ctx, 'amp')}`, r.pick([`${o} staff`, `${o} Washington bureau`])],
  ])();
  addTop(page, 30, block('byline-affiliations', lines));
});

// A byline in capitals with the date and time in one of several orders and formats.
shape('byline-caps-dated', { groups: ['byline', 'date'], applies: hasPersons }, (ctx, page) => {
  const r = ctx.rng;
  page.setsAuthors = true;
  const { y, m, d, w } = D(ctx.dt);
  const t = ctx.time;
  const N = names(ctx, r.pick(['and', 'amp'])).toUpperCase();
  const date = r.pick([
    `${MONTHS_AP[m]} ${d}, ${y} ${t12(t, 0)}`,
    `${WEEKDAYS_3[w]} ${MONTHS_3[m]} ${d} ${y} ${pad(t.h)}:${pad(t.mi)}:${pad(r.int(0, 59))}`,
    `${y}-${pad(m + 1)}-${pad(d)}T${pad(t.h)}:${pad(t.mi)}:00-04:00`,
    `${d} ${MONTHS[m].toUpperCase()} ${y}`,
    `${WEEKDAYS[w].toUpperCase()}, ${MONTHS[m].toUpperCase()} ${d}, ${y}`,
  ]);
  const line = r.pick([
    `BY ${N} | ${date}`,
    `${N} • ${date}`,
    `${date} — BY ${N}`,
    `${N}\n${date}`,
  ]);
  addTop(page, 30, block('byline-caps-dated', line.split('\n')));
});

// A read-time label with Published and Updated stamps (the update may fall the next day).
shape('readtime-pub-updated', { group: 'date' }, (ctx, page) => {
  const r = ctx.rng;
  const tz = ctx.pub.tz;
  const t = ctx.time;
  const shift = r.pick([0, 1, 1, 3]);
  const up = addDays(ctx.dt, shift);
  // an update on the publication day comes after the publication time
  const u = shift
    ? { h: r.int(0, 23), mi: r.int(0, 59) }
    : { h: Math.min(23, t.h + r.int(1, 5)), mi: r.int(0, 59) };
  const { m, d, y } = D(ctx.dt);
  const U = D(up);
  const mins = readMins(ctx);
  const lines = r.pick([
    () => [
      `Published ${t12(t, 1)} ${tz} ${MONTHS_3[m]} ${d}, ${y} | Updated ${t12(u, 1)} ${tz} ${MONTHS_3[U.m]} ${U.d}, ${U.y}`,
      `${mins} min read`,
    ],
    () => [
      `${mins} minute read`,
      `Updated ${fmtDate(up, 'ap')} · Originally published ${fmtDate(ctx.dt, 'ap')}`,
    ],
    () => [
      `${fmtDate(ctx.dt, 'full')} · ${mins} min read`,
      `Last updated: ${fmtDate(up, 'mdy')} ${t12(u, 2)}`,
    ],
    () => [`⏱ ${mins} min`, `First published on ${fmtDate(ctx.dt, 'dowfull')} at ${t12(t, 0)}`],
  ])();
  addTop(page, 32, block('readtime-pub-updated', lines));
});

// Publication stamps in Spanish, French, German or Portuguese (edition and translation sites).
shape('date-foreign-stamp', { group: 'date' }, (ctx, page) => {
  const r = ctx.rng;
  const { y, m, d, w } = D(ctx.dt);
  const t = ctx.time;
  const up = D(addDays(ctx.dt, r.pick([0, 1])));
  const lines = r.pick([
    () => [
      `Publicado el ${WEEKDAYS_ES[w]} ${d} de ${MONTHS_ES[m]} de ${y}, ${pad(t.h)}:${pad(t.mi)}`,
    ],
    () => [
      `Publié le ${pad(d)}/${pad(m + 1)}/${y} à ${pad(t.h)}h${pad(t.mi)}`,
      `Mis à jour le ${pad(up.d)} ${MONTHS_FR[up.m]} ${up.y}`,
    ],
    () => [`${WEEKDAYS_DE[w]}, ${pad(d)}.${pad(m + 1)}.${y}, ${pad(t.h)}:${pad(t.mi)} Uhr`],
    () => [`Veröffentlicht am ${d}. ${MONTHS_DE[m]} ${y}`],
    () => [
      `Publicado em ${d} de ${MONTHS_PT[m]} de ${y} às ${pad(t.h)}h${pad(t.mi)}`,
      `Atualizado em ${pad(up.d)}/${pad(up.m + 1)}/${up.y}`,
    ],
  ])();
  addTop(page, 33, block('date-foreign-stamp', lines));
});

// ------------------------------------------------------------------ titles

// The site's name after the headline, as a page's <title> carries it.
shape('title-site-suffix', { group: 'title' }, (ctx, page) => {
  const r = ctx.rng;
  const o = ctx.outlet();
  const sep = r.pick([' | ', ' - ', ' — ', ' :: ', ' « ', ' – ']);
  const tail = r.pick([o, `${o}${sep}${sectionOf(ctx)}`, ctx.pub.domain]);
  page.titleLines = page.titleLines.slice();
  page.titleLines[0] = page.titleLines[0].replace(/[.;:\s]+$/, '') + sep + tail;
});

// A section kicker or story-type label on its own line above the headline.
shape('title-section-kicker', { group: 'kicker' }, (ctx, page) => {
  const r = ctx.rng;
  const k = r.pick([
    sectionOf(ctx).toUpperCase(),
    'ANALYSIS',
    'Opinion',
    'EXCLUSIVE',
    'The Fact Checker',
    `${sectionOf(ctx)} · ${r.pick(['Analysis', 'News', 'Campaign 2016'])}`,
    'BREAKING',
  ]);
  addTop(page, 15, block('title-section-kicker', [k]));
});

// No headline on the page at all (the scraper lost it): gold title null.
shape('title-missing', { group: 'title' }, (ctx, page) => {
  page.titleMode = 'drop';
});

// ------------------------------------------------------------------ CLI
runEditRound(
  {
    script: 'make-blind-noise-12.mjs',
    shapes: SHAPES,
    salt: 'assign12',
    kDist: [2, 2, 3, 3, 3, 4, 4, 4, 5, 5],
  },
  process.argv.slice(2),
);
