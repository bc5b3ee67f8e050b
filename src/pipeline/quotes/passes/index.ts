/**
 * The passes of the quote's own sentence, in the order they are tried (the table of contents: a
 * pass is one module of this folder). Three lists, by where the attribution is:
 *
 * - before the quote, a cue and its speaker compete: the one nearest the quote wins;
 * - before the quote when none of those is there, and after the quote: the first pass that finds;
 * - no cue at all: the first pass that finds a speaker the article knows.
 *
 * `attribute.ts` is the driver: it loops over these lists, chooses between what was found before
 * and after the quote (and a relay), and resolves the mention. The names of the passes, with those
 * of the quote's context, are `SIEVE` in `sieve.ts`.
 */
import { accordingToAfter, accordingToBefore } from './according-to.ts';
import { asPutIt } from './as-put-it.ts';
import { colonName, colonSubject } from './colon-intro.ts';
import { cueSubjectAfter, cueSubjectBefore, cueSubjectClosing } from './cue-subject.ts';
import { organisationIt } from './organisation-it.ts';
import { participleOpener } from './participle-opener.ts';
import { participleSubject } from './participle-subject.ts';
import { askedBy } from './passive-agent.ts';
import { possessiveSpeech } from './possessive-speech.ts';
import { saidXAfter, saidXAside, saidXLate, saidXOpening } from './said-x.ts';
import type { SentencePass } from './sentence.ts';
import { subject } from './subject.ts';
import { withIng } from './with-ing.ts';

/** Before the quote: a cue and its speaker; of those found, the one nearest the quote. */
export const NEAREST_BEFORE: readonly SentencePass[] = [
  cueSubjectBefore,
  accordingToBefore,
  askedBy,
  withIng,
];

/** Before the quote, when none of `NEAREST_BEFORE` found a cue: the first that finds. */
export const FIRST_BEFORE: readonly SentencePass[] = [
  asPutIt,
  colonName,
  saidXOpening,
  saidXAside,
  participleSubject,
];

/** After the quote: the first that finds. */
export const AFTER: readonly SentencePass[] = [
  cueSubjectAfter,
  saidXAfter,
  cueSubjectClosing,
  saidXLate,
  accordingToAfter,
];

/** No cue before or after the quote: the first pass whose mention resolves to a speaker. */
export const WITHOUT_CUE: readonly SentencePass[] = [
  organisationIt,
  possessiveSpeech,
  colonSubject,
  participleOpener,
  subject,
];
