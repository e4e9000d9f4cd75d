import { loadTable } from '../generator/tables.js';
import type { Provinces34, Provinces63 } from '../generator/table-schemas.js';

export type OldProvince = Provinces63['entries'][number];
export type NewProvince = Provinces34['entries'][number];

export interface ProvinceIndex {
  readonly old: readonly OldProvince[];
  readonly current: readonly NewProvince[];
  /** Old 2-digit code → the province in force before 1 July 2025. */
  readonly oldByCode: ReadonlyMap<string, OldProvince>;
  /** New 2-digit code → the province in force since 1 July 2025. */
  readonly currentByCode: ReadonlyMap<string, NewProvince>;
  /** 9-digit ID prefix (2 or 3 digits) → the old provinces that issued it. */
  readonly oldByCmndPrefix: ReadonlyMap<string, readonly OldProvince[]>;
}

let index: ProvinceIndex | undefined;

/** The 63 old and 34 current provinces with lookups by code; built once from the seed tables. */
export function provinceIndex(): ProvinceIndex {
  if (index) return index;
  const old = loadTable('provinces-63.json').entries;
  const current = loadTable('provinces-34.json').entries;
  const oldByCmndPrefix = new Map<string, OldProvince[]>();
  for (const p of old) oldByCmndPrefix.set(p.cmndPrefix, [...(oldByCmndPrefix.get(p.cmndPrefix) ?? []), p]);
  index = {
    old,
    current,
    oldByCode: new Map(old.map((p) => [p.code, p])),
    currentByCode: new Map(current.map((p) => [p.code, p])),
    oldByCmndPrefix,
  };
  return index;
}
