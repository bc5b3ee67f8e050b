/**
 * Property tests (fast-check): the pipeline never throws on any string, and conserves every
 * non-whitespace character of its input (see `conservation.ts` for what is allowed). Inputs are
 * arbitrary strings (UTF-16 units, full Unicode, grapheme clusters) and generated article-like
 * texts mixing headlines, header lines, datelines, quotes, bios, teasers, front matter and
 * duplicates. `RUNS` is the number of runs per property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/corpus/build-corpus.ts';
import { normalizeText } from '../../../src/pipeline/normalize.ts';
import { processText } from '../../../src/pipeline/process-text.ts';
import { buildVocabulary } from '../../../src/pipeline/vocabulary.ts';
import { missingCharacters } from './conservation.ts';

/** Runs per property; kept modest for CI (2 cores). */
export const RUNS = 1000;

const vocabulary = buildVocabulary([
  'Russian President Vladimir Putin said the talks would continue. Hillary Clinton spoke.',
]);

function run(raw: string) {
  const { text } = normalizeText(raw);
  const entries = processText({ text, file: 'p.txt', id: 'p', encoding: 'utf-8', vocabulary });
  return { text, entries };
}

const word = fc.constantFrom(
  'the',
  'President',
  'said',
  'Putin',
  'Ukraine',
  'talks',
  'on',
  'Thursday',
  'ussian',
  'a',
  '<script>alert(1)</script>',
  '{x}',
  '*stars*',
  '# heading',
  '`code`',
  '[x](javascript:alert(1))',
  '</script>',
  '<!--',
  '&amp;',
  'é',
  '📰',
  '\u202e',
  '\u200b',
  '—',
  '…',
  '"',
  '“',
  '”',
  '«',
  '»',
  "'",
  '‘',
  '’',
  ':',
  ',',
  '.',
  '(AP)',
  '|',
  'By',
  'READ',
  'MORE:',
  '2025-12-04',
  'Dec.',
  '4,',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
const line = fc.oneof(
  sentence,
  sentence.map((s) => `${s}.`),
  sentence.map((s) => `“${s},” he said. “${s}.”`),
  sentence.map((s) => `"${s}," said Vladimir Putin.`),
  sentence.map((s) => `WASHINGTON (AP) — ${s}.`),
  sentence.map((s) => `(CNN) — ${s}`),
  sentence.map((s) => `FLINT, Mich., Oct. 4 (UPI) -- ${s}`),
  fc.constant(' date 2025-12-04 By Jessie Yeung, Svitlana Vlasova'),
  fc.constant('By A and B | Dec. 4, 2025'),
  sentence.map((s) => `Zubair Amin is a Senior Journalist at NewsX. ${s}`),
  sentence.map((s) => `READ MORE: ${s}…`),
  sentence.map((s) => `Photos: ${s}.`),
  sentence.map((s) => `- ${s}`),
  fc.constant('Did the Ukraine talks with US officials hold?'),
  fc.string({ maxLength: 40 }),
);
const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constant('---\ntitle: A title\ndate: 2025-12-04\nauthors: [A B]\n---\n'),
  fc.constant('---\ntitle: [unclosed\n---\n'),
  fc.constant('---\ndate: 42\nauthors: yes\nid: {a: 1}\n---\n'),
  fc.string({ maxLength: 30 }).map((s) => `---\n${s}\n---\n`),
);
const separator = fc.constantFrom('\n', '\n\n', '\r\n', '\r', '\n \n', '\u2029');
const article = fc
  .tuple(frontMatter, fc.array(fc.tuple(line, separator), { minLength: 1, maxLength: 25 }))
  .chain(([fm, lines]) =>
    // Sometimes a paragraph pasted twice.
    fc.boolean().map((dup) => {
      const body = lines.map(([l, s]) => l + s).join('');
      return fm + (dup && lines[0] ? `${body}\n\n${lines[0][0]}\n` : body);
    }),
  );

const inputs: Array<[string, fc.Arbitrary<string>]> = [
  ['fc.string', fc.string({ maxLength: 400 })],
  ['full Unicode strings', fc.string({ unit: 'binary', maxLength: 400 })],
  ['grapheme strings', fc.string({ unit: 'grapheme', maxLength: 200 })],
  ['article-like texts', article],
];

describe('the pipeline on any string', () => {
  for (const [name, arbitrary] of inputs) {
    it(`never throws and conserves every character (${name}, ${RUNS} runs)`, () => {
      fc.assert(
        fc.property(arbitrary, (raw) => {
          const { text, entries } = run(raw);
          expect(missingCharacters(text, entries)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it(`buildCorpus never throws or loses a file on arbitrary bytes (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 300 }), { minLength: 1, maxLength: 4 }),
        (files) => {
          const corpus = buildCorpus(files.map((bytes, i) => ({ rel: `f${i}.txt`, bytes })));
          expect(corpus.files.map((f) => f.file)).toEqual(files.map((_, i) => `f${i}.txt`));
          for (const f of corpus.files) {
            expect(f.reason ?? '').not.toMatch(/parser failed/);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('the conservation check itself', () => {
  it('notices a character that no entry accounts for', () => {
    const { text, entries } = run('A headline here\n\nThe lead paragraph says something.\n');
    expect(missingCharacters(text, entries)).toEqual([]);
    const lossy = structuredClone(entries);
    lossy[0]!.blocks[0]!.text = lossy[0]!.blocks[0]!.text.replace('lead', 'led');
    expect(missingCharacters(text, lossy)).toEqual([['a', 1]]);
  });

  it('allows the one letter a drop-cap repair adds, and nothing more', () => {
    const { text, entries } = run('ussian President Vladimir Putin said the talks would go on.\n');
    expect(entries[0]!.repairs.map((r) => r.after)).toEqual(['Russian']);
    expect(missingCharacters(text, entries)).toEqual([]);
  });
});
