/**
 * Addresses written in the units abolished on 1 July 2025 (63 provinces, districts, old communes), brought to the units
 * in force since (34 provinces, wards and communes without districts), from the same commune table the generator uses.
 * Only an unambiguous old commune is converted: one whose province, name and (where given) code name one successor.
 */
import { loadTable } from '../generator/tables.js';
import { provinceIndex } from '../identity/provinces.js';
import type { SectorAddress } from './sector-records.js';

interface Successor {
  readonly provinceCode: string;
  readonly province: string;
  readonly wardCode: string;
  readonly ward: string;
}

interface UnitIndex {
  /** `provinceCode|wardName` of every current ward. */
  readonly current: ReadonlySet<string>;
  /** `oldProvinceCode|oldWardName` → the successors of the old communes of that name, with their old codes. */
  readonly old: ReadonlyMap<string, readonly { readonly oldCode: string; readonly successor: Successor }[]>;
}

let units: UnitIndex | undefined;

function unitIndex(): UnitIndex {
  if (units) return units;
  const communes = loadTable('communes.json');
  const provinces = provinceIndex();
  const current = new Set<string>();
  const wardName = new Map<string, { name: string; provinceCode: string }>();
  for (const [provinceCode, wards] of Object.entries(communes.wards)) {
    for (const [code, name] of wards) {
      current.add(`${provinceCode}|${name}`);
      wardName.set(code, { name, provinceCode });
    }
  }
  const old = new Map<string, { oldCode: string; successor: Successor }[]>();
  for (const [oldProvince, , ward, newWardCode, oldCode] of communes.oldUnits) {
    const next = wardName.get(newWardCode);
    const province = next && provinces.currentByCode.get(next.provinceCode);
    if (!next || !province) continue;
    const key = `${oldProvince}|${ward}`;
    old.set(key, [...(old.get(key) ?? []), { oldCode, successor: { provinceCode: province.code, province: province.name, wardCode: newWardCode, ward: next.name } }]);
  }
  units = { current, old };
  return units;
}

/** The address in the current units, or undefined when it is current already or its old commune is unknown or ambiguous. */
export function currentUnitsOf(address: SectorAddress): SectorAddress | undefined {
  const { MaTinhThanh: province, TenPhuongXa: ward, MaPhuongXa: code } = address;
  if (province === undefined || ward === undefined) return undefined;
  const index = unitIndex();
  if (index.current.has(`${province}|${ward}`)) return undefined;
  const candidates = (index.old.get(`${province}|${ward}`) ?? []).filter((c) => code === undefined || c.oldCode === '' || c.oldCode === code);
  const successors = new Set(candidates.map((c) => c.successor.wardCode));
  if (successors.size !== 1) return undefined;
  const s = candidates[0]!.successor;
  return { MaTinhThanh: s.provinceCode, TenTinhThanh: s.province, MaPhuongXa: s.wardCode, TenPhuongXa: s.ward, ...(address.ChiTiet === undefined ? {} : { ChiTiet: address.ChiTiet }) };
}
