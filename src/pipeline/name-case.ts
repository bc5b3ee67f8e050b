/** Names set in capitals, written as names. */

/** `MCALLISTER` → `McAllister`, `O'CONNELL` → `O'Connell`; a name with lower case is kept. */
export function nameCase(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}{2}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, c: string) => before + c.toUpperCase())
    .replace(/\bMc(\p{Ll})/gu, (_, c: string) => `Mc${c.toUpperCase()}`);
}
