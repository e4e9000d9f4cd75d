import { z } from 'zod';
import { isoDateSchema, personalIdSchema } from '../../src/contract/primitives.js';

/**
 * Social insurance's wire shapes. The card-lookup fields (`maSoBHXH`, `hoTen`, `ngaySinh` dd/MM/yyyy, `gioiTinh` 0 = nữ,
 * 1 = nam, `tuNgayDt`, `denNgayDt`, `maKCB`, `coSoKCB`, `trangThaiThe`) follow a real VSS lookup seen in code (research
 * notes §4.2); the health-check identity block follows the health XML of QĐ 130/4750 (`GIOI_TINH` 1/2/3, `MA_QUOCTICH`
 * 3 digits, §7.4). Everything else is vn06's own, marked so in README.md.
 */
export const personalIdParam = z.object({ SoDinhDanh: personalIdSchema });

export const childCardBody = z.object({ SoDinhDanh: personalIdSchema }).strict();

/** A card as social insurance holds it; dates yyyy-mm-dd. */
export const cardSchema = z.object({
  SoDinhDanh: z.string(),
  maThe: z.string(),
  maSoBHXH: z.string(),
  maDoiTuong: z.string(),
  mucHuong: z.number().int(),
  tuNgayDt: isoDateSchema,
  denNgayDt: isoDateSchema,
  maKCB: z.string(),
  coSoKCB: z.string(),
});

/** What a clinic sees: the card, who it belongs to, and whether it is usable today; dates dd/MM/yyyy as in the real lookup. */
export const clinicCardSchema = z.object({
  soDinhDanh: z.string(),
  maSoBHXH: z.string(),
  maThe: z.string(),
  maDoiTuong: z.string(),
  mucHuong: z.number().int(),
  hoTen: z.string(),
  ngaySinh: z.string(),
  /** The VSS lookup's coding: 0 nữ, 1 nam. */
  gioiTinh: z.union([z.literal(0), z.literal(1)]),
  tuNgayDt: z.string(),
  denNgayDt: z.string(),
  maKCB: z.string(),
  coSoKCB: z.string(),
  trangThaiThe: z.enum(['valid', 'expired', 'holder-deceased']),
});

export const biometricBody = z
  .object({
    SoDinhDanh: personalIdSchema,
    /** SHA-256 of the face template read at the counter, as 64 lower-case hex digits. */
    faceTemplateHash: z.string().regex(/^[0-9a-f]{64}$/, 'a face template hash is 64 lower-case hex digits (SHA-256)'),
  })
  .strict();

export const biometricReply = z.object({ SoDinhDanh: z.string(), result: z.enum(['match', 'no-match']), pilot: z.literal(true) });

export const accountSchema = z
  .object({ kind: z.enum(['bank', 'e-wallet', 'mobile-money']), provider: z.string().min(1).max(100), number: z.string().regex(/^\d{6,20}$/, 'an account number has 6 to 20 digits') })
  .strict();

export const funeralBody = z
  .object({
    /** The deceased. */
    SoDinhDanh: personalIdSchema,
    /** Who claims the allowance (a relative, or whoever arranged the funeral). */
    claimant: z.object({ SoDinhDanh: personalIdSchema }).strict(),
    /** Where to pay; null to use the account the claimant registered, if any. */
    account: accountSchema.nullable(),
  })
  .strict();

export const paymentSchema = z.discriminatedUnion('channel', [
  z.object({
    channel: z.literal('account'),
    source: z.enum(['request', 'registered']),
    account: accountSchema.extend({ holderId: z.string() }),
  }),
  z.object({ channel: z.literal('none'), reason: z.string() }),
]);

export const funeralReply = z.discriminatedUnion('regime', [
  z.object({
    claimId: z.string(),
    SoDinhDanh: z.string(),
    claimant: z.object({ SoDinhDanh: z.string() }),
    dateOfDeath: isoDateSchema,
    regime: z.literal('standard'),
    amount: z.number().int(),
    currency: z.literal('VND'),
    basis: z.object({ multiplier: z.number(), baseSalary: z.number(), inForceFrom: isoDateSchema, source: z.string() }),
    payment: paymentSchema,
    payBy: z.string(),
  }),
  z.object({
    claimId: z.string(),
    SoDinhDanh: z.string(),
    claimant: z.object({ SoDinhDanh: z.string() }),
    dateOfDeath: isoDateSchema,
    regime: z.literal('meritorious-service'),
    amount: z.null(),
    handledBy: z.string(),
    message: z.string(),
  }),
]);

/** The health XML's identity block of a driver's health-check result (QĐ 130/4750 field names). */
export const healthPersonSchema = z.object({
  SO_CCCD: z.string(),
  HO_TEN: z.string(),
  /** yyyymmdd. */
  NGAY_SINH: z.string(),
  /** 1 nam, 2 nữ, 3 chưa xác định. */
  GIOI_TINH: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** 3 digits; Việt Nam is 000. */
  MA_QUOCTICH: z.string(),
});

export const healthCheckReply = z.object({
  id: z.string(),
  SoDinhDanh: z.string(),
  nguoiKham: healthPersonSchema,
  facility: z.string(),
  checkedOn: isoDateSchema,
  fitToDrive: z.boolean(),
  licenceClasses: z.array(z.string()),
  validUntil: isoDateSchema,
  status: z.enum(['valid', 'expired']),
});

const bloodGroups = ['A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-'] as const;
const shortText = z.string().min(1).max(200);

/** A citizen's e-health book as a health facility writes it: basic fields (shown on VNeID) and clinical ones (never pushed). */
export const healthRecordBody = z
  .object({
    bloodGroup: z.enum(bloodGroups).nullable().default(null),
    allergies: z.array(shortText).max(50).default([]),
    chronicConditions: z.array(shortText).max(50).default([]),
    lastCheckUp: isoDateSchema.nullable().default(null),
    vaccinations: z.array(z.object({ vaccine: shortText, date: isoDateSchema }).strict()).max(100).default([]),
    diagnoses: z.array(shortText).max(100).default([]),
    prescriptions: z.array(shortText).max(100).default([]),
    labResults: z.array(shortText).max(100).default([]),
    clinicalNotes: z.string().max(4000).default(''),
  })
  .strict();
export type HealthRecord = z.infer<typeof healthRecordBody>;

export const healthRecordReply = z.object({
  SoDinhDanh: z.string(),
  version: z.number().int(),
  pushed: z.union([z.object({ documentId: z.string(), fields: z.record(z.string(), z.string()) }), z.null()]),
  /** Why nothing was pushed (the citizen has no VNeID account). */
  notPushedReason: z.string().optional(),
  withheld: z.array(z.string()),
});

export const coverageReply = z.object({
  records: z.number().int(),
  pushed: z.number().int(),
  /** pushed / records, 0 when there are no records; the directive's target is 0.7 (CT05 B6). */
  share: z.number(),
  pushedFields: z.array(z.string()),
});

export const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) });
