import type { OldProvince } from '../identity/provinces.js';
import type { Model, OldUnit } from './model.js';
import type { Rng } from './prng.js';

/** Old codes of the provinces that draw most internal migrants, with their shares of temporary residents (heuristic). */
const MIGRATION_TARGETS: readonly (readonly [string, number])[] = [
  ['79', 0.36],
  ['01', 0.22],
  ['74', 0.16],
  ['75', 0.1],
  ['48', 0.06],
  ['27', 0.05],
  ['31', 0.05],
];

/** The house number and street (in wards) or hamlet (in communes) of an address, in the style of its region. */
export function drawAddressDetail(model: Model, rng: Rng, unit: OldUnit): string {
  const region = unit.oldProvince.region;
  if (!unit.urban) {
    const word = model.settlement[region].sample(rng);
    const hamlet = rng.chance(0.35) ? String(1 + rng.int(15)) : model.hamletNames[rng.int(model.hamletNames.length)]!;
    return `${word} ${hamlet}`;
  }
  const street = model.streets[rng.int(model.streets.length)]!;
  const number = 1 + rng.int(rng.chance(0.7) ? 200 : 900);
  const lane = 1 + rng.int(rng.chance(0.6) ? 60 : 400);
  const roadWord = unit.oldProvince.code === '01' ? 'phố' : 'đường';
  if (region === 'south') return rng.chance(0.45) ? `${lane}/${number} ${roadWord} ${street}` : `Số ${number} ${roadWord} ${street}`;
  if (region === 'central' && rng.chance(0.3)) return `Số ${number} kiệt ${lane} ${roadWord} ${street}`;
  return rng.chance(0.4) ? `Số ${number} ngõ ${lane} ${roadWord} ${street}` : `Số ${number} ${roadWord} ${street}`;
}

/** A place in a province written as on older records: commune, district, province (the old units). */
export function drawHometown(model: Model, rng: Rng, province: OldProvince): string {
  return model.unitsByOldProvince.get(province.code)!.sample(rng).label;
}

/** For about one household in sixteen outside the big cities, a temporary residence in one of them. */
export function drawTemporaryResidence(model: Model, rng: Rng, home: OldUnit): { unit: OldUnit; detail: string } | null {
  if (!rng.chance(0.065)) return null;
  let u = rng.float();
  let target = MIGRATION_TARGETS[0]![0];
  for (const [code, share] of MIGRATION_TARGETS) {
    u -= share;
    if (u < 0) {
      target = code;
      break;
    }
  }
  if (target === home.oldProvince.code) return null;
  const unit = model.unitsByOldProvince.get(target)!.sample(rng);
  return { unit, detail: drawAddressDetail(model, rng, unit) };
}
