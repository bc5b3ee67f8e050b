/** Zod fields shared by the schemas of front matter and `folder.yaml`. */
import { z } from 'zod';

/** `YYYY-MM-DD`, alone or with a time of day after it (`2016-10-07 17:17:00`, `…T17:17:00Z`). */
const TIME = String.raw`(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?`;
const isoDate = new RegExp(String.raw`^\d{4}-\d{2}-\d{2}(?:[T ]${TIME})?$`);

/** Whether `YYYY-MM-DD` names a day of the calendar. */
function isRealDay(s: string): boolean {
  const day = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s);
}

/** Non-empty text, trimmed. */
export const textField = () =>
  z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

/**
 * A day written `YYYY-MM-DD`, one of the calendar; a time after it (as exports write a date) is
 * dropped: the day is the one written, never moved by its time zone.
 */
export const dayField = () =>
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .trim()
    .regex(isoDate, { error: 'must be a date written YYYY-MM-DD' })
    .transform((s) => s.slice(0, 10))
    // A real day: `Date` reads 2005-02-30 as 2 March, so the day must come back the same.
    .refine(isRealDay, { error: 'is not a real date' });

/** Author names: one name or a list, each trimmed, empty ones dropped. */
export const authorsField = () =>
  z
    .union([z.string(), z.array(z.string())], { error: 'must be a name or a list of names' })
    .transform((v) => (Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean));
