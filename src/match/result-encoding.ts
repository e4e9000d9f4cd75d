/** How `vn06 match` writes its results and its cleaned records, as NDJSON or CSV. */
import { stringify } from 'csv-stringify/sync';
import { sectorOwnFields, sectorProfiles, type MatchVerdict, type Sector } from './sectors.js';

export const outputFormats = ['ndjson', 'csv'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** One result per input record (R-MATCH-1). */
export interface RecordResult {
  /** 1-based number of the record in the input. */
  readonly record: number;
  readonly ref?: string;
  readonly verdict: MatchVerdict;
  readonly personalId?: string;
  /** For mismatched: the NPD's value of each field that differs. */
  readonly canonical?: Readonly<Record<string, string>>;
  /** For deceased: yyyy-MM-dd. */
  readonly NgayMat?: string;
  /** For duplicate: the number of the record it repeats. */
  readonly duplicateOf?: number;
  /** The tidying done before matching, as `field how`. */
  readonly normalised?: readonly string[];
  /** Why, in a sentence (the reason of an invalid record). */
  readonly reason: string;
}

const RESULT_COLUMNS = ['record', 'ref', 'verdict', 'personalId', 'canonical', 'NgayMat', 'duplicateOf', 'normalised', 'reason'] as const;

/** Encodes results, a chunk at a time. */
export function resultEncoder(format: OutputFormat): { header(): string; encode(rows: readonly RecordResult[]): string } {
  if (format === 'ndjson') return { header: () => '', encode: (rows) => rows.map((r) => `${JSON.stringify(r)}\n`).join('') };
  return {
    header: () => stringify([[...RESULT_COLUMNS]]),
    encode: (rows) =>
      rows.length === 0
        ? ''
        : stringify(
            rows.map((r) => [
              r.record,
              r.ref ?? '',
              r.verdict,
              r.personalId ?? '',
              r.canonical === undefined ? '' : Object.entries(r.canonical).map(([f, v]) => `${f}=${v}`).join(';'),
              r.NgayMat ?? '',
              r.duplicateOf ?? '',
              (r.normalised ?? []).join(';'),
              r.reason,
            ]),
          ),
  };
}

const ADDRESS = ['MaTinhThanh', 'TenTinhThanh', 'MaPhuongXa', 'TenPhuongXa', 'ChiTiet'] as const;

/** The columns of a sector's cleaned records in CSV: identity fields, the address (dotted) where kept, the sector's own. */
export function cleanColumns(sector: Sector): string[] {
  const address = sectorProfiles[sector].keeps.includes('ThuongTru') ? ADDRESS.map((a) => `ThuongTru.${a}`) : [];
  return ['ref', 'SoDinhDanh', 'SoCMND', 'HoVaTen', 'NgayThangNamSinh', 'GioiTinh', ...address, 'NgayMat', ...sectorOwnFields[sector]];
}

/** Encodes cleaned records, a chunk at a time. */
export function cleanEncoder(format: OutputFormat, sector: Sector): { header(): string; encode(rows: readonly Record<string, unknown>[]): string } {
  if (format === 'ndjson') return { header: () => '', encode: (rows) => rows.map((r) => `${JSON.stringify(r)}\n`).join('') };
  const columns = cleanColumns(sector);
  const cell = (row: Record<string, unknown>, column: string): string => {
    const dot = column.indexOf('.');
    const value = dot < 0 ? row[column] : (row[column.slice(0, dot)] as Record<string, unknown> | undefined)?.[column.slice(dot + 1)];
    return value === undefined || value === null ? '' : String(value);
  };
  return {
    header: () => stringify([columns]),
    encode: (rows) => (rows.length === 0 ? '' : stringify(rows.map((r) => columns.map((c) => cell(r, c))))),
  };
}
