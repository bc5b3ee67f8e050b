/**
 * The passes of the quote's own sentence, in the order they are tried: the table of contents (a
 * pass is a module of this folder) and the one list the driver (`attribute.ts`) loops over. Each
 * entry pairs a pass function with the rule it records and where it looks:
 *
 * - `nearest-before`: a cue and its speaker before the quote; of those found, the one nearest the
 *   quote wins;
 * - `first-before`: before the quote, when none of those found a cue; the first that finds;
 * - `after`: after the quote; the first that finds;
 * - `next-sentence`, `agent`, `closing`: read only when the sides above found nothing (see
 *   `attribute.ts`); `relay`: a relay after the attribution;
 * - `without-cue`: no cue at all; the first whose mention names someone.
 *
 * `role-appositive` and `quoted-as-saying` refine what the cue passes found. The names of all the
 * passes, with those of the quote's context, are `SIEVE` in `sieve.ts`.
 */
import type { Rule } from '../sieve.ts';
import { accordingToAfter, accordingToBefore, laterRelay } from './according-to.ts';
import { asPutIt, asPutItAfter } from './as-put-it.ts';
import { clauseArgument } from './clause-argument.ts';
import { colonName, colonSubject } from './colon-intro.ts';
import { cueSubjectAfter, cueSubjectBefore, cueSubjectClosing } from './cue-subject.ts';
import { nextSentence } from './next-sentence.ts';
import { organisationIt } from './organisation-it.ts';
import { participleOpener } from './participle-opener.ts';
import { participleSubject } from './participle-subject.ts';
import { askedBy, byAgent } from './passive-agent.ts';
import { possessiveSpeech } from './possessive-speech.ts';
import { closingAttribution, saidXAfter, saidXAside, saidXLate, saidXOpening } from './said-x.ts';
import type { SentencePass } from './sentence.ts';
import { subject } from './subject.ts';
import { withIng } from './with-ing.ts';

/** Where a pass looks, and how what it finds weighs against the others (see above). */
export type Where =
  | 'nearest-before'
  | 'first-before'
  | 'after'
  | 'next-sentence'
  | 'agent'
  | 'closing'
  | 'relay'
  | 'without-cue';

/** One pass of the sieve of the quote's sentence. */
export interface SentenceStep {
  rule: Rule;
  where: Where;
  pass: SentencePass;
}

/** The passes of the quote's sentence, in the order they are tried. */
export const SENTENCE_SIEVE: readonly SentenceStep[] = [
  { rule: 'cue-subject', where: 'nearest-before', pass: cueSubjectBefore },
  { rule: 'according-to', where: 'nearest-before', pass: accordingToBefore },
  { rule: 'passive-agent', where: 'nearest-before', pass: askedBy },
  { rule: 'with-ing', where: 'nearest-before', pass: withIng },
  { rule: 'as-put-it', where: 'first-before', pass: asPutIt },
  { rule: 'colon-intro', where: 'first-before', pass: colonName },
  { rule: 'said-x', where: 'first-before', pass: saidXOpening },
  { rule: 'said-x', where: 'first-before', pass: saidXAside },
  { rule: 'participle-subject', where: 'first-before', pass: participleSubject },
  { rule: 'cue-subject', where: 'after', pass: cueSubjectAfter },
  { rule: 'said-x', where: 'after', pass: saidXAfter },
  { rule: 'cue-subject', where: 'after', pass: cueSubjectClosing },
  { rule: 'said-x', where: 'after', pass: saidXLate },
  { rule: 'according-to', where: 'after', pass: accordingToAfter },
  { rule: 'as-put-it', where: 'after', pass: asPutItAfter },
  { rule: 'next-sentence', where: 'next-sentence', pass: nextSentence },
  { rule: 'passive-agent', where: 'agent', pass: byAgent },
  { rule: 'said-x', where: 'closing', pass: closingAttribution },
  { rule: 'according-to', where: 'relay', pass: laterRelay },
  { rule: 'organisation-it', where: 'without-cue', pass: organisationIt },
  { rule: 'possessive-speech', where: 'without-cue', pass: possessiveSpeech },
  { rule: 'colon-intro', where: 'without-cue', pass: colonSubject },
  { rule: 'participle-opener', where: 'without-cue', pass: participleOpener },
  { rule: 'subject', where: 'without-cue', pass: subject },
  { rule: 'clause-argument', where: 'without-cue', pass: clauseArgument },
];

/** The passes that look in one place, in order. */
export function passesAt(where: Where): SentencePass[] {
  return SENTENCE_SIEVE.filter((step) => step.where === where).map((step) => step.pass);
}
