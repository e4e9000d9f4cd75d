import type { Citizen } from '../contract/citizen.js';
import { ErrorCode, HarnessError } from '../errors.js';
import { corruptions, Corruption, type DatasetRecord } from './corruptions.js';
import { generatePopulation, type PopulationOptions } from './population.js';
import { createRng, type Rng } from './prng.js';
import { createSampler, type Sampler } from './weighted-sampler.js';

export const profiles = ['clean', 'realistic', 'adversarial'] as const;
export type Profile = (typeof profiles)[number];

/** The ground truth of one record: who it really is and what was done to it. */
export interface TruthRecord {
  /** 1-based position of the record in the dataset. */
  readonly record: number;
  /** The true personal ID of the citizen the record describes. */
  readonly personalId: string;
  readonly corruptions: readonly Corruption[];
  /** For a duplicate: the record it repeats. */
  readonly duplicateOf: number | null;
}

export interface DatasetEntry {
  readonly record: DatasetRecord;
  readonly truth: TruthRecord;
}

type Mix = Readonly<Partial<Record<Exclude<Corruption, 'duplicate' | 'deceased-listed'>, number>>>;

interface ProfileSpec {
  /** Share of records left exactly as the population holds them. */
  readonly clean: number;
  /** Among the other records, the share that repeat an earlier record. */
  readonly duplicate: number;
  readonly mix: Mix;
  /** Chance of each further corruption on a record already corrupted. */
  readonly more: number;
}

/**
 * The dirty-data profiles. `realistic` leaves 69.9% of records matching the population exactly: the 2022 national rate,
 * 572,994,824 of 819,323,398 requests (BC2060 I.2(5)); its mix of faults is a heuristic.
 */
export const profileSpecs: Readonly<Record<Exclude<Profile, 'clean'>, ProfileSpec>> = {
  realistic: {
    clean: 572_994_824 / 819_323_398,
    duplicate: 0.06,
    more: 0.2,
    mix: {
      'diacritics-lost': 18,
      'legacy-id': 15,
      'outdated-address': 14,
      'name-typo': 12,
      'missing-field': 10,
      'wrong-digit': 8,
      'day-month-swapped': 6,
      'decomposed-unicode': 6,
      'tcvn3-encoding': 4,
      'vni-encoding': 3,
      'date-format': 4,
    },
  },
  adversarial: {
    clean: 0.3,
    duplicate: 0.1,
    more: 0.5,
    mix: {
      'diacritics-lost': 10,
      'legacy-id': 10,
      'outdated-address': 8,
      'name-typo': 10,
      'missing-field': 8,
      'wrong-digit': 10,
      'day-month-swapped': 8,
      'decomposed-unicode': 10,
      'tcvn3-encoding': 10,
      'vni-encoding': 10,
      'date-format': 6,
    },
  },
};

export interface DatasetOptions extends PopulationOptions {
  readonly profile: Profile;
}

const STREAM_DIRTY = 2;
const RECENT = 64;

function copyRecord(c: Citizen | DatasetRecord): DatasetRecord {
  return { ...c };
}

/** Applies corruptions from the mix until `wanted` of them changed the record; returns their codes. */
function corrupt(record: DatasetRecord, citizen: Citizen, rng: Rng, mix: Sampler<string>, spec: ProfileSpec): Corruption[] {
  const applied: Corruption[] = [];
  if (citizen.dateOfDeath !== null && corruptions['deceased-listed'](record, rng, citizen)) applied.push(Corruption.DeceasedListed);
  // A deceased person still listed is often the only fault; otherwise one fault, sometimes two.
  const target = applied.length + (applied.length > 0 && rng.chance(0.5) ? 0 : 1 + (rng.chance(spec.more) ? 1 : 0));
  for (let tries = 0; applied.length < target && tries < 12; tries++) {
    const code = mix.sample(rng) as Exclude<Corruption, 'duplicate'>;
    if (applied.includes(code)) continue;
    if (corruptions[code](record, rng, citizen)) applied.push(code);
  }
  if (applied.length === 0 && corruptions['missing-field'](record, rng, citizen)) applied.push(Corruption.MissingField);
  return applied;
}

/**
 * Generates a sector dataset from the population of the same seed: each record is a citizen, exactly as the
 * population holds them or damaged the way real sector data is, with its ground truth. The records describe the
 * first citizens of the population in order, so a population of the same seed and at least `count` citizens
 * contains every one of them.
 */
export function* generateDataset(options: DatasetOptions): Generator<DatasetEntry, void, undefined> {
  const count = options.count ?? Number.POSITIVE_INFINITY;
  if (options.profile === 'clean') {
    let n = 0;
    for (const citizen of generatePopulation({ seed: options.seed, count: options.count, asOf: options.asOf })) {
      n++;
      yield { record: copyRecord(citizen), truth: { record: n, personalId: citizen.personalId, corruptions: [], duplicateOf: null } };
    }
    return;
  }
  const spec = profileSpecs[options.profile];
  if (!spec) throw new HarnessError(ErrorCode.BadValue, `Failed to generate a dataset: unknown profile ${JSON.stringify(options.profile)}`);
  const mixEntries = Object.entries(spec.mix);
  const mix = createSampler(
    mixEntries.map(([k]) => k),
    mixEntries.map(([, w]) => w),
  );
  const citizens = generatePopulation({ seed: options.seed, asOf: options.asOf });
  const rng = createRng(options.seed, STREAM_DIRTY);
  const recent: DatasetEntry[] = [];
  for (let n = 1; n <= count; n++) {
    let entry: DatasetEntry;
    const clean = rng.chance(spec.clean);
    if (!clean && recent.length > 0 && rng.chance(spec.duplicate)) {
      const original = recent[rng.int(recent.length)]!;
      const record = copyRecord(original.record);
      entry = {
        record,
        truth: { record: n, personalId: original.truth.personalId, corruptions: [Corruption.Duplicate], duplicateOf: original.truth.record },
      };
    } else {
      const next = citizens.next();
      if (next.done) return;
      const citizen = next.value;
      const record = copyRecord(citizen);
      const applied = clean ? [] : corrupt(record, citizen, rng, mix, spec);
      entry = { record, truth: { record: n, personalId: citizen.personalId, corruptions: applied, duplicateOf: null } };
    }
    if (recent.length < RECENT) recent.push(entry);
    else recent[rng.int(RECENT)] = entry;
    yield entry;
  }
}
