import type { Citizen } from '../contract/citizen.js';
import { formatDay } from '../generator/civil-date.js';
import { cutHousehold, DEFAULT_AS_OF, HouseholdGenerator } from '../generator/population.js';
import { personas } from './personas.js';

/** The population a simulated system answers from: lookups by personal ID or old 9-digit ID (the personas first), without holding citizens in memory. */
export interface PopulationIndex {
  readonly seed: number;
  readonly size: number;
  readonly asOf: string;
  byPersonalId(id: string): Citizen | undefined;
  byLegacyId(id: string): Citizen | undefined;
  /** The citizen at a position of the population (0-based). */
  at(index: number): Citizen;
  /** A citizen found by personal ID together with the members of their household. */
  withHousehold(id: string): { readonly citizen: Citizen; readonly members: readonly Citizen[] } | undefined;
}

export interface PopulationIndexOptions {
  readonly seed: number;
  readonly size: number;
  readonly asOf?: string;
  /** Called every 65,536 citizens while the index is built. */
  readonly onProgress?: (done: number) => void;
}

/** Grows a typed array by doubling. */
function grow<T extends Float64Array | Uint32Array>(array: T, needed: number, make: (n: number) => T): T {
  if (needed <= array.length) return array;
  const next = make(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/** Sorts the numeric keys and records, for each sorted slot, the citizen it belongs to (NaN keys are left out). */
function sortedIndex(keys: Float64Array): { keys: Float64Array; owners: Uint32Array } {
  let n = 0;
  for (let i = 0; i < keys.length; i++) if (!Number.isNaN(keys[i]!)) n++;
  const sorted = new Float64Array(n);
  for (let i = 0, j = 0; i < keys.length; i++) if (!Number.isNaN(keys[i]!)) sorted[j++] = keys[i]!;
  sorted.sort();
  const owners = new Uint32Array(n);
  for (let i = 0; i < keys.length; i++) if (!Number.isNaN(keys[i]!)) owners[search(sorted, keys[i]!)] = i;
  return { keys: sorted, owners };
}

/** The position of `key` in a sorted array, or -1. */
export function search(sorted: Float64Array, key: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (v === key) return mid;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Builds the index of a population of `size` citizens: a few typed arrays (about 40 bytes a citizen), from which any
 * citizen is rebuilt on demand by replaying their household. A lookup is a binary search (it grows with the logarithm of the size) plus one household replay.
 */
export function buildPopulationIndex(options: PopulationIndexOptions): PopulationIndex {
  const households = new HouseholdGenerator({ seed: options.seed, asOf: options.asOf });
  const size = options.size;
  const personal = new Float64Array(size);
  const legacy = new Float64Array(size).fill(Number.NaN);
  let starts = new Uint32Array(1024);
  let count = 0;
  let householdCount = 0;
  while (count < size) {
    const { citizens } = households.next();
    starts = grow(starts, householdCount + 2, (n) => new Uint32Array(n));
    starts[householdCount++] = count;
    for (const c of citizens) {
      if (count >= size) break;
      personal[count] = Number(c.personalId);
      if (c.legacyId !== null) legacy[count] = Number(c.legacyId);
      count++;
      if ((count & 0xffff) === 0) options.onProgress?.(count);
    }
  }
  starts[householdCount] = count;
  const byPersonal = sortedIndex(personal);
  const byLegacy = sortedIndex(legacy);

  const householdOf = (index: number): number => {
    let lo = 0;
    let hi = householdCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const idText = (value: number): string => String(value).padStart(12, '0');
  const membersOf = (index: number): { members: Citizen[]; first: number } => {
    const h = householdOf(index);
    const first = starts[h]!;
    const end = starts[h + 1]!;
    const ids: string[] = [];
    for (let i = first; i < end; i++) ids.push(idText(personal[i]!));
    // A household cut short at the end of the population replays with its stored members only.
    return { members: cutHousehold(households.replay(h, first, ids), end - first), first };
  };
  const at = (index: number): Citizen => {
    if (!(index >= 0 && index < size)) throw new RangeError(`no citizen at ${index}: the population has ${size}`);
    const { members, first } = membersOf(index);
    return members[index - first]!;
  };
  const positionOf = (id: string): number => (id.length === 12 && /^\d+$/.test(id) ? search(byPersonal.keys, Number(id)) : -1);
  const lookup = (index: { keys: Float64Array; owners: Uint32Array }, id: string, digits: number): Citizen | undefined => {
    if (id.length !== digits || !/^\d+$/.test(id)) return undefined;
    const pos = search(index.keys, Number(id));
    return pos < 0 ? undefined : at(index.owners[pos]!);
  };
  // The personas come first: the same IDs behave the same whatever the seed.
  const personaById = new Map(personas().map((p) => [p.personalId, p]));
  const personaByLegacy = new Map(personas().flatMap((p) => (p.legacyId ? [[p.legacyId, p] as const] : [])));
  return {
    seed: options.seed,
    size,
    asOf: options.asOf ?? formatDay(households.asOfDay),
    byPersonalId: (id) => (personaById.has(id) ? (personaById.get(id)!.citizen ?? undefined) : lookup(byPersonal, id, 12)),
    byLegacyId: (id) => (personaByLegacy.has(id) ? (personaByLegacy.get(id)!.citizen ?? undefined) : lookup(byLegacy, id, 9)),
    at,
    withHousehold(id) {
      const persona = personaById.get(id);
      if (persona) return persona.citizen ? { citizen: persona.citizen, members: [persona.citizen] } : undefined;
      const pos = positionOf(id);
      if (pos < 0) return undefined;
      const index = byPersonal.owners[pos]!;
      const { members, first } = membersOf(index);
      return { citizen: members[index - first]!, members };
    },
  };
}

export { DEFAULT_AS_OF };
