import type { Citizen } from '../contract/citizen.js';
import { generatePopulation } from './population.js';

/** The part of a faker instance vn06 uses: its seeded integer source, so `faker.seed(n)` makes vn06's output repeatable too. */
export interface FakerLike {
  readonly number: { int(options: { min?: number; max: number }): number };
}

export interface FakerEntryOptions {
  /** Reference date yyyy-mm-dd; default 2026-01-01. */
  readonly asOf?: string;
}

/**
 * One whole household of realistic Vietnamese citizens, drawn with the given faker's randomness: shared address,
 * the father's surname passed down, plausible ages, valid linked IDs.
 */
export function household(faker: FakerLike, options: FakerEntryOptions = {}): Citizen[] {
  const seed = faker.number.int({ min: 0, max: 2 ** 48 });
  const members: Citizen[] = [];
  for (const citizen of generatePopulation({ seed, asOf: options.asOf })) {
    if (members.length > 0 && citizen.householdId !== members[0]!.householdId) break;
    members.push(citizen);
  }
  return members;
}

/**
 * One realistic Vietnamese citizen (any age, any member of a household), for testers who already build data with faker.
 * IDs are unique within a household; across calls they are random, as faker's are.
 */
export function citizen(faker: FakerLike, options: FakerEntryOptions = {}): Citizen {
  const members = household(faker, options);
  return members[faker.number.int({ min: 0, max: members.length - 1 })]!;
}
