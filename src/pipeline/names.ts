/** Spotting personal names in running text, enough to tell a full introduction from a mention. */

const CAPITALISED_RUN = /(?:\b[\p{Lu}][\p{Ll}'’-]+(?:\s+(?:[\p{Lu}]\.\s+)?)?)+/gu;
const STOP_WORDS = new Set(
  'The A An In On At For And But Or If As By To Of From With After Before When While Since President Prime Minister Secretary Senator Sen Rep Gov Governor General Mr Mrs Ms Dr Chief Leader Deputy Former Foreign Defense Special State Supreme High White House United New North South East West Russian Ukrainian American British Indian Chinese European French German Democratic Republican Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);

/** Capitalised sentence openers that are not names: Describing, Shortly, Asked, Despite … */
const NOT_A_FIRST_NAME =
  /^(?:\p{Lu}\p{Ll}+(?:ing|ly|ed)|Despite|According|Although|However|Meanwhile|Beyond|Amid|During|Under|Over|Unlike|Like|Only|Both|Several|Some|Many|Most|Even|Still|Yet|Also|Then|Now|Today|Yesterday|Last|Next|This|That|These|Those|Here|There|It|He|She|They|We|You|His|Her|Their|Our|Its|Every|All|No|Not|So|Such|Once|Until|Why|What|How|Who|Where|Which|Whether|Through|Without|Within|Against|Between|Among|Toward|Towards|Across|Along|Around|Behind|Upon|Via|Per)$/u;

/** Full names (`Vladimir Putin`) in a text, as "First Last" strings; titles before them dropped. */
export function fullNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const words = m[0]
      .trim()
      .split(/\s+/)
      .filter((w) => !/^[\p{Lu}]\.$/u.test(w))
      .map((w) => w.replace(/['’]s$/, ''));
    const name = words.filter(
      (w, i) => !STOP_WORDS.has(w) && !(i === 0 && NOT_A_FIRST_NAME.test(w)),
    );
    if (name.length >= 2) out.push(`${name.at(-2)} ${name.at(-1)}`);
  }
  return out;
}

/** Capitalised words of a text (possible surnames), possessive `'s` stripped. */
export function capitalisedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b[\p{Lu}][\p{Ll}'’-]+/gu)) out.add(m[0].replace(/['’]s$/, ''));
  return out;
}
