/**
 * The attribution sieve's passes, in the order they are tried: the first pass that finds a
 * speaker for a quote attributes it and records its name in the quote's `rule`. The passes of
 * the quote's own sentence come first (one module each in `passes/`, run in the order of
 * `passes/index.ts` by `attribute.ts`), then the passes of its context, which only run when the
 * sentence gave no attribution (`extract-quotes.ts`). `bench:quotes` prints each pass's precision
 * and coverage on the gold sets.
 */
export const SIEVE = [
  // The quote's own sentence: a reporting verb and who does it.
  /** `“…,” Putin said`, `Putin said: “…”`, `X, who …, said`: a cue next to its grammatical subject. */
  'cue-subject',
  /** `“…,” said Putin`, `Said Comey, “…”`, `…, explained Rosenberg, “…”`: the inverted cue. */
  'said-x',
  /** `Her aide, Jake Sullivan, said`: the name set off beside a role stands for it. */
  'role-appositive',
  /** `X was quoted as saying “…”`. */
  'quoted-as-saying',
  /** `according to X`, `in the words of X`. */
  'according-to',
  /** `called “…” by X`, `asked by X whether`: the agent of a passive cue. */
  'passive-agent',
  /** `Zelenskyy refused, saying “…”`: a participle or coordinated cue takes the clause's subject. */
  'participle-subject',
  /** `with Trump telling reporters “…”`: a name, then what they do while speaking. */
  'with-ing',
  /** `As Vulture put it, “…”`. */
  'as-put-it',
  /** `… doesn't surprise pollster Daron Shaw: “…”`: a colon introduction. */
  'colon-intro',
  /** `“…,” it said`: an organisation (or document) named before speaks. */
  'organisation-it',
  /** `Sanders's call for a “revolution”`: what someone says, as a noun. */
  'possessive-speech',
  /** `Acknowledging that Trump “says …,” Allen did suggest`: the main clause's subject. */
  'participle-opener',
  /** `“Great question!” Trump said.`: a short sentence right after the quote that attributes it. */
  'next-sentence',
  /** `He called it a “fundamental mistake”`: no cue, the sentence's subject is a person named. */
  'subject',
  /**
   * `The Tories highlighted £35bn in “wasteful” spending`, `“severely reprimanded” by the FA`,
   * `William Hill's “overwhelming evidence”`: no cue; the quoted phrase is an argument of a clause,
   * whose subject, passive agent or owner speaks.
   */
  'clause-argument',
  // The quote's context, when its sentence attributes nothing.
  /** A paragraph that is only a quotation, right after a paragraph in which someone spoke. */
  'quote-paragraph',
  /** The second part of a split quote, a run-on paragraph, the next paragraph of a quotation. */
  'continuation',
  /** A quotation opening its sentence right after a sentence in which someone spoke. */
  'after-speech',
  /** A quotation-only sentence or paragraph after one about a named person: its subject. */
  'paragraph-subject',
  /** `“…”` / `Dean Baker, Center for Economic and Policy Research.`: a signed or listed line. */
  'list-line',
  /** No attribution words at all: the first person the sentence names, a guess. */
  'last-resort',
  /** A quotation over several paragraphs attributed only in a later part: that speaker. */
  'continued-back',
] as const;

/** The name of one pass of the sieve. */
export type Rule = (typeof SIEVE)[number];
