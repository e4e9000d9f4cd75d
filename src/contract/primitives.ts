import { z } from 'zod';

/** A 12-digit personal ID (số định danh cá nhân). */
export const personalIdSchema = z.string().regex(/^\d{12}$/, 'a personal ID has exactly 12 digits');
/** An old 9-digit ID (CMND 9 số). */
export const legacyIdSchema = z.string().regex(/^\d{9}$/, 'an old ID has exactly 9 digits');
/** A calendar date, yyyy-mm-dd. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written yyyy-mm-dd');
export const sexSchema = z.enum(['male', 'female']);
