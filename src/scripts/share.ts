/**
 * Copy links and citations, in the browser. Adds a "Copy link" button beside each paragraph's ¶
 * anchor (the anchors stay, and work without JavaScript), shows the server-rendered copy buttons
 * (hidden without JavaScript), copies on click and says so in a polite live region. Elements are
 * made with createElement and textContent only: no markup is built from content.
 */

/** The page's own address: its canonical link (absolute when the site's address is set). */
function pageUrl(): URL {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
  const url = new URL(
    canonical?.getAttribute('href') ?? window.location.href,
    window.location.href,
  );
  url.hash = '';
  url.search = '';
  return url;
}

let liveStatus: HTMLElement | null = null;
let clearTimer: number | undefined;

/** The live region, made once. */
function liveRegion(): HTMLElement {
  if (liveStatus) return liveStatus;
  liveStatus = document.createElement('p');
  liveStatus.className = 'visually-hidden';
  liveStatus.setAttribute('role', 'status');
  liveStatus.setAttribute('aria-live', 'polite');
  liveStatus.dataset['copyStatus'] = '';
  document.body.append(liveStatus);
  return liveStatus;
}

function announce(message: string): void {
  const region = liveRegion();
  // Clear first so that the same message twice is announced twice.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
  window.clearTimeout(clearTimer);
  clearTimer = window.setTimeout(() => {
    region.textContent = '';
  }, 5000);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Says what happened beside the button too, for sighted readers: a small note after it (hidden
 * from assistive technology, which hears the live region), gone after a few seconds.
 */
function showNote(button: HTMLButtonElement, message: string): void {
  const next = button.nextElementSibling;
  const note =
    next instanceof HTMLElement && next.matches('.copy-note')
      ? next
      : document.createElement('span');
  note.className = 'copy-note';
  note.setAttribute('aria-hidden', 'true');
  note.textContent = message;
  if (note !== next) button.after(note);
  window.setTimeout(() => {
    if (note.textContent === message) note.remove();
  }, 3000);
}

async function copyAndAnnounce(button: HTMLButtonElement, text: string, message: string) {
  const ok = await copy(text);
  const said = ok ? message : 'Could not copy: select the text and copy it instead';
  announce(said);
  showNote(button, said);
  if (ok) {
    button.dataset['copied'] = '';
    window.setTimeout(() => delete button.dataset['copied'], 2000);
  }
}

/** Page addresses that are paths (a build without `CLIPPINGS_SITE`) made full addresses. */
function fullAddresses(): void {
  for (const span of document.querySelectorAll<HTMLElement>('[data-page-address]')) {
    span.textContent = new URL(span.textContent, window.location.href).href;
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** A small chain-link icon (decorative: the button has its own label). */
function linkIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of [
    'M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5',
    'M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5',
  ]) {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '2');
    path.setAttribute('stroke-linecap', 'round');
    svg.append(path);
  }
  return svg;
}

/** A "Copy link" button for a paragraph, after its ¶ anchor. */
function paragraphButton(anchor: HTMLAnchorElement, paragraph: HTMLElement): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  const label =
    anchor.getAttribute('aria-label')?.replace(/: link$/, '') ?? `Paragraph ${paragraph.id}`;
  button.setAttribute('aria-label', `Copy link to ${label.toLowerCase()}`);
  button.title = 'Copy link';
  button.append(linkIcon());
  button.addEventListener('click', () => {
    const url = pageUrl();
    url.hash = paragraph.id;
    void copyAndAnnounce(button, url.href, 'Link copied');
  });
  anchor.after(button);
}

function setUp(): void {
  liveRegion();
  fullAddresses();
  for (const anchor of document.querySelectorAll<HTMLAnchorElement>(
    '.story-body p[id] > a.anchor',
  )) {
    const paragraph = anchor.parentElement;
    if (paragraph) paragraphButton(anchor, paragraph);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-url]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const url = new URL(button.dataset['copyUrl'] ?? '', window.location.href);
      void copyAndAnnounce(button, url.href, 'Link copied');
    });
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    const target = document.getElementById(button.dataset['copyTarget'] ?? '');
    if (!target) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      void copyAndAnnounce(
        button,
        target.textContent ?? '',
        button.dataset['copyLabel'] ?? 'Copied',
      );
    });
  }
}

setUp();
