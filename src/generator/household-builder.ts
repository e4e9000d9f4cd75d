import type { OldProvince } from '../identity/provinces.js';
import { drawHometown } from './address.js';
import type { HouseholdContext, PersonDraft, Relationship } from './household.js';
import type { OldUnit, SexId } from './model.js';
import { drawName } from './names.js';
import type { Rng } from './prng.js';

export const YEAR = 365.2425;

export function normal(rng: Rng, mean: number, sd: number): number {
  // Irwin–Hall approximation: cheap, deterministic, bounded.
  return mean + sd * (rng.float() + rng.float() + rng.float() + rng.float() - 2) * 1.7320508;
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

export function yearOfAge(asOfDay: number, age: number): number {
  return 1970 + Math.floor((asOfDay - age * YEAR) / YEAR);
}

/** Adds the members of one household, keeping surnames, ethnicity, religion and places consistent among them. */
export class HouseholdBuilder {
  readonly members: PersonDraft[] = [];
  readonly ethnicity: string;
  readonly religion: string;
  readonly origin: OldProvince;

  private readonly ctx: HouseholdContext;
  private readonly rng: Rng;
  readonly unit: OldUnit;

  constructor(ctx: HouseholdContext, rng: Rng, unit: OldUnit) {
    this.ctx = ctx;
    this.rng = rng;
    this.unit = unit;
    const { model } = ctx;
    const residence = unit.oldProvince;
    // One household in five has its origin (and most adults' birth registration) in another province.
    this.origin = rng.chance(0.8) ? residence : model.oldProvince.sample(rng);
    this.ethnicity = (model.ethnicityByProvince.get(this.origin.code) ?? model.ethnicityDefault).sample(rng);
    this.religion = (model.religionByProvince.get(this.origin.code) ?? model.religionNational).sample(rng);
  }

  drawSurname(ethnicity: string, region = this.origin.region): string {
    const { model } = this.ctx;
    const rng = this.rng;
    const ethnic = ethnicity === '01' ? undefined : model.surnameByEthnicity.get(ethnicity);
    return ethnic && rng.chance(0.85) ? ethnic.sample(rng) : model.surnameByRegion[region].sample(rng);
  }

  private birthDayForAge(age: number): number {
    return this.ctx.asOfDay - 1 - Math.floor((age + this.rng.float()) * YEAR);
  }

  /** Adds an adult with their own surname; returns the slot. */
  addAdult(sex: SexId, age: number, relation: Relationship, bornInOrigin: number, surname?: string): number {
    const { model } = this.ctx;
    const birthDay = this.birthDayForAge(age);
    const birthProvince = this.rng.chance(bornInOrigin) ? this.origin : model.oldProvince.sample(this.rng);
    const ethnicity = this.rng.chance(0.92) ? this.ethnicity : (model.ethnicityByProvince.get(birthProvince.code) ?? model.ethnicityDefault).sample(this.rng);
    const ownSurname = surname ?? this.drawSurname(ethnicity);
    const name = drawName(model, this.rng, sex, yearOfAge(this.ctx.asOfDay, age));
    return this.push({
      sex,
      birthDay,
      surname: ownSurname,
      middle: name.middle,
      given: name.given,
      relation,
      father: -1,
      mother: -1,
      spouse: -1,
      marital: 'single',
      birthProvince,
      hometown: drawHometown(model, this.rng, this.rng.chance(0.9) ? birthProvince : this.origin),
      ethnicity,
      religion: this.rng.chance(0.9) ? this.religion : '00',
      deathDay: -1,
    });
  }

  /** Adds a child of the given parents (slots, -1 if absent), of the given age; returns the slot. */
  addChild(age: number, father: number, mother: number, relation: Relationship, options: { sex?: SexId; absentFatherSurname?: string } = {}): number {
    const { model } = this.ctx;
    const rng = this.rng;
    const sex: SexId = options.sex ?? (rng.chance(0.512) ? 'male' : 'female');
    const absentFatherSurname = options.absentFatherSurname;
    const dad = father >= 0 ? this.members[father]! : undefined;
    const mum = mother >= 0 ? this.members[mother]! : undefined;
    const fatherSurname = dad?.surname ?? absentFatherSurname ?? this.drawSurname(this.ethnicity);
    const surname = mum && rng.chance(0.03) ? mum.surname : fatherSurname;
    const birthYear = yearOfAge(this.ctx.asOfDay, age);
    const withMotherSurname = mum && mum.surname !== surname && birthYear >= 1995 && rng.chance(0.06) ? mum.surname : undefined;
    const name = drawName(model, rng, sex, birthYear, withMotherSurname);
    const birthProvince = rng.chance(0.85) ? this.unit.oldProvince : this.origin;
    return this.push({
      sex,
      birthDay: this.birthDayForAge(age),
      surname,
      middle: name.middle,
      given: name.given,
      relation,
      father,
      mother,
      spouse: -1,
      marital: 'single',
      birthProvince,
      hometown: dad?.hometown ?? drawHometown(model, rng, this.origin),
      ethnicity: dad?.ethnicity ?? mum?.ethnicity ?? this.ethnicity,
      religion: mum?.religion ?? dad?.religion ?? this.religion,
      deathDay: -1,
    });
  }

  marry(a: number, b: number): void {
    const pa = this.members[a]!;
    const pb = this.members[b]!;
    pa.spouse = b;
    pb.spouse = a;
    pa.marital = 'married';
    pb.marital = 'married';
  }

  /** Adds the children of a couple (or a lone parent) given the mother's age; returns their slots. */
  addChildren(motherAge: number, father: number, mother: number, relation: Relationship, maxEldest = 60): number[] {
    const rng = this.rng;
    const absentFatherSurname = father < 0 ? this.drawSurname(this.ethnicity) : undefined;
    const firstBirthAge = clamp(Math.round(normal(rng, 24.5, 3.5)), 18, 38);
    const u = rng.float();
    const count = motherAge < 30 ? (u < 0.5 ? 1 : u < 0.92 ? 2 : 3) : u < 0.3 ? 1 : u < 0.8 ? 2 : u < 0.95 ? 3 : 4;
    const slots: number[] = [];
    let age = Math.min(motherAge - firstBirthAge, maxEldest);
    // No birth after the mother's 44th year.
    for (let i = 0; i < count && age >= 0 && motherAge - age <= 44; i++) {
      // Grown children have often left to form their own households.
      if (age < 18 || rng.chance(clamp(1.3 - age / 30, 0.05, 1))) slots.push(this.addChild(age, father, mother, relation, { absentFatherSurname }));
      age -= 1 + rng.int(5);
    }
    return slots;
  }

  private push(person: PersonDraft): number {
    this.members.push(person);
    return this.members.length - 1;
  }

  /** Gives some members a date of death within the death window, never before their youngest child's birth. */
  applyDeaths(): void {
    const { asOfDay, deathWindowStartDay, deathRiskByAge } = this.ctx;
    for (let self = 0; self < this.members.length; self++) {
      const person = this.members[self]!;
      const age = Math.min(120, Math.floor((asOfDay - person.birthDay) / YEAR));
      if (!this.rng.chance(deathRiskByAge[age]!)) continue;
      let earliest = Math.max(person.birthDay, deathWindowStartDay);
      for (const other of this.members) if (other.father === self || other.mother === self) earliest = Math.max(earliest, other.birthDay);
      if (earliest >= asOfDay - 1) continue;
      person.deathDay = earliest + this.rng.int(asOfDay - earliest);
    }
    for (const person of this.members) {
      const spouse = person.spouse >= 0 ? this.members[person.spouse]! : undefined;
      if (spouse && spouse.deathDay >= 0 && person.deathDay < 0) person.marital = 'widowed';
    }
  }
}
