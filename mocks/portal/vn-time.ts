import { z } from 'zod';

/** Vietnam is UTC+7 all year (no daylight saving time). */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Milliseconds since the epoch of a `yyyyMMddHHmmss` time in Vietnam, or NaN when it is not a calendar time. */
export function parseVnTimestamp(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return Number.NaN;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(utc);
  const exact = back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  return exact ? utc - VN_OFFSET_MS : Number.NaN;
}

/** The `yyyyMMddHHmmss` Vietnam time of an instant, as the portal synchronisation writes dates. */
export function formatVnTimestamp(ms: number): string {
  return new Date(ms + VN_OFFSET_MS).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** The calendar day (yyyy-mm-dd) and ISO weekday (1 Monday … 7 Sunday) of an instant in Vietnam. */
export function vnDay(ms: number): { date: string; weekday: number } {
  const local = new Date(ms + VN_OFFSET_MS);
  return { date: local.toISOString().slice(0, 10), weekday: local.getUTCDay() === 0 ? 7 : local.getUTCDay() };
}

/** A `yyyyMMddHHmmss` time in Vietnam, the format of the real portal synchronisation (research notes §7.3). */
export const vnTimestampSchema = z
  .string()
  .regex(/^\d{14}$/, 'a time is written yyyyMMddHHmmss (Vietnam time)')
  .refine((text) => !Number.isNaN(parseVnTimestamp(text)), 'not a calendar date and time');
