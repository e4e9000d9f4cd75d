import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Citizen } from '../../src/contract/citizen.js';
import { citizenExtras } from '../../src/population/extras.js';
import type { WalletDocument } from '../../src/mock/world.js';
import type { HealthRecord, healthCheckReply, healthPersonSchema } from './contract.js';
import { lastDayOf } from './dates.js';
import { ISSUER } from './state.js';

/** A driver's health-check certificate is assumed valid for 12 months from the check (the drivers' health-check rules; not re-read). */
export const HEALTH_CHECK_VALIDITY_YEARS = 1;

/** The health XML's 3-digit nationality codes by alpha-2 code; Việt Nam's 000 is one hospital system's default, not checked against the list. */
const HEALTH_NATIONALITY: Readonly<Record<string, string>> = { VN: '000' };

/** The citizen as the health XML writes a person: sex 1 nam / 2 nữ, nationality in 3 digits (empty when unmapped), birth date yyyymmdd. */
function healthPerson(citizen: Citizen): z.infer<typeof healthPersonSchema> {
  return {
    SO_CCCD: citizen.personalId,
    HO_TEN: citizen.fullName,
    NGAY_SINH: citizen.dateOfBirth.replaceAll('-', ''),
    GIOI_TINH: citizen.sex === 'male' ? 1 : 2,
    MA_QUOCTICH: HEALTH_NATIONALITY[citizen.nationality] ?? '',
  };
}

/**
 * The latest electronic health-check result for drivers (R-LOOK-10), with its validity; undefined when there is none
 * (a result dated after today is not there yet).
 */
export function healthCheckOf(seed: number, citizen: Citizen, today: string): z.infer<typeof healthCheckReply> | undefined {
  const check = citizenExtras(seed, citizen, today).healthCheck;
  if (check === null || check.checkedOn > today) return undefined;
  const validUntil = lastDayOf(check.checkedOn, HEALTH_CHECK_VALIDITY_YEARS);
  return {
    id: check.id,
    SoDinhDanh: citizen.personalId,
    nguoiKham: healthPerson(citizen),
    facility: check.facility,
    checkedOn: check.checkedOn,
    fitToDrive: check.fitToDrive,
    licenceClasses: [...check.licenceClasses],
    validUntil,
    status: validUntil < today ? 'expired' : 'valid',
  };
}

/**
 * The e-health book fields shown on VNeID (R-PORT-15). CT05 B12 says "basic fields" without listing them; this list is
 * vn06's assumption. Diagnoses, prescriptions, lab results and clinical notes stay with the health sector.
 */
export const BASIC_HEALTH_FIELDS = ['bloodGroup', 'allergies', 'chronicConditions', 'lastCheckUp', 'vaccinations'] as const;

/** The fields of a record that are never pushed. */
export const WITHHELD_HEALTH_FIELDS = (['diagnoses', 'prescriptions', 'labResults', 'clinicalNotes'] as const) satisfies readonly Exclude<keyof HealthRecord, (typeof BASIC_HEALTH_FIELDS)[number]>[];

/** The basic fields as wallet text: lists joined with "; ", an absent value as "". */
function basicFields(record: HealthRecord): Record<(typeof BASIC_HEALTH_FIELDS)[number], string> {
  return {
    bloodGroup: record.bloodGroup ?? '',
    allergies: record.allergies.join('; '),
    chronicConditions: record.chronicConditions.join('; '),
    lastCheckUp: record.lastCheckUp ?? '',
    vaccinations: record.vaccinations.map((v) => `${v.vaccine} (${v.date})`).join('; '),
  };
}

/** The e-health book as VNeID shows it: one document per citizen, replaced by every newer push. */
export function healthBookDocument(personalId: string, record: HealthRecord, today: string): WalletDocument {
  return {
    id: `e-health-book/${personalId}`,
    type: 'e-health-book',
    holderId: personalId,
    issuer: ISSUER,
    issuedOn: today,
    validUntil: null,
    status: 'valid',
    fields: basicFields(record),
  };
}

/**
 * The face template the biometric pilot holds for a personal ID: SHA-256 of `vn06-face:<seed>:<personal ID>` in hex.
 * A test or scenario that wants a match sends exactly this hash; any other hash is a no-match.
 */
export function enrolledFaceTemplate(seed: number, personalId: string): string {
  return createHash('sha256').update(`vn06-face:${seed}:${personalId}`).digest('hex');
}
