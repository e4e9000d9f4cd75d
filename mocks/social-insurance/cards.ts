import type { z } from 'zod';
import type { Citizen } from '../../src/contract/citizen.js';
import { parseDay } from '../../src/generator/civil-date.js';
import { hashKeys } from '../../src/generator/prng.js';
import { beneficiaryGroups, parseHealthInsuranceCard } from '../../src/identity/health-insurance.js';
import type { WalletDocument } from '../../src/mock/world.js';
import type { clinicCardSchema } from './contract.js';
import { anniversary, lastDayOf, toVnDate } from './dates.js';
import { ISSUER, type Card } from './state.js';

/** Children under 6 are beneficiary group TE, benefit level 1 (100%, no cap). */
const CHILD_GROUP = 'TE';
const CHILD_YEARS = 6;

/** A refusal to issue a child's card: the HTTP status and the message. */
export interface Refusal {
  readonly status: 409 | 422;
  readonly message: string;
}

/**
 * The province a card is issued in: the permanent residence's, else (a newborn not yet registered anywhere, with no
 * parent to follow) the province where the birth was registered.
 */
function cardProvince(citizen: Citizen): string {
  return citizen.permanentAddress.provinceCode !== '00' ? citizen.permanentAddress.provinceCode : citizen.birthRegistrationProvinceCode;
}

/**
 * The clinic of first registration (nơi đăng ký khám chữa bệnh ban đầu): the commune health station of the residence,
 * with a 5-digit facility code (province + 3 digits, stable per ward and seed).
 */
function registeredClinic(seed: number, citizen: Citizen): { maKCB: string; coSoKCB: string } {
  const address = citizen.permanentAddress;
  const serial = String(hashKeys(seed, 9300, Number(address.wardCode)) % 1000).padStart(3, '0');
  const coSoKCB = address.ward !== '' ? `Trạm Y tế ${address.ward}` : `Trung tâm Y tế ${address.province || citizen.birthRegistrationProvince}`;
  return { maKCB: `${cardProvince(citizen)}${serial}`, coSoKCB };
}

/** Whether a child's card may be issued today: alive, born, under 6, and without a card. */
export function childCardRefusal(citizen: Citizen, held: Card | undefined, today: string): Refusal | undefined {
  const id = citizen.personalId;
  if (citizen.dateOfDeath !== null) return { status: 422, message: `Failed to issue a card: ${id} is registered as deceased (${citizen.dateOfDeath})` };
  if (citizen.dateOfBirth > today) return { status: 422, message: `Failed to issue a card: ${id} is born on ${citizen.dateOfBirth}, after today (${today})` };
  if (anniversary(citizen.dateOfBirth, CHILD_YEARS) <= parseDay(today)!) {
    return { status: 422, message: `Failed to issue a card: ${id} (born ${citizen.dateOfBirth}) is 6 or older today (${today}); group TE is for children under 6` };
  }
  if (held) return { status: 409, message: `Failed to issue a card: ${id} already holds card ${held.maThe}, valid until ${held.denNgayDt}` };
  return undefined;
}

/** A child's card: TE1 + province + social insurance code, from the date of birth to the day before the 6th birthday. */
export function childCard(seed: number, citizen: Citizen, socialInsuranceCode: string): Card {
  return {
    SoDinhDanh: citizen.personalId,
    maThe: `${CHILD_GROUP}${beneficiaryGroups[CHILD_GROUP]}${cardProvince(citizen)}${socialInsuranceCode}`,
    maSoBHXH: socialInsuranceCode,
    maDoiTuong: CHILD_GROUP,
    mucHuong: beneficiaryGroups[CHILD_GROUP],
    tuNgayDt: citizen.dateOfBirth,
    denNgayDt: lastDayOf(citizen.dateOfBirth, CHILD_YEARS),
    ...registeredClinic(seed, citizen),
  };
}

/**
 * The card a citizen holds: one issued here, else the one on the NPD record. A TE card runs to the day before the 6th
 * birthday; other groups are valid for the calendar year (an assumption: real validity depends on the contribution paid).
 */
export function currentCard(seed: number, issued: ReadonlyMap<string, Card>, citizen: Citizen, today: string): Card | undefined {
  const own = issued.get(citizen.personalId);
  if (own) return own;
  if (citizen.healthInsuranceCard === null) return undefined;
  const parsed = parseHealthInsuranceCard(citizen.healthInsuranceCard);
  if (!parsed.ok) return undefined;
  const { group, benefitLevel, socialInsuranceCode } = parsed.value;
  const child = group === CHILD_GROUP;
  return {
    SoDinhDanh: citizen.personalId,
    maThe: citizen.healthInsuranceCard,
    maSoBHXH: socialInsuranceCode,
    maDoiTuong: group,
    mucHuong: benefitLevel,
    tuNgayDt: child ? citizen.dateOfBirth : `${today.slice(0, 4)}-01-01`,
    denNgayDt: child ? lastDayOf(citizen.dateOfBirth, CHILD_YEARS) : `${today.slice(0, 4)}-12-31`,
    ...registeredClinic(seed, citizen),
  };
}

/** The card as a clinic reads it: only what admission needs, sex in the VSS lookup's coding (0 nữ, 1 nam). */
export function clinicView(card: Card, citizen: Citizen, today: string): z.infer<typeof clinicCardSchema> {
  const trangThaiThe = citizen.dateOfDeath !== null ? 'holder-deceased' : card.denNgayDt < today || card.tuNgayDt > today ? 'expired' : 'valid';
  return {
    soDinhDanh: citizen.personalId,
    maSoBHXH: card.maSoBHXH,
    maThe: card.maThe,
    maDoiTuong: card.maDoiTuong,
    mucHuong: card.mucHuong,
    hoTen: citizen.fullName,
    ngaySinh: toVnDate(citizen.dateOfBirth),
    gioiTinh: citizen.sex === 'female' ? 0 : 1,
    tuNgayDt: toVnDate(card.tuNgayDt),
    denNgayDt: toVnDate(card.denNgayDt),
    maKCB: card.maKCB,
    coSoKCB: card.coSoKCB,
    trangThaiThe,
  };
}

/** The card as VNeID shows it in the holder's wallet; one document per card. */
export function cardDocument(card: Card, citizen: Citizen, today: string): WalletDocument {
  return {
    id: `health-insurance-card/${card.maThe}`,
    type: 'health-insurance-card',
    holderId: citizen.personalId,
    issuer: ISSUER,
    issuedOn: today,
    validUntil: card.denNgayDt,
    status: 'valid',
    fields: {
      maThe: card.maThe,
      maSoBHXH: card.maSoBHXH,
      hoTen: citizen.fullName,
      ngaySinh: toVnDate(citizen.dateOfBirth),
      noiDangKyKCB: `${card.maKCB} ${card.coSoKCB}`,
      giaTriTu: toVnDate(card.tuNgayDt),
      giaTriDen: toVnDate(card.denNgayDt),
    },
  };
}
