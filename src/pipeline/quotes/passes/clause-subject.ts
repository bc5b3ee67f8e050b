/**
 * The grammatical subject of a clause, read from the words before a cue: skipping an opening
 * phrase (`On Sunday,`, `Hours later,`), a possessive's role (`Trump’s Virginia state director,
 * Mike Rubino,`), a role before a name (`Republican presidential candidate Donald Trump`); and
 * the tests of whether a mention is a subject at all (not the object of a preposition, not a
 * noun's modifier).
 */
import { lexiconKind } from '../first-names.ts';
import { CUES } from '../cues.ts';
import { openerEnd } from '../sentences.ts';
import { HEADS, NAME, NOT_A_NAME, NOT_SUBJECT, PARTY, SUBJECT } from './patterns.ts';

/** The first noun phrase of a clause that can be a speaker (skipping "On Saturday," …). */
export function sentenceSubject(clause: string): { mention: string; at: number } | undefined {
  const main = openerEnd(clause);
  for (const m of clause.matchAll(SUBJECT)) {
    if (m.index < main || NOT_SUBJECT.test(m[0])) continue;
    if (!isSubject(clause, m.index) || isModifier(clause, m.index, m.index + m[0].length)) continue;
    // `Hours later, Trump …`, `Speaking at a town hall in Salem, New Hampshire, Trump …`: an
    // opener's word, or a place in it, is not the subject.
    // `Kelly` is a name, `Early in his campaign,` is not.
    if (NOT_A_NAME.test(m[0]) && (!/ly$/.test(m[0]) || lexiconKind(m[0]) === 'word')) continue;
    if (/^,\s+\p{Lu}/u.test(clause.slice(m.index + m[0].length)) && m.index > 0) continue;
    // `Her liberal friends have mocked Trump’s campaign`: a name after a verb is its object (one
    // after `that`, `when`, `as` … opens a clause of its own).
    if (!opensClause(clause, main, m.index)) continue;
    // `Trump’s Virginia state director, Mike Rubino,`: the name set off after an owner's role.
    const owner = /['’]s(?=\s|$)/u.exec(m[0]);
    const owned = owner ? ownedRole(clause, m.index + owner.index + 2) : undefined;
    if (owned)
      return owned.at
        ? { mention: owned.mention, at: owned.at }
        : { mention: owned.mention.slice(m.index), at: m.index };
    // `Republican presidential candidate Donald Trump …, writing`: the name after the role.
    const role = AFFILIATION.test(m[0])
      ? ROLE_THEN_NAME.exec(clause.slice(m.index + m[0].length))
      : null;
    if (role?.groups && role[0].split(/\s+/).every((w) => !NOT_ROLE.test(w)))
      return {
        mention: role.groups['name']!,
        at: m.index + m[0].length + role.index + role[0].length - role.groups['name']!.length,
      };
    return { mention: m[0], at: m.index };
  }
  return undefined;
}

/** After a possessive: `’s Virginia state director, Mike Rubino,` names; `’s right-hand woman` describes. */
const OWNED_NAME = new RegExp(`^(?:\\s+[\\p{L}-]+){1,4}?,\\s+(?<name>${NAME})${PARTY},`, 'u');
const OWNED_ROLE = new RegExp(`^(?:\\s+[\\p{Ll}-]+){0,3}?\\s+(?:${HEADS})s?\\b`, 'u');

/** The person a possessive subject introduces: the name set off after the role, else the role itself. */
function ownedRole(clause: string, end: number): { mention: string; at: number } | undefined {
  const rest = clause.slice(end);
  const named = OWNED_NAME.exec(rest);
  if (named?.groups) {
    const name = named.groups['name']!;
    return { mention: name, at: end + named[0].lastIndexOf(name) };
  }
  const role = OWNED_ROLE.exec(rest);
  return role ? { mention: clause.slice(0, end + role[0].length), at: 0 } : undefined;
}

/** True when what stands between `main` and `at` leaves `at` the start of a clause's subject. */
export function opensClause(clause: string, main: number, at: number): boolean {
  const lead = clause.slice(main, at);
  return at - main <= 3 || OPENER.test(lead) || isRolePhrase(lead) || CLAUSE_START.test(lead);
}

/** The words that open a clause, before its subject. */
const CLAUSE_START =
  /(?:^|\s)(?:that|when|as|because|while|after|before|if|since|and|but|so|where|although|though|until|once|whether)\s+(?:(?:the|a|an)\s+)?$/iu;

/** A party or a nationality opening a role: `Republican`, `Democratic`, `Mexican`. */
const AFFILIATION =
  /^(?:Republican|Democratic|Democrat|Independent|Libertarian|GOP|Conservative|Liberal|Former|Senior|\p{Lu}\p{Ll}{3,}(?:ian|can|ese|ish))$/u;
/** Lower-case role words, then a name: the rest of `Republican presidential candidate Donald Trump`. */
export const ROLE_THEN_NAME = new RegExp(
  `^\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){1,3}(?<name>${NAME})`,
  'u',
);

/** One opening clause or two (`Speaking to MSNBC Monday in Salem, which votes Tuesday,`). */
export const OPENER = /^(?:[^,“”"]{1,160},\s*){1,2}$/u;

/** Words that cannot be part of a role before a name (`Asked whether Trump …`). */
export const NOT_ROLE =
  /^(?:asked|whether|when|if|that|as|after|before|while|since|because|although|though|but|and|or|so|then|also|even|the|a|an|said|says|told|to|of|in|on|at|for|with|by|from|about|is|was|has|had)$/i;

/** `FBI director `, `Democratic presidential candidate `: a role before the subject's name. */
export function isRolePhrase(opener: string): boolean {
  const words = opener.trim().split(/\s+/);
  return (
    /^(?:[\p{L}\d][\p{L}\d’'.-]*\s+){1,4}$/u.test(opener) &&
    words.every((w) => !NOT_ROLE.test(w) && !/ing$/.test(w))
  );
}

/** A name that can speak: not a weekday or a sentence opener. */
export function isSubjectLike(name: string): boolean {
  return !NOT_SUBJECT.test(name);
}

/** A speaker must not be the object of a preposition ("with Putin said" is not Putin speaking). */
export function isSubject(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  if (
    /\b(?:Secretary|Minister|Department|Chief|Head|Director|Ministry|Prime Minister)\s+of\s+$/.test(
      before,
    )
  )
    return true;
  return !/\b(?:of|to|with|for|by|from|about|on|at|in|than|against)\s+(?:(?:the|a|an)\s+)?$/i.test(
    before,
  );
}

/** A name after an article that modifies a noun (`the Cruz slate`), not the subject (`the FBI said`). */
const MODIFIER = new RegExp(
  `^\\s+(?!(?:${CUES}|has|had|have|is|was|were|are|will|would|also|who|which|that|of)\\b)\\p{Ll}`,
  'u',
);
function isModifier(text: string, at: number, end: number): boolean {
  return (
    /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, at - 5), at)) &&
    MODIFIER.test(text.slice(end, end + 40))
  );
}
