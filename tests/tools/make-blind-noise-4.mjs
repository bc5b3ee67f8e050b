#!/usr/bin/env node
// Adds scraped-web-page noise to the clean PolNeAR dev articles and writes a corpus in the layout
// of polnear-dev-noisy (articles/<name>.txt + gold.jsonl), scored by tools/score-corpus.py.
//
//   node make-blind-noise-4.mjs --src DIR --out OUT --seed N
//   node make-blind-noise-4.mjs --list-shapes [--seed N]
//
// Node 22 built-ins only (lib/dates.mjs reads a .ts module). Deterministic for a given seed.
import { titleCaseName } from './lib/article-context.mjs';
import { readArticle, readGold, writeArticle, writeGold } from './lib/corpus-io.mjs';
import { MONTHS, MONTHS_3, MONTHS_AP, WEEKDAYS, isoAddDays, isoParts, pad } from './lib/dates.mjs';
import { Rng, hashUtf16 } from './lib/rng.mjs';
import { contains, norm } from './lib/scorer-text.mjs';

// ------------------------------------------------------------------ args
const argv = process.argv.slice(2);
function arg(name, dflt) {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : dflt;
}
const SEED = parseInt(arg('--seed', '4'), 10) || 0;

// ------------------------------------------------------------------ dates
function ordinal(n) {
  if (n % 10 === 1 && n !== 11) return n + 'st';
  if (n % 10 === 2 && n !== 12) return n + 'nd';
  if (n % 10 === 3 && n !== 13) return n + 'rd';
  return n + 'th';
}
function fmtDate(rng, iso, opts = {}) {
  const { y, m, d, wd } = isoParts(iso);
  const forms = [
    () => `${MONTHS_AP[m - 1]} ${d}, ${y}`,
    () => `${MONTHS[m - 1]} ${d}, ${y}`,
    () => `${MONTHS_3[m - 1]} ${d}, ${y}`,
    () => `${MONTHS_3[m - 1]} ${d} ${y}`,
    () => `${d} ${MONTHS[m - 1]} ${y}`,
    () => `${d} ${MONTHS_3[m - 1]} ${y}`,
    () => `${y}-${pad(m)}-${pad(d)}`,
    () => `${pad(m)}/${pad(d)}/${y}`,
    () => `${m}/${d}/${String(y).slice(2)}`,
    () => `${WEEKDAYS[wd]}, ${MONTHS[m - 1]} ${d}, ${y}`,
    () => `${WEEKDAYS[wd].slice(0, 3)} ${d} ${MONTHS_3[m - 1]} ${y}`,
    () => `${WEEKDAYS[wd]} ${ordinal(d)} ${MONTHS[m - 1]} ${y}`,
    () => `${MONTHS_AP[m - 1].toUpperCase()} ${d}, ${y}`,
    () => `${MONTHS[m - 1].toUpperCase()} ${d}, ${y}`,
    () => `${d}.${pad(m)}.${y}`,
  ];
  if (d <= 12) forms.pop(); // d.mm.yyyy is ambiguous next to US m/d/y when the day is <= 12
  if (opts.noNumeric) forms.splice(6, 3);
  return rng.pick(forms)();
}
function fmtTime(rng) {
  const h24 = rng.int(6, 22),
    mi = rng.int(0, 59);
  const h12 = ((h24 + 11) % 12) + 1;
  const ap = h24 < 12 ? 'am' : 'pm';
  const tz = rng.pick(['ET', 'EDT', 'Eastern', 'PT', 'PDT', 'CT', 'GMT', 'BST', '', '']);
  const forms = [
    () => `${h12}:${pad(mi)} ${ap === 'am' ? 'a.m.' : 'p.m.'}`,
    () => `${h12}:${pad(mi)} ${ap.toUpperCase()}`,
    () => `${h12}:${pad(mi)}${ap}`,
    () => `${pad(h24)}:${pad(mi)}`,
    () => `${pad(h24)}.${pad(mi)}`,
  ];
  return (rng.pick(forms)() + (tz ? ' ' + tz : '')).trim();
}
function fmtDateTime(rng, iso) {
  const { y, m, d } = isoParts(iso);
  const r = rng.next();
  if (r < 0.1) {
    return `${y}-${pad(m)}-${pad(d)}T${pad(rng.int(6, 19))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}${rng.pick(['-04:00', '-0400', '-05:00'])}`;
  }
  const dt = fmtDate(rng, iso),
    tm = fmtTime(rng);
  return rng.pick([
    `${dt} ${tm}`,
    `${dt}, ${tm}`,
    `${tm}, ${dt}`,
    `${tm} ${dt}`,
    `${dt} at ${tm}`,
    `${dt} | ${tm}`,
  ]);
}

// ------------------------------------------------------------------ authors
function cleanAuthors(raw) {
  if (!raw || raw === 'None') return { kind: 'none', names: [] };
  let s = raw.trim().replace(/\.\s*Email:.*$/i, '');
  s = s.replace(/^(?:[Bb][Yy]\s+|by(?=[A-Z]))/, '');
  if (/^(AP|UPI|Breitbart News)$/.test(s)) return { kind: 'org', names: [s] };
  const out = [];
  for (let piece of s.split(',')) {
    piece = piece
      .trim()
      .replace(/^and\s+/i, '')
      .replace(/\.$/, '')
      .trim();
    if (!piece || /contributed|email|twitter|@|USA TODAY/i.test(piece)) continue;
    for (let n of piece.split(/\s+and\s+/i)) {
      n = n.trim();
      if (n) out.push(titleCaseName(n));
    }
  }
  return out.length ? { kind: 'people', names: out } : { kind: 'none', names: [] };
}
const ORG_DISPLAY = {
  AP: ['The Associated Press', 'Associated Press', 'AP'],
  UPI: ['UPI', 'United Press International'],
  'Breitbart News': ['Breitbart News'],
};
function joinNames(rng, names) {
  if (names.length === 1) return names[0];
  if (names.length === 2)
    return rng.pick([
      `${names[0]} and ${names[1]}`,
      `${names[0]} & ${names[1]}`,
      `${names[0]}, ${names[1]}`,
    ]);
  const head = names.slice(0, -1).join(', ');
  return rng.pick([
    `${head} and ${names.at(-1)}`,
    `${head}, and ${names.at(-1)}`,
    `${head} & ${names.at(-1)}`,
    names.join(', '),
  ]);
}
function handleOf(name) {
  return (
    '@' +
    name
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .slice(0, 14)
  );
}
const ROLES = [
  'Staff Writer',
  'Senior Political Reporter',
  'Political Correspondent',
  'White House Reporter',
  'Contributor',
  'Reporter',
  'National Political Reporter',
  'Washington Correspondent',
  'Campaign Reporter',
  'Senior Editor',
];

// ------------------------------------------------------------------ filler vocab
const PUBNAME = {
  breitbart: ['Breitbart News', 'BREITBART', 'Breitbart'],
  'huff-post': ['HuffPost', 'The Huffington Post', 'HUFFPOST'],
  nyt: ['The New York Times', 'NYTimes.com', 'The New York Times Company'],
  politico: ['POLITICO', 'Politico', 'Politico LLC'],
  'usa-today': ['USA TODAY', 'USA Today', 'usatoday.com'],
  'wash-post': ['The Washington Post', 'Washington Post', 'washingtonpost.com'],
  'west-journal': ['Western Journalism', 'WesternJournalism.com', 'Western Journalism Center'],
};
const PHOTOGS = [
  'Evan Vucci',
  'Chip Somodevilla',
  'Win McNamee',
  'Mark Wilson',
  'Carolyn Kaster',
  'Andrew Harnik',
  'Jewel Samad',
  'Brendan Smialowski',
  'Jabin Botsford',
  'Drew Angerer',
  'Joe Raedle',
  'Spencer Platt',
  'Justin Sullivan',
  'Matt Rourke',
  'Mandel Ngan',
  'Saul Loeb',
  'Damon Winter',
  'Stephen Crowley',
  'Doug Mills',
  'Melina Mara',
  'Ricky Carioti',
  'Jim Watson',
];
const AGENCIES = [
  'Getty Images',
  'AP',
  'Reuters',
  'AFP/Getty Images',
  'The Washington Post',
  'The New York Times',
  'USA TODAY',
  'Bloomberg via Getty Images',
  'EPA',
  'Shutterstock',
  'Zuma Press',
];
const EDITORS = [
  'Bill Trott',
  'Alistair Bell',
  'Leslie Adler',
  'Peter Cooney',
  'Grant McCool',
  'Jonathan Oatis',
  'Mary Milliken',
  'Frances Kerry',
  'Toni Reinhold',
  'Howard Goller',
];
const STAFF = [
  'Maya Okafor',
  'Daniel Brandt',
  'Priya Raman',
  'Tom Keller',
  'Elena Vasquez',
  'Josh Whitaker',
  'Nina Albrecht',
  "Kevin O'Hara",
  'Laura Chen',
  'Marcus Hill',
  'Sofia Ruiz',
  'Ben Lowell',
];
const CAPTION_SUBJ = [
  'Republican presidential nominee Donald Trump speaks during a campaign rally',
  'Democratic presidential nominee Hillary Clinton waves to supporters',
  'Supporters listen as the candidate speaks at a town hall meeting',
  'Donald Trump and Hillary Clinton shake hands before the debate',
  'Vice presidential candidate Mike Pence arrives for an event',
  'Sen. Tim Kaine addresses the crowd at a community college',
  'President Barack Obama speaks in the Rose Garden of the White House',
  'Voters wait in line at a polling station',
  'Demonstrators gather outside the debate hall',
  'Hillary Clinton boards her campaign plane',
  'Members of the audience react during the forum',
  'The U.S. Capitol is seen at dusk',
  'A supporter holds a sign during a rally',
  'Campaign staff prepare the stage ahead of the event',
];
const PLACES = [
  'in Manchester, N.H.',
  'in Cleveland',
  'in Des Moines, Iowa',
  'in Charlotte, N.C.',
  'in Philadelphia',
  'at Hofstra University in Hempstead, N.Y.',
  'in Tampa, Fla.',
  'in Washington',
  'in Columbus, Ohio',
  'in Reno, Nev.',
  'in Pittsburgh',
  'in Denver',
];
const HEADLINES = [
  'Trump campaign shakes up debate prep team',
  'Five takeaways from the first presidential debate',
  'Clinton leads in new swing-state poll',
  'Pence and Kaine prepare for only vice presidential debate',
  'Early voting begins in key battleground states',
  'The Fix: What the polls really say about the race',
  'Senate Republicans brace for a tough November',
  "Fact check: The candidates' claims on trade",
  "Inside the fight for Pennsylvania's suburbs",
  'Obama hits the trail for Clinton in Ohio',
  'Why millennials are cooling on both candidates',
  "Trump's charity under scrutiny in New York",
  'Gary Johnson stumbles on foreign policy question',
  'How the debate moderators are preparing',
  "Clinton's health: What we know",
  'Voter registration surges in Florida',
  'GOP donors weigh sitting out the election',
  'Analysis: The electoral map is shifting',
  "What to watch in Sunday's town hall debate",
  'Congress averts shutdown with stopgap bill',
  'Record spending floods the Senate races',
  'Third-party candidates shut out of debates',
];
const TOPICS = [
  'Donald Trump',
  'Hillary Clinton',
  '2016 Election',
  'Politics',
  'Elections',
  'White House',
  'Congress',
  'Campaign 2016',
  'Presidential Debate',
  'Mike Pence',
  'Tim Kaine',
  'Polls',
  'Immigration',
  'Economy',
  'Foreign Policy',
  'National Security',
  'Democrats',
  'Republicans',
  'Barack Obama',
  'Taxes',
];

// ------------------------------------------------------------------ shapes
// Each shape: gen(ctx, rng) -> { where: 'pre'|'post'|'body'|'end', lines: [...], tight?: bool (joined by single newlines),
//   date?: iso, authors?: [..] } or an array of such groups. `needs(ctx)` says whether it applies.
function caseVary(rng, s, p = 0.2) {
  return rng.chance(p) ? s.toUpperCase() : s;
}
function bylineText(rng, ctx) {
  let namesShown;
  let gold;
  if (ctx.auth.kind === 'org') {
    const disp =
      ctx.orgDisplay ||
      (ctx.orgDisplay = rng.pick(ORG_DISPLAY[ctx.auth.names[0]] || [ctx.auth.names[0]]));
    namesShown = disp;
    gold = [disp];
  } else {
    const names = ctx.auth.names.map((n) => (ctx.capsNames ? n.toUpperCase() : n));
    gold = ctx.auth.names.slice();
    namesShown = joinNames(rng, names);
    const r = rng.next();
    if (r < 0.15 && names.length === 1) namesShown += ', ' + rng.pick(ROLES);
    else if (r < 0.3)
      namesShown += rng.pick([' | ', ', ', ' - ', ' for ']) + rng.pick(PUBNAME[ctx.pub]);
    else if (r < 0.37 && names.length === 1) namesShown += ' ' + handleOf(names[0]);
  }
  const prefix = rng.pick([
    'By ',
    'By ',
    'By ',
    'BY ',
    'by ',
    'Written by ',
    'Story by ',
    'Author: ',
    'By: ',
    '',
  ]);
  let line = prefix + namesShown;
  if (prefix === '' && ctx.auth.kind !== 'org' && !/[|,-]/.test(namesShown) && rng.chance(0.5))
    line = namesShown.toUpperCase();
  return { line, gold };
}
function datePrefix(rng, kind) {
  const pub = [
    'Published ',
    'Published: ',
    'Posted ',
    'Posted on ',
    'PUBLISHED: ',
    'First published ',
    'Published on ',
    '',
    '',
    '',
  ];
  const upd = [
    'Updated ',
    'Updated: ',
    'UPDATED ',
    'Last updated ',
    'Last Updated: ',
    'Last modified on ',
    'Modified ',
  ];
  return rng.pick(kind === 'upd' ? upd : pub);
}
const hasPeopleOrOrg = (ctx) => ctx.auth.kind !== 'none';
const hasPeople = (ctx) => ctx.auth.kind === 'people';

const SHAPES = [
  {
    id: 'hdr:byline',
    w: 10,
    needs: hasPeopleOrOrg,
    gen(ctx, rng) {
      const { line, gold } = bylineText(rng, ctx);
      return {
        where: rng.weighted([
          ['post', 6],
          ['pre', 3],
        ]),
        lines: [line],
        authors: gold,
      };
    },
  },
  {
    id: 'hdr:dateline',
    w: 9,
    gen(ctx, rng) {
      const kind = rng.chance(0.2) ? 'upd' : 'pub';
      const body = rng.chance(0.55) ? fmtDateTime(rng, ctx.date) : fmtDate(rng, ctx.date);
      let line = datePrefix(rng, kind) + body;
      if (rng.chance(0.1)) line = line.toUpperCase();
      return {
        where: rng.weighted([
          ['post', 6],
          ['pre', 3],
        ]),
        lines: [line],
        date: ctx.date,
      };
    },
  },
  {
    id: 'hdr:byline_date',
    w: 10,
    needs: hasPeopleOrOrg,
    gen(ctx, rng) {
      const { line: by, gold } = bylineText(rng, ctx);
      const dt =
        (rng.chance(0.4) ? datePrefix(rng, rng.chance(0.2) ? 'upd' : 'pub') : '') +
        (rng.chance(0.5) ? fmtDateTime(rng, ctx.date) : fmtDate(rng, ctx.date));
      const where = rng.weighted([
        ['post', 6],
        ['pre', 3],
      ]);
      if (rng.chance(0.3)) {
        const lines = rng.chance(0.7) ? [by, dt] : [dt, by];
        return { where, lines, tight: rng.chance(0.7), authors: gold, date: ctx.date };
      }
      const sep = rng.pick([' | ', ' • ', ' · ', ' — ', ' - ', ', ', '  ', ' / ', ' on ']);
      let line =
        sep === ' on ' ? `${by} on ${dt}` : rng.chance(0.7) ? by + sep + dt : dt + sep + by;
      if (rng.chance(0.1)) line = line.toUpperCase();
      return { where, lines: [line], authors: gold, date: ctx.date };
    },
  },
  {
    id: 'hdr:pub_updated',
    w: 5,
    gen(ctx, rng) {
      const upIso = isoAddDays(ctx.date, rng.pick([0, 1, 1, 2]));
      const p =
        rng.pick([
          'Published ',
          'Published: ',
          'Posted: ',
          'Originally published ',
          'First published on ',
        ]) + fmtDateTime(rng, ctx.date);
      const u =
        rng.pick(['Updated ', 'Updated: ', 'Last updated ', 'Last modified ', 'Updated on ']) +
        fmtDateTime(rng, upIso);
      const where = rng.weighted([
        ['post', 6],
        ['pre', 2],
      ]);
      if (rng.chance(0.4)) {
        const sep = rng.pick([' | ', ' ', ' · ', '; ', ' — ']);
        return { where, lines: [rng.chance(0.75) ? p + sep + u : u + sep + p], date: ctx.date };
      }
      return {
        where,
        lines: rng.chance(0.7) ? [p, u] : [u, p],
        tight: rng.chance(0.6),
        date: ctx.date,
      };
    },
  },
  {
    id: 'hdr:relative_time',
    w: 4,
    gen(ctx, rng) {
      const n = rng.int(2, 55);
      const line = rng.pick([
        `${n} minutes ago`,
        `${rng.int(1, 11)} hours ago`,
        `Updated ${n} min ago`,
        `${rng.int(1, 11)}h ago`,
        `Posted ${rng.int(1, 9)} hrs ago`,
        `Published ${n} mins ago`,
        'Yesterday',
        '1 day ago',
        'Just now',
      ]);
      return {
        where: rng.weighted([
          ['post', 4],
          ['pre', 2],
        ]),
        lines: [line],
      };
    },
  },
  {
    id: 'title:dropped',
    w: 6,
    gen() {
      return { dropTitle: true };
    },
  },
  {
    id: 'nav:crumbs',
    w: 5,
    gen(ctx, rng) {
      const sep = rng.pick([' > ', ' / ', ' » ', ' | ', ' › ', ' :: ']);
      const parts = rng.pick([
        ['Home', 'Politics'],
        ['Home', 'News', 'Politics'],
        ['Politics', 'Elections'],
        ['News', 'Politics', '2016 Election'],
        ['Home', 'Opinion'],
        ['Politics', 'Campaign 2016', 'Presidential Race'],
        ['US', 'Politics'],
      ]);
      let line = parts.join(sep);
      if (rng.chance(0.3)) line = line.toUpperCase();
      if (rng.chance(0.2)) line = 'You are here: ' + line;
      return { where: 'pre', lines: [line] };
    },
  },
  {
    id: 'nav:kicker',
    w: 4,
    gen(ctx, rng) {
      const line = caseVary(
        rng,
        rng.pick([
          'Politics',
          'ANALYSIS',
          'Opinion',
          '2016 ELECTION',
          'Breaking News',
          'Campaign 2016',
          'EXCLUSIVE',
          'The Fix',
          'POLITICS | ELECTIONS',
          'Election 2016',
          'Commentary',
          'The Latest',
          'LIVE UPDATES',
        ]),
        0.3,
      );
      return {
        where: rng.weighted([
          ['pre', 5],
          ['post', 1],
        ]),
        lines: [line],
      };
    },
  },
  {
    id: 'nav:masthead_menu',
    w: 3,
    gen(ctx, rng) {
      const lines = [];
      if (rng.chance(0.6)) lines.push(rng.pick(PUBNAME[ctx.pub]));
      lines.push(
        rng.pick([
          'Skip to main content',
          'Menu Search Sign In',
          'Sections ☰ Search',
          'Toggle navigation',
          'Subscribe | Log In',
          'Skip to content',
          'MENU',
          'Sign in | Register',
          'Search Menu Close',
        ]),
      );
      return {
        where: 'pre',
        lines: rng.chance(0.5) ? lines : lines.reverse(),
        tight: rng.chance(0.5),
      };
    },
  },
  {
    id: 'photo:caption',
    w: 7,
    gen(ctx, rng) {
      const subj = rng.pick(CAPTION_SUBJ) + ' ' + rng.pick(PLACES);
      const pd = isoParts(isoAddDays(ctx.date, -rng.int(1, 6)));
      const when = rng.pick([
        '',
        ` on ${MONTHS_AP[pd.m - 1]} ${pd.d}, ${pd.y}`,
        ` last week`,
        ` earlier this month`,
        '',
      ]);
      const ph = rng.pick(PHOTOGS),
        ag = rng.pick(AGENCIES);
      const forms = [
        () => `${subj}${when}. (Photo: ${ph}/${ag})`,
        () => `${subj}${when}. (${ph}/${ag})`,
        () => `${subj}${when}. (AP Photo/${ph})`,
        () => `FILE - ${subj}${when}. (AP Photo/${ph}, File)`,
        () => `${subj}${when}. Photo by ${ph}/${ag}`,
        () => `${subj}${when}. Credit: ${ph} for ${ag}`,
        () => `${subj}${when}. | ${ph}/${ag}`,
        () => `Image: ${subj}${when}. ${ag}`,
      ];
      const groups = [
        {
          where: rng.weighted([
            ['post', 4],
            ['body', 5],
          ]),
          lines: [rng.pick(forms)()],
        },
      ];
      if (rng.chance(0.25)) groups.push({ where: 'body', lines: [rng.pick(forms)()] });
      return groups;
    },
  },
  {
    id: 'photo:credit',
    w: 5,
    gen(ctx, rng) {
      const ph = rng.pick(PHOTOGS),
        ag = rng.pick(AGENCIES);
      const line = rng.pick([
        `${ph}/${ag}`,
        `Photo: ${ph}/${ag}`,
        `Photo by ${ph}/${ag}`,
        `AP Photo/${ph}`,
        `(${ag})`,
        ag,
        `Image credit: ${ag}`,
        `Credit: ${ph}/${ag}`,
        `PHOTO: ${ag.toUpperCase()}`,
        `Getty Images`,
      ]);
      return {
        where: rng.weighted([
          ['post', 4],
          ['body', 4],
          ['pre', 1],
        ]),
        lines: [line],
      };
    },
  },
  {
    id: 'photo:gallery',
    w: 3,
    gen(ctx, rng) {
      const n = rng.int(5, 30);
      const line = rng.pick([
        `Image 1 of ${n}`,
        'View gallery',
        `Photo gallery (${n} photos)`,
        'Enlarge this image',
        'toggle caption',
        'Hide caption',
        'Expand',
        `1/${n}`,
        `See all ${n} photos`,
        '[image]',
        'Click to enlarge',
      ]);
      const groups = [
        {
          where: rng.weighted([
            ['post', 3],
            ['body', 4],
          ]),
          lines: [line],
        },
      ];
      return groups;
    },
  },
  {
    id: 'media:video',
    w: 4,
    gen(ctx, rng) {
      const h = rng.pick(HEADLINES);
      const len = `${rng.int(0, 4)}:${pad(rng.int(5, 59))}`;
      const forms = [
        [`Video: ${h}`],
        [`WATCH: ${h}`],
        ['Play Video', len],
        [`Now Playing`, `${h} (${len})`],
        ['Replay', 'More Videos'],
        [`0:00 / ${len}`],
        ['Your browser does not support the video tag.'],
        [`Video will play in ${rng.int(3, 10)} seconds`],
        [`Watch the video above.`],
        ['Click to play video', `Duration ${len}`],
      ];
      return {
        where: rng.weighted([
          ['post', 3],
          ['body', 5],
          ['end', 1],
        ]),
        lines: rng.pick(forms),
        tight: rng.chance(0.5),
      };
    },
  },
  {
    id: 'media:listen',
    w: 3,
    gen(ctx, rng) {
      const line = rng.pick([
        'Listen to this article',
        `Listen ${rng.int(2, 9)}:${pad(rng.int(0, 59))}`,
        'Audio: Listen to this story',
        `Listen to article (${rng.int(3, 12)} minutes)`,
        '▶ Listen',
        'Hear this story',
        'Press play to listen to this article',
        'Voiced by artificial intelligence.',
      ]);
      return {
        where: rng.weighted([
          ['post', 5],
          ['pre', 1],
        ]),
        lines: [line],
      };
    },
  },
  {
    id: 'promo:podcast',
    w: 3,
    gen(ctx, rng) {
      const pn = rng.pick([
        'The Campaign Trail',
        'Off Message',
        'Can He Do That?',
        'The Daily',
        'Politics Weekly',
        'The Run-Up',
        'Nerdcast',
      ]);
      const line = rng.pick([
        `Subscribe to ${pn} on iTunes.`,
        `Listen to ${pn} on Apple Podcasts, Spotify or wherever you get your podcasts.`,
        `PODCAST: ${pn} breaks down the week in politics`,
        `Listen to the latest episode of ${pn}`,
        `Check out our politics podcast, ${pn}, for more on this story.`,
      ]);
      return {
        where: rng.weighted([
          ['end', 4],
          ['body', 3],
        ]),
        lines: [line],
      };
    },
  },
  {
    id: 'promo:newsletter',
    w: 5,
    gen(ctx, rng) {
      const nl = rng.pick([
        'Playbook',
        'The Morning Briefing',
        'Politics Daily',
        'The Daily 202',
        'First Draft',
        'The Breakdown',
        'OnPolitics',
      ]);
      const forms = [
        [`Sign up for ${nl}, our daily politics newsletter.`],
        [`Get ${nl} delivered to your inbox every morning.`, 'Sign Up'],
        ['Sign up for our newsletter', 'Enter your email address', 'Subscribe'],
        [`SIGN UP FOR ${nl.toUpperCase()}`],
        [`Like this story? Sign up for ${nl} to get more like it in your inbox.`],
        [
          'Get the best of the news delivered to your inbox.',
          'By signing up you agree to our Terms of Use and Privacy Policy.',
        ],
        [`Want more political news? Subscribe to the ${nl} newsletter.`],
      ];
      return {
        where: rng.weighted([
          ['body', 5],
          ['end', 4],
        ]),
        lines: rng.pick(forms),
        tight: rng.chance(0.4),
      };
    },
  },
  {
    id: 'promo:subscribe',
    w: 4,
    gen(ctx, rng) {
      const n = rng.int(1, 9);
      const forms = [
        [`You have ${n} free articles remaining this month.`, 'Subscribe now'],
        ['Already a subscriber? Log in'],
        ['Support independent journalism. Become a member today.'],
        [`Subscribe for just $${rng.int(1, 4)}.99 a month for unlimited digital access.`],
        [`This is your ${ordinal(n)} free article.`],
        ['Continue reading the main story'],
        ['Our journalism depends on readers like you. Subscribe today.'],
      ];
      return {
        where: rng.weighted([
          ['pre', 2],
          ['body', 5],
          ['end', 3],
        ]),
        lines: rng.pick(forms),
        tight: rng.chance(0.5),
      };
    },
  },
  {
    id: 'social:share',
    w: 7,
    gen(ctx, rng) {
      const n = rng.int(12, 9800);
      const cnt = n > 1000 ? (n / 1000).toFixed(1) + 'k' : String(n);
      const forms = [
        ['Share on Facebook', 'Share on Twitter'],
        ['Share this:', 'Facebook', 'Twitter', 'Email', 'Print'],
        ['Share | Tweet | Email | Print'],
        ['Facebook Twitter LinkedIn WhatsApp Email'],
        [`${cnt} Shares`],
        [`${cnt} shares`, 'Share', 'Tweet'],
        ['SHARE', 'TWEET', 'EMAIL'],
        ['Tweet', 'Pin it'],
        ['Share this article', 'Copy link'],
        [
          'Click to share on Facebook (Opens in new window)',
          'Click to share on Twitter (Opens in new window)',
        ],
        ['f  t  ✉  🖨'],
      ];
      const where = rng.weighted([
        ['post', 5],
        ['end', 4],
        ['pre', 1],
      ]);
      return { where, lines: rng.pick(forms), tight: rng.chance(0.6) };
    },
  },
  {
    id: 'social:comments',
    w: 4,
    gen(ctx, rng) {
      const n = rng.int(2, 3400);
      const line = rng.pick([
        `${n} Comments`,
        `View comments (${n})`,
        'Join the conversation',
        'Comments are closed.',
        'Leave a comment',
        `Comments (${n})`,
        `${n} COMMENTS`,
        'Show comments',
        'Comment on this story',
        'We welcome your comments. Please keep them civil.',
      ]);
      return {
        where: rng.weighted([
          ['post', 3],
          ['end', 6],
        ]),
        lines: [line],
      };
    },
  },
  {
    id: 'legal:cookie',
    w: 3,
    gen(ctx, rng) {
      const forms = [
        [
          'We use cookies to improve your experience on our site. By continuing to use this site you agree to our use of cookies.',
          'Accept',
        ],
        ['This website uses cookies to ensure you get the best experience. Learn more', 'Got it!'],
        ['By using this site, you agree to our Privacy Policy and our Terms of Use.'],
        [
          'We and our partners use cookies to personalise content and ads.',
          'Manage preferences',
          'Accept all',
        ],
        ['Privacy Policy | Terms of Service | Cookie Settings'],
      ];
      return {
        where: rng.weighted([
          ['pre', 4],
          ['end', 4],
        ]),
        lines: rng.pick(forms),
        tight: rng.chance(0.5),
      };
    },
  },
  {
    id: 'legal:copyright',
    w: 5,
    gen(ctx, rng) {
      const pn = rng.pick(PUBNAME[ctx.pub]);
      const line = rng.pick([
        `© 2016 ${pn}`,
        `Copyright © 2016 ${pn}. All rights reserved.`,
        `(c) 2016 ${pn}`,
        'Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
        `© Copyright 2016 ${pn}, Inc. All Rights Reserved`,
        `COPYRIGHT 2016 ${pn.toUpperCase()}`,
        'Copyright 2016 United Press International, Inc. All Rights Reserved.',
        `All rights reserved. © ${pn} 2016`,
      ]);
      return { where: 'end', lines: [line] };
    },
  },
  {
    id: 'note:correction',
    w: 3,
    gen(ctx, rng) {
      const line = rng.pick([
        'Correction: An earlier version of this article misstated the date of the first presidential debate.',
        'CORRECTION: A previous version of this story incorrectly identified the state a congressman represents.',
        "Correction: This article has been corrected to reflect the proper spelling of a campaign spokesman's name.",
        "Editor's note: An earlier version of this story misidentified a poll's margin of error.",
        'An earlier version of this article gave an incorrect title for a campaign adviser. It has been corrected.',
        "Editor's Note: The views expressed in this piece are the author's own.",
        'Clarification: This story has been updated to clarify the timing of the fundraiser.',
      ]);
      return {
        where: rng.weighted([
          ['end', 5],
          ['post', 3],
        ]),
        lines: [line],
      };
    },
  },
  {
    id: 'note:updated',
    w: 4,
    gen(ctx, rng) {
      const line = rng.pick([
        'This story has been updated.',
        'This post has been updated with additional information.',
        `UPDATE: This article was updated at ${fmtTime(rng)} with comment from the campaign.`,
        'This story is developing and will be updated.',
        'This article has been updated with new details.',
        'Updated with additional reporting.',
        'This is a developing story. Check back for updates.',
        '*This story has been updated to include a statement from the Trump campaign.',
      ]);
      return {
        where: rng.weighted([
          ['end', 4],
          ['post', 3],
          ['body', 1],
        ]),
        lines: [line],
      };
    },
  },
  {
    id: 'nav:tags',
    w: 5,
    gen(ctx, rng) {
      const tags = rng.shuffle(TOPICS).slice(0, rng.int(2, 6));
      const lab = rng.pick([
        'Tags: ',
        'Filed under: ',
        'Topics: ',
        'More on: ',
        'TAGS: ',
        'Related topics: ',
        'Posted in ',
        '',
      ]);
      const sep = rng.pick([', ', ' · ', ' | ', ' / ', ', ']);
      if (rng.chance(0.25))
        return { where: 'end', lines: [lab.trim() || 'Tags', ...tags], tight: true };
      return {
        where: rng.weighted([
          ['end', 6],
          ['pre', 1],
        ]),
        lines: [lab + tags.join(sep)],
      };
    },
  },
  {
    id: 'ad:marker',
    w: 6,
    gen(ctx, rng) {
      const mk = () =>
        rng.pick([
          'Advertisement',
          'ADVERTISEMENT',
          'Story continues below advertisement',
          '- Advertisement -',
          'Sponsored Content',
          'AD',
          'Continue Reading Below',
          'Advertisement - Continue Reading Below',
          'Ad',
          'SPONSORED',
        ]);
      const groups = [{ where: 'body', lines: [mk()] }];
      const extra = rng.int(0, 2);
      for (let i = 0; i < extra; i++) groups.push({ where: 'body', lines: [mk()] });
      return groups;
    },
  },
  {
    id: 'meta:reading_time',
    w: 4,
    gen(ctx, rng) {
      const n = Math.max(1, Math.round(ctx.words / 230));
      const line = rng.pick([
        `${n} min read`,
        `Reading time: ${n} minutes`,
        `Estimated read time: ${n} min`,
        `${n}-minute read`,
        `${n} MIN READ`,
        `Read time: ${n} mins`,
        `⏱ ${n} min`,
      ]);
      return {
        where: rng.weighted([
          ['post', 6],
          ['pre', 2],
        ]),
        lines: [line],
      };
    },
  },
  {
    id: 'teaser:inline',
    w: 6,
    gen(ctx, rng) {
      const mk = () => {
        const h = rng.pick(HEADLINES);
        return rng.pick([
          `Read more: ${h}`,
          `RELATED: ${h}`,
          `Related: ${h}`,
          `SEE ALSO: ${h}`,
          `MORE: ${h}`,
          `READ: ${h}`,
          `[Read: ${h}]`,
          `>> ${h}`,
          `Also on ${rng.pick(PUBNAME[ctx.pub])}: ${h}`,
          `Don't miss: ${h}`,
        ]);
      };
      const groups = [{ where: 'body', lines: [mk()] }];
      if (rng.chance(0.35)) groups.push({ where: 'body', lines: [mk()] });
      return groups;
    },
  },
  {
    id: 'teaser:list',
    w: 5,
    gen(ctx, rng) {
      const head = rng.pick([
        'Related Stories',
        'MORE FROM POLITICS',
        'You might also like',
        'Recommended',
        'Most Read',
        'More on this story',
        'Related Coverage:',
        'Trending Now',
        'What to read next',
        'Popular in the Community',
      ]);
      const hs = rng
        .shuffle(HEADLINES)
        .slice(0, rng.int(2, 5))
        .map((h) => (rng.chance(0.3) ? h + '…' : h));
      const bullet = rng.pick(['', '', '• ', '- ', '* ']);
      return { where: 'end', lines: [head, ...hs.map((h) => bullet + h)], tight: rng.chance(0.5) };
    },
  },
  {
    id: 'bio:author',
    w: 4,
    needs: hasPeople,
    gen(ctx, rng) {
      const n = ctx.auth.names;
      const one = n[0];
      const pn = rng.pick(PUBNAME[ctx.pub]);
      let line;
      if (n.length === 1) {
        line = rng.pick([
          `${one} is a ${rng.pick(['political reporter', 'staff writer', 'national correspondent', 'reporter'])} for ${pn}. Follow on Twitter ${handleOf(one)}.`,
          `${one} covers politics for ${pn}. Reach ${one.split(' ')[0]} at ${handleOf(one).slice(1)}@example.com.`,
          `${one.toUpperCase()} is a contributor to ${pn}.`,
          `About the author: ${one} writes about campaigns and elections.`,
          `${one} has covered Washington since 2009. Follow ${one.split(' ')[0]} on Twitter: ${handleOf(one)}`,
        ]);
      } else {
        line = `${joinNames(rng, n)} are reporters for ${pn}.`;
      }
      return { where: 'end', lines: [line], authors: n.slice() };
    },
  },
  {
    id: 'contact:author',
    w: 3,
    gen(ctx, rng) {
      if (ctx.auth.kind === 'people' && ctx.bylineShown && rng.chance(0.7)) {
        const one = ctx.auth.names[0];
        const line = rng.pick([
          `Contact ${one} at ${handleOf(one).slice(1)}@example.com.`,
          `Email ${one}: ${handleOf(one).slice(1)}@example.com`,
          `Follow ${one} on Twitter: ${handleOf(one)}`,
          `Contact the author: ${handleOf(one).slice(1)}@example.com`,
        ]);
        return { where: 'end', lines: [line], authors: ctx.auth.names.slice() };
      }
      const line = rng.pick([
        'Have a news tip? Email tips@example.com.',
        'Contact us at editors@example.com.',
        'Send us your story ideas at newsdesk@example.com',
        'Got a tip? Contact our newsroom securely.',
        'To report an error, contact corrections@example.com.',
      ]);
      return { where: 'end', lines: [line] };
    },
  },
  {
    id: 'syn:origin',
    w: 4,
    gen(ctx, rng) {
      const src = rng.pick([
        'The Conversation',
        'Kaiser Health News',
        'ProPublica',
        'the Center for Public Integrity',
        'Stateline',
        'The Hill',
        'RealClearPolitics',
        'the Tribune News Service',
      ]);
      const line = rng.pick([
        `This article originally appeared in ${src}.`,
        `This story was first published by ${src}.`,
        `Republished with permission from ${src}.`,
        `This piece was originally published on ${src}.`,
        'A version of this article appears in print on Page A14 of the New York edition with the headline: Campaign Notebook.',
        `Distributed by ${src}.`,
        'This article is part of our ongoing coverage of the 2016 election.',
      ]);
      return {
        where: rng.weighted([
          ['end', 6],
          ['post', 1],
        ]),
        lines: [line],
      };
    },
  },
  {
    id: 'syn:credits',
    w: 4,
    gen(ctx, rng) {
      const a = rng.pick(STAFF),
        b = rng.pick(STAFF.filter((x) => x !== a)),
        ed = rng.pick(EDITORS);
      const forms = [
        `— with files from The Associated Press`,
        `- With files from Reuters`,
        `Additional reporting by ${a}.`,
        `${a} and ${b} contributed reporting.`,
        `${a} contributed to this report.`,
        `Contributing: ${a}, ${rng.pick(PUBNAME[ctx.pub])}`,
        `(Editing by ${ed})`,
        `Research by ${a}; editing by ${ed}.`,
        `Associated Press writer ${a} contributed to this report.`,
      ];
      if (ctx.auth.kind === 'people' && ctx.bylineShown) {
        forms.push(
          `(Reporting by ${joinNames(rng, ctx.auth.names)}; Additional reporting by ${a}; Editing by ${ed})`,
        );
        forms.push(`(Reporting by ${joinNames(rng, ctx.auth.names)}; Editing by ${ed})`);
      }
      return { where: 'end', lines: [rng.pick(forms)] };
    },
  },
  {
    id: 'meta:footer_posted',
    w: 3,
    gen(ctx, rng) {
      const { d, m, y, wd } = isoParts(ctx.date);
      const cat = rng.pick([
        'Politics',
        'Elections',
        'News',
        'Politics, Election 2016',
        'Uncategorized',
      ]);
      const line = rng.pick([
        `This entry was posted on ${WEEKDAYS[wd]}, ${MONTHS[m - 1]} ${ordinal(d)}, ${y} at ${fmtTime(rng)} and is filed under ${cat}.`,
        `Posted in ${cat} on ${pad(m)}/${pad(d)}/${y}`,
        `Originally posted ${MONTHS[m - 1]} ${d}, ${y}.`,
        `Filed under ${cat} · ${fmtDate(rng, ctx.date, { noNumeric: true })}`,
        `Article published ${fmtDate(rng, ctx.date)}`,
      ]);
      return { where: 'end', lines: [line], date: ctx.date };
    },
  },
];
const SHAPE_BY_ID = Object.fromEntries(SHAPES.map((s) => [s.id, s]));
const BYLINE_SHAPES = new Set(['hdr:byline', 'hdr:byline_date']);

// ------------------------------------------------------------------ article model
function cpLen(s) {
  return [...s].length;
}
function loadArticles(src) {
  return readGold(src).map((r) => {
    const text = readArticle(src, r);
    const starts = [];
    let pos = 0;
    for (const p of r.paragraphs) {
      const i = text.indexOf(p, pos);
      if (i < 0) throw new Error(`paragraph not found in ${r.file}`);
      starts.push(i);
      pos = i + p.length;
    }
    const seps = [];
    for (let i = 0; i + 1 < starts.length; i++)
      seps.push(text.slice(starts[i] + r.paragraphs[i].length, starts[i + 1]));
    const blankStyle = seps.filter((s) => /\n[^\S\n]*\n/.test(s)).length * 2 >= seps.length;
    const cpStarts = starts.map((i) => cpLen(text.slice(0, i)));
    return {
      rec: r,
      text,
      starts,
      cpStarts,
      seps,
      head: text.slice(0, starts[0]),
      tail: text.slice(pos),
      sepStyle: blankStyle ? '\n\n' : '\n',
    };
  });
}

function sampleCtx(art, rng) {
  const auth = cleanAuthors(art.rec.author);
  return {
    pub: art.rec.publisher,
    date: art.rec.date,
    auth,
    capsNames: rng.chance(0.3),
    words: art.rec.paragraphs.join(' ').split(/\s+/).length,
    bylineShown: false,
  };
}

function chooseShapes(ctx, rng) {
  const r = rng.next();
  let k;
  if (r < 0.07) k = 0;
  else
    k = rng.weighted([
      [1, 8],
      [2, 18],
      [3, 24],
      [4, 22],
      [5, 16],
      [6, 9],
      [7, 3],
    ]);
  const pool = SHAPES.filter((s) => !s.needs || s.needs(ctx));
  const chosen = [];
  // header lines are the most common furniture: bias toward at least one date/byline shape
  while (chosen.length < k) {
    const avail = pool.filter((s) => !chosen.includes(s.id));
    if (!avail.length) break;
    const id = rng.weighted(avail.map((s) => [s.id, s.w]));
    chosen.push(id);
  }
  // bio requires a visible byline (the byline names the same people)
  if (chosen.includes('bio:author') && !chosen.some((id) => BYLINE_SHAPES.has(id))) {
    chosen.push(rng.chance(0.5) ? 'hdr:byline' : 'hdr:byline_date');
  }
  // order: generate bylines first so later shapes know whether a byline is shown
  chosen.sort((a, b) => (BYLINE_SHAPES.has(b) ? 1 : 0) - (BYLINE_SHAPES.has(a) ? 1 : 0));
  return chosen;
}

function build(art, seed) {
  const rng = new Rng(hashUtf16(art.rec.name) ^ Math.imul(seed + 1, 0x9e3779b1));
  const ctx = sampleCtx(art, rng);
  const shapeIds = chooseShapes(ctx, rng);
  let dropTitle = false;
  let date = null;
  let authors = [];
  const groups = []; // {shape, where, lines, tight}
  for (const id of shapeIds) {
    let out = SHAPE_BY_ID[id].gen(ctx, rng);
    if (!Array.isArray(out)) out = [out];
    for (const g of out) {
      if (g.dropTitle) {
        dropTitle = true;
        continue;
      }
      if (g.date) date = g.date;
      if (g.authors && g.authors.length) {
        if (!authors.length) authors = g.authors.slice();
      }
      groups.push({ shape: id, where: g.where, lines: g.lines, tight: !!g.tight });
    }
    if (BYLINE_SHAPES.has(id)) ctx.bylineShown = true;
  }
  // restore the declared order in the noise list
  const noise = SHAPES.map((s) => s.id).filter((id) => shapeIds.includes(id));

  // placement
  const nP = art.rec.paragraphs.length;
  const pre = [],
    post = [],
    end = [];
  const body = new Map(); // boundary index i (between para i and i+1) -> groups
  for (const g of rng.shuffle(groups)) {
    if (g.where === 'pre') pre.push(g);
    else if (g.where === 'post') post.push(g);
    else if (g.where === 'end') end.push(g);
    else {
      const i = nP >= 2 ? rng.int(0, Math.min(nP - 2, Math.max(0, Math.floor(nP * 0.85)))) : -1;
      if (i < 0) post.push(g);
      else {
        if (!body.has(i)) body.set(i, []);
        body.get(i).push(g);
      }
    }
  }
  // header-ish lines: keep byline/date groups adjacent and near the title
  const hdrFirst = (a, b) =>
    (a.shape.startsWith('hdr:') ? 0 : 1) - (b.shape.startsWith('hdr:') ? 0 : 1);
  if (rng.chance(0.6)) post.sort(hdrFirst);
  if (rng.chance(0.5)) pre.sort((a, b) => -hdrFirst(a, b));
  const sortEnd = (a, b) => {
    const rank = (g) =>
      g.shape.startsWith('legal:')
        ? 3
        : g.shape === 'teaser:list'
          ? 2
          : g.shape.startsWith('social:')
            ? 1
            : 0;
    return rank(a) - rank(b);
  };
  if (rng.chance(0.7)) end.sort(sortEnd);

  const S = art.sepStyle;
  const groupText = (g) => g.lines.join(g.tight ? '\n' : S);
  const joinGroups = (gs) => gs.map(groupText).join(S);

  let out = '';
  const boiler = [],
    boilerShapes = [];
  const note = (g) => {
    for (const l of g.lines) {
      boiler.push(l);
      boilerShapes.push(g.shape);
    }
  };
  pre.forEach(note);
  if (pre.length) out += joinGroups(pre) + (rng.chance(0.25) ? '\n' : S);
  const titleBlock = art.head.replace(/\s+$/, '');
  let titleOff = -1;
  if (!dropTitle) {
    titleOff = cpLen(out);
    out += titleBlock + (post.length && rng.chance(0.3) ? '\n' : S);
  }
  post.forEach(note);
  if (post.length) out += joinGroups(post) + S;
  const paraOff = []; // code-point offsets (the gold offsets are Python string indices)
  for (let i = 0; i < nP; i++) {
    paraOff.push(cpLen(out));
    out += art.rec.paragraphs[i];
    if (i + 1 < nP) {
      out += art.seps[i];
      if (body.has(i)) {
        const gs = body.get(i);
        gs.forEach(note);
        out += joinGroups(gs) + S;
      }
    }
  }
  if (end.length) {
    end.forEach(note);
    out += S + joinGroups(end);
  }
  out += art.tail.trim() === '' ? art.tail || '\n' : art.tail;
  if (!out.endsWith('\n')) out += '\n';

  // offsets: map a source offset to the output
  const mapOff = (o) => {
    for (let i = 0; i < nP; i++) {
      const s = art.cpStarts[i],
        e = s + cpLen(art.rec.paragraphs[i]);
      if (o >= s && o <= e) return paraOff[i] + (o - s);
    }
    if (!dropTitle && o < cpLen(titleBlock)) return titleOff + o;
    return null;
  };
  const shiftSpan = (q) => {
    const c = { ...q };
    for (const [a, b] of [
      ['start', 'end'],
      ['source_start', 'source_end'],
    ]) {
      if (typeof q[a] === 'number' && typeof q[b] === 'number') {
        const na = mapOff(q[a]),
          nb = mapOff(q[b]);
        c[a] = na;
        c[b] = nb;
      }
    }
    return c;
  };
  const quotes = art.rec.quotes.map(shiftSpan);
  const other = (art.rec.other_quoted || []).map(shiftSpan);

  // boilerplate: drop lines that also occur inside a real paragraph, and lines with nothing to score
  const normParas = art.rec.paragraphs.map(norm);
  const B = [],
    BS = [];
  boiler.forEach((l, i) => {
    const n = norm(l);
    if (!n) return;
    if (normParas.some((p) => contains(p, n))) return;
    B.push(l);
    BS.push(boilerShapes[i]);
  });

  const r = art.rec;
  const entry = {
    name: r.name,
    publisher: r.publisher,
    date: date,
    authors: authors,
    title: dropTitle ? null : r.first_line,
    title_variants: dropTitle ? [] : [r.first_line, r.title_block, r.title].filter(Boolean),
    paragraphs: r.paragraphs,
    quotes,
    other_quoted: other,
  };
  return {
    text: out,
    gold: {
      file: r.file,
      publisher: r.publisher,
      entries: [entry],
      noise,
      boilerplate: B,
      boilerplate_shapes: BS,
    },
  };
}

// ------------------------------------------------------------------ main
if (argv.includes('--list-shapes')) {
  const rng = new Rng(SEED + 17);
  const ctx = {
    pub: 'wash-post',
    date: '2016-09-25',
    auth: { kind: 'people', names: ['Sean Sullivan', 'Sari Horwitz'] },
    capsNames: false,
    words: 900,
    bylineShown: true,
  };
  for (const s of SHAPES) {
    let g = s.gen(ctx, rng);
    if (Array.isArray(g)) g = g[0];
    const ex = g.dropTitle
      ? '(headline line(s) removed; gold title = null)'
      : g.lines.join(g.tight ? ' \\n ' : ' \\n\\n ');
    console.log(`${s.id.padEnd(20)} ${ex}`);
  }
  process.exit(0);
}

const SRC = arg('--src');
const OUT = arg('--out');
if (!SRC || !OUT) {
  console.error(
    'usage: node make-blind-noise-4.mjs --src DIR --out OUT --seed N   |   --list-shapes',
  );
  process.exit(2);
}
const arts = loadArticles(SRC);
const golds = [];
const counts = {};
for (const art of arts) {
  const { text, gold } = build(art, SEED);
  writeArticle(OUT, gold, text);
  golds.push(gold);
  for (const n of gold.noise) counts[n] = (counts[n] || 0) + 1;
}
writeGold(OUT, golds);
console.error(`wrote ${arts.length} files to ${OUT}`);
for (const s of SHAPES) console.error(`  ${s.id.padEnd(20)} ${counts[s.id] || 0}`);
