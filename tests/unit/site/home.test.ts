/** What the home page leads with (`homeView`) and the sections it lists (`groupSections`). */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src/schemas/entry.ts';
import { homeView } from '../../../src/site/home.ts';
import { groupSections } from '../../../src/site/sections.ts';
import { makeEntry } from '../entry-fixture.ts';

const wrap = (entries: Entry[]) => entries.map((data) => ({ id: data.id, data }));

/** BBC-like files: `<folder>/<n>.txt`, undated unless a date is given. */
const bbc = (file: string, fields: Partial<Entry> = {}): Entry =>
  makeEntry(file.replace('.txt', ''), {
    file,
    section: file.includes('/') ? file.split('/')[0]! : null,
    sectionSource: file.includes('/') ? 'folder-name' : 'none',
    ...fields,
  });

describe('homeView', () => {
  const undated = wrap([
    bbc('business/001.txt', { story: 'business/001' }),
    bbc('business/002.txt', { story: 'business/001' }),
    bbc('business/003.txt'),
    bbc('sport/001.txt', { story: 'sport/001' }),
    bbc('sport/002.txt', { story: 'sport/001' }),
    bbc('sport/003.txt', { story: 'sport/001' }),
    bbc('tech/001.txt', { date: '2005-02-14', dateSource: 'header' }),
  ]);

  it('leads an undated corpus with sections and its biggest stories, listing no files by name', () => {
    const view = homeView(undated);
    expect(view.undated).toBe(true);
    expect(view.dated).toBe(1);
    expect(view.latest).toEqual([]);
    expect(view.stories.map((s) => [s.id, s.articles.length, s.kind])).toEqual([
      ['sport/001', 3, 'related'],
      ['business/001', 2, 'related'],
    ]);
    expect(view.sections.map((s) => [s.name, s.articles.length])).toEqual([
      ['business', 3],
      ['sport', 3],
      ['tech', 1],
    ]);
  });

  it('lists the newest articles of a dated corpus, newest first', () => {
    const dated = wrap([
      bbc('a.txt', { date: '2005-01-03', dateSource: 'header' }),
      bbc('b.txt', { date: '2005-02-14', dateSource: 'header' }),
      bbc('c.txt'),
    ]);
    const view = homeView(dated);
    expect(view.undated).toBe(false);
    expect(view.latest.map((a) => a.id)).toEqual(['b', 'a', 'c']);
    expect(view.sections).toEqual([]);
  });
});

describe('groupSections', () => {
  it('says when a section is only a folder name, and gives each a unique slug', () => {
    const sections = groupSections(
      wrap([
        bbc('sport/001.txt', { section: 'Sport', sectionSource: 'folder' }),
        bbc('sport-extra/001.txt', { section: 'sport', sectionSource: 'folder-name' }),
        bbc('loose.txt'),
      ]),
    );
    expect(sections.map((s) => [s.name, s.fromFolderName])).toEqual([
      ['sport', true],
      ['Sport', false],
    ]);
    expect(new Set(sections.map((s) => s.slug)).size).toBe(2);
  });
});
