import type { Citizen } from '../contract/citizen.js';
import { parseDay } from './civil-date.js';

/** Headline figures of a population, for a reader to compare with the census. */
export interface PopulationSummary {
  readonly citizens: number;
  readonly households: number;
  readonly male: number;
  readonly kinh: number;
  readonly deceased: number;
  readonly surnames: readonly (readonly [string, number])[];
  readonly ageBands: { readonly under15: number; readonly from15to64: number; readonly from65: number };
  readonly withTemporaryResidence: number;
  readonly withLegacyId: number;
  readonly vneidLevel2: number;
}

/** Counts what a tester looks at first: sex ratio, surnames, ethnicity, ages, deaths, households. */
export function summarizePopulation(citizens: Iterable<Citizen>, asOf: string): PopulationSummary {
  const asOfDay = parseDay(asOf)!;
  const surnames = new Map<string, number>();
  const households = new Set<string>();
  let n = 0;
  let male = 0;
  let kinh = 0;
  let deceased = 0;
  let under15 = 0;
  let from65 = 0;
  let temporary = 0;
  let legacy = 0;
  let level2 = 0;
  for (const c of citizens) {
    n++;
    households.add(c.householdId);
    surnames.set(c.surname, (surnames.get(c.surname) ?? 0) + 1);
    if (c.sex === 'male') male++;
    if (c.ethnicityCode === '01') kinh++;
    if (c.dateOfDeath !== null) deceased++;
    if (c.temporaryAddress !== null) temporary++;
    if (c.legacyId !== null) legacy++;
    if (c.vneidLevel === 2) level2++;
    const age = (asOfDay - parseDay(c.dateOfBirth)!) / 365.2425;
    if (age < 15) under15++;
    else if (age >= 65) from65++;
  }
  return {
    citizens: n,
    households: households.size,
    male,
    kinh,
    deceased,
    surnames: [...surnames].sort((a, b) => b[1] - a[1]),
    ageBands: { under15, from15to64: n - under15 - from65, from65 },
    withTemporaryResidence: temporary,
    withLegacyId: legacy,
    vneidLevel2: level2,
  };
}
