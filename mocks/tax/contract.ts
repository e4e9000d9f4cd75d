import { z } from 'zod';
import { isoDateSchema, personalIdSchema } from '../../src/contract/primitives.js';
import { parseTaxCode } from '../../src/identity/tax-code.js';

/**
 * The tax authority's wire shapes. `MaSoThue`, `SoDinhDanh`, `HoVaTen` and `NgayThangNamSinh` are the names the
 * population record and the portal's login use (research notes §7.2); the rest (`status`, `legacyCodes`, `conflicts`,
 * the match verdicts) is vn06's own, marked so in README.md.
 */
export const personalIdParam = z.object({ SoDinhDanh: personalIdSchema });

/** A legacy 10-digit tax code with a valid mod-11 check digit. */
export const legacyCodeSchema = z
  .string()
  .regex(/^\d{10}$/, 'a legacy tax code has exactly 10 digits')
  .superRefine((code, ctx) => {
    const parsed = parseTaxCode(code);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.problems.map((p) => p.message).join('; ') });
  });

export const legacyCodeParam = z.object({ MST: legacyCodeSchema });

export const conflictSchema = z.discriminatedUnion('kind', [
  /** The personal ID is linked to several legacy codes. */
  z.object({ kind: z.literal('two-codes-one-id'), codes: z.array(z.string()) }),
  /** One of the personal ID's legacy codes is also linked to other personal IDs. */
  z.object({ kind: z.literal('one-code-two-ids'), code: z.string(), personalIds: z.array(z.string()) }),
]);
export type Conflict = z.infer<typeof conflictSchema>;

export const taxpayerSchema = z.object({
  /** The tax code: the personal ID itself since 1 July 2025 (Circular 86/2024/TT-BTC). */
  MaSoThue: z.string(),
  SoDinhDanh: z.string(),
  HoVaTen: z.string(),
  NgayThangNamSinh: isoDateSchema,
  status: z.enum(['active', 'deceased']),
  /** Date of death (yyyy-mm-dd), null while alive. */
  NgayMat: isoDateSchema.nullable(),
  /** The legacy 10-digit codes linked to this personal ID. */
  legacyCodes: z.array(z.string()),
  /** What keeps this taxpayer from being one clean link; empty when none. */
  conflicts: z.array(conflictSchema),
});

export const legacyLinkSchema = taxpayerSchema.extend({ MST: z.string() });

export const MAX_MATCH_RECORDS = 10_000;

export const taxRecordSchema = z
  .object({
    /** The caller's own reference for the record, echoed back. */
    ref: z.string().max(100).optional(),
    /** The tax code on the record: a legacy 10-digit code or a 12-digit personal ID. */
    MST: z.string().regex(/^(\d{10}|\d{12})$/, 'MST is a legacy 10-digit code or a 12-digit personal ID'),
    HoVaTen: z.string().min(1).max(200),
    /** yyyy-MM-dd, dd/MM/yyyy or a year alone. */
    NgayThangNamSinh: z.string().min(4).max(10).optional(),
    SoDinhDanh: personalIdSchema.optional(),
  })
  .strict();
export type TaxRecord = z.infer<typeof taxRecordSchema>;

export const matchBody = z.object({ records: z.array(taxRecordSchema).min(1).max(MAX_MATCH_RECORDS, `at most ${MAX_MATCH_RECORDS} records per request`) }).strict();

export const verdicts = ['matched', 'conflict', 'deceased', 'mismatch', 'not-found', 'invalid'] as const;
export type Verdict = (typeof verdicts)[number];

export const conflictReasons = ['one-code-two-ids', 'two-codes-one-id', 'code-id-mismatch'] as const;

export const matchResultSchema = z.object({
  /** The record's position in the request, from 1. */
  line: z.number().int(),
  ref: z.string().optional(),
  MST: z.string(),
  verdict: z.enum(verdicts),
  /** The one personal ID the record resolves to (matched, deceased, mismatch, and the two-codes-one-id conflict). */
  SoDinhDanh: z.string().optional(),
  /** Every personal ID involved in a conflict. */
  candidates: z.array(z.string()).optional(),
  /** The legacy codes of the personal ID, for a two-codes-one-id conflict. */
  legacyCodes: z.array(z.string()).optional(),
  conflict: z.enum(conflictReasons).optional(),
  /** The fields that differ from the NPD, for a mismatch. */
  mismatches: z.array(z.enum(['HoVaTen', 'NgayThangNamSinh'])).optional(),
  NgayMat: isoDateSchema.optional(),
  reason: z.string(),
});
export type MatchResult = z.infer<typeof matchResultSchema>;

export const matchReply = z.object({ counts: z.record(z.enum(verdicts), z.number().int()), results: z.array(matchResultSchema) });

export const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) });
