import { describe, expect, it } from 'vitest';
import { generatePopulation } from '../../src/generator/population.js';
import { buildPopulationIndex } from '../../src/population/population-index.js';

describe('the population index', () => {
  const size = 20_003;
  const index = buildPopulationIndex({ seed: 8, size });
  const all = [...generatePopulation({ seed: 8, count: size })];

  it('rebuilds every citizen exactly as the generator made them, the cut-short last household included', () => {
    for (let i = 0; i < size; i += 13) expect(index.at(i)).toEqual(all[i]);
    expect(index.at(size - 1)).toEqual(all[size - 1]);
  });

  it('finds citizens by personal ID and by old 9-digit ID, and nobody for IDs outside the population', () => {
    for (const c of all.slice(0, 500)) {
      expect(index.byPersonalId(c.personalId)?.personalId).toBe(c.personalId);
      if (c.legacyId) expect(index.byLegacyId(c.legacyId)?.personalId).toBe(c.personalId);
    }
    expect(index.byPersonalId('001099999999')).toBeUndefined();
    expect(index.byPersonalId('abc')).toBeUndefined();
    expect(index.byLegacyId('12345')).toBeUndefined();
  });

  it('returns a citizen with the members of their household', () => {
    const c = all.find((x) => x.spouseId !== null)!;
    const found = index.withHousehold(c.personalId)!;
    expect(found.citizen).toEqual(c);
    expect(found.members.map((m) => m.personalId)).toContain(c.spouseId);
    expect(found.members.every((m) => m.householdId === c.householdId)).toBe(true);
  });

  it('refuses a position outside the population', () => {
    expect(() => index.at(size)).toThrow(RangeError);
  });
});
