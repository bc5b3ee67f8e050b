/**
 * Repairs mojibake: UTF-8 text that was read as Windows-1252 or Latin-1 once or more before it
 * reached us (`FranÃ§ois` → `François`, `doesnâ€™t` → `doesn’t`, `FranÃƒÂ§ois` → `François`).
 *
 * The decoding is ftfy's (the `ftfy-js` port of python-ftfy, its encoding fixes only: quotes,
 * ligatures and widths are left as written), line by line, and only on lines holding a character
 * pair that mojibake makes. Two kinds of damage that ftfy does not undo are put back first, so
 * that ftfy can then decode them:
 *
 * - a byte flattened by Unicode compatibility normalisation after the mix-up (`SÃ©golÃ ̈ne`: the
 *   `¨` of `Ã¨` became a space and a combining diaeresis; `RaÃol`: the `º` of `Ãº` became `o`);
 * - the last byte of `â€` lost because Windows-1252 has no character for it: between letters it
 *   can only have been the hyphen ‐ (`realÃ¢€world`), closing a word the quotation mark ”.
 *
 * A change that would still leave mojibake in the word is not made. Runs on the decoded text
 * before `normalizeText`, which would turn the no-break space of `Ã\u00a0` (à) into a plain space
 * and drop the soft hyphen of `Ã\u00ad` (í). Each change is returned with the line it is on.
 */
import { diffArrays } from 'diff';
import { createRequire } from 'node:module';
import type { ExplanationStep } from 'ftfy-js';

/**
 * ftfy, loaded the first time a line looks like mojibake (about 50 ms and 10 MB): most corpora
 * never need it, and the parse workers, which import this module through `build-corpus.ts`,
 * never call it.
 */
let ftfy: typeof import('ftfy-js') | undefined;
function fixEncoding(
  text: string,
): ReturnType<(typeof import('ftfy-js'))['fix_encoding_and_explain']> {
  ftfy ??= createRequire(import.meta.url)('ftfy-js') as typeof import('ftfy-js');
  return ftfy.fix_encoding_and_explain(text);
}

/** One word repaired: the text as found, as repaired, on which line, and how it was decided. */
export interface MojibakeRepair {
  /** The word (whitespace to whitespace, outer punctuation trimmed) as found. */
  before: string;
  /** The word as repaired. */
  after: string;
  /** 1-based line in the repaired text, counting line ends as `normalizeText` does. */
  line: number;
  /** How the repair was decided, in plain words (`UTF-8 read as Latin-1 twice`). */
  detail: string;
}

export interface MojibakeRepaired {
  text: string;
  repairs: MojibakeRepair[];
}

/** What Windows-1252 shows for the bytes 0x80–0xBF (UTF-8 continuation bytes), C1 controls for its holes. */
const CONTINUATION =
  '\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc' +
  '\\u2013\\u2014\\u2018-\\u201a\\u201c-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a' +
  '\\u20ac\\u2122';
/** What Latin-1 and Windows-1252 show for UTF-8 lead bytes 0xC2–0xF4. */
const LEAD = '\\u00c2-\\u00f4';

/**
 * A line worth handing to ftfy: a lead followed by a continuation, a C1 control (Windows-1252 read
 * as Latin-1), `Ã` before a space (à whose no-break space became a space), or one of the
 * compatibility-flattened forms below.
 */
const SUSPECT = new RegExp(
  `[${LEAD}][${CONTINUATION}]|[\\u0080-\\u009f]|\\u00c3 |[\\u00c2\\u00c3](?:[ao123\\u03bc]|1\\u2044)`,
  'u',
);
/** Any character mojibake is made of, or a combining mark (text in NFD): worth a closer look. */
const MAYBE = /[\u0080-\u00ff]|[\u0300-\u036f]/u;
const COMBINING = /[\u0300-\u036f]/u;
/** Mojibake still in a repaired word: such a change is not made. */
const LEFT_OVER = new RegExp(
  `[\\u00c2\\u00c3\\u00e2][${CONTINUATION}]|[\\u0080-\\u009f]|(?<=\\p{Ll})[\\u00c2\\u00c3]|[\\u00c2\\u00c3](?=[\\s\\p{P}]|$)`,
  'u',
);

/**
 * A two-character word of a lead and a quotation mark (`“Ã”`): as likely a letter in quotes as
 * the mojibake of one letter (`Ô`), so left alone.
 */
const LETTER_IN_QUOTES =
  /^\p{P}*[\u00c2-\u00df][\u2018\u2019\u201a\u201c-\u201e\u2039\u203a]\p{P}*$/u;

/** NFKC forms of the Latin-1 characters that are UTF-8 continuation bytes, and the characters. */
const SPACED: Record<string, string> = {
  '\u0308': '\u00a8', // ¨
  '\u0304': '\u00af', // ¯
  '\u0301': '\u00b4', // ´
  '\u0327': '\u00b8', // ¸
};
const LETTERED: Record<string, string> = {
  a: '\u00aa', // ª
  o: '\u00ba', // º
  '1': '\u00b9',
  '2': '\u00b2',
  '3': '\u00b3',
  '\u03bc': '\u00b5', // µ
  '1\u20444': '\u00bc',
  '1\u20442': '\u00bd',
  '3\u20444': '\u00be',
};
/** `Ã ̈` → `Ã¨`: a two-byte lead, a space and a combining mark. */
const SPACED_RE = /([\u00c2-\u00df]) ([\u0308\u0304\u0301\u0327])/g;
/**
 * `RaÃol` → `RaÃºl`, `d'Ãatre` → `d'Ãªtre`: `Ã` inside a lower-case word (no word has a capital
 * A-tilde there), or `Â` right after a C1 control (the second layer of a double mix-up).
 */
const LETTERED_RE =
  /(?:(?<=[\p{Ll}'’])\u00c3|(?<=[\u0080-\u009f])\u00c2)(1\u20444|1\u20442|3\u20444|[ao123\u03bc])(?!\p{Lu})/gu;
/** `â€` whose third byte is missing (not followed by a continuation). */
const LOST_RE = new RegExp(`(?<=(\\S))\\u00e2\\u20ac(?![${CONTINUATION}])(?=(.|$))`, 'gsu');

/** Line ends as `normalizeText` counts them. */
const LINE_END = /\r\n?|[\n\u2028\u2029\u0085\v\f]/g;

const FLATTENED = 'a byte flattened by compatibility normalisation put back first';
const LOST_HYPHEN = 'its lost last byte can only have been the hyphen ‐ between letters';
const LOST_QUOTE = 'its lost last byte read as the closing quotation mark ”';

/**
 * Puts back what compatibility normalisation and lost bytes took, so that ftfy can decode it;
 * `notes` gets what was put back, in words.
 */
function restoreBytes(line: string, notes: Set<string>): string {
  return line
    .replace(SPACED_RE, (_m, lead: string, mark: string) => {
      notes.add(FLATTENED);
      return lead + (SPACED[mark] ?? '');
    })
    .replace(LETTERED_RE, (m, flat: string) => {
      notes.add(FLATTENED);
      return m[0] + (LETTERED[flat] ?? flat);
    })
    .replace(LOST_RE, (m, before: string, after: string) => {
      if (/\p{L}/u.test(before) && /\p{L}/u.test(after)) {
        notes.add(LOST_HYPHEN);
        return '\u00e2\u20ac\u0090'; // ‐
      }
      if (after === '' || /[\s\p{P}]/u.test(after)) {
        notes.add(LOST_QUOTE);
        return '\u00e2\u20ac\u009d'; // ”
      }
      return m;
    });
}

const ENCODINGS: Record<string, string> = {
  'sloppy-windows-1252': 'Windows-1252',
  'windows-1252': 'Windows-1252',
  'sloppy-windows-1250': 'Windows-1250',
  'sloppy-windows-1251': 'Windows-1251',
  'iso-8859-2': 'Latin-2',
  macroman: 'Mac OS Roman',
  cp437: 'code page 437',
};

/**
 * ftfy's plan for a piece of text, in words. ftfy names Latin-1 whenever the text fits it; for
 * the bytes mojibake shows Latin-1 and Windows-1252 are the same, so it is called Windows-1252
 * unless the text holds a C1 control, which only a Latin-1 reading leaves (`latin1` true).
 */
export function describePlan(plan: readonly ExplanationStep[], latin1 = false): string {
  const parts: string[] = [];
  const read: string[] = [];
  const name = (encoding: string) =>
    encoding === 'latin-1'
      ? latin1
        ? 'Latin-1'
        : 'Windows-1252'
      : (ENCODINGS[encoding] ?? encoding);
  let pending: string | undefined;
  for (const [action, parameter] of plan) {
    if (action === 'encode') pending = parameter;
    else if (action === 'decode' && parameter.startsWith('utf-8')) {
      read.push(name(pending ?? 'windows-1252'));
      pending = undefined;
    } else if (action === 'decode' && pending) {
      // Encoded as Latin-1, decoded as Windows-1252: the C1 controls of a Latin-1 reading.
      parts.push(`${name(parameter)} read as Latin-1`);
      pending = undefined;
    } else if (parameter === 'fix_c1_controls') parts.push('Windows-1252 read as Latin-1');
    else if (parameter === 'decode_inconsistent_utf8') read.push(name('latin-1'));
    else if (parameter === 'restore_byte_a0') parts.push('a no-break space that became a space');
    else if (parameter === 'replace_lossy_sequences') parts.push('bytes lost for good shown as �');
  }
  // ftfy undoes the last mix-up first: in the order they happened, the readings are reversed.
  if (read.length > 0) parts.unshift(`UTF-8 read as ${readings(read.reverse())}`);
  return parts.join('; ') || 'UTF-8 read as a single-byte encoding';
}

function readings(read: readonly string[]): string {
  const first = read[0] ?? '';
  if (read.every((r) => r === first)) {
    if (read.length === 1) return first;
    return `${first} ${read.length === 2 ? 'twice' : `${read.length} times`}`;
  }
  return read.join(', then as ');
}

/** A run of spaces that ends a word: not one a combining mark sits on (`Ã ̈`). */
const SEPARATOR = /(\s+)(?!\p{M})/u;

/** A changed stretch: whole words of the line and what they became in the fixed line. */
interface Hunk {
  before: string;
  after: string;
  /** Offset of `before` in the line. */
  start: number;
}

/** The changed words between a line and its fixed form. */
function hunks(original: string, fixed: string): Hunk[] {
  // Words and the spaces between them, alternately (split keeps the captured separators).
  const a = original.split(SEPARATOR);
  const b = fixed.split(SEPARATOR);
  const changes: Array<{ a0: number; a1: number; b0: number; b1: number }> = [];
  // Mostly the words and spaces are as many: each word is its own counterpart.
  const parts = a.length === b.length ? null : diffArrays(a, b, { maxEditLength: 1000 });
  if (a.length === b.length) {
    for (let k = 0; k < a.length; k++) {
      if (a[k] === b[k]) continue;
      const last = changes.at(-1);
      if (last && last.a1 === k) last.a1 = last.b1 = k + 1;
      else changes.push({ a0: k, a1: k + 1, b0: k, b1: k + 1 });
    }
  } else if (!parts) {
    // Too different to align word by word: one stretch from the first to the last difference.
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a.at(-1 - tail) === b.at(-1 - tail))
      tail++;
    changes.push({ a0: head, a1: a.length - tail, b0: head, b1: b.length - tail });
  } else {
    let i = 0;
    let j = 0;
    let open: (typeof changes)[number] | undefined;
    for (const part of parts) {
      const n = part.value.length;
      if (!part.added && !part.removed) {
        if (open) changes.push(open);
        open = undefined;
        i += n;
        j += n;
        continue;
      }
      open ??= { a0: i, a1: i, b0: j, b1: j };
      if (part.removed) open.a1 = i += n;
      else open.b1 = j += n;
    }
    if (open) changes.push(open);
  }
  const offsets: number[] = [];
  let at = 0;
  for (const token of a) {
    offsets.push(at);
    at += token.length;
  }
  offsets.push(at);
  return changes.map(({ a0, a1, b0, b1 }) => {
    let before = a.slice(a0, a1).join('');
    let after = b.slice(b0, b1).join('');
    let start = offsets[a0] ?? 0;
    // Punctuation and spaces alike at both ends stay outside (`JuÃ¡rez,` → `JuÃ¡rez`).
    while (
      before.length > 1 &&
      after.length > 1 &&
      before.at(-1) === after.at(-1) &&
      TRIM.test(before.at(-1) ?? '')
    ) {
      before = before.slice(0, -1);
      after = after.slice(0, -1);
    }
    while (
      before.length > 1 &&
      after.length > 1 &&
      before[0] === after[0] &&
      TRIM.test(before[0] ?? '')
    ) {
      before = before.slice(1);
      after = after.slice(1);
      start++;
    }
    return { before, after, start };
  });
}

const TRIM = /[\p{P}\p{S}\s]/u;

interface LineFix {
  fixed: string;
  plan: ExplanationStep[];
  /** What was put back before ftfy decoded, in words. */
  notes: Set<string>;
}

/** ftfy's encoding fix of a line, after the bytes it cannot see are put back; null if none. */
function fixLine(line: string): LineFix | null {
  let current = line;
  const plan: ExplanationStep[] = [];
  const notes = new Set<string>();
  // Layers ftfy peels in one call; another round catches what a restored byte made decodable.
  for (let round = 0; round < 3; round++) {
    const roundNotes = new Set<string>();
    const restored = restoreBytes(current, roundNotes);
    let result;
    try {
      result = fixEncoding(restored);
    } catch {
      break;
    }
    if (result.text === restored) break;
    current = result.text;
    plan.push(...(result.explanation ?? []));
    for (const note of roundNotes) notes.add(note);
  }
  return current === line ? null : { fixed: current, plan, notes };
}

/** How one word was repaired: its own plan when it repairs alone, else the line's. */
function describeWord(before: string, after: string, line: LineFix): string {
  const alone = fixLine(before);
  const fix = alone && alone.fixed === after ? alone : line;
  return [describePlan(fix.plan, /[\u0080-\u009f]/u.test(before)), ...fix.notes].join('; ');
}

/**
 * Repairs the mojibake of a decoded text, line by line, and says what it changed. Text without
 * mojibake is returned as it is (the same string).
 */
export function repairMojibake(text: string): MojibakeRepaired {
  if (!MAYBE.test(text)) return { text, repairs: [] };
  // Lines and their ends, alternately (split keeps the captured line ends).
  const parts = text.split(/(\r\n?|\n)/);
  const found: Array<{ offset: number; before: string; after: string; detail: string }> = [];
  let offset = 0;
  for (let i = 0; i < parts.length; i++) {
    const start = offset;
    if (i % 2 === 0) {
      const fixed = repairLine(parts[i] ?? '', (at, before, after, detail) =>
        found.push({ offset: start + at, before, after, detail }),
      );
      if (fixed !== undefined) parts[i] = fixed;
    }
    offset += (parts[i] ?? '').length;
  }
  if (found.length === 0) return { text, repairs: [] };
  const repaired = parts.join('');
  return { text: repaired, repairs: withLines(repaired, found) };
}

/**
 * A line with its mojibake repaired, or undefined when nothing was. The line is read in NFC
 * (some scrapes store `Ã` as `A` and a combining tilde); `found` gets each word repaired, at
 * its offset in the repaired line.
 */
function repairLine(
  raw: string,
  found: (at: number, before: string, after: string, detail: string) => void,
): string | undefined {
  const line = COMBINING.test(raw) ? raw.normalize('NFC') : raw;
  if (!SUSPECT.test(line)) return undefined;
  const fix = fixLine(line);
  if (!fix) return undefined;
  let out = '';
  let at = 0;
  let changed = false;
  for (const h of hunks(line, fix.fixed)) {
    out += line.slice(at, h.start);
    at = h.start + h.before.length;
    if (h.after === h.before || LEFT_OVER.test(h.after) || LETTER_IN_QUOTES.test(h.before)) {
      out += h.before;
      continue;
    }
    found(out.length, h.before, h.after, describeWord(h.before, h.after, fix));
    out += h.after;
    changed = true;
  }
  return changed ? out + line.slice(at) : undefined;
}

/** Adds the line numbers of repairs found at `offset`s (in order) of the repaired text. */
function withLines(
  text: string,
  found: ReadonlyArray<{ offset: number; before: string; after: string; detail: string }>,
): MojibakeRepair[] {
  const repairs: MojibakeRepair[] = [];
  LINE_END.lastIndex = 0;
  let line = 1;
  let next = LINE_END.exec(text);
  for (const f of found) {
    while (next && next.index < f.offset) {
      line++;
      next = LINE_END.exec(text);
    }
    repairs.push({ before: f.before, after: f.after, line, detail: f.detail });
  }
  return repairs;
}
