import { ErrorCode, HarnessError } from '../errors.js';

/** The time the mocks see: token expiry, deadlines and journal stamps come from here, never from Date.now(). */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export interface ClockOptions {
  /** A fixed instant (ISO 8601): time starts there and advances with the real clock, so runs replay exactly when the test is driven by it. */
  readonly start?: string;
  /** Freeze time at `start` (or at the first read) instead of letting it advance. */
  readonly frozen?: boolean;
  /** Shift the real clock by this many milliseconds. */
  readonly offsetMs?: number;
}

/** A clock that can be advanced by hand, for tests and for scenarios that need a token to expire now. */
export interface ControllableClock extends Clock {
  advance(ms: number): void;
}

/** Creates the harness clock from options; `realNow` is the only source of wall time and is injectable for tests. */
export function createClock(options: ClockOptions = {}, realNow: () => number = () => globalThis.Date.now()): ControllableClock {
  let startAt: number | undefined;
  if (options.start !== undefined) {
    startAt = Date.parse(options.start);
    if (!Number.isFinite(startAt)) throw new HarnessError(ErrorCode.BadValue, `Failed to set the clock: ${JSON.stringify(options.start)} is not an ISO 8601 instant`);
  }
  const realStart = realNow();
  const base = startAt ?? realStart;
  let manual = options.offsetMs ?? 0;
  return {
    now: () => base + manual + (options.frozen ? 0 : realNow() - realStart),
    advance: (ms: number) => {
      manual += ms;
    },
  };
}
