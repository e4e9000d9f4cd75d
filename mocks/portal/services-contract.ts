import { z } from 'zod';
import { isoDateSchema, personalIdSchema } from '../../src/contract/primitives.js';
import { maHoSoSchema, maTTHCSchema } from './contract.js';
import { monitoringEvents } from './lifecycle.js';
import { vnTimestampSchema } from './vn-time.js';

/**
 * The shapes of the portal's other services: catalogue, e-forms, data warehouse, signatures, monitoring and
 * accommodation notices. No public specification of these exists; the shapes are vn06's own, with the real field
 * names (`MaTTHC`, `MaHoSo`, `SoDinhDanh`) where a field means the same.
 */
const code = (max: number) => z.string().min(1).max(max);

export const catalogueEntry = z
  .object({
    MaTTHC: maTTHCSchema,
    TenTTHC: code(1000),
    /** Offered as an online public service. */
    online: z.boolean(),
    /** Online end to end (submission, payment and result with no in-person step); implies `online`. */
    endToEnd: z.boolean(),
    /** The no-paper pilot (R-PORT-11): always, on these ISO weekdays (1 Monday … 7 Sunday), or on these dates. */
    noPaper: z
      .object({ always: z.boolean().optional(), weekdays: z.array(z.number().int().min(1).max(7)).max(7).optional(), dates: z.array(isoDateSchema).max(366).optional() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((p) => p.online || !p.endToEnd, { message: 'an end-to-end procedure must be online', path: ['endToEnd'] });
export type CatalogueEntry = z.infer<typeof catalogueEntry>;

export const catalogueBody = z
  .object({ procedures: z.array(catalogueEntry).min(1).max(5000) })
  .strict()
  .refine((c) => new Set(c.procedures.map((p) => p.MaTTHC)).size === c.procedures.length, { message: 'each MaTTHC may appear once', path: ['procedures'] });

export const catalogueView = z.object({ client: z.string(), publishedAt: z.string(), procedures: z.array(catalogueEntry) });

export const ratiosView = z.object({
  procedures: z.number(),
  online: z.number(),
  endToEnd: z.number(),
  onlineShare: z.number(),
  endToEndShareOfOnline: z.number(),
  targets: z.object({ onlineShare: z.number(), endToEndShareOfOnline: z.number() }),
  meetsTargets: z.object({ online: z.boolean(), endToEnd: z.boolean() }),
});

export const fieldSources = ['citizen', 'npd', 'warehouse', 'dropped'] as const;
export type FieldSource = (typeof fieldSources)[number];

export const formFieldSchema = z.object({ key: z.string(), label: z.string() });
export const baselineFormView = z.object({ MaTTHC: z.string(), TenTTHC: z.string(), source: z.string(), codeVerified: z.boolean(), fields: z.array(formFieldSchema) });

export const formParam = z.object({ maTTHC: maTTHCSchema });
export const formBody = z
  .object({
    fields: z
      .array(z.object({ key: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/, 'a field key is a camelCase word'), label: z.string().max(300).optional(), source: z.enum(fieldSources) }).strict())
      .min(1)
      .max(500),
  })
  .strict()
  .refine((f) => new Set(f.fields.map((x) => x.key)).size === f.fields.length, { message: 'each field key may appear once', path: ['fields'] });
export type FormBody = z.infer<typeof formBody>;

export const reductionView = z.object({
  MaTTHC: z.string(),
  TenTTHC: z.string(),
  baselineFields: z.number(),
  typedNow: z.number(),
  cut: z.array(z.object({ key: z.string(), label: z.string(), source: z.enum(fieldSources) })),
  addedTypedFields: z.array(z.string()),
  reduction: z.number(),
  target: z.number(),
  meetsTarget: z.boolean(),
});

/** How `content` (and the signed bytes) are written: UTF-8 text as sent, or base64. */
const contentEncoding = z.enum(['text', 'base64']);
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64').max(2_000_000);
const pem = z.string().min(1).max(20_000);

export const warehouseDocumentBody = z
  .object({
    SoDinhDanh: personalIdSchema,
    /** e.g. `birth-certificate`, `death-extract`, `residence-confirmation`, `procedure-result`. */
    type: z.string().regex(/^[a-z0-9][a-z0-9.\-]{0,63}$/, 'a type is a lower-case word with dots or dashes'),
    title: code(500),
    MaHoSo: maHoSoSchema.optional(),
    MaTTHC: maTTHCSchema.optional(),
    /** The issuing agency; the signing certificate's organisation (O) must name it. */
    issuer: code(300),
    issuedOn: isoDateSchema,
    content: z.string().min(1).max(700_000),
    contentEncoding: contentEncoding.default('text'),
    /** ECDSA P-256 / SHA-256 signature of the content's bytes, DER or IEEE P1363 (r‖s), base64. */
    signature: base64.min(1),
    certificate: pem,
  })
  .strict();
export type WarehouseDocumentBody = z.infer<typeof warehouseDocumentBody>;

export const warehouseDocumentView = z.object({
  id: z.string(),
  SoDinhDanh: z.string(),
  type: z.string(),
  title: z.string(),
  MaHoSo: z.string().nullable(),
  MaTTHC: z.string().nullable(),
  issuer: z.string(),
  issuedOn: z.string(),
  content: z.string(),
  contentEncoding: contentEncoding,
  signature: z.string(),
  certificate: z.string(),
  signerName: z.string().nullable(),
  storedAt: z.string(),
  storedBy: z.string(),
});
export type WarehouseDocument = z.infer<typeof warehouseDocumentView>;

export const warehouseQuery = z
  .object({ SoDinhDanh: personalIdSchema.optional(), MaHoSo: maHoSoSchema.optional(), type: z.string().max(64).optional() })
  .strict()
  .refine((q) => q.SoDinhDanh !== undefined || q.MaHoSo !== undefined, { message: 'give SoDinhDanh or MaHoSo' });
export const documentParam = z.object({ id: z.string().regex(/^doc-\d{6}$/, 'a document ID looks like doc-000001') });

export const certificateBody = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('citizen'),
      SoDinhDanh: personalIdSchema,
      /** false: a certificate with the citizen's name but no personal ID, i.e. not tied to their e-ID (R-PORT-13). */
      tiedToEid: z.boolean().default(true),
      validDays: z.number().int().min(1).max(3650).default(365),
    })
    .strict(),
  z.object({ kind: z.literal('agency'), agency: code(200), validDays: z.number().int().min(1).max(3650).default(365) }).strict(),
]);
export type CertificateRequest = z.infer<typeof certificateBody>;

export const issuedCertificateView = z.object({
  certificate: z.string(),
  privateKey: z.string(),
  caCertificate: z.string(),
  serialNumber: z.string(),
  subject: z.record(z.string(), z.string()),
  notBefore: z.string(),
  notAfter: z.string(),
  tiedToEid: z.boolean(),
});
export type IssuedCertificate = z.infer<typeof issuedCertificateView>;

export const verifyBody = z
  .object({
    document: z.string().min(1).max(700_000),
    encoding: contentEncoding.default('text'),
    signature: base64.min(1),
    certificate: pem,
    /** The VNeID-authenticated applicant: when given, the signer must be this person (R-PORT-13). */
    SoDinhDanh: personalIdSchema.optional(),
  })
  .strict();

export const verdictView = z.object({
  valid: z.boolean(),
  signerId: z.string().nullable(),
  signerName: z.string().nullable(),
  signerKind: z.enum(['citizen', 'agency', 'unknown']),
  tiedToEid: z.boolean(),
  matchesApplicant: z.boolean().nullable(),
  reason: z.string().nullable(),
});
export type Verdict = z.infer<typeof verdictView>;

export const monitoringTargets = ['BTTTT-20', 'CT05-A16'] as const;
export type MonitoringTarget = (typeof monitoringTargets)[number];

export const monitoringEventBody = z
  .object({
    MaHoSo: maHoSoSchema,
    event: z.enum(monitoringEvents as [string, ...string[]]),
    /** When the event happened at the procedure system. */
    at: vnTimestampSchema,
    /** `BTTTT-20`: MIC's monitoring and measurement system; `CT05-A16`: the real-time steering data of Decision 766. */
    target: z.enum(monitoringTargets),
  })
  .strict();
export type MonitoringEventBody = z.infer<typeof monitoringEventBody>;

export const reconciliationQuery = z
  .object({ target: z.enum(monitoringTargets).optional(), maxDelaySeconds: z.coerce.number().int().min(0).max(30 * 86_400).optional() })
  .strict();

const eventRef = z.object({ MaHoSo: z.string(), event: z.string() });
export const reconciliationView = z.object({
  maxDelaySeconds: z.number(),
  targets: z.record(
    z.string(),
    z.object({
      seen: z.number(),
      reported: z.number(),
      matched: z.number(),
      byEvent: z.record(z.string(), z.object({ seen: z.number(), reported: z.number() })),
      missing: z.array(eventRef),
      extra: z.array(eventRef),
      late: z.array(eventRef.extend({ seenAt: z.string(), reportedAt: z.string(), delaySeconds: z.number() })),
      reconciled: z.boolean(),
    }),
  ),
});

const address = z
  .object({ ChiTiet: code(500), MaPhuongXa: z.string().max(10).optional(), TenPhuongXa: z.string().max(200).optional(), MaTinhThanh: z.string().max(5).optional(), TenTinhThanh: z.string().max(200).optional() })
  .strict();

export const passportSchema = z
  .object({
    number: z.string().regex(/^[A-Z0-9]{5,20}$/, 'a passport number has 5–20 capital letters or digits'),
    /** ISO 3166 alpha-2 (or alpha-3) code. */
    nationality: z.string().regex(/^[A-Z]{2,3}$/, 'an ISO 3166 country code'),
    fullName: code(200),
    dateOfBirth: isoDateSchema,
  })
  .strict();

export const accommodationBody = z
  .object({
    host: z.object({ name: code(300), SoDinhDanh: personalIdSchema.optional(), phone: z.string().max(30).optional(), establishment: z.string().max(300).optional() }).strict(),
    guest: z.union([z.object({ SoDinhDanh: personalIdSchema }).strict(), z.object({ passport: passportSchema }).strict()]),
    from: isoDateSchema,
    to: isoDateSchema,
    address,
  })
  .strict()
  .refine((n) => n.to >= n.from, { message: 'the stay must end on or after its first day', path: ['to'] });
export type AccommodationBody = z.infer<typeof accommodationBody>;

export const accommodationView = z.object({
  id: z.string(),
  host: z.object({ name: z.string(), SoDinhDanh: z.string().optional(), phone: z.string().optional(), establishment: z.string().optional() }),
  guest: z.object({ SoDinhDanh: z.string().optional(), passport: passportSchema.optional(), HoVaTen: z.string() }),
  from: z.string(),
  to: z.string(),
  address,
  receivedAt: z.string(),
  client: z.string(),
});
export type AccommodationNotice = z.infer<typeof accommodationView>;

export const accommodationParam = z.object({ id: z.string().regex(/^lt-\d{6}$/, 'a notice ID looks like lt-000001') });
export const accommodationQuery = z.object({ guest: z.string().regex(/^[A-Z0-9]{5,20}$/, 'a personal ID or passport number') }).strict();
