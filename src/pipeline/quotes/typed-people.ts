/**
 * What each person of the article is by the entity typer's evidence (`src/pipeline/entities`):
 * the head of the name (`… Ballroom`, `… Point`), the lexicon's whole phrase (`British
 * Columbia`), `The` opening a work's title, `, which` after it; titles, `, who`, a first name or
 * the verbs a person takes for a person. A `he` or `she` refers to a person mention: a name the
 * typer calls a place, an organisation or a thing, with no evidence at all of a person, is none.
 */
import { findEntities, type EntityKind } from '../entities/find-entities.ts';
import { firstNameGender } from './first-names.ts';
import type { Person } from './people.ts';

/** Sets `kind`, `kindStrong` and `personEvidence` on each person the typer found (quotations masked in `text`). */
export function typePeople(people: readonly Person[], text: string): void {
  if (people.length === 0) return;
  const blocks = text.split('\n\n').map((t, i) => ({ id: String(i), text: t }));
  const kinds = new Map<
    string,
    { kind: EntityKind | null; weight: number; strong: number; person: number }
  >();
  for (const e of findEntities({ title: '', dek: null, blocks }))
    for (const form of [e.name, ...e.forms])
      if (!kinds.has(form))
        kinds.set(form, {
          kind: e.kind,
          weight: e.kind ? e.score[e.kind] : 0,
          strong: e.kind ? e.strong[e.kind] : 0,
          person: e.score.person,
        });
  for (const p of people) {
    const typed = kinds.get(p.name);
    if (!typed) continue;
    p.kind = typed.kind;
    p.kindWeight = typed.weight;
    p.kindStrong = typed.strong;
    p.personEvidence = typed.person;
  }
}

/** How much suggestive evidence alone (no head noun, no lexicon phrase) makes a name no person's. */
const SUGGESTED = 2;

/**
 * False when the typer makes the name a place, an organisation or a thing — by evidence that
 * names the kind (a head noun, the lexicon's whole phrase, a plural head) or by enough that
 * suggests it (`The Lamp Room`: `The` opening a title, an article) — and none of its evidence,
 * nor a first name among its words, speaks for a person (`Pauline Ridge` keeps her first name
 * and her `said` against the head `Ridge`). A suggestion alone is not enough: `Melania` ending
 * like a place, `Milan Baros` holding one.
 */
export function mayBePerson(p: Person): boolean {
  if (p.kind === undefined || p.kind === null || p.kind === 'person') return true;
  if ((p.kindStrong ?? 0) <= 0 && (p.kindWeight ?? 0) < SUGGESTED) return true;
  return (p.personEvidence ?? 0) > 0 || p.tokens.some((t) => firstNameGender(t) !== undefined);
}
