/**
 * Index pages cut into pages (`/quotes/`, `/speakers/`, `/entities/`, `/report/`, `/outlets/`):
 * how many items a page holds, the address of page n (page 1 at the list's own address, so old
 * links keep working), and the A–Z jumps of a list sorted by name. Pure, for pages and tests.
 */

/** Items per page of each index: a page's size depends on these, not on the corpus. */
export const INDEX_PAGE_SIZE = {
  quotes: 100,
  speakers: 250,
  entities: 250,
  report: 200,
  outlets: 250,
} as const;

/** The address of page `n` of the list at `listPath` (`/speakers/`): `/speakers/`, `/speakers/2/`. */
export function indexPagePath(listPath: string, n: number): string {
  const head = listPath.endsWith('/') ? listPath : `${listPath}/`;
  return n <= 1 ? head : `${head}${n}/`;
}

/**
 * The letter a name is filed under: its first letter, without accents, upper-cased (`Élysée` →
 * `E`); `#` when it starts with anything else (a digit, a quotation mark).
 */
export function nameInitial(name: string): string {
  const first = name
    .trim()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .charAt(0)
    .toLocaleUpperCase('en');
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** Sorts by name as a reader looks a name up: accents and case aside, then as written. */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Where a letter starts in a list sorted by `nameInitial`: its page and the id of its anchor. */
export interface LetterJump {
  letter: string;
  page: number;
  anchor: string;
}

/** The anchor id of the first item filed under `letter`: `letter-b`, `letter-other` for `#`. */
export function letterAnchor(letter: string): string {
  return `letter-${letter === '#' ? 'other' : letter.toLowerCase()}`;
}

/**
 * The A–Z jumps of a list of names in `compareNames` order cut into pages of `pageSize`: one
 * per letter that starts a name, with the page it starts on, `#` first (as the list sorts it).
 */
export function letterJumps(names: readonly string[], pageSize: number): LetterJump[] {
  const jumps: LetterJump[] = [];
  names.forEach((name, i) => {
    const letter = nameInitial(name);
    if (jumps.some((j) => j.letter === letter)) return;
    jumps.push({ letter, page: Math.floor(i / pageSize) + 1, anchor: letterAnchor(letter) });
  });
  return jumps;
}

/**
 * The letter headings of one page of a name-sorted list: for each item, the anchor id to put on
 * it when it is the first of its letter in the whole list (`start` is the page's first index).
 */
export function letterStarts(
  names: readonly string[],
  pageNames: readonly string[],
  start: number,
): (string | null)[] {
  return pageNames.map((name, i) => {
    const at = start + i;
    const letter = nameInitial(name);
    return at === 0 || nameInitial(names[at - 1] ?? '') !== letter ? letterAnchor(letter) : null;
  });
}

/** What a page of Astro's `paginate()` says about where it stands (the fields the pager reads). */
export interface PageStanding {
  currentPage: number;
  lastPage: number;
  url: {
    prev: string | undefined;
    next: string | undefined;
    first: string | undefined;
    last: string | undefined;
  };
}

/**
 * The props of the pager of one page of an index: where it stands, and its link labels (`Previous`
 * and `Next` for a list in order of name or count; a list in order of time passes `Newer`/`Older`).
 */
export function pagerOf(page: PageStanding, labels = { prevLabel: 'Previous', nextLabel: 'Next' }) {
  return {
    currentPage: page.currentPage,
    lastPage: page.lastPage,
    prev: page.url.prev,
    next: page.url.next,
    first: page.url.first,
    last: page.url.last,
    ...labels,
  };
}
