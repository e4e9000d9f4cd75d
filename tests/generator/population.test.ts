import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { citizenSchema, type Citizen } from '../../src/contract/citizen.js';
import { parseDay } from '../../src/generator/civil-date.js';
import { generatePopulation } from '../../src/generator/population.js';
import { loadTable } from '../../src/generator/tables.js';
import { parseHealthInsuranceCard } from '../../src/identity/health-insurance.js';
import { parseLegacyId } from '../../src/identity/legacy-id.js';
import { parsePersonalId } from '../../src/identity/personal-id.js';
import { parseTaxCode } from '../../src/identity/tax-code.js';
import { population, YEAR_DAYS } from './fixtures.js';

const N = 100_000;
const AS_OF = parseDay('2026-01-01')!;
const ageOf = (c: Citizen, at = AS_OF): number => (at - parseDay(c.dateOfBirth)!) / YEAR_DAYS;

function ndjson(seed: number, count: number): string {
  return [...generatePopulation({ seed, count })].map((c) => JSON.stringify(c)).join('\n');
}

describe('determinism', () => {
  it('gives the same bytes for the same seed and different bytes for another seed', () => {
    expect(ndjson(7, 3000)).toBe(ndjson(7, 3000));
    expect(ndjson(7, 3000)).not.toBe(ndjson(8, 3000));
  });

  it('pins the bytes of seed 7, so output cannot drift between machines or versions unnoticed', () => {
    expect(createHash('sha256').update(ndjson(7, 2000)).digest('hex')).toMatchInlineSnapshot(`"f2f142a152ab62e1777f413805978addf094f34e594f58171b41c8fc5e02f0ef"`);
  });

  it('is prefix-stable: the first citizens do not depend on the count asked for', () => {
    const short = [...generatePopulation({ seed: 3, count: 500 })];
    const long = [...generatePopulation({ seed: 3, count: 2000 })];
    // The last household of the short run may be cut short, which blanks its links; compare the rest.
    const lastHousehold = short.at(-1)!.householdId;
    const whole = short.filter((c) => c.householdId !== lastHousehold);
    expect(whole.length).toBeGreaterThan(400);
    expect(long.slice(0, whole.length)).toEqual(whole);
  });
});

describe('a population of 100,000', () => {
  const people = population(11, N);

  it('has exactly the count asked for, every record valid against the citizen schema', () => {
    expect(people).toHaveLength(N);
    for (const c of people.slice(0, 5000)) expect(citizenSchema.safeParse(c).success).toBe(true);
  });

  it('gives every citizen a unique, valid 12-digit ID consistent with sex, birth year and province of birth registration', () => {
    const ids = new Set<string>();
    for (const c of people) {
      const r = parsePersonalId(c.personalId, {
        sex: c.sex,
        birthYear: Number(c.dateOfBirth.slice(0, 4)),
        birthProvinceCode: c.birthRegistrationProvinceCode,
        currentYear: 2026,
      });
      if (!r.ok) throw new Error(`${c.personalId}: ${r.problems.map((p) => p.message).join('; ')}`);
      ids.add(c.personalId);
    }
    expect(ids.size).toBe(N);
  });

  it('gives valid and unique secondary identifiers', () => {
    const legacy = new Set<string>();
    const insurance = new Set<string>();
    const prefixes = new Set(loadTable('carriers.json').entries.flatMap((e) => e.prefixes));
    for (const c of people) {
      if (c.legacyId !== null) {
        expect(parseLegacyId(c.legacyId).ok).toBe(true);
        legacy.add(c.legacyId);
        expect(Number(c.dateOfBirth.slice(0, 4))).toBeLessThanOrEqual(2001);
      }
      if (c.socialInsuranceCode !== null) insurance.add(c.socialInsuranceCode);
      if (c.healthInsuranceCard !== null) {
        const card = parseHealthInsuranceCard(c.healthInsuranceCard);
        expect(card.ok && card.value.socialInsuranceCode).toBe(c.socialInsuranceCode);
        if (ageOf(c) < 6) expect(c.healthInsuranceCard.slice(0, 3)).toBe('TE1');
      }
      if (c.taxCode !== null) expect(c.taxCode).toBe(c.personalId);
      if (c.legacyTaxCode !== null) expect(parseTaxCode(c.legacyTaxCode).ok).toBe(true);
      if (c.phone !== null) expect(prefixes.has(c.phone.slice(0, 3))).toBe(true);
    }
    // Identifiers are scrambled independently: no two of them share their digits.
    const echoes = people.filter((c) => c.phone !== null && c.legacyId !== null && c.phone.slice(3) === c.legacyId.slice(2));
    expect(echoes.length).toBeLessThan(5);
    expect(legacy.size).toBe(people.filter((c) => c.legacyId !== null).length);
    expect(insurance.size).toBe(people.filter((c) => c.socialInsuranceCode !== null).length);
  });

  it('writes every text in Unicode NFC', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
    const bad = people.flatMap((c) => strings(c)).filter((s) => s !== s.normalize('NFC'));
    expect(bad).toEqual([]);
  });

  it('writes names in Vietnamese order: surname, middle, given', () => {
    for (const c of people.slice(0, 20_000)) {
      expect(c.fullName).toBe([c.surname, c.middleName, c.givenName].filter((p) => p !== '').join(' '));
    }
    const men = people.filter((c) => c.sex === 'male' && c.middleName.split(' ')[0] === 'Thị');
    expect(men.length).toBeLessThan(N * 0.001);
  });

  it('keeps surname shares among Kinh citizens within 1.5 points of the regional tables weighted by population', () => {
    const surnames = loadTable('surnames.json').entries;
    const provinces = loadTable('provinces-63.json').entries;
    const regionWeight = { north: 0, central: 0, south: 0 };
    for (const p of provinces) regionWeight[p.region] += p.population2019;
    const total = regionWeight.north + regionWeight.central + regionWeight.south;
    const expected = new Map<string, number>();
    for (const region of ['north', 'central', 'south'] as const) {
      const weights = surnames.map((s) => s.byRegion?.[region] ?? s.weight);
      const sum = weights.reduce((a, b) => a + b, 0);
      surnames.forEach((s, i) => expected.set(s.value, (expected.get(s.value) ?? 0) + ((regionWeight[region] / total) * weights[i]!) / sum));
    }
    const kinh = people.filter((c) => c.ethnicityCode === '01');
    const count = (name: string): number => kinh.filter((c) => c.surname === name).length / kinh.length;
    for (const name of ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ']) {
      expect(Math.abs(count(name) - expected.get(name)!), name).toBeLessThan(0.015);
    }
    expect(count('Nguyễn')).toBeGreaterThan(0.33);
  });

  it('keeps the sex ratio and the province of residence close to the census weights', () => {
    const male = people.filter((c) => c.sex === 'male').length / N;
    expect(male).toBeGreaterThan(0.48);
    expect(male).toBeLessThan(0.52);
    const provinces = loadTable('provinces-63.json').entries;
    const total = provinces.reduce((s, p) => s + p.population2019, 0);
    const residence = new Map<string, number>();
    for (const c of people) residence.set(c.permanentAddressBefore2025.provinceCode, (residence.get(c.permanentAddressBefore2025.provinceCode) ?? 0) + 1);
    for (const p of provinces) {
      const observed = (residence.get(p.code) ?? 0) / N;
      expect(Math.abs(observed - p.population2019 / total), p.name).toBeLessThan(0.012);
    }
  });

  it('keeps the Kinh share near the census (85.3%) and the age structure near Vietnam’s', () => {
    const kinh = people.filter((c) => c.ethnicityCode === '01').length / N;
    expect(kinh).toBeGreaterThan(0.83);
    expect(kinh).toBeLessThan(0.88);
    const under15 = people.filter((c) => ageOf(c) < 15).length / N;
    const over65 = people.filter((c) => ageOf(c) >= 65).length / N;
    expect(under15).toBeGreaterThan(0.18);
    expect(under15).toBeLessThan(0.3);
    expect(over65).toBeGreaterThan(0.05);
    expect(over65).toBeLessThan(0.14);
  });

  it('writes addresses in the current units and the old ones consistently', () => {
    const provinces34 = new Map(loadTable('provinces-34.json').entries.map((p) => [p.code, p]));
    const provinces63 = new Map(loadTable('provinces-63.json').entries.map((p) => [p.code, p]));
    for (const c of people.slice(0, 20_000)) {
      const now = provinces34.get(c.permanentAddress.provinceCode);
      const before = provinces63.get(c.permanentAddressBefore2025.provinceCode);
      expect(now?.name).toBe(c.permanentAddress.province);
      expect(before?.newCode).toBe(c.permanentAddress.provinceCode);
      expect(c.permanentAddress.ward).toMatch(/^(Xã|Phường|Đặc khu) /);
    }
  });
});

describe('households', () => {
  const people = population(11, N);
  const byId = new Map(people.map((c) => [c.personalId, c]));
  const households = new Map<string, Citizen[]>();
  for (const c of people) households.set(c.householdId, [...(households.get(c.householdId) ?? []), c]);

  it('average about 3.5 members, each with one head whose ID every member points to', () => {
    expect(N / households.size).toBeGreaterThan(3);
    expect(N / households.size).toBeLessThan(4.2);
    for (const members of households.values()) {
      const heads = members.filter((m) => m.relationshipToHead === 'Chủ hộ');
      if (members.at(-1) === people.at(-1)) continue;
      expect(heads).toHaveLength(1);
      for (const m of members) {
        expect(m.headOfHouseholdId).toBe(heads[0]!.personalId);
        expect(m.permanentAddress).toEqual(heads[0]!.permanentAddress);
      }
    }
  });

  it('links spouses both ways, of opposite sex and of marriageable age', () => {
    let couples = 0;
    for (const c of people) {
      if (c.spouseId === null) continue;
      const spouse = byId.get(c.spouseId)!;
      expect(spouse.spouseId).toBe(c.personalId);
      expect(spouse.sex).not.toBe(c.sex);
      expect(ageOf(c)).toBeGreaterThanOrEqual(c.sex === 'male' ? 20 : 18);
      couples++;
    }
    expect(couples / N).toBeGreaterThan(0.3);
  });

  it('gives children their father’s surname in the usual case, and parents of plausible ages', () => {
    let withFather = 0;
    let sameSurname = 0;
    for (const c of people) {
      const birth = parseDay(c.dateOfBirth)!;
      if (c.fatherId !== null) {
        const father = byId.get(c.fatherId)!;
        expect(father.sex).toBe('male');
        withFather++;
        if (father.surname === c.surname) sameSurname++;
        const gap = ageOf(father, birth);
        expect(gap).toBeGreaterThanOrEqual(16);
        expect(gap).toBeLessThan(70);
      }
      if (c.motherId !== null) {
        const mother = byId.get(c.motherId)!;
        expect(mother.sex).toBe('female');
        const gap = ageOf(mother, birth);
        expect(gap).toBeGreaterThanOrEqual(17);
        expect(gap).toBeLessThanOrEqual(46);
      }
    }
    expect(withFather / N).toBeGreaterThan(0.2);
    expect(sameSurname / withFather).toBeGreaterThan(0.95);
  });

  it('records deaths since the NPD started (1 July 2021), never before a child’s birth', () => {
    const start = parseDay('2021-07-01')!;
    const dead = people.filter((c) => c.dateOfDeath !== null);
    expect(dead.length / N).toBeGreaterThan(0.01);
    expect(dead.length / N).toBeLessThan(0.06);
    for (const c of dead) {
      const death = parseDay(c.dateOfDeath!)!;
      expect(death).toBeGreaterThanOrEqual(Math.max(start, parseDay(c.dateOfBirth)!));
      expect(death).toBeLessThan(AS_OF);
    }
    for (const c of people) {
      const mother = c.motherId === null ? undefined : byId.get(c.motherId);
      if (mother?.dateOfDeath) expect(parseDay(mother.dateOfDeath)!).toBeGreaterThanOrEqual(parseDay(c.dateOfBirth)!);
    }
  });
});
