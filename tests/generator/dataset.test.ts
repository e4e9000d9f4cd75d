import { describe, expect, it } from 'vitest';
import type { Citizen } from '../../src/contract/citizen.js';
import type { DatasetRecord } from '../../src/generator/corruptions.js';
import { generateDataset, type DatasetEntry, type Profile } from '../../src/generator/dataset.js';
import { detectLegacyEncoding } from '../../src/text/legacy-detect.js';
import { fromTcvn3, fromVni } from '../../src/text/legacy-encodings.js';
import { loadTable } from '../../src/generator/tables.js';
import { population } from './fixtures.js';

const N = 100_000;
const NATIONAL_RATE = 572_994_824 / 819_323_398;

/** The fields a matching service compares, written independently of the generator's own code. */
function key(r: DatasetRecord | Citizen): string {
  return JSON.stringify([r.personalId, r.fullName, r.dateOfBirth, r.sex, r.permanentAddress, r.dateOfDeath]);
}

function dataset(seed: number, count: number, profile: Profile): DatasetEntry[] {
  return [...generateDataset({ seed, count, profile })];
}

describe('the realistic profile', () => {
  const citizens = new Map(population(21, N).map((c) => [c.personalId, c]));
  const entries = dataset(21, N, 'realistic');

  it('leaves 69.9% ± 1 point of 100,000 records exactly as the population holds them, judged by comparing the records themselves', () => {
    const seen = new Set<string>();
    let exact = 0;
    for (const { record, truth } of entries) {
      const citizen = citizens.get(truth.personalId)!;
      const k = key(record);
      const same = k === key(citizen) && !seen.has(k);
      seen.add(k);
      if (same) exact++;
      // The ground truth says "no fault" exactly when the record is an untouched first copy.
      expect(truth.corruptions.length === 0, `record ${truth.record}: ${truth.corruptions.join(',')}`).toBe(same);
    }
    expect(Math.abs(exact / N - NATIONAL_RATE)).toBeLessThan(0.01);
  });

  it('draws every record from the population of the same seed, in order', () => {
    const firstIds = entries.filter((e) => e.truth.duplicateOf === null).slice(0, 1000).map((e) => e.truth.personalId);
    expect(firstIds).toEqual(population(21, N).slice(0, 1000).map((c) => c.personalId));
  });
});

describe('the adversarial profile', () => {
  const citizens = new Map(population(22, 20_000).map((c) => [c.personalId, c]));
  const entries = dataset(22, 20_000, 'adversarial');
  const withFault = (code: string): DatasetEntry[] => entries.filter((e) => e.truth.corruptions.includes(code as never));

  it('uses every kind of fault, most records faulty', () => {
    const codes = new Set(entries.flatMap((e) => e.truth.corruptions));
    expect([...codes].sort()).toEqual(
      [
        'date-format', 'day-month-swapped', 'deceased-listed', 'decomposed-unicode', 'diacritics-lost', 'duplicate', 'legacy-id',
        'missing-field', 'name-typo', 'outdated-address', 'tcvn3-encoding', 'vni-encoding', 'wrong-digit',
      ].sort(),
    );
    const clean = entries.filter((e) => e.truth.corruptions.length === 0).length / entries.length;
    expect(clean).toBeGreaterThan(0.27);
    expect(clean).toBeLessThan(0.33);
  });

  it('writes legacy encodings that decode back to the true name and are detected as such', () => {
    for (const [code, decode, name] of [['tcvn3-encoding', fromTcvn3, 'tcvn3'], ['vni-encoding', fromVni, 'vni']] as const) {
      const faulty = withFault(code).filter((e) => e.truth.corruptions.length === 1);
      expect(faulty.length).toBeGreaterThan(100);
      let detected = 0;
      for (const { record, truth } of faulty) {
        const citizen = citizens.get(truth.personalId)!;
        expect(record.fullName).not.toBe(citizen.fullName);
        expect(decode(record.fullName!).toLowerCase()).toBe(citizen.fullName.toLowerCase());
        if (detectLegacyEncoding(record.fullName!) === name) detected++;
      }
      expect(detected / faulty.length).toBeGreaterThan(0.9);
    }
  });

  it('applies each identifier and date fault the way its code says', () => {
    for (const { record, truth } of withFault('legacy-id')) {
      if (truth.corruptions.includes('missing-field')) continue;
      expect(record.personalId).toBe(citizens.get(truth.personalId)!.legacyId);
    }
    for (const { record, truth } of withFault('wrong-digit')) {
      if (truth.corruptions.includes('legacy-id') || truth.corruptions.includes('missing-field')) continue;
      const diff = [...record.personalId!].filter((d, i) => d !== truth.personalId[i]).length;
      expect(diff).toBe(1);
    }
    for (const { record, truth } of withFault('day-month-swapped')) {
      if (truth.corruptions.length > 1) continue;
      const [y, m, d] = citizens.get(truth.personalId)!.dateOfBirth.split('-');
      expect(record.dateOfBirth).toBe(`${y}-${d}-${m}`);
    }
    for (const { record, truth } of withFault('date-format')) {
      if (truth.corruptions.length > 1) continue;
      expect(record.dateOfBirth).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    }
  });

  it('writes outdated addresses in the old units, deceased people without their death, duplicates as copies', () => {
    const oldProvinces = new Map(loadTable('provinces-63.json').entries.map((p) => [p.code, p]));
    for (const { record, truth } of withFault('outdated-address')) {
      const citizen = citizens.get(truth.personalId)!;
      expect(oldProvinces.get(record.permanentAddress.provinceCode)?.newCode).toBe(citizen.permanentAddress.provinceCode);
      expect(record.permanentAddress.ward).toBe(citizen.permanentAddressBefore2025.ward);
    }
    const deceased = withFault('deceased-listed');
    expect(deceased.length).toBeGreaterThan(50);
    for (const { record, truth } of deceased) {
      expect(citizens.get(truth.personalId)!.dateOfDeath).not.toBeNull();
      expect(record.dateOfDeath).toBeNull();
    }
    for (const { record, truth } of withFault('duplicate')) {
      expect(truth.duplicateOf).toBeLessThan(truth.record);
      expect(record).toEqual(entries[truth.duplicateOf! - 1]!.record);
    }
  });
});

describe('the clean profile', () => {
  it('is the population itself, with empty ground truth', () => {
    const entries = dataset(5, 2000, 'clean');
    expect(entries.map((e) => e.record)).toEqual(population(5, 2000));
    expect(entries.every((e) => e.truth.corruptions.length === 0)).toBe(true);
  });
});
