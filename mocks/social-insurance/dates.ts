import { daysFromCivil, formatDay } from '../../src/generator/civil-date.js';

/** The day number of the date `years` after an ISO date (29 February rolls over to 1 March). */
export function anniversary(iso: string, years: number): number {
  return daysFromCivil(Number(iso.slice(0, 4)) + years, Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** The last day of the span of `years` starting on an ISO date: a card for a child ends the day before the 6th birthday. */
export function lastDayOf(iso: string, years: number): string {
  return formatDay(anniversary(iso, years) - 1);
}

/** yyyy-mm-dd as dd/MM/yyyy, the way the VSS lookup writes dates. */
export function toVnDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

