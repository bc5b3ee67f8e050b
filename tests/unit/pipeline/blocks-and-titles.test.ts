import { describe, expect, it } from 'vitest';
import { isTitleLine } from '../../../src/pipeline/plugins/remark-headline.ts';
import { inferTitle } from '../../../src/pipeline/plugins/remark-infer-title.ts';
import { isSubhead } from '../../../src/pipeline/plugins/remark-subheads.ts';
import { processText } from '../../../src/pipeline/process-text.ts';
import { buildVocabulary } from '../../../src/pipeline/vocabulary.ts';
import { seedText } from '../seeds.ts';

const run = (text: string) => processText({ text, file: 'x.txt', id: 'x', encoding: 'utf-8' });

describe('headlines', () => {
  it.each([
    // PolNeAR train headlines of 121–140 characters: judged by form, not cut for length.
    [
      'Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Bible to Encourage Indiana to ‘Turn Away’ from ‘Boasters’ and ‘Blasphemers’ Like Trump',
      'After blasting the Drudge Report for linking to a Breitbart article about his latest fast, Glenn Beck doubled down on his religious rhetoric by reciting a passage from the Bible.',
    ],
    [
      'Netanyahu and Obama: A tortured relationship; Divided by ideology, their history is one of mistrust and perceived slights',
      'Divided by ideology, their history is one of mistrust and perceived slights.',
    ],
  ])('takes a long headline whole: %j', (title, lead) => {
    const [e] = run(`${title}\n\n${lead}`);
    expect(e!.title).toBe(title);
    expect(e!.titleSource).toBe('text');
  });

  it('takes a short first line as the title (BBC style: title, blank line, paragraphs)', () => {
    const [e] = run(
      'Chelsea sack Mutu\n\nChelsea have sacked Adrian Mutu after he failed a drugs test.\n\nThe striker tested positive.',
    );
    expect(e!.title).toBe('Chelsea sack Mutu');
    expect(e!.titleSource).toBe('text');
    expect(e!.blocks).toHaveLength(2);
  });

  it('does not take a lead or a dek for a title', () => {
    const seed001 = seedText('001').split('\n');
    expect(isTitleLine(seed001[0]!, seed001[1]!)).toBe(false);
    expect(
      isTitleLine('Mr. Trump, I had one deal for you.', 'Mr. Trump, I have a deal for you.'),
    ).toBe(false);
    expect(
      isTitleLine('wenty-nine people were injured tonight', 'The blast happened at 8:30 p.m.'),
    ).toBe(false);
  });

  it('infers a title from the lead, cut at a clause, without a dangling word', () => {
    const lead = seedText('003').split('\n')[0]!;
    const title = inferTitle(lead);
    expect(title).toBe(
      'Russia pushes back against parts of a U.S.-crafted proposal to end the war in Ukraine',
    );
    expect(inferTitle('Short lead.')).toBe('Short lead');
    const long = inferTitle(
      'Despite the protests of many residents of the town and the surrounding villages the council approved the plan for the new road on Tuesday evening after a long debate',
    );
    expect(long.length).toBeLessThanOrEqual(101);
    expect(long).not.toMatch(/\b(?:the|of|and|for|on)…?$/);
  });
});

describe('subheads', () => {
  it('keeps questions between paragraphs as subheads, not quotes or sentences', () => {
    const long = 'x'.repeat(120);
    expect(isSubhead('Did the Ukraine talks with US officials hold?', long, long)).toBe(true);
    expect(isSubhead('“What comes out of that meeting?” he added.', long, long)).toBe(false);
    expect(isSubhead('Caddell continued:', long, long)).toBe(false);
    expect(isSubhead('There was no immediate confirmation.', long, long)).toBe(false);
  });
});

describe('duplicates', () => {
  it('removes a paragraph pasted twice and says which one it repeats', () => {
    const para =
      'Only small details from these meetings have been released, such as the aide acknowledging it.';
    const [e] = run(
      `Title of the story here\n\n${para}\n\nSomething else entirely happened next in the story.\n\n${para}`,
    );
    expect(e!.blocks.map((b) => b.text)).toEqual([
      para,
      'Something else entirely happened next in the story.',
    ]);
    expect(e!.removed).toEqual([
      { text: para, reason: 'duplicate-paragraph', detail: 'same text as paragraph 1' },
    ]);
  });
});

describe('drop caps', () => {
  it('restores the letter from the corpus vocabulary, and records it', () => {
    const text =
      'n her recording, the wife pleads with officers.\nIn the video, she says in her own words that he has no gun.';
    const vocabulary = buildVocabulary([text, 'In her statement, in her words, in the end.']);
    const [e] = processText({ text, file: 'x.txt', id: 'x', encoding: 'utf-8', vocabulary });
    expect(e!.blocks[0]!.text).toBe('In her recording, the wife pleads with officers.');
    expect(e!.repairs[0]).toMatchObject({ kind: 'drop-cap', before: 'n', after: 'In' });
  });

  it('does not re-letter a capitalised word on thin evidence ("Old" is not "Bold")', () => {
    const text =
      'Line ends in scraped files\n\nOld Mac line ends are still common in scraped files, the survey of archives found.\n\nA bold claim followed, and the rest of the story went on.';
    const [e] = processText({
      text,
      file: 'x.txt',
      id: 'x',
      encoding: 'utf-8',
      vocabulary: buildVocabulary([text]),
    });
    expect(e!.blocks.map((b) => b.text).join(' ')).toMatch(/^Old Mac/);
    expect(e!.repairs).toEqual([]);
  });

  it('warns when a lead starts in lower case and no repair is known', () => {
    const [e] = run('zzq officials said nothing.\nThe second paragraph follows here with more.');
    expect(e!.warnings.join(' ')).toMatch(/lower case/);
  });
});

describe('front matter', () => {
  it('wins over inferred values, and names a bad field', () => {
    const [e] = run(
      '---\ntitle: Given title\ndate: 2025-12-05\nauthors: [A. Writer]\nsource: Example Times\nurl: not a url\n---\n date 2025-12-04 By Someone Else\nBody paragraph one is here.\nBody paragraph two is here.',
    );
    expect(e!.title).toBe('Given title');
    expect(e!.titleSource).toBe('front-matter');
    expect(e!.date).toBe('2025-12-05');
    expect(e!.authors).toEqual(['A. Writer']);
    expect(e!.source).toBe('Example Times');
    expect(e!.warnings.join(' ')).toMatch(/field `url`.*http/);
    expect(e!.removed.map((r) => r.reason)).toEqual(['front-matter', 'metadata-line']);
  });

  it('keeps the first body line when front matter gives the title (and drops it only if it repeats it)', () => {
    const [e] = run(
      '---\ntitle: T\n---\n\nFirst paragraph here is the lead.\n\nSecond paragraph.\n',
    );
    expect(e!.blocks.map((b) => b.text)).toEqual([
      'First paragraph here is the lead.',
      'Second paragraph.',
    ]);
    const [f] = run(
      '---\ntitle: The headline\n---\nThe headline\n\nFirst paragraph here is the lead.\n',
    );
    expect(f!.blocks.map((b) => b.text)).toEqual(['First paragraph here is the lead.']);
    expect(f!.removed.at(-1)).toEqual({
      text: 'The headline',
      reason: 'title-line',
      detail: 'repeats the front-matter title',
    });
  });

  it.each([
    ['date: 2005-02-30', /field `date`: is not a real date/],
    ['date: 14 February 2005', /field `date`: must be a date written YYYY-MM-DD/],
    ['title: "  "', /field `title`: must not be empty/],
  ])('names a bad field value, as folder.yaml does: %s', (line, message) => {
    const [e] = run(`---\n${line}\n---\nBody paragraph one is here.\nBody paragraph two is here.`);
    expect(e!.warnings.join(' ')).toMatch(message);
    expect(e!.date).toBeNull();
  });

  it('reports malformed YAML and keeps the text of the block', () => {
    const [e] = run(
      '---\ntitle: [unclosed\n---\nBody paragraph one is here.\nBody paragraph two is here.',
    );
    expect(e!.warnings.join(' ')).toMatch(/front matter: not valid YAML/);
    expect(e!.removed[0]).toMatchObject({ reason: 'front-matter', text: 'title: [unclosed' });
  });
});

describe('content is text, never markup', () => {
  it('keeps HTML and Markdown as literal characters in block text', () => {
    const [e] = run(
      'Headline with <b>tags</b>\n\n<script>alert(1)</script> and *stars* and [x](javascript:alert(1))\n\n# not a heading',
    );
    expect(e!.blocks.map((b) => b.text)).toContain(
      '<script>alert(1)</script> and *stars* and [x](javascript:alert(1))',
    );
    expect(e!.blocks.map((b) => b.text)).toContain('# not a heading');
  });
});
