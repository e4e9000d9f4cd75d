import { z } from 'zod';

/** A 12-digit personal ID (số định danh cá nhân). */
export const personalIdSchema = z.string().regex(/^\d{12}$/, 'a personal ID has exactly 12 digits');
/** An old 9-digit ID (CMND 9 số). */
export const legacyIdSchema = z.string().regex(/^\d{9}$/, 'an old ID has exactly 9 digits');
/** True when yyyy-mm-dd names a day of the calendar (no 31 February, no month 13). */
function isCalendarDay(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** A calendar date, yyyy-mm-dd. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written yyyy-mm-dd')
  .refine(isCalendarDay, { message: 'not a day of the calendar' });
export const sexSchema = z.enum(['male', 'female']);
