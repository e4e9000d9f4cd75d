import { z } from 'zod';
import { relationships } from '../../src/contract/citizen.js';
import { isoDateSchema, personalIdSchema } from '../../src/contract/primitives.js';
import { parseDay } from '../../src/generator/civil-date.js';
import { removalReasons, walletDocumentSchema } from '../../src/mock/world.js';

/**
 * The residence database's wire shapes. Field names that the population database's real `CongDan` record uses
 * (`SoDinhDanh`, `ThuongTru`, `NoiOHienTai`, `ChuHo { SoDinhDanh, HoVaTen, QuanHe }`, `SoHoGiaDinh`, and the address
 * fields `ChiTiet`, `MaPhuongXa`, `TenPhuongXa`, `MaTinhThanh`, `TenTinhThanh`) keep those names; the rest is vn06's own.
 */

/** A field name that asks for the paper household or temporary-residence book (sổ hộ khẩu, sổ tạm trú), however it is spelled. */
export function isHouseholdBookField(name: string): boolean {
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase().replace(/[^a-z]/g, '');
  return ['hokhau', 'sotamtru', 'householdbook', 'residencebook'].some((word) => plain.includes(word));
}

const HOUSEHOLD_BOOK_ABOLISHED =
  'the paper household book (sổ hộ khẩu) and temporary-residence book (sổ tạm trú) are abolished: since 1 January 2023 residence is proven from the residence database by personal ID (Law on Residence 2020 Art. 38(3); Directive 05/CT-TTg A11); remove the field';

/** A body object that refuses unknown fields, and fields asking for the household book with their own message (R-LOOK-2). */
function strictBody<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      const book = issue.keys.filter(isHouseholdBookField);
      return book.length > 0 ? `${book.join(', ')}: ${HOUSEHOLD_BOOK_ABOLISHED}` : undefined;
    },
  });
}

const calendarDate = isoDateSchema.refine((text) => parseDay(text) !== undefined, 'not a calendar date');

/** An address as a client sends it: the house and street or hamlet, with ward and province codes in the units in force since 1 July 2025. */
export const diaChiInput = strictBody({
  ChiTiet: z.string().trim().min(1).max(200).transform((text) => text.normalize('NFC')),
  MaPhuongXa: z.string().regex(/^\d{5}$/, 'a ward or commune code has 5 digits'),
  MaTinhThanh: z.string().regex(/^\d{2}$/, 'a province code has 2 digits'),
});
export type DiaChiInput = z.infer<typeof diaChiInput>;

export const diaChiSchema = z.object({ ChiTiet: z.string(), MaPhuongXa: z.string(), TenPhuongXa: z.string(), MaTinhThanh: z.string(), TenTinhThanh: z.string() });

export const personalIdParam = z.object({ SoDinhDanh: personalIdSchema });

export const permanentRegistrationBody = strictBody({
  SoDinhDanh: personalIdSchema,
  /** Needed to form a new household; when joining one, the head's address (and must agree with it when given). */
  address: diaChiInput.optional(),
  /** The head of the household to join and the applicant's relationship to them; leave it out to form a new household. */
  ChuHo: strictBody({ SoDinhDanh: personalIdSchema, QuanHe: z.enum(relationships).exclude(['Chủ hộ']) }).optional(),
});

export const temporaryRegistrationBody = strictBody({ SoDinhDanh: personalIdSchema, address: diaChiInput, from: calendarDate, until: calendarDate });

export const removalBody = strictBody({ SoDinhDanh: personalIdSchema, reason: z.enum(removalReasons) });

export const confirmationBody = strictBody({ SoDinhDanh: personalIdSchema, mucDich: z.string().trim().min(1).max(200).optional() });

const memberSchema = z.object({ SoDinhDanh: z.string(), HoVaTen: z.string(), QuanHe: z.string() });

/** What the residence database holds about one person: the facts a procedure system looks up instead of asking for papers (R-LOOK-1). */
export const residentSchema = z.object({
  SoDinhDanh: z.string(),
  HoVaTen: z.string(),
  status: z.enum(['registered', 'not-registered', 'removed']),
  /** The permanent residence; null unless registered. */
  ThuongTru: diaChiSchema.nullable(),
  SoHoGiaDinh: z.string().nullable(),
  /** The head of the household, with this person's relationship to them (`Chủ hộ` for the head). */
  ChuHo: memberSchema.nullable(),
  /** Everyone registered in the household, head first. */
  members: z.array(memberSchema),
  temporaryResidence: z.object({ address: diaChiSchema, from: z.string().nullable(), until: z.string().nullable(), current: z.boolean() }).nullable(),
  /** Where the person lives now: the temporary residence in force, else the permanent one. */
  NoiOHienTai: diaChiSchema.nullable(),
  /** When and why the permanent residence was removed (`at` null for the seeded population's dead, removed before the harness began). */
  removal: z.object({ at: z.string().nullable(), reason: z.string() }).nullable(),
  /** Date of death (ISO) when the death is registered, else null. */
  dateOfDeath: z.string().nullable(),
});
export type Resident = z.infer<typeof residentSchema>;

export const confirmationReply = z.object({ document: walletDocumentSchema });
