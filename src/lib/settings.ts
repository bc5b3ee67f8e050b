/** On/off settings from the environment (`CLIPPINGS_CACHE=off` …): on unless off, 0, false or no. */
export function settingOn(value: string | undefined): boolean {
  return !/^(?:off|false|0|no)$/i.test((value ?? '').trim());
}
