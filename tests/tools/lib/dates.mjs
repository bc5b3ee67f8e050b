// Calendar tables, ISO day helpers, and the date/time formatting of rounds 6-9 (where dates are
// UTC Date objects made from the gold's ISO day and times are {h (0-23), mi}).
import { MONTH_NAMES } from '../../../src/lib/month-names.ts';

// The English month names are the site's own (src/lib/month-names.ts): the tools run on the
// project's Node 22, which strips the types.
export const MONTHS = MONTH_NAMES;
export const MONTHS_AP = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];
export const MONTHS_3 = MONTHS.map((m) => m.slice(0, 3));
export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];
export const WEEKDAYS_3 = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const pad = (n) => String(n).padStart(2, '0');

/** Month names in German and Italian (rounds 7 and 8's foreign bylines). */
export const MONTHS_DE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
export const MONTHS_IT = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
];

/** Year, month (1-12), day and weekday (0 = Sunday) of an ISO day `YYYY-MM-DD`. */
export function isoParts(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d, wd: new Date(Date.UTC(y, m - 1, d)).getUTCDay() };
}
/** The ISO day `n` days after `iso`. */
export function isoAddDays(iso, n) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

export function mkDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
export function addDays(dt, n) {
  return new Date(dt.getTime() + n * 86400000);
}
export function D(dt) {
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth(), d: dt.getUTCDate(), w: dt.getUTCDay() };
}
// time: {h (0-23), mi}
export function t12(t, style) {
  const h = t.h % 12 === 0 ? 12 : t.h % 12;
  const pm = t.h >= 12;
  switch (style) {
    case 0:
      return `${h}:${pad(t.mi)} ${pm ? 'p.m.' : 'a.m.'}`;
    case 1:
      return `${pad(h)}:${pad(t.mi)} ${pm ? 'PM' : 'AM'}`;
    case 2:
      return `${h}:${pad(t.mi)}${pm ? 'pm' : 'am'}`;
    case 3:
      return `${pad(t.h)}:${pad(t.mi)}`;
    case 4:
      return `${pad(t.h)}.${pad(t.mi)}`;
    default:
      return `${h}:${pad(t.mi)} ${pm ? 'PM' : 'AM'}`;
  }
}
export function fmtDate(dt, style) {
  const { y, m, d, w } = D(dt);
  switch (style) {
    case 'ap':
      return `${MONTHS_AP[m]} ${d}, ${y}`;
    case 'APCAPS':
      return `${MONTHS_AP[m].toUpperCase()} ${d}, ${y}`;
    case 'full':
      return `${MONTHS[m]} ${d}, ${y}`;
    case 'short':
      return `${MONTHS_3[m]} ${d}, ${y}`;
    case 'dmy':
      return `${d} ${MONTHS[m]} ${y}`;
    case 'dmyshort':
      return `${d} ${MONTHS_3[m]} ${y}`;
    case 'dowdmy':
      return `${WEEKDAYS[w]} ${d} ${MONTHS[m]} ${y}`;
    case 'dow3dmy':
      return `${WEEKDAYS_3[w]} ${d} ${MONTHS_3[m]} ${y}`;
    case 'dowfull':
      return `${WEEKDAYS[w]}, ${MONTHS[m]} ${d}, ${y}`;
    case 'mdy':
      return `${pad(m + 1)}/${pad(d)}/${y}`;
    case 'mdyshort':
      return `${m + 1}/${d}/${String(y).slice(2)}`;
    case 'iso':
      return `${y}-${pad(m + 1)}-${pad(d)}`;
    case 'dots':
      return `${pad(d)}.${pad(m + 1)}.${y}`;
    default:
      return `${MONTHS[m]} ${d}, ${y}`;
  }
}
