import type { Citizen } from '../../src/contract/citizen.js';
import { generatePopulation } from '../../src/generator/population.js';

const cache = new Map<string, Citizen[]>();

/** A population generated once per test file and shared by its tests (generation is deterministic, so sharing is safe). */
export function population(seed: number, count: number): Citizen[] {
  const key = `${seed}:${count}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = [...generatePopulation({ seed, count })];
    cache.set(key, hit);
  }
  return hit;
}

export const YEAR_DAYS = 365.2425;
