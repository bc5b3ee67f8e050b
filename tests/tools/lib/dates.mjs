// Calendar tables and date/time formatting of rounds 6-8. Dates are UTC Date objects made from
// the gold's ISO day; times are {h (0-23), mi}.
export const FULL = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const AP = [
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
export const SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
export const DOW = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const DOW3 = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const pad = (n) => String(n).padStart(2, '0');
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
      return `${AP[m]} ${d}, ${y}`;
    case 'APCAPS':
      return `${AP[m].toUpperCase()} ${d}, ${y}`;
    case 'full':
      return `${FULL[m]} ${d}, ${y}`;
    case 'short':
      return `${SHORT[m]} ${d}, ${y}`;
    case 'dmy':
      return `${d} ${FULL[m]} ${y}`;
    case 'dmyshort':
      return `${d} ${SHORT[m]} ${y}`;
    case 'dowdmy':
      return `${DOW[w]} ${d} ${FULL[m]} ${y}`;
    case 'dow3dmy':
      return `${DOW3[w]} ${d} ${SHORT[m]} ${y}`;
    case 'dowfull':
      return `${DOW[w]}, ${FULL[m]} ${d}, ${y}`;
    case 'mdy':
      return `${pad(m + 1)}/${pad(d)}/${y}`;
    case 'mdyshort':
      return `${m + 1}/${d}/${String(y).slice(2)}`;
    case 'iso':
      return `${y}-${pad(m + 1)}-${pad(d)}`;
    case 'dots':
      return `${pad(d)}.${pad(m + 1)}.${y}`;
    default:
      return `${FULL[m]} ${d}, ${y}`;
  }
}
