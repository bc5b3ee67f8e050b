/** Zod fields shared by the schemas of front matter and `folder.yaml`. */
import { z } from 'zod';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `YYYY-MM-DD` names a day of the calendar. */
function isRealDay(s: string): boolean {
  const day = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(s);
}

/** Non-empty text, trimmed. */
export const textField = () =>
  z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

/** A day written `YYYY-MM-DD`, one of the calendar. */
export const dayField = () =>
  z
    .string({ error: 'must be a date written YYYY-MM-DD' })
    .regex(isoDate, { error: 'must be a date written YYYY-MM-DD' })
    // A real day: `Date` reads 2005-02-30 as 2 March, so the day must come back the same.
    .refine(isRealDay, { error: 'is not a real date' });

/** Author names: one name or a list, each trimmed, empty ones dropped. */
export const authorsField = () =>
  z
    .union([z.string(), z.array(z.string())], { error: 'must be a name or a list of names' })
    .transform((v) => (Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean));
