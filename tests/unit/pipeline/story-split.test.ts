import { describe, expect, it } from 'vitest';
import { processText } from '../../../src/pipeline/process-text.ts';

const run = (text: string) => processText({ text, file: 'x.txt', id: 'x', encoding: 'utf-8' });

const HEAD = `Council approves new cycle lanes for city centre

The city council voted on Tuesday to build six kilometres of protected cycle lanes through the centre, ending a two-year dispute with shop owners.

Councillor Maria Jensen, who led the plan, said the lanes would open in stages from next spring.`;

const QUOTE_PARAGRAPH = `"We cannot keep asking people to cycle next to buses," Ms Jensen said after the vote, adding that the first stretch would run from the station to the market square.`;

const TAIL = `Shop owners on the high street had warned that losing parking spaces would cost them customers, and several had threatened legal action.

A survey by the chamber of commerce found that most shoppers in the centre arrive on foot or by bus rather than by car.

The council said it would review the scheme after its first year.`;

const withPullQuote = (pull: string, after = false) =>
  after
    ? `${HEAD}\n\n${QUOTE_PARAGRAPH}\n\n${TAIL}\n\n${pull}`
    : `${HEAD}\n\n${pull}\n\n${QUOTE_PARAGRAPH}\n\n${TAIL}`;

describe('pull quotes are not story boundaries', () => {
  it.each([
    [
      'in marks with its speaker, before its paragraph',
      `"We cannot keep asking people to cycle next to buses," Ms Jensen said.`,
      false,
    ],
    [
      'in curly marks with a dash and speaker',
      `“We cannot keep asking people to cycle next to buses” — Maria Jensen, councillor`,
      false,
    ],
    ['without marks, further down', `We cannot keep asking people to cycle next to buses`, true],
    ['in capitals', `"WE CANNOT KEEP ASKING PEOPLE TO CYCLE NEXT TO BUSES"`, false],
    [
      'a sentence of the body, not a quotation',
      `Most shoppers in the centre arrive on foot or by bus rather than by car.`,
      true,
    ],
  ])('%s', (_, pull, after) => {
    const entries = run(withPullQuote(pull, after));
    expect(entries).toHaveLength(1);
    const [e] = entries;
    expect(e!.title).toBe('Council approves new cycle lanes for city centre');
    expect(e!.blocks.map((b) => b.text)).not.toContain(pull);
    const piece = e!.removed.find((r) => r.reason === 'pull-quote');
    expect(piece?.text).toBe(pull);
    // The evidence names the body block it repeats, which is still in the body.
    const source = e!.blocks.find((b) => `repeats ${b.id}` === piece?.detail);
    expect(source?.text).toMatch(/next to buses|rather than by car/);
  });

  it.each([
    [
      'an update with a changed figure (live blogs repeat items)',
      `The city council voted on Tuesday to build seven kilometres of protected cycle lanes through the centre.`,
    ],
    [
      'a line that introduces the quotation',
      `Another cyclist tweeted: "We cannot keep asking people to cycle next to buses."`,
    ],
    [
      'a short quote that shares only a phrase',
      `"Next to buses" is the phrase cyclists use for the worst roads in town, she said.`,
    ],
    [
      'a paragraph that quotes and goes on',
      `She added: "We cannot keep asking people to cycle next to buses, and we will not wait for another accident before acting on it."`,
    ],
  ])('keeps %s in the body', (_, line) => {
    const [e] = run(withPullQuote(line));
    expect(e!.blocks.map((b) => b.text)).toContain(line);
    expect(e!.removed.filter((r) => r.reason === 'pull-quote')).toEqual([]);
  });

  it('keeps a lead under a dek that holds it with a word added', () => {
    const lead = `"We cannot keep asking people to cycle next to buses," Ms Jensen said on Tuesday.`;
    const [e] = run(`${HEAD}\n\nReportedly, ${lead}\n\n${lead}\n\n${TAIL}`);
    expect(e!.removed.filter((r) => r.reason === 'pull-quote')).toEqual([]);
  });

  it('a dek over the lead is still a dek, not a pull quote', () => {
    const text = `Cycle lanes approved

The council votes for six kilometres of protected cycle lanes

The council voted on Tuesday for six kilometres of protected cycle lanes through the centre, ending a two-year dispute with shop owners.

${TAIL}`;
    const [e] = run(text);
    expect(e!.removed.filter((r) => r.reason === 'pull-quote')).toEqual([]);
  });

  it('a file holding two stories still splits', () => {
    const text = `${HEAD}\n\n${QUOTE_PARAGRAPH}\n\n${TAIL}

(Reporting by Anna Berg; Editing by Tom Hale)

Harbour ferry service to resume after storm repairs

The harbour ferry will run again from Monday after three weeks of repairs to the landing stage damaged in the January storm, the port authority said.

Engineers replaced two pontoons and the ramp, and the authority said the crossing would keep its winter timetable until April.

Passengers had used a replacement bus that added forty minutes to the journey.`;
    const entries = run(text);
    expect(entries).toHaveLength(2);
    expect(entries[1]!.title).toBe('Harbour ferry service to resume after storm repairs');
    expect(entries.flatMap((e) => e.removed).filter((r) => r.reason === 'pull-quote')).toEqual([]);
  });
});
