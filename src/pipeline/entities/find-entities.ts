/**
 * The people, organisations and places an article names, with the exact offsets of their
 * mentions in its body blocks. Short forms join the full name the article uses (`Putin` →
 * `Vladimir Putin`); what each name is comes from the evidence of all its mentions. The title
 * and dek add to the counts but hold no offsets (links go in the body only). Pure, no Astro.
 */
import type { Block } from '../../schemas/entry.ts';
import {
  findCandidates,
  lowerCaseWords,
  type Candidate,
  type EntityKind,
  type KindScore,
} from './candidates.ts';

export type { EntityKind, KindScore } from './candidates.ts';

/** One mention in the body. */
export interface Mention {
  block: string;
  start: number;
  end: number;
  text: string;
}

/** A name an article uses, with all its mentions. */
export interface FoundEntity {
  /** The fullest form the article uses. */
  name: string;
  /** What the evidence says it is, or null when nothing does. */
  kind: EntityKind | null;
  score: KindScore;
  /** Body mentions in reading order (the first is where the article links it). */
  mentions: Mention[];
  /** Mentions in body, title and dek. */
  count: number;
  /** Every form the article writes (`Vladimir Putin`, `Putin`). */
  forms: string[];
}

/** What the finder reads of an entry. */
export interface EntityText {
  title: string;
  dek: string | null;
  blocks: readonly Pick<Block, 'id' | 'text'>[];
}

interface Local {
  name: string;
  tokens: string[];
  score: KindScore;
  mentions: Mention[];
  count: number;
  forms: Set<string>;
}

/** The best-supported kind, or null when no evidence reaches `min`. */
export function bestKind(score: KindScore, min = 1): EntityKind | null {
  let best: EntityKind | null = null;
  let top = min - Number.EPSILON;
  for (const kind of ['person', 'organization', 'place'] as const)
    if (score[kind] > top) {
      best = kind;
      top = score[kind];
    }
  return best;
}

function add(into: KindScore, from: KindScore): void {
  into.person += from.person;
  into.place += from.place;
  into.organization += from.organization;
}

/** The entities of an entry, in order of first body mention. */
export function findEntities(entry: EntityText): FoundEntity[] {
  const lowerWords = lowerCaseWords(
    [entry.title, entry.dek ?? '', ...entry.blocks.map((b) => b.text)].join('\n'),
  );
  const body: Array<{ block: string; c: Candidate }> = [];
  for (const b of entry.blocks)
    for (const c of findCandidates(b.text, lowerWords)) body.push({ block: b.id, c });
  const extra = [entry.title, entry.dek ?? ''].flatMap((t) => findCandidates(t, lowerWords));

  const byName = new Map<string, Local>();
  const local = (tokens: string[]): Local => {
    const name = tokens.join(' ');
    let found = byName.get(name);
    if (!found) {
      found = {
        name,
        tokens,
        score: { person: 0, place: 0, organization: 0 },
        mentions: [],
        count: 0,
        forms: new Set(),
      };
      byName.set(name, found);
    }
    return found;
  };
  // Full names first, so that a surname mentioned before the full name still joins it.
  for (const { c } of body) if (c.tokens.length > 1) local(c.tokens);
  const people = [...byName.values()];
  const resolve = (c: Candidate): Local => {
    if (c.tokens.length > 1) return local(c.tokens);
    const word = c.tokens[0]!;
    const full =
      people.find((p) => p.tokens.at(-1) === word && looksPersonal(p, c)) ??
      people.find((p) => p.tokens.length === 2 && p.tokens[0] === word && looksPersonal(p, c));
    return full ?? local(c.tokens);
  };
  for (const { block, c } of body) {
    const l = resolve(c);
    add(l.score, c.score);
    l.mentions.push({ block, start: c.start, end: c.end, text: c.text });
    l.count++;
    l.forms.add(c.text);
  }
  for (const c of extra) {
    const l = c.tokens.length > 1 ? byName.get(c.tokens.join(' ')) : resolve(c);
    if (l && l.mentions.length > 0) l.count++;
  }
  const order = new Map(entry.blocks.map((b, i) => [b.id, i]));
  const at = (m: Mention): number => order.get(m.block)! * 1e6 + m.start;
  return [...byName.values()]
    .filter((l) => l.mentions.length > 0)
    .sort((a, b) => at(a.mentions[0]!) - at(b.mentions[0]!))
    .map((l) => ({
      name: l.name,
      kind: bestKind(l.score),
      score: l.score,
      mentions: l.mentions,
      count: l.count,
      forms: [...l.forms],
    }));
}

/** A one-word mention joins a full name unless its own evidence says it is no person. */
function looksPersonal(full: Local, c: Candidate): boolean {
  const fullKind = bestKind(full.score, 0.5);
  const own = bestKind(c.score, 2);
  return fullKind !== 'place' && fullKind !== 'organization' && (own === null || own === 'person');
}
