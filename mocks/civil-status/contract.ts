import { z } from 'zod';
import { isoDateSchema, personalIdSchema } from '../../src/contract/primitives.js';
import { parseDay } from '../../src/generator/civil-date.js';
import { walletDocumentSchema } from '../../src/mock/world.js';

/**
 * The civil-status system's wire shapes: vn06's own (no public contract of the electronic civil-status system was
 * found), with the population database's names where a field is the same (`SoDinhDanh`, `HoVaTen { Ho, ChuDem, Ten }`,
 * `GioiTinh` "1" nam / "2" nữ, `NoiDangKyKhaiSinh.MaTinhThanh`).
 */

const text = (max: number) => z.string().trim().min(1).max(max).transform((value) => value.normalize('NFC'));
const namePart = (min: number) =>
  z.string().trim().min(min).max(60).regex(/^[\p{L}\p{M} ]*$/u, 'a name has letters and spaces only').transform((value) => value.normalize('NFC'));
const calendarDate = isoDateSchema.refine((value) => parseDay(value) !== undefined, 'not a calendar date');

/**
 * The medical certificate behind a registration (giấy chứng sinh, giấy báo tử): a reference into Health's electronic
 * system, or a paper or scanned copy attached, which flags the record (R-LT-5).
 */
export const medicalCertificateSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('electronic'), so: text(50), coSoYTe: text(200) }),
  z.strictObject({ kind: z.literal('paper'), tepDinhKem: text(200) }),
]);
export type MedicalCertificate = z.infer<typeof medicalCertificateSchema>;

/** What a record is flagged with for the rest of the chain: a paper medical certificate (R-LT-5), a deceased person with meritorious service (R-LT-5). */
export const recordFlags = ['paper-medical-certificate', 'meritorious-service'] as const;
export type RecordFlag = (typeof recordFlags)[number];

export const birthBody = z.strictObject({
  HoVaTen: z.strictObject({ Ho: namePart(1), ChuDem: namePart(0), Ten: namePart(1) }),
  GioiTinh: z.enum(['1', '2']),
  NgaySinh: calendarDate,
  NoiSinh: text(200),
  /** The old (pre-2025) 2-digit code of the province where the birth is registered: it gives the child's ID its first three digits. */
  NoiDangKyKhaiSinh: z.strictObject({ MaTinhThanh: z.string().regex(/^\d{2}$/, 'a province code has 2 digits') }),
  SoDinhDanhMe: personalIdSchema,
  /** Null or absent when the father is not established. */
  SoDinhDanhCha: personalIdSchema.nullable().optional(),
  /** The declarant; the e-birth certificate is addressed to them. */
  NguoiKhai: personalIdSchema,
  GiayChungSinh: medicalCertificateSchema,
});

export const deathBody = z.strictObject({
  SoDinhDanh: personalIdSchema,
  NgayMat: calendarDate,
  NoiMat: text(200),
  NguyenNhan: text(200).optional(),
  /** The declarant; the e-death extract is addressed to them. */
  NguoiKhai: personalIdSchema,
  GiayBaoTu: medicalCertificateSchema,
});

export const criminalRecordBody = z.strictObject({
  /** The person the certificate is about. */
  SoDinhDanh: personalIdSchema,
  /** The citizen who asks (signed in to the procedure system); must be the person the certificate is about. */
  NguoiYeuCau: personalIdSchema,
  /** Phiếu lý lịch tư pháp số 1 or số 2 (Law on Judicial Records 2009 Art. 42, 43). */
  loaiPhieu: z.enum(['1', '2']),
  mucDich: text(200),
});

export const recordParam = z.object({
  soDangKy: z.string().regex(/^(KS|KT)-\d{4}-\d{6}$/, 'a registration number looks like KS-2026-000001 (birth) or KT-2026-000001 (death)'),
});

export const birthReply = z.object({
  soDangKy: z.string(),
  SoDinhDanh: z.string(),
  HoVaTen: z.string(),
  ngayDangKy: z.string(),
  flags: z.array(z.enum(recordFlags)),
  document: walletDocumentSchema,
});

export const deathReply = z.object({
  soDangKy: z.string(),
  SoDinhDanh: z.string(),
  NgayMat: z.string(),
  /** A person with meritorious service (người có công): the funeral allowance follows a different regime (R-LT-5). */
  nguoiCoCong: z.boolean(),
  flags: z.array(z.enum(recordFlags)),
  document: walletDocumentSchema,
});

export const civilRecordSchema = z.object({
  soDangKy: z.string(),
  kind: z.enum(['birth', 'death']),
  SoDinhDanh: z.string(),
  NguoiKhai: z.string(),
  /** ISO instant of the registration, by the harness clock. */
  registeredAt: z.string(),
  /** The client that registered it. */
  client: z.string(),
  flags: z.array(z.enum(recordFlags)),
  document: walletDocumentSchema,
});
export type CivilRecord = z.infer<typeof civilRecordSchema>;

export const criminalRecordReply = z.object({ id: z.string(), holderId: z.string(), issuedOn: z.string() });
