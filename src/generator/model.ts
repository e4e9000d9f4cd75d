import { provinceIndex, type NewProvince, type OldProvince } from '../identity/provinces.js';
import type { CohortId, RegionId, Weighted } from './table-schemas.js';
import { loadTable } from './tables.js';
import { createSampler, samplerOf, type Sampler } from './weighted-sampler.js';

export type SexId = 'male' | 'female';

/** A pre-2025 commune with its district and old province, and the current ward it now belongs to. */
export interface OldUnit {
  readonly oldProvince: OldProvince;
  readonly district: string;
  readonly ward: string;
  /** The old 5-digit commune code, or "" where the source lacks it. */
  readonly wardCode: string;
  readonly newWardCode: string;
  readonly newWard: string;
  readonly newProvince: NewProvince;
  readonly urban: boolean;
  /** The unit as written on older records: commune, district, province. */
  readonly label: string;
}

interface ByCohort<T> {
  readonly before1975: T;
  readonly from1975to1994: T;
  readonly from1995: T;
}

/** Everything the generator draws from, prepared once from the seed tables. */
export interface Model {
  readonly oldProvince: Sampler<OldProvince>;
  readonly oldProvinces: readonly OldProvince[];
  /** Old province code → the pre-2025 communes in it. */
  readonly unitsByOldProvince: ReadonlyMap<string, Sampler<OldUnit>>;
  readonly surnameByRegion: Readonly<Record<RegionId, Sampler<string>>>;
  readonly surnameByEthnicity: ReadonlyMap<string, Sampler<string>>;
  readonly wordCount: Readonly<Record<SexId, ByCohort<Sampler<string>>>>;
  readonly middle: Readonly<Record<SexId, ByCohort<Sampler<string>>>>;
  readonly secondMiddle: Readonly<Record<SexId, Sampler<string>>>;
  readonly given: Readonly<Record<SexId, ByCohort<Sampler<string>>>>;
  readonly ethnicityByProvince: ReadonlyMap<string, Sampler<string>>;
  readonly ethnicityDefault: Sampler<string>;
  readonly ethnicityName: ReadonlyMap<string, string>;
  readonly religionByProvince: ReadonlyMap<string, Sampler<string>>;
  readonly religionNational: Sampler<string>;
  readonly religionName: ReadonlyMap<string, string>;
  readonly carrierPrefix: Sampler<string>;
  /** Age in whole years, drawn from the age pyramid for one sex. */
  readonly age: Readonly<Record<SexId, Sampler<number>>>;
  readonly streets: readonly string[];
  readonly settlement: Readonly<Record<RegionId, Sampler<string>>>;
  readonly hamletNames: readonly string[];
  readonly crudeDeathRate: number;
}

export function cohortOf(birthYear: number): CohortId {
  if (birthYear < 1975) return 'before1975';
  return birthYear < 1995 ? 'from1975to1994' : 'from1995';
}

function byCohort(tables: Record<CohortId, readonly Weighted[]>): ByCohort<Sampler<string>> {
  return { before1975: samplerOf(tables.before1975), from1975to1994: samplerOf(tables.from1975to1994), from1995: samplerOf(tables.from1995) };
}

let model: Model | undefined;

/** The generator's model, built once per process from the seed tables. */
export function loadModel(): Model {
  if (model) return model;
  const provinces = provinceIndex();
  const communes = loadTable('communes.json');
  const surnames = loadTable('surnames.json');
  const names = loadTable('names.json');
  const ethnicities = loadTable('ethnicities.json');
  const religions = loadTable('religions.json');
  const carriers = loadTable('carriers.json');
  const pyramid = loadTable('age-pyramid.json');
  const address = loadTable('address-parts.json');

  const wardByCode = new Map<string, { name: string; province: NewProvince }>();
  for (const [provinceCode, wards] of Object.entries(communes.wards)) {
    const province = provinces.currentByCode.get(provinceCode)!;
    for (const [code, name] of wards) wardByCode.set(code, { name, province });
  }
  const units = new Map<string, OldUnit[]>();
  for (const [oldCode, district, ward, newWardCode, wardCode] of communes.oldUnits) {
    const newWard = wardByCode.get(newWardCode);
    const oldProvince = provinces.oldByCode.get(oldCode);
    if (!newWard || !oldProvince) continue;
    const unit: OldUnit = {
      oldProvince,
      district,
      ward,
      wardCode,
      newWardCode,
      newWard: newWard.name,
      newProvince: newWard.province,
      urban: newWard.name.startsWith('Phường'),
      label: `${ward}, ${district}, ${oldProvince.name}`,
    };
    units.set(oldCode, [...(units.get(oldCode) ?? []), unit]);
  }
  const unitsByOldProvince = new Map([...units].map(([code, list]) => [code, createSampler(list, list.map(() => 1))]));

  const regional = (region: RegionId): Sampler<string> =>
    createSampler(
      surnames.entries.map((e) => e.value),
      surnames.entries.map((e) => e.byRegion?.[region] ?? e.weight),
    );
  const ageSampler = (sex: SexId): Sampler<number> => {
    const ages: number[] = [];
    const weights: number[] = [];
    for (const band of pyramid.bands) {
      const span = band.to - band.from + 1;
      for (let a = band.from; a <= band.to; a++) {
        ages.push(a);
        // The open top band thins out with age instead of staying flat to 100.
        const thinning = band.to - band.from > 4 ? Math.exp(-(a - band.from) / 6) : 1;
        weights.push((band[sex] / span) * thinning);
      }
    }
    return createSampler(ages, weights);
  };
  const prefixes: string[] = [];
  const prefixWeights: number[] = [];
  for (const c of carriers.entries) {
    for (const p of c.prefixes) {
      prefixes.push(p);
      prefixWeights.push(c.share / c.prefixes.length);
    }
  }

  model = {
    oldProvince: createSampler(provinces.old, provinces.old.map((p) => p.population2019)),
    oldProvinces: provinces.old,
    unitsByOldProvince,
    surnameByRegion: { north: regional('north'), central: regional('central'), south: regional('south') },
    surnameByEthnicity: new Map(Object.entries(surnames.byEthnicity).map(([code, list]) => [code, samplerOf(list)])),
    wordCount: { male: byCohort(names.wordCounts.male), female: byCohort(names.wordCounts.female) },
    middle: { male: byCohort(names.middle.male), female: byCohort(names.middle.female) },
    secondMiddle: { male: samplerOf(names.secondMiddle.male), female: samplerOf(names.secondMiddle.female) },
    given: { male: byCohort(names.given.male), female: byCohort(names.given.female) },
    ethnicityByProvince: new Map(Object.entries(ethnicities.byProvince).map(([code, list]) => [code, samplerOf(list)])),
    ethnicityDefault: samplerOf(ethnicities.default),
    ethnicityName: new Map(ethnicities.entries.map((e) => [e.code, e.name])),
    religionByProvince: new Map(Object.entries(religions.byProvince).map(([code, list]) => [code, samplerOf(list)])),
    religionNational: samplerOf(religions.national),
    religionName: new Map(religions.entries.map((e) => [e.code, e.name])),
    carrierPrefix: createSampler(prefixes, prefixWeights),
    age: { male: ageSampler('male'), female: ageSampler('female') },
    streets: address.streets,
    settlement: {
      north: samplerOf(address.settlements.north),
      central: samplerOf(address.settlements.central),
      south: samplerOf(address.settlements.south),
    },
    hamletNames: address.hamletNames,
    crudeDeathRate: pyramid.crudeDeathRate,
  };
  return model;
}
