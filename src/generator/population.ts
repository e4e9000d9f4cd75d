import type { Address, Citizen } from '../contract/citizen.js';
import { ErrorCode, HarnessError } from '../errors.js';
import { daysFromCivil, formatDay, parseDay } from './civil-date.js';
import { createHouseholdContext, draftHousehold, type HouseholdDraft, type PersonDraft } from './household.js';
import { drawBeneficiaryGroup, IdentifierIssuer } from './identifiers.js';
import { loadModel, type Model, type OldUnit } from './model.js';
import { fullNameOf } from './names.js';
import { createRng, type Rng } from './prng.js';
import { beneficiaryGroups } from '../identity/health-insurance.js';
import { provinceIndex } from '../identity/provinces.js';

export interface PopulationOptions {
  /** Any non-negative safe integer; the same seed gives the same citizens on every machine. */
  readonly seed: number;
  /** How many citizens to generate; omit for an endless stream. */
  readonly count?: number;
  /** The reference date (yyyy-mm-dd): ages are counted to it and no one is born or dies after it. Default 2026-01-01. */
  readonly asOf?: string;
}

export const DEFAULT_AS_OF = '2026-01-01';
/** The national population database went into operation on 1 July 2021; deaths are recorded from then on. */
const DEATH_WINDOW_START = daysFromCivil(2021, 7, 1);
/** Births registered from 1 July 2025 use the current (34-province) code in the personal ID. */
const REFORM_DAY = daysFromCivil(2025, 7, 1);
const YEAR = 365.2425;

/** Random streams: one per household, so any household can be regenerated from (seed, index) alone. */
const STREAM_HOUSEHOLD = 1;

export function parseAsOf(asOf: string | undefined): number {
  const day = parseDay(asOf ?? DEFAULT_AS_OF);
  if (day === undefined || day <= daysFromCivil(2021, 7, 2) || day > daysFromCivil(2099, 1, 1)) {
    throw new HarnessError(ErrorCode.BadValue, `Failed to set the reference date: ${JSON.stringify(asOf)} is not a date yyyy-mm-dd between 2021-07-02 and 2099-01-01`);
  }
  return day;
}

function checkSeed(seed: number): void {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new HarnessError(ErrorCode.BadValue, `Failed to seed the generator: ${String(seed)} is not a non-negative integer`);
  }
}

function toAddress(unit: OldUnit, detail: string): Address {
  return { detail, wardCode: unit.newWardCode, ward: unit.newWard, provinceCode: unit.newProvince.code, province: unit.newProvince.name };
}

function vneidLevel(rng: Rng, age: number): 0 | 1 | 2 {
  const u = rng.float();
  if (age < 14) return u < 0.12 ? 2 : 0;
  if (age <= 70) return u < 0.72 ? 2 : u < 0.82 ? 1 : 0;
  return u < 0.4 ? 2 : u < 0.45 ? 1 : 0;
}

/** Turns one drafted household into citizens: issues their identifiers and resolves links to IDs. */
function buildHousehold(
  model: Model,
  issuer: IdentifierIssuer,
  rng: Rng,
  draft: HouseholdDraft,
  householdIndex: number,
  firstIndex: number,
  asOfDay: number,
  knownIds: readonly string[] | undefined,
): Citizen[] {
  const members = draft.members;
  const births = members.map((p) => formatDay(p.birthDay));
  const birthYears = births.map((date) => Number(date.slice(0, 4)));
  const ids = knownIds
    ? members.map((_, slot) => knownIds[slot] ?? '')
    : members.map((p, slot) => {
      const place = p.birthDay >= REFORM_DAY ? p.birthProvince.newCode : p.birthProvince.code;
      return issuer.personalId(`0${place}`, p.sex, birthYears[slot]!);
    });
  const householdId = issuer.householdId(householdIndex);
  const headSlot = members.findIndex((p) => p.relation === 'Chủ hộ');
  const permanentAddress = toAddress(draft.unit, draft.detail);
  const { unit } = draft;
  const before2025 = { detail: draft.detail, wardCode: unit.wardCode, ward: unit.ward, district: unit.district, provinceCode: unit.oldProvince.code, province: unit.oldProvince.name };
  const temporaryAddress = draft.temporary ? toAddress(draft.temporary.unit, draft.temporary.detail) : null;
  const link = (slot: number): string | null => (slot >= 0 ? ids[slot]! : null);

  return members.map((p: PersonDraft, slot): Citizen => {
    const index = firstIndex + slot;
    const age = (asOfDay - p.birthDay) / YEAR;
    const postReform = p.birthDay >= REFORM_DAY;
    const insured = rng.chance(0.93);
    const group = insured ? drawBeneficiaryGroup(rng, age, p.ethnicity !== '01' && p.ethnicity !== '04') : undefined;
    const socialInsuranceCode = insured || (age >= 18 && rng.chance(0.5)) ? issuer.socialInsuranceCode(index) : null;
    const hasPhone = age >= 15 ? rng.chance(0.95) : age >= 11 && rng.chance(0.4);
    const cmndPrefix = p.birthProvince.cmndPrefix;
    const hadLegacyId = birthYears[slot]! <= 2001 && rng.chance(0.92);
    const birthProvinceName = postReform ? provinceIndex().currentByCode.get(p.birthProvince.newCode)!.name : p.birthProvince.name;
    return {
      personalId: ids[slot]!,
      legacyId: hadLegacyId ? issuer.legacyId(cmndPrefix, index) : null,
      fullName: fullNameOf(p.surname, p.middle, p.given),
      surname: p.surname,
      middleName: p.middle,
      givenName: p.given,
      sex: p.sex,
      dateOfBirth: births[slot]!,
      birthRegistrationProvinceCode: postReform ? p.birthProvince.newCode : p.birthProvince.code,
      birthRegistrationProvince: birthProvinceName,
      hometown: p.hometown,
      ethnicityCode: p.ethnicity,
      ethnicity: model.ethnicityName.get(p.ethnicity) ?? p.ethnicity,
      religionCode: p.religion,
      religion: model.religionName.get(p.religion) ?? p.religion,
      nationality: 'VN',
      maritalStatus: p.marital,
      permanentAddress,
      permanentAddressBefore2025: before2025,
      temporaryAddress,
      householdId,
      relationshipToHead: p.relation,
      headOfHouseholdId: ids[headSlot]!,
      fatherId: link(p.father),
      motherId: link(p.mother),
      spouseId: link(p.spouse),
      socialInsuranceCode,
      healthInsuranceCard: group && socialInsuranceCode ? `${group}${beneficiaryGroups[group]}${draft.unit.newProvince.code}${socialInsuranceCode}` : null,
      taxCode: age >= 18 ? ids[slot]! : null,
      legacyTaxCode: age >= 22 && age < 75 && rng.chance(0.55) ? issuer.legacyTaxCode(index) : null,
      phone: hasPhone ? issuer.phone(model.carrierPrefix.sample(rng), index) : null,
      vneidLevel: vneidLevel(rng, age),
      dateOfDeath: p.deathDay >= 0 ? formatDay(p.deathDay) : null,
    };
  });
}

/** Blanks links to members beyond the end of the population (the last household may be cut short). */
function cutLinks(citizen: Citizen, issued: ReadonlySet<string>): Citizen {
  const keep = (id: string | null): string | null => (id !== null && issued.has(id) ? id : null);
  return { ...citizen, fatherId: keep(citizen.fatherId), motherId: keep(citizen.motherId), spouseId: keep(citizen.spouseId) };
}

/**
 * Generates the households of one population in order. `next` issues new personal IDs (a counter per ID prefix, so
 * households must be taken in order); `replay` rebuilds any household from its index and its members' stored IDs,
 * which is how a population index answers lookups without keeping citizens in memory.
 */
export class HouseholdGenerator {
  readonly seed: number;
  readonly asOfDay: number;
  private readonly model: Model;
  private readonly ctx: ReturnType<typeof createHouseholdContext>;
  private readonly issuer: IdentifierIssuer;
  private nextHousehold = 0;
  private nextCitizen = 0;

  constructor(options: PopulationOptions) {
    checkSeed(options.seed);
    this.seed = options.seed;
    this.asOfDay = parseAsOf(options.asOf);
    this.model = loadModel();
    this.ctx = createHouseholdContext(this.model, this.asOfDay, DEATH_WINDOW_START);
    this.issuer = new IdentifierIssuer(options.seed);
  }

  /** The next household, with newly issued IDs; its first citizen's index is the count of citizens before it. */
  next(): { readonly index: number; readonly first: number; readonly citizens: Citizen[] } {
    const index = this.nextHousehold++;
    const first = this.nextCitizen;
    const citizens = this.build(index, first, undefined);
    this.nextCitizen += citizens.length;
    return { index, first, citizens };
  }

  /** Household `index` again, exactly as `next` made it, given the personal IDs it issued to its members (members without one get ""). */
  replay(index: number, first: number, ids: readonly string[]): Citizen[] {
    return this.build(index, first, ids);
  }

  private build(index: number, first: number, ids: readonly string[] | undefined): Citizen[] {
    const rng = createRng(this.seed, STREAM_HOUSEHOLD, index);
    return buildHousehold(this.model, this.issuer, rng, draftHousehold(this.ctx, rng), index, first, this.asOfDay, ids);
  }
}

/** Keeps only the first `room` members of a household, blanking links to the members left out. */
export function cutHousehold(citizens: Citizen[], room: number): Citizen[] {
  if (citizens.length <= room) return citizens;
  const kept = citizens.slice(0, room);
  const issued = new Set(kept.map((c) => c.personalId));
  return kept.map((c) => cutLinks(c, issued));
}

/**
 * Generates synthetic citizens one household at a time: deterministic from the seed, flat in memory, and prefix-stable
 * (the first N citizens are the same whatever count is asked for, except links into a household cut short at the end).
 */
export function* generatePopulation(options: PopulationOptions): Generator<Citizen, void, undefined> {
  const count = options.count ?? Number.POSITIVE_INFINITY;
  const households = new HouseholdGenerator(options);
  let emitted = 0;
  while (emitted < count) {
    const { citizens } = households.next();
    const room = count - emitted;
    if (citizens.length <= room) {
      yield* citizens;
      emitted += citizens.length;
    } else {
      yield* cutHousehold(citizens, room);
      emitted = count;
    }
  }
}
