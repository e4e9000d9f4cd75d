import type { OldProvince } from '../identity/provinces.js';
import type { Rng } from './prng.js';
import type { Model, OldUnit, SexId } from './model.js';
import { drawAddressDetail, drawTemporaryResidence } from './address.js';
import { clamp, HouseholdBuilder, normal, YEAR } from './household-builder.js';

export type Relationship = 'Chủ hộ' | 'Vợ' | 'Chồng' | 'Con' | 'Con dâu' | 'Con rể' | 'Cháu' | 'Cha' | 'Mẹ';
export type MaritalStatus = 'single' | 'married' | 'widowed' | 'divorced';

/** One member of a household before identifiers are issued; links are slots in the household (-1: none). */
export interface PersonDraft {
  sex: SexId;
  birthDay: number;
  surname: string;
  middle: string;
  given: string;
  relation: Relationship;
  father: number;
  mother: number;
  spouse: number;
  marital: MaritalStatus;
  birthProvince: OldProvince;
  hometown: string;
  ethnicity: string;
  religion: string;
  deathDay: number;
}

export interface HouseholdDraft {
  readonly unit: OldUnit;
  readonly detail: string;
  readonly temporary: { readonly unit: OldUnit; readonly detail: string } | null;
  readonly members: PersonDraft[];
}

export interface HouseholdContext {
  readonly model: Model;
  /** The reference date (day number): ages are counted to it, and no one is born or dies after it. */
  readonly asOfDay: number;
  /** Day number from which deaths are recorded (the NPD's start of operation). */
  readonly deathWindowStartDay: number;
  /** Probability of having died within the window, by whole years of age at the reference date. */
  readonly deathRiskByAge: Float64Array;
}

/** Prepares what every household of one population shares, including the death risk by age over the window. */
export function createHouseholdContext(model: Model, asOfDay: number, deathWindowStartDay: number): HouseholdContext {
  const windowYears = (asOfDay - deathWindowStartDay) / YEAR;
  const deathRiskByAge = new Float64Array(121);
  for (let age = 0; age <= 120; age++) deathRiskByAge[age] = 1 - (1 - annualDeathRisk(age, model.crudeDeathRate)) ** windowYears;
  return { model, asOfDay, deathWindowStartDay, deathRiskByAge };
}


/** Household kinds and their shares (heuristic, fitted to the 2019 census average of about 3.5 people). */
const KINDS = ['single', 'couple', 'nuclear', 'single-parent', 'three-generation', 'with-elder'] as const;
const KIND_WEIGHTS = [0.1, 0.13, 0.43, 0.07, 0.15, 0.12];
type Kind = (typeof KINDS)[number];

function pickKind(rng: Rng): Kind {
  let u = rng.float();
  for (let i = 0; i < KINDS.length; i++) {
    u -= KIND_WEIGHTS[i]!;
    if (u < 0) return KINDS[i]!;
  }
  return 'nuclear';
}


/** Annual probability of death at an age: infant mortality, then a Gompertz curve, scaled to the crude death rate. */
function annualDeathRisk(age: number, crudeDeathRate: number): number {
  const base = age < 1 ? 0.012 : 0.0004 + 0.00006 * Math.exp(0.088 * age);
  return Math.min(0.6, (base * crudeDeathRate) / 6.3);
}


function drawAdultAge(model: Model, rng: Rng, sex: SexId, min: number, max: number): number {
  for (let i = 0; i < 50; i++) {
    const age = model.age[sex].sample(rng);
    if (age >= min && age <= max) return age;
  }
  return min + rng.int(max - min + 1);
}

function spouseAgeGap(rng: Rng): number {
  return clamp(Math.round(normal(rng, 3, 3)), -3, 12);
}

/** Generates one household from its own random stream: members, relations, ages, names and places, consistent with each other. */
export function draftHousehold(ctx: HouseholdContext, rng: Rng): HouseholdDraft {
  const { model } = ctx;
  const oldProvince = model.oldProvince.sample(rng);
  const unit = model.unitsByOldProvince.get(oldProvince.code)!.sample(rng);
  const b = new HouseholdBuilder(ctx, rng, unit);
  const kind = pickKind(rng);

  if (kind === 'single') {
    const sex: SexId = rng.chance(0.5) ? 'male' : 'female';
    // Many people living alone are elderly, mostly widowed.
    const age = rng.chance(0.45) ? drawAdultAge(model, rng, sex, 60, 100) : drawAdultAge(model, rng, sex, 19, 100);
    const head = b.addAdult(sex, age, 'Chủ hộ', 0.85);
    const person = b.members[head]!;
    person.marital = age > 60 ? (rng.chance(0.8) ? 'widowed' : 'divorced') : age > 35 && rng.chance(0.4) ? 'divorced' : 'single';
  } else if (kind === 'single-parent') {
    const motherLed = rng.chance(0.75);
    const parentAge = drawAdultAge(model, rng, motherLed ? 'female' : 'male', 24, 65);
    const parent = b.addAdult(motherLed ? 'female' : 'male', parentAge, 'Chủ hộ', 0.85);
    b.members[parent]!.marital = rng.chance(0.5) ? 'widowed' : 'divorced';
    const motherAge = motherLed ? parentAge : parentAge - Math.abs(spouseAgeGap(rng));
    b.addChildren(motherAge, motherLed ? -1 : parent, motherLed ? parent : -1, 'Con');
  } else if (kind === 'three-generation') {
    // Elderly head and spouse, their married son, his wife, and grandchildren.
    const grandchildAge = rng.int(16);
    const daughterInLawAge = grandchildAge + clamp(Math.round(normal(rng, 25, 3)), 18, 38);
    const sonAge = Math.max(daughterInLawAge + spouseAgeGap(rng), grandchildAge + 20);
    const grandmotherAge = sonAge + clamp(Math.round(normal(rng, 25, 3.5)), 18, 40);
    const grandfatherAge = Math.max(grandmotherAge + spouseAgeGap(rng), sonAge + 20);
    const grandfatherLives = grandfatherAge <= 98 && rng.chance(0.8);
    const grandfather = grandfatherLives ? b.addAdult('male', grandfatherAge, 'Chủ hộ', 0.9) : -1;
    const grandmother = b.addAdult('female', Math.min(grandmotherAge, 100), grandfatherLives ? 'Vợ' : 'Chủ hộ', 0.8);
    if (grandfather >= 0) b.marry(grandfather, grandmother);
    else b.members[grandmother]!.marital = 'widowed';
    const absentFatherSurname = grandfather >= 0 ? undefined : b.drawSurname(b.ethnicity);
    const son = b.addChild(sonAge, grandfather, grandmother, 'Con', { sex: 'male', absentFatherSurname });
    const wife = b.addAdult('female', daughterInLawAge, 'Con dâu', 0.6);
    b.marry(son, wife);
    b.addChildren(daughterInLawAge, son, wife, 'Cháu', grandchildAge);
  } else {
    // A couple (with children unless 'couple'), in 'with-elder' also the head's widowed parent.
    const eldestChild = kind === 'couple' ? -1 : rng.int(31);
    const wifeAge =
      kind === 'couple'
        ? drawAdultAge(model, rng, 'female', rng.chance(0.5) ? 55 : 19, 95)
        : eldestChild + clamp(Math.round(normal(rng, 24.5, 3.5)), 18, 38);
    const husbandAge = clamp(Math.max(wifeAge + spouseAgeGap(rng), eldestChild + 20), 20, 100);
    const husbandIsHead = rng.chance(0.8);
    const husband = b.addAdult('male', husbandAge, husbandIsHead ? 'Chủ hộ' : 'Chồng', 0.85);
    const wife = b.addAdult('female', wifeAge, husbandIsHead ? 'Vợ' : 'Chủ hộ', 0.7);
    b.marry(husband, wife);
    if (kind === 'with-elder') {
      const head = husbandIsHead ? husband : wife;
      const headAge = husbandIsHead ? husbandAge : wifeAge;
      const elderAge = Math.min(100, headAge + clamp(Math.round(normal(rng, 27, 4)), 18, 42));
      const elderIsMother = rng.chance(0.72);
      const headPerson = b.members[head]!;
      const elder = b.addAdult(elderIsMother ? 'female' : 'male', elderAge, elderIsMother ? 'Mẹ' : 'Cha', 0.9, elderIsMother ? undefined : headPerson.surname);
      b.members[elder]!.marital = 'widowed';
      if (elderIsMother) headPerson.mother = elder;
      else {
        headPerson.father = elder;
        headPerson.hometown = b.members[elder]!.hometown;
      }
    }
    if (kind !== 'couple') {
      const kids = b.addChildren(wifeAge, husband, wife, 'Con', eldestChild);
      if (kids.length === 0) b.addChild(eldestChild, husband, wife, 'Con');
    }
  }
  b.applyDeaths();
  const detail = drawAddressDetail(model, rng, unit);
  return { unit, detail, temporary: drawTemporaryResidence(model, rng, unit), members: b.members };
}
