/** Vietnam is UTC+7 all year. */
const VN_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The instant of an act: the one the scenario gave (its timeline on the harness clock), else the system's own clock. */
export function momentOf(at: string | undefined): number {
  return at === undefined ? Date.now() : Date.parse(at);
}

/** `yyyyMMddHHmmss` in Vietnam time, as the portal synchronisation writes dates. */
export function vnTimestamp(ms: number): string {
  return new Date(ms + VN_OFFSET_MS).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** The calendar day (yyyy-mm-dd) and ISO weekday (1 Monday … 7 Sunday) of an instant in Vietnam. */
export function vnDay(ms: number): { date: string; weekday: number } {
  const local = new Date(ms + VN_OFFSET_MS);
  const day = local.getUTCDay();
  return { date: local.toISOString().slice(0, 10), weekday: day === 0 ? 7 : day };
}

/**
 * The instant `days` working days after `ms`, at the same time of day: Saturdays and Sundays do not count (public
 * holidays are not modelled). A time limit in working days is how procedure deadlines are set.
 */
export function addWorkingDays(ms: number, days: number): number {
  let at = ms;
  for (let left = days; left > 0; ) {
    at += DAY_MS;
    if (vnDay(at).weekday <= 5) left--;
  }
  return at;
}

export const isoInstant = (ms: number): string => new Date(ms).toISOString();
