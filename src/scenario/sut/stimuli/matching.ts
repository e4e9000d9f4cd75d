import { z } from 'zod';
import { matchVerdicts, normalisations } from '../../../match/sectors.js';
import { defineStimulus } from '../stimulus.js';

export { identityFields, matchVerdicts, normalisations, sectorProfiles, sectors, type IdentityField, type MatchVerdict, type Sector } from '../../../match/sectors.js';

/** A permanent address, in the NPD's `DiaChi` names (without the district, which the units since 1 July 2025 do not have). */
export const diaChi = z
  .object({
    MaTinhThanh: z.string().optional().describe('province code'),
    TenTinhThanh: z.string().optional(),
    TenQuanHuyen: z.string().optional().describe('district: only in addresses written before 1 July 2025'),
    MaPhuongXa: z.string().optional().describe('ward or commune code'),
    TenPhuongXa: z.string().optional(),
    ChiTiet: z.string().optional().describe('house number, street, hamlet'),
  })
  .strict();

/** The identity part of a sector record, as the sector holds it: any field may be missing, mistyped or oddly encoded. */
const identity = {
  ref: z.string().min(1).describe('the sector’s own key of the record, echoed in the results'),
  SoDinhDanh: z.string().optional().describe('the 12-digit personal ID as the sector holds it; may be an old 9-digit ID, mistyped, or padded with spaces'),
  SoCMND: z.string().optional().describe('an old 9-digit ID kept in a field of its own'),
  HoVaTen: z.string().optional().describe('full name as held: may be decomposed (NFD), TCVN3 or VNI mojibake, upper case, without diacritics, oddly spaced'),
  NgayThangNamSinh: z.string().optional().describe('date of birth as held: yyyy-MM-dd, dd/MM/yyyy, d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy, yyyyMMdd, or a year'),
  GioiTinh: z.string().optional().describe('sex as held: "1" or "Nam" for male, "2" or "Nữ" for female'),
  ThuongTru: diaChi.optional().describe('permanent address, possibly in the units in force before 1 July 2025'),
  NgayMat: z.string().optional().describe('date of death (yyyy-MM-dd) when the sector has recorded one'),
};

/** The fields of each sector's own, carried through matching unchanged. */
export const sectorFields = {
  telecom: { SoThueBao: z.string().describe('subscriber number') },
  vaccination: {
    MuiTiem: z.number().int().min(1).describe('dose number'),
    NgayTiem: z.string().describe('date of the dose'),
    LoaiVacxin: z.string().describe('vaccine'),
  },
  bank: { SoTaiKhoan: z.string().describe('account number') },
  'social-security': { MaSoBHXH: z.string().describe('10-digit social-insurance code') },
  student: { MaHocSinh: z.string().describe('student code'), Truong: z.string().optional().describe('school') },
} as const;

const telecomRecord = z.object({ ...identity, ...sectorFields.telecom }).strict();
const vaccinationRecord = z.object({ ...identity, ...sectorFields.vaccination }).strict();
const bankRecord = z.object({ ...identity, ...sectorFields.bank }).strict();
const socialSecurityRecord = z.object({ ...identity, ...sectorFields['social-security'] }).strict();
const studentRecord = z.object({ ...identity, ...sectorFields.student }).strict();

/** One record of any sector, as given. */
export type SectorRecord = z.infer<typeof telecomRecord> | z.infer<typeof vaccinationRecord> | z.infer<typeof bankRecord> | z.infer<typeof socialSecurityRecord> | z.infer<typeof studentRecord>;

/** The sector fields of every sector, each optional: what a standardised record may carry besides the identity fields. */
const anySectorFields = {
  SoThueBao: sectorFields.telecom.SoThueBao.optional(),
  MuiTiem: sectorFields.vaccination.MuiTiem.optional(),
  NgayTiem: sectorFields.vaccination.NgayTiem.optional(),
  LoaiVacxin: sectorFields.vaccination.LoaiVacxin.optional(),
  SoTaiKhoan: sectorFields.bank.SoTaiKhoan.optional(),
  MaSoBHXH: sectorFields['social-security'].MaSoBHXH.optional(),
  MaHocSinh: sectorFields.student.MaHocSinh.optional(),
  Truong: sectorFields.student.Truong,
};

/** A standardised record: the identity fields in the NPD's form, the sector's own fields as given. */
export const standardisedRecord = z
  .object({
    ref: z.string(),
    SoDinhDanh: z.string().optional().describe('the 12-digit personal ID (an old ID resolved); for a record that matched no one, the ID as given, tidied'),
    SoCMND: z.string().optional().describe('kept only on a record that matched no one'),
    HoVaTen: z.string().optional().describe('the NPD’s full name, NFC'),
    NgayThangNamSinh: z.string().optional().describe('yyyy-MM-dd'),
    GioiTinh: z.enum(['1', '2']).optional(),
    ThuongTru: diaChi.optional().describe('the current permanent address, in the units since 1 July 2025'),
    NgayMat: z.string().optional().describe('yyyy-MM-dd, for the deceased'),
    ...anySectorFields,
  })
  .strict();
export type StandardisedRecord = z.infer<typeof standardisedRecord>;


const matchResult = z
  .object({
    ref: z.string(),
    verdict: z.enum(matchVerdicts).describe(
      'matched: the ID is the person’s and every field given agrees with the NPD once tidied; mismatched: the ID is the person’s but some fields differ (see canonical); ' +
        'resolved-from-legacy-id: an old 9-digit ID the NPD resolved, fields agree; not-found: no citizen holds the ID, or it belongs to someone else entirely; ' +
        'deceased: the person has died; duplicate: the same person (and, where the sector has one, the same key: subscriber number, dose, account) as the earlier record duplicateOf; ' +
        'invalid: no usable ID, or an ID the NPD will not serve',
    ),
    personalId: z.string().optional().describe('the 12-digit personal ID the record was matched to'),
    canonical: z.record(z.string(), z.string()).optional().describe('for mismatched: the NPD’s value of each field that differs (HoVaTen, NgayThangNamSinh as yyyy-MM-dd, GioiTinh as "1"/"2")'),
    NgayMat: z.string().optional().describe('for deceased: the date of death, yyyy-MM-dd'),
    duplicateOf: z.string().optional().describe('for duplicate: the ref of the first record of the same person'),
    normalised: z.array(z.object({ field: z.string(), how: z.enum(normalisations) }).strict()).describe('the fields tidied before matching, and how'),
    explanation: z.string().min(1).describe('why, in a sentence an operator can act on'),
  })
  .strict();
export type MatchResult = z.infer<typeof matchResult>;

export const matchRecords = defineStimulus({
  name: 'matchRecords',
  summary:
    'A sector database (carrier, vaccination registry, bank, social insurance, schools) is matched against the NPD: every record gets a verdict with the canonical values, and the standardised records come back',
  requirements: ['R-MATCH-1', 'R-MATCH-2', 'R-MATCH-3', 'R-MATCH-4', 'R-MATCH-5', 'R-MATCH-6'],
  input: z.discriminatedUnion('sector', [
    z.object({ sector: z.literal('telecom'), records: z.array(telecomRecord) }).strict(),
    z.object({ sector: z.literal('vaccination'), records: z.array(vaccinationRecord) }).strict(),
    z.object({ sector: z.literal('bank'), records: z.array(bankRecord) }).strict(),
    z.object({ sector: z.literal('social-security'), records: z.array(socialSecurityRecord) }).strict(),
    z.object({ sector: z.literal('student'), records: z.array(studentRecord) }).strict(),
  ]),
  output: z
    .object({
      results: z.array(matchResult).describe('one per record given, in the same order'),
      standardised: z
        .array(standardisedRecord)
        .describe(
          'the cleaned records, duplicates left out, in input order: personal ID (old IDs resolved), the NPD’s name, date of birth (yyyy-MM-dd) and sex ("1"/"2") for the fields the sector keeps, ' +
            'the current permanent address (units since 1 July 2025), NgayMat for the deceased, the sector’s own fields unchanged; a record that matched no one is kept as given, tidied',
        ),
    })
    .strict(),
});

export const taxpayerVerdicts = ['matched', 'conflict', 'mismatched', 'deceased', 'not-found', 'invalid'] as const;
export const taxConflicts = ['one-code-two-ids', 'two-codes-one-id', 'code-id-mismatch'] as const;

export const syncTaxpayers = defineStimulus({
  name: 'syncTaxpayers',
  summary: 'The tax authority’s taxpayer records, some under old 10-digit tax codes, are synchronised with the NPD: each taxpayer to one personal ID, conflicts reported, never merged',
  requirements: ['R-MATCH-7'],
  input: z
    .object({
      records: z.array(
        z
          .object({
            MST: z.string().describe('the tax code as held: an old 10-digit code, or the 12-digit personal ID that serves as tax code'),
            HoVaTen: z.string(),
            NgayThangNamSinh: z.string().optional().describe('as held, in any common form'),
            SoDinhDanh: z.string().optional().describe('the personal ID when the tax record already holds one'),
          })
          .strict(),
      ),
    })
    .strict(),
  output: z
    .object({
      results: z.array(
        z
          .object({
            MST: z.string(),
            verdict: z.enum(taxpayerVerdicts).describe('matched: one personal ID, agreeing with the record; conflict: see conflict; mismatched: one personal ID, but the name or date of birth differ; deceased: the taxpayer has died'),
            personalId: z.string().optional().describe('the one personal ID the taxpayer is synchronised to; absent when a conflict leaves more than one'),
            conflict: z
              .object({
                kind: z.enum(taxConflicts).describe('one-code-two-ids: the code is linked to several personal IDs; two-codes-one-id: the personal ID holds several codes (in the register or in this batch); code-id-mismatch: the record’s own personal ID is not the one its code links to'),
                personalIds: z.array(z.string()).describe('every personal ID involved'),
                codes: z.array(z.string()).describe('every tax code involved'),
              })
              .strict()
              .optional(),
            NgayMat: z.string().optional().describe('for deceased: yyyy-MM-dd'),
            explanation: z.string().min(1),
          })
          .strict(),
      ).describe('one per record given, in the same order'),
    })
    .strict(),
});

export const matchingStimuli = { matchRecords, syncTaxpayers } as const;
