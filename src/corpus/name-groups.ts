/**
 * One person named differently across the corpus: `Putin` / `Vladimir Putin`, `Zelenskyy` /
 * `Zelensky`, `Witkoff` / `Witkov`. The one merge of people's names, shared by speakers
 * (`speakers.ts`) and named entities (`entities.ts`), so both give a person the same groups.
 */
import { distance } from 'fastest-levenshtein';

/** Surnames this close (edit ratio) are spellings of one name, when the first names agree. */
const SPELLING = 0.7;
const MIN_SURNAME = 5;

/** A name with how often it is used. */
export interface NameCount {
  name: string;
  count: number;
}

/** A name split for comparing: folded first and last tokens. */
interface Parsed extends NameCount {
  first: string | undefined;
  last: string;
  /** The spelling key of the last token as written (acronyms keep their letters: `BBC`, `BCC`). */
  lastKey: string;
}

/** A group of names of one person; `head` is the fullest, most used form. */
export interface NameGroup<T extends NameCount = NameCount> {
  head: T;
  members: T[];
}

/**
 * Lower-cased, accents removed: `Zelenskyy` and `Zelenskyý`, `TASS` and `Tass` compare equal.
 */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A spelling key that transliteration variants share: folded, `y`→`i`, `w`→`v`, `ff`→`v`,
 * `ie`→`i`, doubled letters once. `Kyiv`/`Kiev`, `Donbas`/`Donbass`, `Novorossiya`/`Novorossia`,
 * `Zelenskyy`/`Zelensky`, `Witkoff`/`Witkov` share one; `Iraq`/`Iran`, `Austria`/`Australia`
 * do not.
 */
export function spellingKey(s: string): string {
  // Acronyms are spelt letter by letter: `BBC` is not `BCC`.
  if (/^(?:\p{Lu}\.?){2,}$/u.test(s)) return fold(s).replace(/\./g, '');
  return fold(s)
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/ff/g, 'v')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/ie/g, 'i');
}

/** Edit ratio of two strings: 1 for equal, 0 for nothing in common. */
export function editRatio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

function parse<T extends NameCount>(n: T): Parsed & { item: T } {
  const tokens = n.name.split(/\s+/);
  return {
    name: n.name,
    count: n.count,
    first: tokens.length > 1 ? fold(tokens[0]!) : undefined,
    last: fold(tokens.at(-1)!),
    lastKey: spellingKey(tokens.at(-1)!),
    item: n,
  };
}

/** First names that agree: equal when folded, or transliterations (`Andrii`/`Andriy`). */
function firstNamesAgree(a: string, b: string): boolean {
  return a === b || spellingKey(a) === spellingKey(b);
}

/** True when `n` names the person `head` names. */
function samePerson(head: Parsed, n: Parsed): boolean {
  const known = n.first !== undefined && head.first !== undefined;
  if (known && !firstNamesAgree(n.first!, head.first!)) return false;
  if (n.last === head.last || n.lastKey === head.lastKey) return true;
  if (n.last.length < MIN_SURNAME || head.last.length < MIN_SURNAME) return false;
  // A spelling variant needs agreeing first names on both sides (a lone surname joins only
  // the same letters or spelling key: `Chelsea` is not `Juan Ignacio Chela`).
  return known && editRatio(n.last, head.last) >= SPELLING;
}

/**
 * Groups people's names: fullest, most used names first become the heads that the others join
 * (`Putin` joins `Vladimir Putin`; a surname spelt differently joins when the first names
 * agree, `Andrii Hnatov`/`Andriy Natov`, or the spelling key is the same, `Witkov`/`Witkoff`). Groups come in the order their heads were made. Linear
 * in the names: candidate heads are looked up by surname, spelling key and first name rather than scanned.
 */
export function groupPeople<T extends NameCount>(names: readonly T[]): NameGroup<T>[] {
  const parsed = names.map(parse);
  parsed.sort(
    (a, b) =>
      Number(b.first !== undefined) - Number(a.first !== undefined) ||
      b.count - a.count ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
  const groups: Array<{ head: Parsed & { item: T }; members: T[] }> = [];
  const index = new Map<string, number[]>();
  const keysOf = (n: Parsed): string[] => [
    `l:${n.last}`,
    `k:${n.lastKey}`,
    ...(n.first === undefined ? [] : [`f:${spellingKey(n.first)}`]),
  ];
  for (const n of parsed) {
    let found: number | undefined;
    for (const key of keysOf(n))
      for (const g of index.get(key) ?? [])
        if ((found === undefined || g < found) && samePerson(groups[g]!.head, n)) found = g;
    if (found !== undefined) {
      groups[found]!.members.push(n.item);
      continue;
    }
    groups.push({ head: n, members: [n.item] });
    for (const key of keysOf(n)) {
      const list = index.get(key);
      if (list) list.push(groups.length - 1);
      else index.set(key, [groups.length - 1]);
    }
  }
  return groups.map((g) => ({ head: accented(g.head.item, g.members), members: g.members }));
}

/** Letters written with a diacritic: `Calderón` has one, `Calderon` none. */
function diacritics(name: string): number {
  return name.normalize('NFD').match(/\p{M}/gu)?.length ?? 0;
}

/** The head as written with its accents somewhere in the group (`Felipe Calderón` over `Felipe Calderon`). */
function accented<T extends NameCount>(head: T, members: readonly T[]): T {
  let best = head;
  for (const m of members)
    if (fold(m.name) === fold(head.name) && diacritics(m.name) > diacritics(best.name)) best = m;
  return best;
}
