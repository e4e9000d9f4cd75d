import type { TruthRecord } from '../generator/dataset.js';
import type { DatasetRecord } from '../generator/corruptions.js';

const ADDRESS = ['detail', 'wardCode', 'ward', 'provinceCode', 'province'] as const;
const LEGACY_ADDRESS = ['detail', 'wardCode', 'ward', 'district', 'provinceCode', 'province'] as const;

/** Fields of a citizen or dataset record in output order; nested addresses become dotted columns in CSV. */
export const recordFields = [
  'personalId', 'legacyId', 'fullName', 'surname', 'middleName', 'givenName', 'sex', 'dateOfBirth',
  'birthRegistrationProvinceCode', 'birthRegistrationProvince', 'hometown', 'ethnicityCode', 'ethnicity',
  'religionCode', 'religion', 'nationality', 'maritalStatus', 'permanentAddress', 'permanentAddressBefore2025',
  'temporaryAddress', 'householdId', 'relationshipToHead', 'headOfHouseholdId', 'fatherId', 'motherId', 'spouseId',
  'socialInsuranceCode', 'healthInsuranceCard', 'taxCode', 'legacyTaxCode', 'phone', 'vneidLevel', 'dateOfDeath',
] as const satisfies readonly (keyof DatasetRecord)[];

const nested: Partial<Record<(typeof recordFields)[number], readonly string[]>> = {
  permanentAddress: ADDRESS,
  permanentAddressBefore2025: LEGACY_ADDRESS,
  temporaryAddress: ADDRESS,
};

/** The CSV header of a record file. */
export const recordColumns: readonly string[] = recordFields.flatMap((f) => nested[f]?.map((sub) => `${f}.${sub}`) ?? [f]);

/** Flattens a record into CSV cells in `recordColumns` order; null becomes an empty cell. */
export function recordToRow(record: DatasetRecord): string[] {
  const row: string[] = [];
  for (const field of recordFields) {
    const subs = nested[field];
    const value = record[field] as unknown;
    if (subs) {
      const object = value as Record<string, string> | null;
      for (const sub of subs) row.push(object === null ? '' : object[sub]!);
    } else row.push(value === null ? '' : String(value));
  }
  return row;
}

/** Rebuilds a record from CSV cells; empty cells of nullable fields become null. */
export function rowToRecord(row: Readonly<Record<string, string>>): DatasetRecord {
  const out: Record<string, unknown> = {};
  for (const field of recordFields) {
    const subs = nested[field];
    if (subs) {
      const object: Record<string, string> = {};
      for (const sub of subs) object[sub] = row[`${field}.${sub}`] ?? '';
      out[field] = field === 'temporaryAddress' && subs.every((s) => object[s] === '') ? null : object;
    } else {
      const cell = row[field] ?? '';
      if (field === 'vneidLevel') out[field] = Number(cell);
      else out[field] = cell === '' && field !== 'middleName' ? null : cell;
    }
  }
  return out as DatasetRecord;
}

export const truthColumns = ['record', 'personalId', 'corruptions', 'duplicateOf'] as const;

export function truthToRow(truth: TruthRecord): string[] {
  return [String(truth.record), truth.personalId, truth.corruptions.join('|'), truth.duplicateOf === null ? '' : String(truth.duplicateOf)];
}
