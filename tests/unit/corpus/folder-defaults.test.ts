/** Folder defaults (`src/corpus/folder-defaults.ts`): reading `folder.yaml` and applying it. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/corpus/build-corpus.ts';
import {
  applyFolderDefaults,
  readFolderFile,
  type FolderFile,
} from '../../../src/corpus/folder-defaults.ts';
import { makeEntry } from '../entry-fixture.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readFolderFile', () => {
  it.each([
    ['outlet: BBC News\nsection: Sport\n', { outlet: 'BBC News', section: 'Sport' }, []],
    [
      'date: 2005-02-14\nauthors: [Ian Hardy, Jo Twist]\n',
      { date: '2005-02-14', authors: ['Ian Hardy', 'Jo Twist'] },
      [],
    ],
    ['authors: Ian Hardy\n', { authors: ['Ian Hardy'] }, []],
    [
      'date: 14 February 2005\noutlet: BBC\n',
      { outlet: 'BBC' },
      ['field `date`: must be a date written YYYY-MM-DD; ignored'],
    ],
    ['date: 2005-02-30\n', {}, ['field `date`: is not a real date; ignored']],
    [
      'source: BBC\n',
      {},
      ['unknown field `source` ignored (known fields: outlet, section, date, authors)'],
    ],
    ['outlet: [BBC, Reuters]\n', {}, ['field `outlet`: must be text; ignored']],
    [
      '- sport\n- tech\n',
      {},
      ['expected `field: value` lines (outlet, section, date, authors); the file is ignored'],
    ],
    ['', {}, []],
  ])('%j gives %j', (text, values, problems) => {
    const read = readFolderFile('sport/folder.yaml', text);
    expect(read.values).toEqual(values);
    expect(read.problems).toEqual(problems);
    expect(read.folder).toBe('sport');
  });

  it('names the YAML error of a broken file and ignores the file', () => {
    const read = readFolderFile('folder.yaml', 'outlet: "BBC\nsection: [');
    expect(read.folder).toBe('');
    expect(read.values).toEqual({});
    expect(read.problems[0]).toMatch(/^not valid YAML \(.+\); the file is ignored$/);
  });
});

describe('applyFolderDefaults', () => {
  const folders: FolderFile[] = [
    readFolderFile('folder.yaml', 'outlet: BBC News\ndate: 2005-01-01\n'),
    readFolderFile('sport/folder.yaml', 'section: Sport\ndate: 2005-02-14\n'),
    readFolderFile('sport/rugby/folder.yaml', 'authors: Bryn Palmer\n'),
  ];

  it.each([
    // file, what the file gave itself, what it ends with
    [
      'tech/001.txt',
      {},
      {
        source: 'BBC News',
        date: '2005-01-01',
        section: 'tech',
        sectionSource: 'folder-name',
        authors: [],
      },
    ],
    [
      'sport/001.txt',
      {},
      {
        source: 'BBC News',
        date: '2005-02-14',
        section: 'Sport',
        sectionSource: 'folder',
        authors: [],
      },
    ],
    [
      'sport/rugby/001.txt',
      {},
      {
        source: 'BBC News',
        date: '2005-02-14',
        section: 'Sport',
        sectionSource: 'folder',
        authors: ['Bryn Palmer'],
      },
    ],
    [
      '001.txt',
      {},
      { source: 'BBC News', date: '2005-01-01', section: null, sectionSource: 'none', authors: [] },
    ],
    // What the file says itself (front matter, the text) wins.
    [
      'sport/002.txt',
      {
        source: 'Reuters',
        sourceFrom: 'dateline' as const,
        date: '2005-03-01',
        dateSource: 'header' as const,
      },
      {
        source: 'Reuters',
        date: '2005-03-01',
        section: 'Sport',
        sectionSource: 'folder',
        authors: [],
      },
    ],
  ])('%s', (file, own, expected) => {
    const entry = makeEntry('x', { file, ...own });
    applyFolderDefaults(entry, folders);
    expect({
      source: entry.source,
      date: entry.date,
      section: entry.section,
      sectionSource: entry.sectionSource,
      authors: entry.authors,
    }).toEqual(expected);
  });

  it('marks each value as from the folder and names the folder.yaml in a note', () => {
    const entry = makeEntry('x', { file: 'sport/rugby/001.txt' });
    applyFolderDefaults(entry, folders);
    expect([entry.sourceFrom, entry.dateSource, entry.authorsSource]).toEqual([
      'folder',
      'folder',
      'folder',
    ]);
    expect(entry.notes).toEqual([
      'Outlet "BBC News" from folder.yaml.',
      'Date 2005-02-14 from sport/folder.yaml.',
      'Authors Bryn Palmer from sport/rugby/folder.yaml.',
      'Section "Sport" from sport/folder.yaml.',
    ]);
  });
});

describe('folder.yaml in a corpus', () => {
  // The opening of BBC sport-001.txt, filed under sport/ with a folder.yaml beside it.
  const article = bytes(
    "Claxton hunting first major medal\n\nBritish hurdler Sarah Claxton is confident she can win her first major medal at next month's European Indoor Championships in Madrid.\n",
  );

  it('applies the defaults, never makes an article of folder.yaml, and reports a bad field', () => {
    const corpus = buildCorpus([{ rel: 'sport/001.txt', bytes: article }], [], undefined, {
      link: false,
      folderFiles: [
        { rel: 'sport/folder.yaml', bytes: bytes('outlet: BBC Sport\ndate: 14/02/2005\n') },
      ],
    });
    expect(corpus.entries).toHaveLength(1);
    const [entry] = corpus.entries;
    expect(entry!.source).toBe('BBC Sport');
    expect(entry!.section).toBe('sport');
    expect(entry!.date).toBeNull();
    const report = corpus.files.find((f) => f.file === 'sport/folder.yaml')!;
    expect(report.status).toBe('warning');
    expect(report.entries).toEqual([]);
    expect(report.warnings).toEqual(['field `date`: must be a date written YYYY-MM-DD; ignored']);
  });
});
