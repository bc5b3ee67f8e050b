/**
 * The "find by name" combobox (`components/NameFinder.astro`) in the browser: fetches the shard of
 * the first typed word once, shows the matching names as options, and goes to the chosen name's
 * page, or, in a form (`data-fill`), puts the name in the field. Keyboard: Down/Up move through the options, Enter opens one, Escape closes the list
 * (and clears the box when the list is already closed). Names are set as text, never as markup.
 */
import { findNames, shardFor, type FinderItem } from '../site/name-finder.ts';
import { joinBase } from '../site/url.ts';

const LIMIT = 10;

export function setUp(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('[data-name-finder-input]');
  const list = root.querySelector<HTMLUListElement>('[data-name-finder-list]');
  const status = root.querySelector<HTMLElement>('[data-name-finder-status]');
  const shardsAt = root.dataset['shards'];
  const base = root.dataset['base'] ?? '/';
  if (!input || !list || !status || !shardsAt) return;
  const help = status.textContent ?? '';
  const shards = new Map<string, Promise<FinderItem[]>>();
  let shown: FinderItem[] = [];
  let active = -1;
  let asked = 0;

  const shard = (key: string): Promise<FinderItem[]> => {
    let loading = shards.get(key);
    if (!loading) {
      loading = fetch(`${shardsAt}${key}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<FinderItem[]>) : []))
        .catch(() => []);
      shards.set(key, loading);
    }
    return loading;
  };

  const optionId = (i: number): string => `${list.id}-${i}`;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (i: number): void => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i < 0) input.removeAttribute('aria-activedescendant');
    else {
      input.setAttribute('aria-activedescendant', optionId(i));
      list.children[i]?.scrollIntoView({ block: 'nearest' });
    }
  };

  const fill = root.dataset['fill'] !== undefined;
  const open = (item: FinderItem): void => {
    if (!fill) {
      window.location.assign(joinBase(base, item[1]));
      return;
    }
    input.value = item[0];
    shown = [];
    close();
    input.dispatchEvent(new Event('change', { bubbles: true }));
  };

  const render = (items: FinderItem[], query: string): void => {
    shown = items;
    list.replaceChildren(
      ...items.map((item, i) => {
        const li = document.createElement('li');
        li.id = optionId(i);
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const name = document.createElement('span');
        name.className = 'name-finder-name';
        name.textContent = item[0];
        const detail = document.createElement('span');
        detail.className = 'name-finder-detail';
        detail.textContent = item[2];
        li.append(name, ' ', detail);
        li.addEventListener('mousedown', (event) => event.preventDefault());
        li.addEventListener('click', () => open(item));
        return li;
      }),
    );
    const some = items.length > 0;
    list.hidden = !some;
    input.setAttribute('aria-expanded', String(some));
    active = -1;
    input.removeAttribute('aria-activedescendant');
    status.textContent =
      query.trim() === ''
        ? help
        : some
          ? `${items.length === LIMIT ? `First ${LIMIT}` : items.length} ${items.length === 1 ? 'name' : 'names'} found.`
          : 'No name found.';
  };

  input.addEventListener('input', () => {
    const query = input.value;
    const key = shardFor(query);
    const ask = ++asked;
    if (key === null) {
      render([], query);
      return;
    }
    void shard(key).then((items) => {
      if (ask === asked) render(findNames(items, query, LIMIT), query);
    });
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (shown.length === 0) return;
      event.preventDefault();
      if (list.hidden) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = active + step;
      highlight(next >= shown.length ? 0 : next < 0 ? shown.length - 1 : next);
    } else if (event.key === 'Enter') {
      const item = list.hidden
        ? undefined
        : (shown[active] ?? (shown.length === 1 ? shown[0] : undefined));
      if (item) {
        event.preventDefault();
        open(item);
      }
    } else if (event.key === 'Escape') {
      if (!list.hidden) close();
      else input.value = '';
    }
  });

  input.addEventListener('blur', close);
  root.hidden = false;
}
