/**
 * Word lists for typing a name from the words in and around it: each word in one place. Heads
 * are the last word of a name (before `of`): `Labour Party`, `Manchester United`, `Brit Awards`.
 * Classifiers are the common noun right before a name that says what it is: `regulator Ofcom`,
 * `drama Vera Drake`, `band Franz Ferdinand`. Possessed nouns are what only a person, or only an
 * organisation, has: `Blair's wife`, `Apple's shares`.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Words of organisation names that compromise's `orgWords` lacks (`Bank of …`, `… Party`). */
export const ORG_WORDS = words(`
  party league parliament congress senate assembly federation kremlin pentagon commons lords
  tribunal court computer computers records studios pictures networks telecom communications
  entertainment gallery museum orchestra`);

/** Last words of clubs' and firms' names, only as the head (`United States` is no club). */
export const ORG_SUFFIXES = words(`
  united utd fc afc rovers athletic albion wanderers rangers hotspur plc motors`);

/** Heads of names of things that are no person, place or organisation: awards, events, works. */
export const OTHER_HEADS = words(`
  award awards prize prizes trophy cup open championship championships games olympics
  festival medal marathon slam prix tour series show day eve`);

/** Heads of place names that compromise's `placeWords` lacks. */
export const PLACE_HEADS = words('oblast oblasts krai city street square empire');

/**
 * Common nouns before a name that make it an organisation (`regulator Ofcom`); after a name
 * only the first line counts (`Labour party`), as `the Blair team` is no team's name.
 */
export const ORG_NOUNS_AFTER = words('party club band firm company newspaper');

/** Common nouns before a name that make it an organisation (`regulator Ofcom`). */
export const ORG_CLASSIFIERS = words(`
  media agency newspaper paper broadcaster outlet channel station company firm group club side
  team party network daily magazine bank carrier airline giant maker retailer regulator watchdog
  operator provider supplier label studio publisher band charity union council body chain
  rivals champions insurer lender portal engine`);

/** Common nouns that class places: `countries such as France`. */
export const PLACE_CLASSIFIERS = words('country nation city town region capital');

/**
 * Common nouns before a name that make it a work, an award or an event (`drama Vera Drake`).
 * Not after it: `Mike Leigh film`, `Ray Charles biopic`, `Hollywood film` are the work's maker,
 * subject or place. Nouns that are also verbs (`play`, `book`, `show`) are left out.
 */
export const OTHER_CLASSIFIERS = words(`
  film movie drama comedy thriller biopic musical documentary sitcom soap series programme
  album song novel memoir console award prize trophy tournament festival`);

/** Nouns only a person has (`Blair's wife`). */
export const PERSON_POSSESSIONS = words(`
  wife husband mother father son daughter brother sister family wedding girlfriend boyfriend
  partner children parents career birthday funeral death life`);

/** Nouns only an organisation has (`Apple's shares`). */
export const ORG_POSSESSIONS = words(`
  shares profits profit revenue revenues sales customers shareholders employees workforce
  subscribers headquarters squad stores factories chairman`);

/** Pronouns that refer back to a person, and to a thing or an organisation. */
export const PERSON_PRONOUNS = words('he she his her him himself herself');
export const THING_PRONOUNS = words('it its itself');

/**
 * Titles that only a person takes, whatever else the name looks like (`Lord` and `Lady` also
 * open places and works: `Lord's`, `Lady Bird`).
 */
export const HONORIFICS = words('mr mrs ms miss dr sir dame');

/** Acronyms that name places. */
export const PLACE_ACRONYMS = new Set(['US', 'U.S.', 'UK', 'U.K.', 'USA', 'UAE', 'DRC']);
