/**
 * On every page: `/` focuses the search (the search page's own field when there is one), unless
 * the reader is typing in a field; focusing the header box warms the search index's meta file.
 */
import { joinBase } from '../site/url.ts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  }
  return (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

const box = document.querySelector<HTMLFormElement>('[data-search-box]');
const boxInput = box?.querySelector<HTMLInputElement>('[data-search-box-input]') ?? null;
const pageInput = document.querySelector<HTMLInputElement>('[data-search-query]');

// On the search page its own form is the search: one field, not two.
if (box && pageInput) box.hidden = true;

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  if (isTyping(event.target)) return;
  const input = pageInput ?? boxInput;
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});

if (box && boxInput) {
  const base = box.dataset['base'] ?? '/';
  boxInput.addEventListener(
    'focus',
    () => {
      void fetch(joinBase(base, 'search-index/meta.json')).catch(() => undefined);
    },
    { once: true },
  );
}
