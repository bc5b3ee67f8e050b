/**
 * Finds who said each quotation: the attribution around it in its sentence (`“…,” Putin said`,
 * `said Caddell`, `he added`, `X told Y`, `according to X`, `X said: “…”`, `X, who …, said`),
 * resolved to a full name through the article's people: names by surname, pronouns to the last
 * speaker or person, descriptions (`the Russian leader`) through the titles people were introduced
 * with. A relay (`according to TASS`, `TASS reported`) is kept apart from the speaker.
 */
import { CUE_IN, CUES } from './cues.ts';
import { lexiconKind } from './first-names.ts';
import { itReferent } from './it-referent.ts';
import { DOCUMENT_NOUNS } from './words/documents.ts';
import type { Rule } from './sieve.ts';
import { openerEnd } from './sentences.ts';
import {
  looksHuman,
  mostRecent,
  NAME_RUN,
  resolveName,
  splitName,
  TITLES,
  type Person,
} from './people.ts';

/** Participles and coordinated verbs attribute to the sentence's subject: `…, saying “…”`. */
const SUBJECT_CUE = new RegExp(
  `(?:,\\s*|\\b(?:and|but)\\s+(?:also\\s+)?)(?<cue>${CUES})\\b[^“”"]*$`,
  'u',
);
const RELAY_CUES = new Set(['reported', 'reports', 'according to']);
const PRONOUN = '(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)';
const HEADS =
  'president|leader|minister|premier|senator|congressman|congresswoman|lawmaker|legislator|governor|mayor|spokesman|spokeswoman|spokesperson|official|officials|aide|adviser|advisor|candidate|nominee|chairman|chairwoman|chief|secretary|envoy|ambassador|diplomat|general|commander|analyst|expert|source|sources|lawyer|attorney|judge|businessman|billionaire|mogul|front-?runner|democrat|republican|campaign|statement|agency|ministry|kremlin|company|director|founder|executive|economist|professor|researcher|author|writer|journalist|reporter|host|pollster|strategist|activist|veteran|mother|father|wife|husband|woman|man|resident|voter|supporter|critic|officer|pope|king|queen|prince|star|actor|actress|singer|player|coach|manager|boss|owner|group|organization|organisation|report|poll|survey|study|paper|newspaper|network|board|commission|council|department|court|committee|website|column|editorial|union|institute|foundation|party|administration|government|firm|coalition|association|insider|confidant|ally|allies|donor|operative|staffer|member|delegate|consultant|person|people|employee|user|worker|volunteer|champion|station|magazine|holder|musician|trader|investor|full-back|cardinal|archbishop|bishop|priest|\\d+-year-old|backbencher|MP|captain|striker|midfielder|defender|goalkeeper|winger|team|club|bank|watchdog|regulator|airline|carrier|retailer|insurer|maker|producer|developer|publisher|broadcaster|studio|label|band|rapper|novelist|poet|artist|comedian|presenter|chancellor|narrator|announcer';
/** What is written rather than said: a document speaks for whoever issued it. */
const DOCUMENTS = DOCUMENT_NOUNS.join('|');
const DESCRIPTION = `(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\p{L}\\d’'.-]+\\s+){0,4}?(?:${HEADS})s?\\b`;
/** `a spokesman for Bernie Sanders`, `one operative inside Trump Tower`: whom a description is of. */
const OF_WHOM =
  "(?:\\s+(?:for|to|of|at|inside|with|close to|from)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?:[\\p{Lu}][\\p{L}’'.&-]*\\s?)+(?<![\\s.]))?";
const DESCRIBED = `${DESCRIPTION}${OF_WHOM}`;
/**
 * A name, or a name after an owner's possessive (`Australia's Prime Minister John Howard`,
 * `Manchester City's Paul Bosvelt`): the people list keeps them apart, a mention takes both.
 */
const NAME = `${NAME_RUN.source}(?:(?<=['’]s) ${NAME_RUN.source})?`;
/** `Powell’s office`, `Clinton’s campaign`: speaking for a named person. */
const ENTOURAGE = `${NAME}['’]s\\s+(?:office|campaign|spokesman|spokeswoman|spokesperson|team|staff|aides?|lawyers?|attorneys?|representatives?|camp|press secretary|statement|letter|lawsuit)`;
/** `Carson’s business manager, Armstrong Williams,`: a role of someone's, then the name. */
const POSSESSED = `${NAME}['’]s(?:\\s+[\\p{Ll}-]+){1,3}(?=,\\s+${NAME},)`;
/** `Ronald Reagan's former education secretary`: a role of someone's. */
const OWNED_DESCRIPTION = `${NAME_RUN.source}['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?:${HEADS})s?\\b`;
const SPEAKER = `(?<spk>\\b${PRONOUN}\\b|\\b${DESCRIBED}|${ENTOURAGE}|${POSSESSED}|${OWNED_DESCRIPTION}|${NAME})`;
/** Whole-mention tests, compiled once (they run for every quote). */
const IS_PRONOUN = new RegExp(`^${PRONOUN}$`, 'u');
const IS_DESCRIPTION = new RegExp(`^${DESCRIBED}$`, 'u');
const HEAD_OF = new RegExp(`^${DESCRIPTION}`, 'u');
const IS_PRONOUN_OR_DESCRIPTION = new RegExp(`^(?:${PRONOUN}|${DESCRIBED})$`, 'u');
const IS_STAND_IN = new RegExp(
  `^(?:${DESCRIBED}|${PRONOUN}|${ENTOURAGE}|${NAME_RUN.source}['’]s(?:\\s+[\\p{L}-]+){1,3})$`,
  'u',
);
const IS_NAME = new RegExp(`^${NAME}$`, 'u');
/** A party tag after a name: `Harry Reid (D-Nev.)`. */
const PARTY = '(?:\\s*\\([A-Z][\\w.-]{0,12}\\))?';
/** `Her chief policy aide, Jake Sullivan, calls …`: the appositive may hold the name itself. */
const APPOSITIVE = `${PARTY}(?:,\\s(?<app>(?:[^“”"]|“[^“”"]{0,60}”){1,200}?)(?<!\\)),|(?<=\\)),)?`;
/**
 * `Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote`: where a speaker
 * is from, after a full name (not after a title: `Chief of Staff Katie Walsh`).
 */
const FROM =
  "(?:(?<=\\p{Lu}[\\p{L}.’'-]*\\s\\p{Lu}[\\p{Ll}’'-]+)(?<!\\b(?:Chief|Director|President|Secretary|Minister|Head|Chairman|Chairwoman|Speaker|Leader|Commissioner|Governor|Mayor|Editor|Founder|Member|Professor|Department|Ministry|Office|Bureau))\\s+(?:of|from)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'.&-]*(?:\\s+(?:(?:for|of|and|on)\\s+)?\\p{Lu}[\\p{L}’'.&-]*)*(?:,\\s+\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?(?=\\s+\\p{Ll}))?)?";
const ADVERB = '';
/** Auxiliaries and adverbs between a speaker and the verb: `has repeatedly said`, `is now calling`. */
const AUX =
  "(?:(?:in|during|at|on)\\s+(?:his|her|their|a|an|the)\\s+(?:(?!(?:and|or|but|that|who|which)\\s)[\\p{L}’'-]+\\s+){0,3}?)?" +
  '(?:(?:on|last|this|early|late|earlier|later)\\s+(?:\\p{Lu}\\p{Ll}+day|week|month|year|night|morning|evening|afternoon)\\s+)?(?:(?:has|had|have|would|will|also|later|then|once|is|was|were|are|been|just|now|again|first|further|even|still|never|often|\\p{Ll}+ly)\\s+)*' +
  '(?:(?:began|begins|started|starts|opened|opens|ended|ends|closed|closes)\\s+by\\s+)?';

/** Words of a role before a name (`Republican presidential candidate`), not a phrase (`reporters during a visit to`). */
const ROLE_PREFIX =
  "(?:(?!(?:to|in|on|at|for|with|from|during|that|after|before|while|when|about|into|over|by|or|but|until|because|since|if|unless|although|though|whether|where|once|than)\\s|and\\s(?!\\p{Ll}))[\\p{L}\\d’'.&$/-]+\\s+){0,6}?";
/** After a name: the end of the attribution, not a noun it modifies (`one Trump confidant`). */
const NAME_END =
  '(?=\\s*(?:[,.;:(—–-]|$)|\\s(?:who|of|on|in|at|to|during|after|before|when|while|as|about|and|from|for)\\b)';
const POST_CUE_FIRST = new RegExp(
  `^[\\s,—–-]*(?<cue>${CUES})\\s+(?:${ROLE_PREFIX}\\p{Ll}[\\p{Ll}-]+,\\s+(?=\\p{Lu}))?${ROLE_PREFIX}(?<spk>${PRONOUN}\\b|${DESCRIBED}|${NAME}['’]s(?:\\s+[\\p{Ll}-]+){1,3}(?=,\\s+${NAME})|${NAME}(?:\\s+(?:magazine|newspaper))?)${PARTY}(?:,\\s(?<app>${NAME})${PARTY}(?=\\s*[,.;]|\\s*$))?${NAME_END}`,
  'u',
);
/** `with Donald Trump tweeting that …`, `– Ryan saying he was …`: a name, then what they do while speaking. */
const WITH_ING = new RegExp(
  `(?:\\bwith|[;–—])\\s+${ROLE_PREFIX}(?<spk>${NAME})${PARTY}\\s+(?!(?:during|including|regarding|concerning|following|notwithstanding|according)\\b)\\p{Ll}+ing\\b(?:[^“”"]|[“"][^“”"]*[”"])*$`,
  'u',
);
/** `Said Comey, “…”`: the cue first, at the start of the sentence. */
/** `… doesn’t surprise pollster Daron Shaw: “…”` and `As Vulture put it, “…”` (`As The Post's Ruth Marcus puts it`). */
const PRE_NAME_COLON = new RegExp(
  `(?<![\\p{L}\\d’'.&$-])(?:${ROLE_PREFIX})(?<spk>${NAME})${PARTY}\\s*:\\s*$`,
  'u',
);
const PRE_PUT_IT = new RegExp(
  `\\b[Aa]s\\s+(?:${NAME}['’]s\\s+)?${SPEAKER}${PARTY}(?:,\\s[^“”",;]{1,100},)?\\s+(?<cue>put it|puts it|noted|wrote|said|told|explained)\\b[^“”"]{0,40}$`,
  'u',
);
const PRE_INVERTED = new RegExp(
  `^\\s*(?<cue>Said|Says|Added|Asked|Wrote|Writes)\\s+${SPEAKER}${PARTY}(?:,[^“”"]{1,120})?\\s*[,:]\\s*$`,
  'u',
);
/** `Rubio was asked by Fox Business moderator Gerard Baker whether …`: the agent of a passive question speaks. */
const ASKED_BY = new RegExp(
  `\\b(?:[Aa]sked|told|questioned|pressed|urged|warned)\\s+by\\s+${ROLE_PREFIX}(?<spk>${DESCRIBED}|${NAME})${PARTY}`,
  'gu',
);
/** The verbs of a parenthetical attribution set off by commas: `The paradox of Nancy, says Carl Anthony, …, is that`. */
const ASIDE_CUES =
  'says|said|writes|wrote|explains|explained|notes|noted|argues|argued|adds|added|recalls|recalled|continues|continued|insists|insisted|observes|observed|contends|contended|warns|warned';
/** `Because of how Democrats crafted the schedule, explained Rosenberg, “…”`: an inverted aside before the quote. */
const PRE_ASIDE = new RegExp(
  `(?:,|[—–])\\s+(?<cue>${ASIDE_CUES})\\s+${ROLE_PREFIX}(?<spk>${DESCRIBED}|${NAME})${PARTY}(?:,\\s[^“”",;]{1,100})?\\s*,[^“”"]*$`,
  'u',
);
const POST_SPEAKER_FIRST = new RegExp(
  `^[\\s,—–-]*${ROLE_PREFIX}${SPEAKER}${FROM}${APPOSITIVE},?\\s+${ADVERB}${AUX}(?<cue>${CUES})\\b`,
  'u',
);
/** `…, said X, a pollster.` or `…, X has said.` closing a sentence. */
const SENTENCE_FINAL = new RegExp(
  `,\\s+(?:(?<cue>said|says|added|adds|wrote|writes|argued|argues|noted|notes|explained|explains)\\s+${ROLE_PREFIX}(?<spk>${DESCRIBED}|${NAME})${PARTY}(?:,\\s[^“”",;]{1,120})?|${ROLE_PREFIX}(?<spk2>${NAME})${PARTY}\\s+${AUX}(?<cue2>said|says|added|wrote|writes|argued|argues|noted|notes|explained|explains)(?:\\s+(?:on|last|this)\\s+\\p{Lu}\\p{Ll}+day)?)\\s*[.!?]?\\s*$`,
  'u',
);
/** `“…,” it said.` and `It added, “…”`: an organisation (or a document) speaks. */
const POST_IT = new RegExp(`^[\\s,—–-]*it\\s+${AUX}(?<cue>${CUES})\\b`, 'u');
const PRE_IT = new RegExp(`(?:^\\s*|,\\s+)[Ii]t\\s+${AUX}(?<cue>${CUES})\\b[^“”"]*$`, 'u');
/** `“…,” and donations picked up, Gilbert said.`: the attribution closes the sentence. */
const POST_SENTENCE_END = new RegExp(
  `,\\s+${ROLE_PREFIX}${SPEAKER}${PARTY}\\s+(?<cue>${CUES})\\b(?=[^,]*(?:,|[.!?]?\\s*$))`,
  'u',
);
/** A document someone issues (`a statement`, `her letter`): it speaks for whoever issued it. */
const DOCUMENT = new RegExp(
  `^(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\\s+(?:[\\p{L}’'-]+\\s+){0,2}(?:${DOCUMENTS})$`,
  'u',
);
/** `“…,” Katie Packer, who is chairman of Our Principles Pac said`: a relative clause left unclosed before the cue. */
const POST_WHO_UNCLOSED = new RegExp(
  `^[\\s,—–-]*(?<spk>${NAME}),\\s+who\\s+(?:is|was|has\\s+been|had\\s+been)\\s+[^“”",.;]{1,100}?\\s+(?<cue>said|says|told|wrote|added)\\b`,
  'u',
);
/** `“…,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted on Wednesday`. */
const POST_OPEN_APPOSITIVE = new RegExp(
  `^[\\s,—–-]*(?<spk>${NAME}),\\s+(?:the|a|an|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:[^“”",.;]|\\.(?=\\S)){1,100}?\\s+(?<cue>${CUES})\\b`,
  'u',
);
/** `“We’re extremely happy” about the decision, said RoseAnn DeMoro, …`: the cue after a phrase. */
const POST_CUE_LATE = new RegExp(
  `^[^“”",.;:!?]{1,100},\\s+(?<cue>${CUES})\\s+${ROLE_PREFIX}(?<spk>${DESCRIBED}|${NAME})${PARTY}(?:,\\s(?<app>${NAME})${PARTY}(?=\\s*[,.;]|\\s*$))?${NAME_END}`,
  'u',
);
const PRE_SPEAKER_CUE = new RegExp(
  `${SPEAKER}${FROM}${APPOSITIVE}\\s+${ADVERB}${AUX}(?<cue>${CUES})\\b`,
  'gu',
);
const ACCORDING = new RegExp(
  `(?<cue>[Aa]ccording to|[Ii]n the words of)\\s+(?:(?:[\\p{Ll}-]+|[\\p{Lu}][\\p{Ll}]+an)\\s+){0,3}${SPEAKER}`,
  'gu',
);

/** What the attribution words say about one quotation. */
export interface Attribution {
  speaker: string | null;
  speakerName: string | null;
  mention: string | null;
  cue: string | null;
  via: 'named' | 'pronoun' | 'description' | 'context' | 'sentence' | null;
  relay: string | null;
  /** The pass of the sieve that attributed it (`SIEVE` in `sieve.ts`). */
  rule: Rule | null;
}

export const NO_ATTRIBUTION: Attribution = {
  speaker: null,
  speakerName: null,
  mention: null,
  cue: null,
  via: null,
  relay: null,
  rule: null,
};

interface Found {
  mention: string;
  cue: string;
  at: number;
  rule: Rule;
}

/**
 * Attributes a quote from the text before it and after it in its sentence (quotations masked).
 * `lastSpeaker` is the most recent attributed person, for pronouns and carried-over quotes.
 */
export function attribute(
  pre: string,
  post: string,
  place: {
    preStart: number;
    postStart: number;
    following?: string;
    asks?: boolean;
    /** The article's text (quotations masked), for what a description refers back to. */
    text?: string;
    /** Where the paragraph before the quote's starts: how far back an "it" looks. */
    windowStart?: number;
  },
  people: readonly Person[],
  referent: (pronounAt: number, gender: 'm' | 'f') => Person | undefined,
): Attribution & { person?: Person } {
  const following = place.following ?? '';
  // `“Is Obama profiling?” reacted Trump.`: after a question or an exclamation, the sentence
  // goes on past the closing mark.
  let before = matchPre(pre);
  // `Gov. Doug Ducey called the long lines "unacceptable." Phoenix Mayor Greg Stanton wrote …`:
  // the next sentence is only read when this one has no attribution of its own.
  let after =
    matchPost(post) ??
    (post.trim() === '' && !before
      ? (matchShortSentence(following) ?? (place.asks ? matchPost(following) : undefined))
      : undefined);
  const agent = PASSIVE_CUE.test(pre) ? BY_AGENT.exec(post) : null;
  if (agent?.groups && !after) {
    after = { mention: agent.groups['spk']!, cue: 'by', at: agent.index, rule: 'passive-agent' };
    before = undefined;
  }
  // `… did not find “ties of any consequence,” aside from … “casually” from attending the same
  // mosque, said the bureau’s director`: the attribution closing the sentence, past later quotes.
  const lastMark = Math.max(post.lastIndexOf('”'), post.lastIndexOf('"'));
  if (!after && !before && lastMark >= 0) {
    after = matchPost(post.slice(lastMark + 1));
    if (after) after.at += lastMark + 1;
  }
  // `… “summer of agony” for Clinton …, forcing her to fend off both, said Brad Bannon, a
  // Democratic pollster.`, `The FBI made a “mistake” …, Comey has said.`: the attribution ends
  // the sentence, past clauses of its own.
  if (!after && !before) {
    const end = SENTENCE_FINAL.exec(post);
    if (end?.groups)
      after = {
        mention: end.groups['spk'] ?? end.groups['spk2']!,
        cue: end.groups['cue'] ?? end.groups['cue2']!,
        at: end.index,
        rule: end.groups['spk'] ? 'said-x' : 'cue-subject',
      };
  }
  if (after) after.at += place.postStart;
  if (before) before.at += place.preStart;
  let main: Found | undefined;
  let relay: Found | undefined;
  if (after && RELAY_CUES.has(after.cue) && before && !RELAY_CUES.has(before.cue)) {
    main = before;
    relay = after;
  } else if (after && !(before && cueReaches(pre, before, place.preStart))) {
    main = after;
    if (before && RELAY_CUES.has(before.cue) && !RELAY_CUES.has(after.cue)) relay = before;
  } else {
    main = before;
  }
  // `“…,” Sanders said, according to CNN.`, `“…,” Canova said, The Miami Herald reported.`
  if (main && !relay && !RELAY_CUES.has(main.cue)) {
    const later = LATER_RELAY.exec(post.slice(0, 200));
    const outlet = later?.groups?.['spk'] ?? later?.groups?.['spk2'];
    if (outlet) relay = { mention: outlet, cue: 'according to', at: 0, rule: 'according-to' };
  }
  if ((!main || /^it$/i.test(main.mention.trim())) && place.text) {
    const it = POST_IT.exec(post) ?? PRE_IT.exec(pre);
    const body = it
      ? itReferent(place.text, people, place.preStart, place.windowStart ?? 0)
      : undefined;
    if (it?.groups && body)
      return {
        ...NO_ATTRIBUTION,
        speaker: body,
        speakerName: body,
        mention: 'it',
        cue: it.groups['cue']!,
        via: 'description',
        rule: 'organisation-it',
      };
  }
  if (!main) {
    // `While Sanders's clarion call for a “revolution” …`: what someone says, as a noun.
    const owner = POSSESSIVE_SPEECH.exec(pre) ?? POSSESSIVE_BEFORE.exec(pre);
    const ownerMention =
      owner?.groups?.['spk'] ?? owner?.groups?.['spk2'] ?? owner?.groups?.['spk3'];
    const own = owner?.groups?.['own'];
    if (owner && (ownerMention || (own && SPEECH_AFTER.test(post)))) {
      const spk = ownerMention ?? own!;
      const mention = /^his$/i.test(spk) ? 'he' : /^her$/i.test(spk) ? 'she' : spk;
      const resolved = resolve(mention, place.preStart + owner.index, people, referent);
      if (resolved.speaker)
        return { ...resolved, mention: spk, cue: null, relay: null, rule: 'possessive-speech' };
    }
    // `… she offered up this sound bite for which she later apologized: “…”`: the subject of a
    // colon introduction, when it is someone the article names.
    const subject = /:\s*$/.test(pre) ? sentenceSubject(pre) : undefined;
    if (subject && !/^(?:they|we|i)$/i.test(subject.mention)) {
      const resolved = resolve(subject.mention, place.preStart + subject.at, people, referent);
      if (resolved.person || (resolved.via === 'description' && resolved.speaker))
        return {
          ...resolved,
          mention: subject.mention,
          cue: ':',
          relay: null,
          rule: 'colon-intro',
        };
    }
    // `Acknowledging that Trump “says a lot of stupid stuff,” though, Allen did suggest …`: a
    // quotation inside an opening participial phrase is the main clause's subject's.
    const after = PARTICIPLE_OPENER.test(pre) ? MAIN_SUBJECT_AFTER.exec(post) : null;
    if (after?.groups) {
      const at = place.postStart + after.index + after[0].length - after.groups['spk']!.length;
      const resolved = resolve(after.groups['spk']!, at, people, referent);
      if (resolved.person)
        return {
          ...resolved,
          mention: after.groups['spk']!,
          cue: null,
          relay: null,
          rule: 'participle-opener',
        };
    }
    return subjectAttribution(pre, place.preStart, people, referent);
  }
  let resolved = resolve(main.mention, main.at, people, referent);
  // `the commission said`, after `a New Hampshire ballot commission`: the thing introduced so.
  if (!resolved.speaker && resolved.via === 'description' && place.text) {
    const earlier = introducedAs(main.mention, main.at, place.text);
    if (earlier) resolved = { speaker: earlier, speakerName: earlier, via: 'description' };
  }
  const relayName = relay ? cleanName(relay.mention) : null;
  return {
    ...resolved,
    mention: main.mention,
    cue: main.cue,
    relay: relayName && relayName !== resolved.speakerName ? relayName : null,
    rule: main.cue === 'quoted as saying' ? 'quoted-as-saying' : main.rule,
  };
}

/**
 * `a clip that Judge Michael W. Mosman called “distasteful,” Santilli expressed …`: a cue whose
 * clause runs on into the quotation, with no comma, colon or dash between, is the quotation's.
 */
function cueReaches(pre: string, before: Found, preStart: number): boolean {
  const { cue, mention } = before;
  // `The report adds “…,” said David Bloom`: a document speaks for the one who quotes it.
  if (RELAY_CUES.has(cue) || cue === ':' || DOCUMENT_HEAD.test(mention)) return false;
  // `The barrister who had represented Mr Martin had said …`: nor a name that is not a subject.
  if (!opensClause(pre, openerEnd(pre), before.at - preStart)) return false;
  const at = pre.lastIndexOf(cue);
  return at >= 0 && !/[,;:—–]|\s-\s/u.test(pre.slice(at + cue.length)) && /\S\s*$/u.test(pre);
}

const DOCUMENT_HEAD = new RegExp(`\\b(?:${DOCUMENTS})s?$`, 'iu');

/** A sentence opening with a participial phrase that the quotation is inside: `After spending the week bickering over whether …`. */
const PARTICIPLE_OPENER =
  /^\s*(?:(?:After|Before|While|Since|Upon|By|Despite|Without)\s+)?\p{Lu}?\p{Ll}+ing\s[^,;:.!?]*$/u;
/** The subject of the main clause after the phrase closes: `, Clinton on Monday ripped into …`. */
const MAIN_SUBJECT_AFTER = new RegExp(
  `^[”"]?[^,;:.!?“”"]*(?:“[^“”"]*”[^,;:.!?“”"]*)*,\\s+(?:(?:though|however|too),\\s+)?(?<spk>\\b${PRONOUN}\\b|${NAME})(?=\\s+\\p{Ll})`,
  'u',
);

/** What someone says, as a noun: `Sanders's clarion call for a “revolution”`, `her remark that “…”`. */
const SPEECH_NOUNS =
  'broadside|attack|jab|swipe|report|account|call|calls|conclusion|promise|pledge|remark|remarks|comment|comments|claim|claims|statement|words|argument|assertion|description|message|vow|warning|slogan|line|refrain|mantra|question|response|reply|tweet|tweets|suggestion|insistence|admission|declaration|accusation|charge|contention|boast|complaint|criticism|denunciation|plea|demand|prediction|quip|joke|rallying cry|catchphrase|characterization|assessment|observation|explanation|answer|retort|vision|view|argument';
const POSSESSIVE_SPEECH = new RegExp(
  `(?:^|[^\\p{L}])(?<spk>${NAME}['’]s?|[Hh]is|[Hh]er)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${SPEECH_NOUNS})\\s+(?:(?:is|was)\\s+)?(?:that|of|for|to|about|on|against)\\b[^“”".;:!?]{0,80}$|(?:^|[^\\p{L}])(?:${SPEECH_NOUNS})\\s+(?:by|from)\\s+(?<spk3>${NAME})\\s+(?:that|saying)\\b[^“”".;:!?]{0,60}$|(?:^|[^\\p{L}])(?<spk2>${NAME}['’]s?|[Hh]is|[Hh]er)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${SPEECH_NOUNS})[,:]?\\s*$`,
  'u',
);
/** `Obama's “if you like your plan, you can keep it” promise`: the owner, then the quote, then the noun. */
const POSSESSIVE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?<own>${NAME}['’]s?|[Hh]is|[Hh]er)\\s*$`,
  'u',
);
const SPEECH_AFTER = new RegExp(`^\\s*(?:${SPEECH_NOUNS})\\b`, 'u');

/** The mention, or the name in its appositive when the mention only describes (`Her aide, Jake Sullivan,`). */
function mentionOf(groups: Record<string, string | undefined>): string {
  const spk = groups['spk']!;
  const app = groups['app'];
  // `Scottish Finance Minister, Tom McCabe MSP, said`: a role written as a name stands in too.
  const roleOnly = splitName(spk.trim()).name.every((w) => TITLES.has(w.toLowerCase()));
  if (app && (IS_STAND_IN.test(spk.trim()) || roleOnly)) {
    // `Ukraine's president, Volodymyr Zelenskyy, has always refused this demand, saying`.
    const name = IS_NAME.exec(app.trim()) ?? IS_NAME.exec(app.split(',')[0]!.trim());
    if (name) return name[0];
  }
  return spk;
}

function matchPost(post: string): Found | undefined {
  const text = post.slice(0, 200);
  // `“…,” promising the Friends of Abe will return`: after a participle comes what it is about;
  // after `told`, whom it was told to.
  const cueFirst = POST_CUE_FIRST.exec(text);
  for (const [rule, a] of [
    ['cue-subject', POST_WHO_UNCLOSED.exec(text) ?? POST_SPEAKER_FIRST.exec(text)],
    ['said-x', /ing$|^(?:told|tells)$/.test(cueFirst?.groups?.['cue'] ?? '') ? null : cueFirst],
    // `,” Mr Prettejohn, Lloyd's chief executive said`: the name, not the role after it.
    ['cue-subject', POST_OPEN_APPOSITIVE.exec(text) ?? POST_SENTENCE_END.exec(text)],
    ['said-x', POST_CUE_LATE.exec(text)],
  ] as const)
    if (a?.groups) return foundOf(a.groups, rule, 0);
  ACCORDING.lastIndex = 0;
  const b = ACCORDING.exec(text);
  if (b?.groups && b.index < 80 && !/[“”"]/.test(text.slice(0, b.index)))
    return { mention: b.groups['spk']!, cue: 'according to', at: b.index, rule: 'according-to' };
  return undefined;
}

/** What a match found: its mention (the name in an appositive standing for a role), cue and pass. */
function foundOf(groups: Record<string, string | undefined>, rule: Rule, at: number): Found {
  const mention = mentionOf(groups);
  return {
    mention,
    cue: groups['cue']!,
    at,
    rule: mention === groups['spk'] ? rule : 'role-appositive',
  };
}

/** A relay closing the sentence after the attribution: `, according to CNN`, `, the Times reported`. */
const LATER_RELAY = new RegExp(
  `,\\s+(?:according to\\s+(?<spk>(?:the\\s+)?${NAME})|(?<spk2>(?:[Tt]he\\s+)?${NAME})\\s+(?:reported|reports))[^“”"]{0,40}$`,
  'u',
);

/** `has been called “strategic ambiguity” by Joshua Hendrick`: the agent of a passive cue. */
const PASSIVE_CUE =
  /\b(?:called|described|dubbed|labeled|labelled|termed|branded|characterized|characterised)\s+(?:(?:it|them|him|her)\s+)?(?:as\s+(?:an?\s+|the\s+)?)?$/u;
const BY_AGENT = new RegExp(
  `^[\\s,]*by\\s+${ROLE_PREFIX}(?<spk>${DESCRIBED}|${NAME})${PARTY}${NAME_END}`,
  'u',
);

/** `“Great question!” Trump said.`: a short sentence right after the quote that only attributes it. */
const SHORT_ATTRIBUTION = new RegExp(
  `^\\s*${SPEAKER}${FROM}${APPOSITIVE}\\s+${ADVERB}${AUX}(?<cue>${CUES})\\b[^.!?“”"]{0,60}[.!?]`,
  'u',
);

function matchShortSentence(following: string): Found | undefined {
  const m = SHORT_ATTRIBUTION.exec(following);
  return m?.groups ? foundOf(m.groups, 'next-sentence', 0) : undefined;
}

/** Capitalised words run into a person's honorific: `Harrogate Mr Kennedy`, `Foreign Policy Centre Mr Straw`. */
const PLACE_THEN_HONORIFIC = /^(?:\p{Lu}[\p{L}-]* )+(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame)\.? \p{Lu}/u;

function matchPre(pre: string): Found | undefined {
  let found: Found | undefined;
  const main = openerEnd(pre);
  for (const m of pre.matchAll(PRE_SPEAKER_CUE)) {
    // A possessive is not a subject: "Russia’s demands"; nor is a name in an opening clause.
    if (!m.groups || /['’]s$/u.test(m.groups['spk']!) || m.index < main) continue;
    // `Speaking in Harrogate Mr Kennedy said`: the name starts at the honorific, after the place.
    if (!isSubject(pre, m.index) && !PLACE_THEN_HONORIFIC.test(m.groups['spk']!)) continue;
    // `Thursday, Rep. Hakeem Jeffries …, saying`: a date or an opener is no one.
    // `On Sunday, Sanders issued …, stating`, `Like Corker, Menendez …, arguing`: nor is a name
    // in an opening phrase.
    const spk = m.groups['spk']!;
    if (/^\p{Lu}\p{Ll}+$/u.test(spk) ? NOT_SUBJECT.test(spk) : IN_PHRASE.test(spk)) continue;
    const cued = foundOf(m.groups, 'cue-subject', m.index);
    // `Black Lives Matter issued a statement saying …`: the statement speaks for the subject.
    const issuer = DOCUMENT.test(cued.mention) ? sentenceSubject(pre.slice(0, m.index)) : undefined;
    found = issuer
      ? { mention: issuer.mention, cue: cued.cue, at: issuer.at, rule: 'cue-subject' }
      : cued;
  }
  for (const m of pre.matchAll(ACCORDING)) {
    if (m.groups && (!found || m.index > found.at))
      found = { mention: m.groups['spk']!, cue: 'according to', at: m.index, rule: 'according-to' };
  }
  for (const m of pre.matchAll(ASKED_BY)) {
    if (!m.groups || (found && m.index < found.at) || !isSubjectLike(m.groups['spk']!)) continue;
    // `by Fox Business moderator Gerard Baker`: the name after the role.
    const role = ROLE_THEN_NAME.exec(pre.slice(m.index + m[0].length));
    const name =
      role?.groups && role[0].split(/\s+/).every((w) => !NOT_ROLE.test(w))
        ? role.groups['name']!
        : m.groups['spk']!;
    found = { mention: name, cue: 'asked', at: m.index + m[0].length, rule: 'passive-agent' };
  }
  // `…, with Republican Senator John McCain telling reporters he viewed Obama as “…”`.
  const withIng = WITH_ING.exec(pre);
  if (withIng?.groups && (!found || withIng.index > found.at) && CUE_IN.test(withIng[0]))
    found = { mention: withIng.groups['spk']!, cue: 'with', at: withIng.index, rule: 'with-ing' };
  const asPutIt = found ? null : PRE_PUT_IT.exec(pre);
  if (asPutIt?.groups)
    found = {
      mention: asPutIt.groups['spk']!,
      cue: asPutIt.groups['cue']!,
      at: asPutIt.index,
      rule: 'as-put-it',
    };
  const colon = found ? null : PRE_NAME_COLON.exec(pre);
  // `… delivered a blunt message to Trump: “…”`: the name after a preposition is not the speaker.
  const colonAt = colon ? colon.index + colon[0].lastIndexOf(colon.groups!['spk']!) : 0;
  // `… to the Dutch newspaper NRC Handelsblad: “…”`: nor after a preposition and a role (a
  // dash ends what came before: `Media shares blame - HuffPollster: “…”`), but the agent after
  // `by` asks (`the question posed by Brighton nurse Marion Brown: “…”`).
  const roleAt =
    colon && /\s[-–—]\s/u.test(pre.slice(colon.index, colonAt)) ? colonAt : (colon?.index ?? 0);
  if (
    colon?.groups &&
    isSubjectLike(colon.groups['spk']!) &&
    isSubject(pre, colonAt) &&
    (isSubject(pre, roleAt) || /\bby\s+$/u.test(pre.slice(0, roleAt)))
  )
    found = { mention: colon.groups['spk']!, cue: ':', at: colon.index, rule: 'colon-intro' };
  const inverted = found ? null : PRE_INVERTED.exec(pre);
  if (inverted?.groups)
    found = {
      mention: inverted.groups['spk']!,
      cue: inverted.groups['cue']!.toLowerCase(),
      at: 0,
      rule: 'said-x',
    };
  const aside = found ? null : PRE_ASIDE.exec(pre);
  if (aside?.groups)
    found = {
      mention: aside.groups['spk']!,
      cue: aside.groups['cue']!,
      at: aside.index,
      rule: 'said-x',
    };
  if (!found) {
    // "Zelenskyy has refused, saying …" / "Xi did not respond, but said …": the sentence's subject.
    const cue = SUBJECT_CUE.exec(pre);
    const subject = cue ? sentenceSubject(pre.slice(0, cue.index)) : undefined;
    if (cue?.groups && subject)
      found = {
        mention: subject.mention,
        cue: cue.groups['cue']!,
        at: subject.at,
        rule: 'participle-subject',
      };
  }
  return found;
}

const SUBJECT = new RegExp(`\\b${PRONOUN}\\b|${DESCRIBED}|${NAME}`, 'gu');
const NOT_SUBJECT =
  /^(?:On|In|At|Later|Earlier|After|Before|Last|Next|This|That|When|While|As|But|And|So|Then|Now|Today|Still|Also|Meanwhile|However|Another|Because|Like|Unlike|Of|Amid|Despite|During|Following|Upon|With|Without|For|From|Under|Over|Among|Between|Against|Toward|Towards|Through|Throughout|Beyond|Behind|Within|Across|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** A name inside a prepositional phrase: `On Sunday`, `Like Corker`, `Of Carson`. */
const IN_PHRASE =
  /^(?:On|In|At|Like|Unlike|Of|Amid|Despite|During|Following|Upon|With|Without|For|From|Under|Over|Among|Between|Against|Toward|Towards|Through|Throughout|Beyond|Behind|Within|Across)\s/u;

/** The first noun phrase of a clause that can be a speaker (skipping "On Saturday," …). */
function sentenceSubject(clause: string): { mention: string; at: number } | undefined {
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
function opensClause(clause: string, main: number, at: number): boolean {
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
const ROLE_THEN_NAME = new RegExp(`^\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){1,3}(?<name>${NAME})`, 'u');

/** One opening clause or two (`Speaking to MSNBC Monday in Salem, which votes Tuesday,`). */
const OPENER = /^(?:[^,“”"]{1,160},\s*){1,2}$/u;

/**
 * No reporting verb: the subject of the sentence is still the likeliest source when it is a
 * person the article names ("De Blasio also repeated his claim that “profit-making” was …",
 * "He called it a “fundamental mistake”"), at the start of the sentence or after an opening
 * clause ("In an interview, Trump called it a “disaster”"). The cue stays empty.
 */
function subjectAttribution(
  pre: string,
  preStart: number,
  people: readonly Person[],
  referent: (pronounAt: number, gender: 'm' | 'f') => Person | undefined,
): Attribution & { person?: Person } {
  const main = openerEnd(pre);
  for (const m of pre.matchAll(SUBJECT)) {
    if (m.index < main || NOT_SUBJECT.test(m[0]) || !isSubject(pre, m.index)) continue;
    const mention = m[0];
    if (/^(?:they|we|i)$/i.test(mention)) return NO_ATTRIBUTION;
    const resolved = resolve(mention, preStart + m.index, people, referent);
    if (resolved.person) {
      const opener = pre.slice(0, m.index);
      if (m.index > 3 && !OPENER.test(opener) && !isRolePhrase(opener)) return NO_ATTRIBUTION;
      return { ...resolved, mention, cue: null, relay: null, rule: 'subject' };
    }
    // An opener that names no one (`Immediately after the attacks, …`) is passed over.
    if (IS_PRONOUN.test(mention) || (IS_NAME.test(mention) && mention.includes(' ')))
      return NO_ATTRIBUTION;
  }
  return NO_ATTRIBUTION;
}

/** Words that cannot be part of a role before a name (`Asked whether Trump …`). */
const NOT_ROLE =
  /^(?:asked|whether|when|if|that|as|after|before|while|since|because|although|though|but|and|or|so|then|also|even|the|a|an|said|says|told|to|of|in|on|at|for|with|by|from|about|is|was|has|had)$/i;

/** `FBI director `, `Democratic presidential candidate `: a role before the subject's name. */
function isRolePhrase(opener: string): boolean {
  const words = opener.trim().split(/\s+/);
  return (
    /^(?:[\p{L}\d][\p{L}\d’'.-]*\s+){1,4}$/u.test(opener) &&
    words.every((w) => !NOT_ROLE.test(w) && !/ing$/.test(w))
  );
}

/** A name that can speak: not a weekday or a sentence opener. */
function isSubjectLike(name: string): boolean {
  return !NOT_SUBJECT.test(name);
}

/** A speaker must not be the object of a preposition ("with Putin said" is not Putin speaking). */
function isSubject(text: string, at: number): boolean {
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

function resolve(
  mention: string,
  at: number,
  people: readonly Person[],
  referent: (pronounAt: number, gender: 'm' | 'f') => Person | undefined,
): Pick<Attribution, 'speaker' | 'speakerName' | 'via'> & { person?: Person } {
  const plain = mention.trim();
  if (IS_PRONOUN.test(plain)) {
    if (/^(?:they|we|i)$/i.test(plain)) return { speaker: null, speakerName: null, via: 'pronoun' };
    const person = referent(at, /^[Ss]he$/.test(plain) ? 'f' : 'm');
    return person ? named(person, 'pronoun') : { speaker: null, speakerName: null, via: 'pronoun' };
  }
  if (IS_DESCRIPTION.test(plain)) {
    // `a senior Cruz adviser`, `one Clinton aide`: someone new, not a person named before.
    const indefinite = /^(?:an?|one|another)\s/iu.test(plain);
    const head = HEAD_OF.exec(plain)?.[0] ?? plain;
    const person = indefinite ? undefined : byDescription(head, at, people);
    if (person) return named(person, 'description');
    // `the board said`: the organisation named before whose name ends with the word.
    const body = byOrganisation(head, at, people);
    if (body) return named(body, 'description');
    // "the Trump campaign", "the Sanders campaign": an organisation named after a person.
    const org = ORGANISATION.exec(head);
    if (org) return { speaker: org[1]!, speakerName: org[1]!, via: 'description' };
    // `the IMF report stated`: a document speaks for whoever issued it.
    const issuer = ISSUED.exec(head)?.[1]
      ?.trim()
      .replace(/['’]s$/u, '');
    if (issuer) {
      // `the World Bank report` → World Bank; `a BBC statement` is the BBC's, not BBC One's.
      const known = resolveName(people, issuer, at);
      const person = known?.tokens.at(-1) === issuer.split(' ').at(-1) ? known : undefined;
      return person
        ? named(person, 'description')
        : { speaker: issuer, speakerName: issuer, via: 'description' };
    }
    // `a senior Cruz adviser`, `the Senate minority leader`: a description naming someone or
    // something is the best account of the speaker there is.
    if (/\s\p{Lu}\p{L}{2}/u.test(plain))
      return { speaker: plain, speakerName: plain, via: 'description' };
    return { speaker: null, speakerName: null, via: 'description' };
  }
  const entourage = /^(.*?)['’]s\s+\p{Ll}/u.exec(plain);
  if (entourage) {
    // `Scotland's justice minister`: the owner as written unless it is a person (not `Radio Scotland`).
    const known = resolveName(people, entourage[1]!, at);
    const owner = known?.human ? known.name : cleanName(entourage[1]!);
    const phrase = `${owner}’s ${plain.slice(entourage[0].length - 1)}`;
    return { speaker: phrase, speakerName: phrase, via: 'named' };
  }
  // `Australia's Prime Minister John Howard`: the person named after the owner; `the US Trade
  // Representative's Office`: the owner's office; `Yildirim's LinkedIn page`: the owner.
  const owned = /^(.*?)['’]s\s+(\p{Lu}.*)$/u.exec(plain);
  if (owned) {
    const after = splitName(owned[2]!).name;
    const person = resolveName(people, owned[2]!, at);
    if (person?.human) return named(person, 'named');
    const office = plain.replace(/^(?:[Tt]he)\s+/u, '');
    if (!looksHuman(after)) return { speaker: office, speakerName: office, via: 'named' };
    return resolve(owned[1]!, at, people, referent);
  }
  const name = cleanName(plain);
  // `EUROPEANS ASK IF VIOLENCE IS …`: a headline in capitals is no one.
  if (/^\p{Lu}[\p{Lu}'’-]+(?: [\p{Lu}'’-]+)+$/u.test(name))
    return { speaker: null, speakerName: null, via: null };
  const person = resolveName(people, plain, at);
  if (person) return named(person, 'named');
  // A capitalised sentence opener ("Reached by phone, …", "Hours later, …") is not a name.
  if (!name.includes(' ') && NOT_A_NAME.test(name))
    return { speaker: null, speakerName: null, via: null };
  return { speaker: name, speakerName: name, via: 'named' };
}

const NOT_A_NAME =
  /^(?:\p{Lu}\p{Ll}+(?:ed|ing|ly)|The|An?|His|Her|Their|Our|Its|If|When|While|After|Before|Hours|Minutes|Days|Weeks|Months|Years|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Dozens|Hundreds|Thousands|Millions|Many|Some|Most|Others|Both|All|Each|Every|Several|Few|Such|Those|These|This|That|There|Here|It|Its|Yet|Still|Even|Also|Just|Now|Then|Today|Tonight|Yesterday|Tomorrow|Later|Earlier|Meanwhile|However|Instead|Indeed|Also|Afterward|Afterwards)$/u;

/** `the IMF report`, `the Pentagon statement`: a document and who issued it. */
const ISSUED = new RegExp(
  `^(?:[Tt]he|[Aa]n?)\\s+((?:[\\p{Lu}][\\p{L}'’.&-]*\\s+)+)(?:${DOCUMENTS})$`,
  'u',
);
const ORGANISATION =
  /^(?:the|a|an)\s+((?:[\p{Lu}][\p{L}'’.-]*\s+)+(?:campaign|administration|team|office|committee|newspaper|agency|ministry|government|foundation|network))$/iu;

function named(person: Person, via: Attribution['via']) {
  return { speaker: person.name, speakerName: person.name, via, person };
}

const ROLE_FAMILIES: Record<string, string[]> = {
  leader: ['president', 'prime', 'minister', 'leader', 'chancellor', 'premier', 'king', 'queen'],
  official: [
    'official',
    'minister',
    'secretary',
    'aide',
    'adviser',
    'advisor',
    'spokesman',
    'spokeswoman',
  ],
};

/** The person a description like `the Russian leader` points to. */
function byDescription(
  description: string,
  at: number,
  people: readonly Person[],
): Person | undefined {
  const words = description.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const head = words.at(-1) ?? '';
  const family = ROLE_FAMILIES[head] ?? [head];
  const modifiers = words.slice(1, -1);
  const fits = people.filter((p) => family.some((w) => p.descriptors.has(w)));
  const best = fits.filter((p) => modifiers.every((m) => p.descriptors.has(m)));
  return mostRecent(best.length ? best : fits, at) ?? best[0] ?? fits[0];
}

/** How far back (in characters) a definite description looks for its introduction. */
const INTRODUCED_REACH = 3000;

/** Words that end a noun phrase rather than modify its head: `the DNC sued the board` is two. */
const NOT_MODIFIER = `(?!(?:the|a|an|and|or|but|of|to|in|on|at|for|with|by|from|that|who|which|is|was|are|were|has|had|have|will|would|${CUES})\\b)`;

/**
 * `the commission` → `a New Hampshire ballot commission`, `the lawyers` → `Cruz’s lawyers`, `the
 * editorial board` → `the Wall Street Journal editorial board`: the last noun phrase before `at`
 * with the same head noun that names something (a capitalised word), introduced by an article, a
 * possessive, or followed by whom it is of (`the trade group for the Blue Cross Blue Shield plans`).
 */
function introducedAs(description: string, at: number, text: string): string | undefined {
  const head = /^[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)$/u.exec(description.trim())?.[1];
  if (!head) return undefined;
  const from = Math.max(0, at - INTRODUCED_REACH);
  const headWord = `[${head[0]!.toUpperCase()}${head[0]}]${head.slice(1)}`;
  const intro = new RegExp(
    `(?<![\\p{L}\\d’'-])(?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Ii]ts)\\s+|\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*){0,3}['’]s\\s+)(?:${NOT_MODIFIER}[\\p{L}\\d’'/-]+(?:\\.\\p{L}+)*\\.?[^\\S\\n]+){0,5}?${headWord}\\b(?:\\s+(?:in|of|at|for|from|to)\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?:\\p{Lu}[\\p{L}’'.-]*\\s?)+)?`,
    'gu',
  );
  let found: string | undefined;
  for (const m of text.slice(from, at).matchAll(intro)) {
    const phrase = m[0].trim();
    // A capitalised word past the determiner: `The Wall Street Journal`, not `The board`.
    if (
      /^\p{Lu}\p{L}{2}/u.test(
        phrase.replace(/^(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Ii]ts)\s+/u, ''),
      ) ||
      /\s\p{Lu}\p{L}{2}/u.test(phrase)
    )
      found = phrase;
  }
  return found;
}

/** `the board` → `Illinois Board of Elections`: an organisation mentioned before, by a word of its name. */
function byOrganisation(
  description: string,
  at: number,
  people: readonly Person[],
): Person | undefined {
  const m = /^[Tt]he\s+(\p{Ll}+)$/u.exec(description);
  if (!m) return undefined;
  const head = m[1]!;
  return mostRecent(
    people.filter((p) => !p.human && p.tokens.some((t) => t.toLowerCase() === head)),
    at,
  );
}

function cleanName(mention: string): string {
  const { name } = splitName(mention.trim());
  return name.join(' ') || mention.trim();
}

/** Where a named person is said to speak in the text (quoted or not): `Trump said Wednesday …`. */
export function speechEvents(
  text: string,
  people: readonly Person[],
): Array<{ at: number; person: Person }> {
  const events: Array<{ at: number; person: Person }> = [];
  for (const m of text.matchAll(PRE_SPEAKER_CUE)) {
    const mention = m.groups?.['spk'] ? mentionOf(m.groups) : undefined;
    if (!mention || !isSubject(text, m.index) || IS_PRONOUN_OR_DESCRIPTION.test(mention)) continue;
    const person = resolveName(people, mention, m.index + 1);
    if (person) events.push({ at: m.index, person });
  }
  return events;
}
