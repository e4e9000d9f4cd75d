import { z } from 'zod';
import { isoDateSchema, legacyIdSchema, personalIdSchema, sexSchema } from './primitives.js';

/** An address in the units in force since 1 July 2025: ward/commune and province, no district. */
export const addressSchema = z.object({
  detail: z.string(),
  wardCode: z.string().regex(/^\d{5}$/),
  ward: z.string(),
  provinceCode: z.string().regex(/^\d{2}$/),
  province: z.string(),
});
export type Address = z.infer<typeof addressSchema>;

/** An address in the units in force before 1 July 2025: commune, district and one of the 63 old provinces. */
export const legacyAddressSchema = z.object({
  detail: z.string(),
  /** The old 5-digit commune code; empty when the source data does not give it. */
  wardCode: z.string().regex(/^(\d{5})?$/),
  ward: z.string(),
  district: z.string(),
  provinceCode: z.string().regex(/^\d{2}$/),
  province: z.string(),
});
export type LegacyAddress = z.infer<typeof legacyAddressSchema>;

export const relationships = ['Chủ hộ', 'Vợ', 'Chồng', 'Con', 'Con dâu', 'Con rể', 'Cháu', 'Cha', 'Mẹ', 'Anh', 'Chị', 'Em'] as const;

export const maritalStatuses = ['single', 'married', 'widowed', 'divorced'] as const;

/** One synthetic citizen as vn06 writes it; names and places in Unicode NFC. */
export const citizenSchema = z.object({
  personalId: personalIdSchema,
  legacyId: legacyIdSchema.nullable(),
  fullName: z.string(),
  surname: z.string(),
  middleName: z.string(),
  givenName: z.string(),
  sex: sexSchema,
  dateOfBirth: isoDateSchema,
  /** Old (pre-2025) 2-digit code of the province of birth registration, the one in the ID's first three digits. */
  birthRegistrationProvinceCode: z.string().regex(/^\d{2}$/),
  birthRegistrationProvince: z.string(),
  /** Quê quán, written in the old units (commune, district, province) as on older records. */
  hometown: z.string(),
  ethnicityCode: z.string().regex(/^\d{2}$/),
  ethnicity: z.string(),
  religionCode: z.string().regex(/^\d{2}$/),
  religion: z.string(),
  nationality: z.string().length(2),
  maritalStatus: z.enum(maritalStatuses),
  permanentAddress: addressSchema,
  /** The same permanent address as written before 1 July 2025: commune, district, old province. */
  permanentAddressBefore2025: legacyAddressSchema,
  temporaryAddress: addressSchema.nullable(),
  householdId: z.string().regex(/^\d{10}$/),
  relationshipToHead: z.enum(relationships),
  headOfHouseholdId: personalIdSchema,
  fatherId: personalIdSchema.nullable(),
  motherId: personalIdSchema.nullable(),
  spouseId: personalIdSchema.nullable(),
  socialInsuranceCode: z.string().regex(/^\d{10}$/).nullable(),
  healthInsuranceCard: z.string().regex(/^[A-Z]{2}[1-5]\d{12}$/).nullable(),
  taxCode: personalIdSchema.nullable(),
  legacyTaxCode: z.string().regex(/^\d{10}$/).nullable(),
  phone: z.string().regex(/^0\d{9}$/).nullable(),
  vneidLevel: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  dateOfDeath: isoDateSchema.nullable(),
});
export type Citizen = z.infer<typeof citizenSchema>;
