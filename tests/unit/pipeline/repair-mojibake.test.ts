// Mojibake repair, on short excerpts of real articles (PolNeAR training split, file named in
// each test) and on the seeds (`content/`).
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/corpus/build-corpus.ts';
import { decode } from '../../../src/pipeline/decode.ts';
import { normalizeText } from '../../../src/pipeline/normalize.ts';
import { describePlan, repairMojibake } from '../../../src/pipeline/repair-mojibake.ts';
import { rawTextFromBytes } from '../../../src/publish/raw-text.ts';
import { missingCharacters } from '../robustness/conservation.ts';
import { seedText } from '../seeds.ts';

const SEEDS = ['000', '001', '002', '003', '004'];

/** UTF-8 bytes read as Windows-1252 (what a scraper with the wrong charset does). */
const asWindows1252 = (s: string) =>
  new TextDecoder('windows-1252').decode(new TextEncoder().encode(s));
/** UTF-8 bytes read as Latin-1: Windows-1252's punctuation becomes C1 controls. */
const asLatin1 = (s: string) =>
  Array.from(new TextEncoder().encode(s), (b) => String.fromCharCode(b)).join('');

/** The repaired text and the before → after pairs. */
function repaired(text: string): [string, string[]] {
  const r = repairMojibake(text);
  return [r.text, r.repairs.map((x) => `${x.before} → ${x.after}`)];
}

describe('repairMojibake: UTF-8 read as Windows-1252 or Latin-1', () => {
  it('repairs one layer (nyt_2016-04-23_even-signed-climate-deal, usa-today_2016-09-01_trump-didn-t-need-to-meet)', () => {
    expect(
      repaired(
        'At that moment, the French ambassador to the United Nations, FranÃ§ois Delattre, uttered a stage whisper',
      ),
    ).toEqual([
      'At that moment, the French ambassador to the United Nations, François Delattre, uttered a stage whisper',
      ['FranÃ§ois → François'],
    ]);
    expect(repaired("Trump didn't need to meet with PeÃ±a Nieto.")[1]).toEqual(['PeÃ±a → Peña']);
    expect(repaired('Taliban detainees held at GuantÃ¡namo Bay, Cuba')[0]).toBe(
      'Taliban detainees held at Guantánamo Bay, Cuba',
    );
  });

  it('repairs Windows-1252 punctuation: â€™ → ’, â€œ…â€\u009d → “…”', () => {
    expect(repaired('Zelenskyyâ€™s home â€” â€œa â€˜terroristâ€™ attackâ€\u009d')).toEqual([
      'Zelenskyy’s home — “a ‘terrorist’ attack”',
      [
        'Zelenskyyâ€™s → Zelenskyy’s',
        'â€” → —',
        'â€œa → “a',
        'â€˜terroristâ€™ → ‘terrorist’',
        'attackâ€\u009d → attack”',
      ],
    ]);
  });

  it('repairs two layers, in Windows-1252 and in Latin-1 read in NFD (wash-post_2015-12-13_agreement-is-a-big-win)', () => {
    expect(repaired('French President FranÃƒÂ§ois Hollande')[1]).toEqual([
      'FranÃƒÂ§ois → François',
    ]);
    // As the file has it: `Ã` as A and a combining tilde, with a C1 control of the Latin-1 reading.
    const nfd =
      'French President FranA\u0303\u0083A\u0302\u00a7ois Hollande and Indian Prime Minister';
    const r = repairMojibake(nfd);
    expect(r.text).toBe('French President François Hollande and Indian Prime Minister');
    expect(r.repairs[0]).toMatchObject({
      before: 'FranÃ\u0083Â§ois',
      after: 'François',
      detail: 'UTF-8 read as Latin-1 twice',
    });
  });

  it('restores the byte of a no-break space and of a soft hyphen (wash-post_2015-12-04_a-killing-and-video-test)', () => {
    expect(
      repaired('a forced runoff with JesÃºs "Chuy" GarcÃ\u00ada, a county commissioner')[0],
    ).toBe('a forced runoff with Jesús "Chuy" García, a county commissioner');
    expect(repaired('voilÃ\u00a0 tout')[0]).toBe('voilà tout');
  });

  it('puts back bytes flattened by compatibility normalisation (nyt_2016-04-23, nyt_2016-04-26, nyt_2016-08-01)', () => {
    expect(
      repaired("The French minister, SÃ©golÃ \u0308ne Royal, said. ''On espÃ \u0308re,'' he said"),
    ).toEqual([
      "The French minister, Ségolène Royal, said. ''On espère,'' he said",
      ['SÃ©golÃ \u0308ne → Ségolène', 'espÃ \u0308re → espère'],
    ]);
    expect(repaired('said Representative RaÃol M. Grijalva of Arizona')[0]).toBe(
      'said Representative Raúl M. Grijalva of Arizona',
    );
    expect(repaired("Fox News's raison d'Ãatre was to fill a void")[0]).toBe(
      "Fox News's raison d'être was to fill a void",
    );
    expect(repaired('perhaps just naÃ \u0304vetÃ© - that')[0]).toBe('perhaps just naïveté - that');
    // Both at once: two layers, the second one flattened (wash-post_2016-03-24_stop-trumpers).
    expect(repaired('Rep. RaÃ\u0083Âol Grijalva')[0]).toBe('Rep. Raúl Grijalva');
  });

  it('restores the lost last byte of â€: ‐ between letters (nyt_2016-08-31_the-human-face-of-coal-power)', () => {
    const r = repairMojibake(
      "''Climate campaigners have to address the realÃ¢€world concerns of people,'' not longÃ¢€term joblessness",
    );
    expect(r.text).toBe(
      "''Climate campaigners have to address the real‐world concerns of people,'' not long‐term joblessness",
    );
    expect(r.repairs[0]!.detail).toMatch(/twice.*hyphen/);
  });

  it('describes each repair: the word before and after, the line, how', () => {
    const r = repairMojibake('Title\r\n\r\nHe met FranÃ§ois.\rThen FranÃƒÂ§ois\u2028and doesnâ€™t');
    expect(r.repairs).toEqual([
      { before: 'FranÃ§ois', after: 'François', line: 3, detail: 'UTF-8 read as Windows-1252' },
      {
        before: 'FranÃƒÂ§ois',
        after: 'François',
        line: 4,
        detail: 'UTF-8 read as Windows-1252 twice',
      },
      { before: 'doesnâ€™t', after: 'doesn’t', line: 5, detail: 'UTF-8 read as Windows-1252' },
    ]);
    // The line is the one the parser sees after normalisation.
    expect(normalizeText(r.text).text.split('\n')[3]).toBe('Then François');
  });

  it('leaves correct text alone, to the character', () => {
    for (const text of [
      'Zelenskyy met officials in Kyiv at a café: £5 or €6, “quoted” — ‘single’ – en dash…',
      'Emoji 😀 👍🏽 and ✔, naïve Ségolène, São Paulo, JOÃO, SÃO PAULO, IL Y MARQUÉ…',
      'Москва, Αθήνα, 東京, Kraków, Łódź, Müller, Øresund, Åland, Ñandú, Œuvre, ½ of 30°C, ¡Olé!',
      'The byte 0xC3 is shown as Ã, “Ã” in quotes; â as a letter; Ã.',
    ]) {
      expect(repairMojibake(text)).toEqual({ text, repairs: [] });
    }
  });

  it('leaves the seeds as they are', () => {
    for (const seed of SEEDS) {
      const text = seedText(seed);
      expect(repairMojibake(text)).toEqual({ text, repairs: [] });
    }
  });

  it('makes no half repair of a word it cannot repair whole (wash-post_2016-01-07_germany-targets)', () => {
    const text = 'Stefan KÃ\u0083 rner, chairman of the party';
    expect(repairMojibake(text)).toEqual({ text, repairs: [] });
  });

  it('gives the seeds back whole after one or two wrong readings', () => {
    // Seed 003 is plain ASCII, which every reading leaves as it is.
    for (const seed of ['000', '001', '002', '004']) {
      const text = seedText(seed);
      for (const broken of [
        asWindows1252(text),
        asLatin1(text),
        asWindows1252(asWindows1252(text)),
        asLatin1(asWindows1252(text)),
      ]) {
        expect(broken).not.toBe(text);
        expect(repairMojibake(broken).text).toBe(text);
      }
      // The whole seed on one line (hundreds of words to align), with old Mac line ends.
      for (const joined of [text.replaceAll('\n', ' '), text.replaceAll('\n', '\r')]) {
        const broken = asWindows1252(joined);
        expect(broken).not.toBe(joined);
        expect(repairMojibake(broken).text).toBe(joined);
      }
    }
  });
});

describe('describePlan', () => {
  it('names the readings in the order they happened', () => {
    expect(
      describePlan([
        ['encode', 'sloppy-windows-1252'],
        ['decode', 'utf-8'],
      ]),
    ).toBe('UTF-8 read as Windows-1252');
    expect(
      describePlan(
        [
          ['encode', 'latin-1'],
          ['decode', 'utf-8'],
          ['encode', 'latin-1'],
          ['decode', 'utf-8'],
        ],
        true,
      ),
    ).toBe('UTF-8 read as Latin-1 twice');
    expect(
      describePlan([
        ['encode', 'macroman'],
        ['decode', 'utf-8'],
        ['encode', 'sloppy-windows-1252'],
        ['decode', 'utf-8'],
      ]),
    ).toBe('UTF-8 read as Windows-1252, then as Mac OS Roman');
    expect(describePlan([['transcode', 'fix_c1_controls']])).toBe('Windows-1252 read as Latin-1');
  });
});

describe('mojibake in the pipeline', () => {
  const file = (text: string) => ({ rel: 'mojibake.txt', bytes: new TextEncoder().encode(text) });

  it('records each repair on the entry, with the line and the paragraph', () => {
    const text = [
      "Trump didn't need to meet with PeÃ±a Nieto.",
      '',
      'Mexican President Enrique PeÃ±a Nieto invited both candidates.',
      '',
      'At that moment, the French ambassador, FranÃ§ois Delattre, said it doesnâ€™t matter.',
    ].join('\n');
    const [entry] = buildCorpus([file(text)]).entries;
    expect(entry!.title).toBe("Trump didn't need to meet with Peña Nieto.");
    expect(entry!.blocks.map((b) => b.text)).toEqual([
      'Mexican President Enrique Peña Nieto invited both candidates.',
      'At that moment, the French ambassador, François Delattre, said it doesn’t matter.',
    ]);
    expect(entry!.repairs).toEqual([
      {
        kind: 'mojibake',
        before: 'PeÃ±a',
        after: 'Peña',
        line: 1,
        detail: 'UTF-8 read as Windows-1252; line 1, the headline',
      },
      {
        kind: 'mojibake',
        before: 'PeÃ±a',
        after: 'Peña',
        line: 3,
        block: 'p1',
        detail: 'UTF-8 read as Windows-1252; line 3, paragraph 1',
      },
      expect.objectContaining({ before: 'FranÃ§ois', line: 5, block: 'p2' }),
      expect.objectContaining({ before: 'doesnâ€™t', after: 'doesn’t', line: 5, block: 'p2' }),
    ]);
    // The text is accounted for: every repair's before is in the input, its after in the entry.
    expect(missingCharacters(normalizeText(text).text, [entry!])).toEqual([]);
  });

  it('parses a seed read wrongly as it parses the seed, each repair in its own story', () => {
    // Seed 003 (two stories, each with a dek, and a lost drop cap) with curly apostrophes.
    const clean = seedText('003').replaceAll("'", '’');
    const broken = asWindows1252(clean);
    const parse = (text: string) =>
      buildCorpus([{ rel: 'seed-003.txt', bytes: new TextEncoder().encode(text) }]).entries;
    const expected = parse(clean);
    const entries = parse(broken);
    expect(entries).toHaveLength(2);
    entries.forEach((entry, i) => {
      const { repairs, ...rest } = entry;
      const { repairs: cleanRepairs, ...cleanRest } = expected[i]!;
      expect(rest).toEqual(cleanRest);
      // The drop cap is still restored, after the mojibake.
      expect(repairs.filter((r) => r.kind === 'drop-cap')).toEqual(cleanRepairs);
      const mojibake = repairs.filter((r) => r.kind === 'mojibake');
      expect(mojibake.length).toBeGreaterThan(0);
      for (const r of mojibake) {
        expect(broken.split('\n')[r.line! - 1]).toContain(r.before);
        if (r.block) expect(entry.blocks.find((b) => b.id === r.block)!.text).toContain(r.after);
      }
    });
    const lines = entries.map((e) =>
      e.repairs.filter((r) => r.kind === 'mojibake').map((r) => r.line!),
    );
    expect(Math.min(...lines[1]!)).toBeGreaterThan(Math.max(...lines[0]!));
    expect(missingCharacters(normalizeText(broken).text, entries)).toEqual([]);
  });

  it('keeps the raw text as it came', () => {
    const bytes = new TextEncoder().encode('He met FranÃ§ois.');
    expect(rawTextFromBytes(bytes)).toBe('He met FranÃ§ois.');
    expect(decode(bytes).text).toBe('He met FranÃ§ois.');
  });
});
