/**
 * Running heads and feet of a printed page, left in text saved from a print or a PDF: the line a
 * browser prints at the top of each page (the date, the page's title and the site: `9/16/2016
 * Clinton Plan for Taxes Is Expansive but Complex - The New York Times`) and at its foot (the
 * address and a page counter: `https://… 1/4`). Read by form and by repetition inside the file,
 * never by wording: a line that is not a sentence of prose, holds a date, an address or a page
 * counter, and comes back on each page (its spaces, digits and address aside, it is written at
 * least twice in the file) goes wherever it stands, each copy as `boilerplate-line`.
 */
import type { Paragraph, Root } from 'mdast';
import { articlesOf, blockText, liveParagraphs, markRemoved } from '../blocks.ts';
import { findDate } from '../dates.ts';
import { lineForm } from '../line-form.ts';

const ADDRESS = /\bhttps?:\/\/\S+|\bwww\.\S+/gu;
/** A page counter: `1/4`, `Page 2 of 3` at the line's end. */
const PAGE_COUNTER = /(?:\b\d{1,3}\s*\/\s*\d{1,3}|\bpage\s+\d{1,3}(?:\s+of\s+\d{1,3})?)\s*$/iu;
const MAX_WORDS = 30;

/** The line as the page prints it each time: spaces, digits and addresses aside. */
function runningKey(text: string): string {
  return text.replace(ADDRESS, '<url>').replace(/\d+/gu, '0').replace(/\s+/gu, ' ').trim();
}

/** True when the line holds what a running head or foot holds: a date, an address, a counter. */
function holdsPageFacts(text: string): boolean {
  return PAGE_COUNTER.test(text) || /https?:\/\/|www\./u.test(text) || findDate(text) !== undefined;
}

export default function remarkRunningHeads() {
  return (tree: Root): void => {
    for (const article of articlesOf(tree)) {
      const byKey = new Map<string, Paragraph[]>();
      for (const block of liveParagraphs(article)) {
        const text = blockText(block).trim();
        if (text.includes('\n') || text.split(/\s+/u).length > MAX_WORDS) continue;
        const key = runningKey(text);
        const copies = byKey.get(key) ?? [];
        copies.push(block);
        byKey.set(key, copies);
      }
      for (const copies of byKey.values()) {
        if (copies.length < 2) continue;
        const text = blockText(copies[0]!).trim();
        if (!holdsPageFacts(text) || lineForm(text).prose) continue;
        const detail = `a running head or foot of a printed page (written ${copies.length} times in the file)`;
        for (const block of copies) markRemoved(block, 'boilerplate-line', detail);
      }
    }
  };
}
