/**
 * Sector records from the dirty-data generator (R-MATCH-6): a telecom subscriber, a vaccination, a bank customer, a
 * social-security beneficiary or a student, each with the verdict it deserves (its ground truth). Shared by
 * `vn06 generate --sector` and the matching scenarios.
 */
import type { Citizen } from '../contract/citizen.js';
import { ErrorCode, HarnessError } from '../errors.js';
import type { Corruption, DatasetRecord } from '../generator/corruptions.js';
import { generateDataset, type Profile } from '../generator/dataset.js';
import { generatePopulation } from '../generator/population.js';
import { hashKeys } from '../generator/prng.js';
import { sectorProfiles, type MatchVerdict, type Sector } from './sectors.js';

/** A permanent address in the NPD's `DiaChi` names. */
export interface SectorAddress {
  readonly MaTinhThanh?: string;
  readonly TenTinhThanh?: string;
  readonly MaPhuongXa?: string;
  readonly TenPhuongXa?: string;
  readonly ChiTiet?: string;
}

/** The identity part of a sector record, as the sector holds it. */
export interface SectorIdentity {
  readonly SoDinhDanh?: string;
  readonly SoCMND?: string;
  readonly HoVaTen?: string;
  readonly NgayThangNamSinh?: string;
  readonly GioiTinh?: string;
  readonly ThuongTru?: SectorAddress;
}

/** One generated sector record: its ref, identity fields and the sector's own fields. */
export type SectorRow = SectorIdentity & { readonly ref: string } & Readonly<Record<string, unknown>>;

/** The ground truth of one sector record. */
export interface SectorTruth {
  readonly ref: string;
  /** 1-based position in the dataset. */
  readonly record: number;
  readonly personalId: string;
  readonly verdict: MatchVerdict;
  readonly corruptions: readonly Corruption[];
  /** For a duplicate: the ref of the record it repeats. */
  readonly duplicateOf: string | null;
}

const SEX = { male: '1', female: '2' } as const;
const SEX_WORDS = { male: 'Nam', female: 'Nữ' } as const;
const VACCINES = ['AstraZeneca', 'Pfizer-BioNTech', 'Moderna', 'Vero Cell'] as const;
/** Faults that leave the name different from the NPD's (as opposed to a different encoding of the same name). */
const NAME_DEFECTS: readonly Corruption[] = ['diacritics-lost', 'name-typo'];

/** `n` digits drawn from a record number: stable, so a repeated record repeats its sector fields too. */
function digits(n: number, key: number, record: number): string {
  let out = '';
  for (let i = 0; out.length < n; i++) out += String(hashKeys(key, record, i) % 100_000).padStart(5, '0');
  return out.slice(0, n);
}

/** The sector's own fields of a record, drawn from its number. */
export function sectorFieldsOf(sector: Sector, record: number): Record<string, string | number> {
  switch (sector) {
    case 'telecom':
      return { SoThueBao: `09${digits(8, 1, record)}` };
    case 'vaccination':
      return { MuiTiem: 1 + (record % 3), NgayTiem: `2021-${String(7 + (record % 5)).padStart(2, '0')}-${String(1 + (record % 28)).padStart(2, '0')}`, LoaiVacxin: VACCINES[record % VACCINES.length]! };
    case 'bank':
      return { SoTaiKhoan: `1${digits(12, 2, record)}` };
    case 'social-security':
      return { MaSoBHXH: digits(10, 3, record) };
    case 'student':
      return { MaHocSinh: digits(10, 4, record), Truong: 'Trường THPT Nguyễn Du' };
  }
}

/** A sector record's identity fields from a dataset record, in the sector's habits: what it keeps, how it writes sex and old IDs. */
export function identityOf(sector: Sector, record: DatasetRecord): SectorIdentity {
  const keeps = sectorProfiles[sector].keeps;
  const id = record.personalId;
  // Carriers kept the old ID of older subscriptions in a field of its own.
  const idFields = id === null ? {} : id.length === 9 && sector === 'telecom' ? { SoCMND: id } : { SoDinhDanh: id };
  const address = record.permanentAddress;
  return {
    ...idFields,
    ...(record.fullName === null ? {} : { HoVaTen: record.fullName }),
    ...(record.dateOfBirth === null ? {} : { NgayThangNamSinh: record.dateOfBirth }),
    ...(keeps.includes('GioiTinh') && record.sex !== null ? { GioiTinh: sector === 'vaccination' ? SEX_WORDS[record.sex] : SEX[record.sex] } : {}),
    ...(keeps.includes('ThuongTru')
      ? { ThuongTru: { MaTinhThanh: address.provinceCode, TenTinhThanh: address.province, MaPhuongXa: address.wardCode, TenPhuongXa: address.ward, ChiTiet: address.detail } }
      : {}),
  };
}

/** The ref of a dataset record in a sector's batch. */
export const refOf = (sector: Sector, record: number): string => `${sector.slice(0, 3).toUpperCase()}-${String(record).padStart(6, '0')}`;

/** A generated date of birth (yyyy-MM-dd, or dd/MM/yyyy after the date-format fault) as yyyy-MM-dd. */
const isoDate = (date: string): string => date.replace(/^(\d{2})\/(\d{2})\/(\d{4})$/, '$3-$2-$1');

/**
 * The verdict a record deserves, from the record itself and what the NPD holds now: its ID against the person's
 * personal and old IDs, its date of birth against theirs, its name by what was done to it (an encoding of the right
 * name is still the right name; lost diacritics or a typo are not).
 */
export function expectedVerdict(record: DatasetRecord, corruptions: readonly Corruption[], citizen: Citizen | undefined): MatchVerdict {
  const id = record.personalId;
  if (id === null) return 'invalid';
  if (!citizen || (id !== citizen.personalId && id !== citizen.legacyId)) return 'not-found';
  if (citizen.dateOfDeath !== null) return 'deceased';
  const nameDiffers = corruptions.some((c) => NAME_DEFECTS.includes(c));
  const dateDiffers = record.dateOfBirth !== null && isoDate(record.dateOfBirth) !== citizen.dateOfBirth;
  if (nameDiffers || dateDiffers) return 'mismatched';
  return id === citizen.legacyId ? 'resolved-from-legacy-id' : 'matched';
}

export interface SectorDatasetOptions {
  readonly sector: Sector;
  readonly seed: number;
  readonly count: number;
  readonly profile: Profile;
  readonly asOf?: string;
}

/**
 * A sector's records from the dataset of the same seed, each with its ground truth; a repeat is a duplicate of the
 * record it repeats, which always comes earlier in the file. Streams: memory stays flat whatever the count.
 */
export function* generateSectorDataset(options: SectorDatasetOptions): Generator<{ record: SectorRow; truth: SectorTruth }, void, undefined> {
  const { sector } = options;
  // The dataset takes the population's citizens in order, one per record that is not a repeat; walking the same
  // population alongside gives each record's citizen without an index.
  const citizens = generatePopulation({ seed: options.seed, asOf: options.asOf });
  // A repeat may repeat a repeat: each leads to the first record of the chain (repeats only, a few percent of records).
  const roots = new Map<number, number>();
  for (const { record, truth } of generateDataset({ seed: options.seed, asOf: options.asOf, profile: options.profile, count: options.count })) {
    const ref = refOf(sector, truth.record);
    const root = truth.duplicateOf === null ? truth.record : (roots.get(truth.duplicateOf) ?? truth.duplicateOf);
    if (root !== truth.record) roots.set(truth.record, root);
    const own = sectorFieldsOf(sector, root);
    let verdict: MatchVerdict = 'duplicate';
    if (truth.duplicateOf === null) {
      const citizen = citizens.next().value;
      if (!citizen || citizen.personalId !== truth.personalId) throw new HarnessError(ErrorCode.Internal, `Failed to generate sector records: record ${truth.record} is out of step with the population`);
      verdict = expectedVerdict(record, truth.corruptions, citizen);
    }
    yield {
      record: { ref, ...identityOf(sector, record), ...own },
      truth: { ref, record: truth.record, personalId: truth.personalId, verdict, corruptions: truth.corruptions, duplicateOf: root === truth.record ? null : refOf(sector, root) },
    };
  }
}
