/**
 * `said-x`: the inverted cue — `“…,” said Putin`, `Said Comey, “…”`, `Because of how Democrats
 * crafted the schedule, explained Rosenberg, “…”`, and an attribution closing the sentence past
 * clauses of its own (`…, forcing her to fend off both, said Brad Bannon, a Democratic pollster.`).
 */
import { CUES } from '../cues.ts';
import {
  AUX,
  DESCRIBED,
  NAME,
  NAME_END,
  PARTY,
  PRONOUN,
  ROLE_PREFIX,
  SPEAKER,
} from './patterns.ts';
import { foundOf } from './role-appositive.ts';
import { verbForms } from './verb-forms.ts';
import { ASIDE_VERBS, CLOSING_VERBS, OPENING_VERBS } from '../words/position-verbs.ts';
import type { Found, QuoteSentence } from './sentence.ts';

/** The verbs of a parenthetical attribution set off by commas: `The paradox of Nancy, says Carl Anthony, …, is that`. */
const ASIDE_CUES = verbForms(ASIDE_VERBS, ['PresentTense', 'PastTense']);
/** The verbs of an attribution closing the sentence: `…, said X, a pollster.`. */
const CLOSING_CUES = verbForms(CLOSING_VERBS, ['PresentTense', 'PastTense']);
/** The verbs that open a sentence before the speaker: `Said Comey, “…”`. */
const OPENING_CUES = verbForms(OPENING_VERBS, ['PastTense', 'PresentTense'], true);

/** `,” said Putin`: the cue first, right after the quote. */
const POST_CUE_FIRST = new RegExp(
  `^[\\s,—–-]*(?<cue>${CUES})\\s+(?:${ROLE_PREFIX}\\p{Ll}[\\p{Ll}-]+,\\s+(?=\\p{Lu}))?${ROLE_PREFIX}(?<spk>${PRONOUN}\\b|${DESCRIBED}|${NAME}['’]s(?:\\s+[\\p{Ll}-]+){1,3}(?=,\\s+${NAME})|${NAME}(?:\\s+(?:magazine|newspaper))?)${PARTY}(?:,\\s(?<app>${NAME})${PARTY}(?=\\s*[,.;]|\\s*$))?${NAME_END}`,
  'u',
);

/** `“We’re extremely happy” about the decision, said RoseAnn DeMoro, …`: the cue after a phrase. */
const POST_CUE_LATE = new RegExp(
  `^[^“”",.;:!?]{1,100},\\s+(?<cue>${CUES})\\s+${ROLE_PREFIX}(?<spk>${DESCRIBED}|${NAME})${PARTY}(?:,\\s(?<app>${NAME})${PARTY}(?=\\s*[,.;]|\\s*$))?${NAME_END}`,
  'u',
);

/** `Said Comey, “…”`: the cue first, at the start of the sentence. */
const PRE_INVERTED = new RegExp(
  `^\\s*(?<cue>${OPENING_CUES})\\s+${SPEAKER}${PARTY}(?:,[^“”"]{1,120})?\\s*[,:]\\s*$`,
  'u',
);

/** `Because of how Democrats crafted the schedule, explained Rosenberg, “…”`: an inverted aside before the quote. */
const PRE_ASIDE = new RegExp(
  `(?:,|[—–])\\s+(?<cue>${ASIDE_CUES})\\s+${ROLE_PREFIX}(?<spk>${DESCRIBED}|${NAME})${PARTY}(?:,\\s[^“”",;]{1,100})?\\s*,[^“”"]*$`,
  'u',
);

/** `…, said X, a pollster.` or `…, X has said.` closing a sentence. */
const SENTENCE_FINAL = new RegExp(
  `,\\s+(?:(?<cue>${CLOSING_CUES})\\s+${ROLE_PREFIX}(?<spk>${DESCRIBED}|${NAME})${PARTY}(?:,\\s[^“”",;]{1,120})?|${ROLE_PREFIX}(?<spk2>${NAME})${PARTY}\\s+${AUX}(?<cue2>${CLOSING_CUES})(?:\\s+(?:on|last|this)\\s+\\p{Lu}\\p{Ll}+day)?)\\s*[.!?]?\\s*$`,
  'u',
);

/**
 * Right after the quote: `,” said Putin`. After a participle comes what it is about (`,”
 * promising the Friends of Abe will return`); after `told`, whom it was told to.
 */
export function saidXAfter({ post }: QuoteSentence): Found | undefined {
  const m = POST_CUE_FIRST.exec(post.slice(0, 200));
  if (!m?.groups || /ing$|^(?:told|tells)$/.test(m.groups['cue']!)) return undefined;
  return foundOf(m.groups, 'said-x', 0);
}

/** `“We’re extremely happy” about the decision, said RoseAnn DeMoro, …`: the cue after a phrase. */
export function saidXLate({ post }: QuoteSentence): Found | undefined {
  const m = POST_CUE_LATE.exec(post.slice(0, 200));
  return m?.groups ? foundOf(m.groups, 'said-x', 0) : undefined;
}

/** `Said Comey, “…”`: the sentence opens with the cue. */
export function saidXOpening({ pre }: QuoteSentence): Found | undefined {
  const m = PRE_INVERTED.exec(pre);
  return m?.groups
    ? { mention: m.groups['spk']!, cue: m.groups['cue']!.toLowerCase(), at: 0, rule: 'said-x' }
    : undefined;
}

/** `The paradox of Nancy, says Carl Anthony, …, is that “…”`: an inverted aside before the quote. */
export function saidXAside({ pre }: QuoteSentence): Found | undefined {
  const m = PRE_ASIDE.exec(pre);
  return m?.groups
    ? { mention: m.groups['spk']!, cue: m.groups['cue']!, at: m.index, rule: 'said-x' }
    : undefined;
}

/**
 * `… “summer of agony” for Clinton …, forcing her to fend off both, said Brad Bannon, a
 * Democratic pollster.`, `The FBI made a “mistake” …, Comey has said.`: the attribution ends the
 * sentence, past clauses of its own (`said X` is this pass, `X said` is `cue-subject`).
 */
export function closingAttribution({ post }: QuoteSentence): Found | undefined {
  const m = SENTENCE_FINAL.exec(post);
  if (!m?.groups) return undefined;
  return {
    mention: m.groups['spk'] ?? m.groups['spk2']!,
    cue: m.groups['cue'] ?? m.groups['cue2']!,
    at: m.index,
    rule: m.groups['spk'] ? 'said-x' : 'cue-subject',
  };
}
