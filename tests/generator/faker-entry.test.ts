import { Faker, vi as viLocale, base } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { citizenSchema } from '../../src/contract/citizen.js';
import { citizen, household } from '../../src/generator/faker-entry.js';
import { parsePersonalId } from '../../src/identity/personal-id.js';

const makeFaker = (seed: number): Faker => {
  const faker = new Faker({ locale: [viLocale, base] });
  faker.seed(seed);
  return faker;
};

describe('the faker entry', () => {
  it('follows faker.seed: the same seed gives the same citizen, another seed another', () => {
    expect(citizen(makeFaker(42))).toEqual(citizen(makeFaker(42)));
    expect(citizen(makeFaker(42)).personalId).not.toBe(citizen(makeFaker(43)).personalId);
  });

  it('gives valid citizens with IDs consistent with their sex and birth year', () => {
    const faker = makeFaker(7);
    for (let i = 0; i < 50; i++) {
      const c = citizen(faker);
      expect(citizenSchema.safeParse(c).success).toBe(true);
      expect(parsePersonalId(c.personalId, { sex: c.sex, birthYear: Number(c.dateOfBirth.slice(0, 4)) }).ok).toBe(true);
    }
  });

  it('gives a whole household that shares one address and one head', () => {
    const members = household(makeFaker(3));
    expect(members.length).toBeGreaterThan(0);
    const head = members.find((m) => m.relationshipToHead === 'Chủ hộ')!;
    for (const m of members) {
      expect(m.householdId).toBe(head.householdId);
      expect(m.headOfHouseholdId).toBe(head.personalId);
      expect(m.permanentAddress).toEqual(head.permanentAddress);
    }
  });
});
