import type { Address } from '../../src/contract/citizen.js';
import { loadTable } from '../../src/generator/tables.js';
import { provinceIndex } from '../../src/identity/provinces.js';
import type { DiaChiInput } from './contract.js';

interface Ward {
  readonly name: string;
  readonly provinceCode: string;
}

let wards: ReadonlyMap<string, Ward> | undefined;

/** The 3,321 wards and communes in force since 1 July 2025, by 5-digit code (seeds/tables/communes.json). */
function wardIndex(): ReadonlyMap<string, Ward> {
  wards ??= new Map(Object.entries(loadTable('communes.json').wards).flatMap(([provinceCode, list]) => list.map(([code, name]) => [code, { name, provinceCode }] as const)));
  return wards;
}

/** Why an address is not one of the current units: the field at fault and a message. */
export interface AddressProblem {
  readonly field: string;
  readonly message: string;
}

/** An address as sent (ward and province codes in the units in force since 1 July 2025) checked against the tables and named. */
export function currentAddress(input: DiaChiInput, field: string): Address | AddressProblem {
  const province = provinceIndex().currentByCode.get(input.MaTinhThanh);
  if (!province) return { field: `${field}.MaTinhThanh`, message: `${input.MaTinhThanh} is not one of the 34 province codes in force since 1 July 2025 (e.g. 01 Hà Nội, 79 Hồ Chí Minh City)` };
  const ward = wardIndex().get(input.MaPhuongXa);
  if (!ward) return { field: `${field}.MaPhuongXa`, message: `no ward or commune has the code ${input.MaPhuongXa} in the units in force since 1 July 2025` };
  if (ward.provinceCode !== province.code) {
    const actual = provinceIndex().currentByCode.get(ward.provinceCode)!;
    return { field: `${field}.MaPhuongXa`, message: `${ward.name} (${input.MaPhuongXa}) is in ${actual.name} (${actual.code}), not in ${province.name} (${province.code})` };
  }
  return { detail: input.ChiTiet, wardCode: input.MaPhuongXa, ward: ward.name, provinceCode: province.code, province: province.name };
}
