/**
 * Capitalised words that open a sentence or a phrase and are never its subject or a name: `On
 * Sunday, …`, `Meanwhile, …`, `Hours later, …`. Each word is in one list; the sentence passes
 * combine them (`passes/patterns.ts`).
 */
import { MONTH_NAMES } from '../../../lib/month-names.ts';
/** Prepositions that open a phrase before the subject: `On Sunday`, `Like Corker`, `Of Carson`. */
export const OPENING_PREPOSITIONS: readonly string[] = [
  'On',
  'In',
  'At',
  'Like',
  'Unlike',
  'Of',
  'Amid',
  'Despite',
  'During',
  'Following',
  'Upon',
  'With',
  'Without',
  'For',
  'From',
  'Under',
  'Over',
  'Among',
  'Between',
  'Against',
  'Toward',
  'Towards',
  'Through',
  'Throughout',
  'Beyond',
  'Behind',
  'Within',
  'Across',
];

/** Time words and connectives that open a sentence, never a name: `Later`, `Meanwhile`, `However`. */
export const TIME_CONNECTIVES: readonly string[] = [
  'Later',
  'Earlier',
  'After',
  'Before',
  'This',
  'That',
  'When',
  'While',
  'Then',
  'Now',
  'Today',
  'Still',
  'Also',
  'Meanwhile',
  'However',
];

/** Conjunctions and determiners that open a clause or a time phrase: `But`, `Because`, `Last`. */
export const CLAUSE_OPENERS: readonly string[] = [
  'Last',
  'Next',
  'As',
  'But',
  'And',
  'So',
  'Another',
  'Because',
];

/** Days of the week: `Monday, Rep. Hakeem Jeffries …` is a date, not a speaker. */
export const WEEKDAYS: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

/** Months, which open dates. */
export const MONTHS: readonly string[] = MONTH_NAMES;

/** Determiners, numbers, quantities and time words: never a name on their own (`Hours later`, `Many`). */
export const NOT_NAMES: readonly string[] = [
  'The',
  'A',
  'An',
  'His',
  'Her',
  'Their',
  'Our',
  'Its',
  'If',
  'Hours',
  'Minutes',
  'Days',
  'Weeks',
  'Months',
  'Years',
  'One',
  'Two',
  'Three',
  'Four',
  'Five',
  'Six',
  'Seven',
  'Eight',
  'Nine',
  'Ten',
  'Eleven',
  'Twelve',
  'Dozens',
  'Hundreds',
  'Thousands',
  'Millions',
  'Many',
  'Some',
  'Most',
  'Others',
  'Both',
  'All',
  'Each',
  'Every',
  'Several',
  'Few',
  'Such',
  'Those',
  'These',
  'There',
  'Here',
  'It',
  'Yet',
  'Even',
  'Just',
  'Tonight',
  'Yesterday',
  'Tomorrow',
  'Instead',
  'Indeed',
  'Afterward',
  'Afterwards',
];
