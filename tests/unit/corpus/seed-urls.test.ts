/**
 * Pins every shareable address of the seed corpus: article pages, paragraph anchors, quote pages,
 * speaker pages, story pages and entity pages. A parser change that moves one of them fails here; if the move is intended,
 * regenerate with `UPDATE_URLS=1 npx vitest run tests/unit/corpus/seed-urls.test.ts` and say why
 * in the commit (shared links would break).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../seeds.ts';

const PINNED = path.resolve(import.meta.dirname, '../../fixtures/seed-urls.json');

function currentUrls(): string[] {
  const urls = new Set<string>();
  for (const e of seedCorpus().entries) {
    urls.add(e.url);
    if (e.story) urls.add(`/stories/${e.story}/`);
    for (const b of e.blocks) urls.add(`${e.url}#${b.id}`);
    for (const q of e.quotes) {
      urls.add(`/quotes/${q.id}/`);
      if (q.speakerId) urls.add(`/speakers/${q.speakerId}/`);
    }
    for (const m of e.entities) urls.add(`/entities/${m.id}/`);
  }
  return [...urls].sort();
}

describe('seed corpus addresses', () => {
  it('are the pinned ones (shared links never break)', () => {
    const urls = currentUrls();
    if (process.env['UPDATE_URLS'] === '1' || !existsSync(PINNED)) {
      writeFileSync(PINNED, `${JSON.stringify(urls, null, 2)}\n`);
    }
    const pinned = JSON.parse(readFileSync(PINNED, 'utf8')) as string[];
    const missing = pinned.filter((u) => !urls.includes(u));
    expect(missing).toEqual([]);
    expect(urls.length).toBeGreaterThan(100);
  });
});
