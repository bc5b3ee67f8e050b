/**
 * Shared setup of the structure tests: one file through the whole text pipeline, and verbatim
 * BBC paragraphs the tests set page furniture among.
 */
import { processText } from '../../../src/pipeline/process-text.ts';

/** The first entry `processText` makes of `text`. */
export const run = (text: string) =>
  processText({ text, file: 'x.txt', id: 'x', encoding: 'utf-8' })[0]!;

/** BBC business-024, verbatim. */
export const TRADE = {
  TITLE: 'US trade gap hits record in 2004',
  GAP: 'The gap between US exports and imports hit an all-time high of $671.7bn (£484bn) in 2004, latest figures show.',
  DEMOCRATS:
    "Democrats claim the administration has not done enough to clamp down on unfair foreign trade practices. For example, they believe China's currency policy - which US manufacturers claim has undervalued the yuan by as much as 40% - has given China's rapidly expanding economy an unfair advantage against US competitors.",
} as const;

/** BBC tech-003, verbatim. */
export const SPYWARE = {
  TITLE: 'Microsoft seeking spyware trojan',
  LEAD: "Microsoft is investigating a trojan program that attempts to switch off the firm's anti-spyware software.",
  SECOND:
    'The spyware tool was only released by Microsoft in the last few weeks and has been downloaded by six million people.',
  THIRD:
    "It may also try to steal online banking passwords or other personal information by tracking users' keystrokes.",
} as const;
