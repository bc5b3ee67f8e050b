/**
 * `passive-agent`: the agent of a passive cue speaks — `has been called “strategic ambiguity” by
 * Joshua Hendrick`, `Rubio was asked by Fox Business moderator Gerard Baker whether …`.
 */
import { isSubjectLike, NOT_ROLE, ROLE_THEN_NAME } from './clause-subject.ts';
import { DESCRIBED, NAME, NAME_END, PARTY, ROLE_PREFIX } from './patterns.ts';
import type { Found, QuoteSentence } from './sentence.ts';

/** `Rubio was asked by Fox Business moderator Gerard Baker whether …`: the agent of a passive question speaks. */
const ASKED_BY = new RegExp(
  `\\b(?:[Aa]sked|told|questioned|pressed|urged|warned)\\s+by\\s+${ROLE_PREFIX}(?<spk>${DESCRIBED}|${NAME})${PARTY}`,
  'gu',
);

/** `has been called “strategic ambiguity” by Joshua Hendrick`: the agent of a passive cue. */
const PASSIVE_CUE =
  /\b(?:called|described|dubbed|labeled|labelled|termed|branded|characterized|characterised)\s+(?:(?:it|them|him|her)\s+)?(?:as\s+(?:an?\s+|the\s+)?)?$/u;
const BY_AGENT = new RegExp(
  `^[\\s,]*by\\s+${ROLE_PREFIX}(?<spk>${DESCRIBED}|${NAME})${PARTY}${NAME_END}`,
  'u',
);

/** Before the quote: the last `asked by X` (the name after a role: `by moderator Gerard Baker`). */
export function askedBy({ pre }: QuoteSentence): Found | undefined {
  let found: Found | undefined;
  for (const m of pre.matchAll(ASKED_BY)) {
    if (!m.groups || !isSubjectLike(m.groups['spk']!)) continue;
    const role = ROLE_THEN_NAME.exec(pre.slice(m.index + m[0].length));
    const name =
      role?.groups && role[0].split(/\s+/).every((w) => !NOT_ROLE.test(w))
        ? role.groups['name']!
        : m.groups['spk']!;
    found = {
      mention: name,
      cue: 'asked',
      at: m.index + m[0].length,
      start: m.index,
      rule: 'passive-agent',
    };
  }
  return found;
}

/** A passive cue before the quote, its agent after it: `called “…” by X`. */
export function byAgent({ pre, post }: QuoteSentence): Found | undefined {
  const agent = PASSIVE_CUE.test(pre) ? BY_AGENT.exec(post) : null;
  return agent?.groups
    ? { mention: agent.groups['spk']!, cue: 'by', at: agent.index, rule: 'passive-agent' }
    : undefined;
}
