/** The reporting verbs that attribute speech (`said`, `told`, `pointed out` …), in all their forms. */
const VERBS =
  'say:said tell:told add explain answer assert allege exclaim retort reveal recount proclaim pledge scoff fume gush whisper conclude elaborate interject blast accuse assure blame vent bark thank express decry slam praise criticize criticise dismiss deride mock tout defend reject deny lash chide scold taunt dub:dubbed concur opine demur imply:implied snap:snapped caution concede mention inform:informed warn note continue state argue tweet declare insist reply:replied respond claim recall warn acknowledge admit:admitted:admitting announce urge suggest stress reiterate complain concede predict promise joke quip:quipped:quipping remark observe caution emphasize emphasise agree counter charge contend maintain lament boast vow confirm report post shout yell testify:testified wonder describe call muse write:wrote ask remember question react surmise marvel gripe plead grumble press repeat find:found beam retaliate exhort read:read sing:sang chant';
/** Bare forms that are rarely nouns ("they say"); `state`, `report`, `post` … are left out. */
const BARE = new Set([
  'say',
  'tell',
  'add',
  'ask',
  'explain',
  'argue',
  'insist',
  'warn',
  'write',
  'suggest',
  'admit',
  'agree',
  'acknowledge',
  'tweet',
]);
const forms = (entry: string): string[] => {
  const [base, past, participle] = entry.split(':') as [
    string,
    string | undefined,
    string | undefined,
  ];
  const stem = base.replace(/e$/, '');
  const third = /(?:s|sh|ch|x)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const ed =
    past ??
    (base.endsWith('e')
      ? `${base}d`
      : /[^aeiou]y$/.test(base)
        ? `${base.slice(0, -1)}ied`
        : `${base}ed`);
  const ing = participle ?? `${stem}ing`;
  return BARE.has(base) ? [base, third, ed, ing] : [third, ed, ing];
};
const CUE_WORDS = [
  ...new Set(VERBS.split(' ').flatMap(forms)),
  'quoted as saying',
  'pointed out',
  'points out',
  'pointing out',
  'went on',
  'shot back',
  'fired back',
  'hit back',
  'pushed back',
  'wanted to know',
  'wants to know',
];
/** The cues as one alternation, longest first. */
export const CUES = CUE_WORDS.sort((a, b) => b.length - a.length).join('|');
/** A reporting verb anywhere in a stretch of text. */
export const CUE_IN = new RegExp(`\\b(?:${CUES})\\b`, 'u');
