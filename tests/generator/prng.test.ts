import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, formatDay, parseDay } from '../../src/generator/civil-date.js';
import { createSerials, padDigits } from '../../src/generator/keyed-permutation.js';
import { createRng } from '../../src/generator/prng.js';
import { createSampler } from '../../src/generator/weighted-sampler.js';

describe('createRng', () => {
  it('gives the same stream for the same seed and keys, and another for another seed', () => {
    const draw = (seed: number, key: number): number[] => {
      const rng = createRng(seed, key);
      return Array.from({ length: 5 }, () => rng.uint32());
    };
    expect(draw(7, 1)).toEqual(draw(7, 1));
    expect(draw(7, 1)).not.toEqual(draw(8, 1));
    expect(draw(7, 1)).not.toEqual(draw(7, 2));
  });

  it('pins the first numbers of seed 1, so a change of algorithm cannot pass unnoticed', () => {
    const rng = createRng(1);
    expect(Array.from({ length: 3 }, () => rng.uint32())).toMatchInlineSnapshot(`
      [
        560774701,
        3196077299,
        1770315060,
      ]
    `);
  });
});

describe('createSerials', () => {
  it('is a bijection from [0, 10^6) onto the 6-digit strings (every serial issued once)', () => {
    const serial = createSerials(6, 42);
    const seen = new Uint8Array(1_000_000);
    for (let i = 0; i < 1_000_000; i++) {
      const s = serial(i);
      expect(s.length === 6 && /^\d{6}$/.test(s)).toBe(true);
      seen[Number(s)]!++;
    }
    expect(seen.every((v) => v === 1)).toBe(true);
  });

  it('is a bijection with halves of different sizes (7 digits: 10^3 × 10^4)', () => {
    const serial = createSerials(7, 3);
    const seen = new Uint8Array(10_000_000);
    for (let i = 0; i < 10_000_000; i++) seen[Number(serial(i))]!++;
    expect(seen.every((v) => v === 1)).toBe(true);
  });

  it('depends on the key and scrambles consecutive indexes', () => {
    const a = createSerials(10, 1);
    const b = createSerials(10, 2);
    expect(a(0)).not.toBe(b(0));
    expect(a(0)).toHaveLength(10);
    const firstDigits = new Set(Array.from({ length: 100 }, (_, i) => a(i)[0]));
    expect(firstDigits.size).toBeGreaterThan(5);
  });

  it('refuses an index outside its range', () => {
    expect(() => createSerials(6, 1)(1_000_000)).toThrow(RangeError);
  });
});

describe('padDigits', () => {
  it('zero-pads to the width', () => {
    expect([padDigits(5, 2), padDigits(7, 3), padDigits(42, 5), padDigits(123456, 6), padDigits(0, 4)]).toEqual(['05', '007', '00042', '123456', '0000']);
  });
});

describe('createSampler', () => {
  it('draws values in proportion to their weights', () => {
    const sampler = createSampler(['a', 'b', 'c'], [6, 3, 1]);
    const rng = createRng(5);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 100_000; i++) counts[sampler.sample(rng) as 'a' | 'b' | 'c']++;
    expect(counts.a / 100_000).toBeCloseTo(0.6, 1);
    expect(counts.c / 100_000).toBeCloseTo(0.1, 1);
  });
});

describe('civil dates', () => {
  it('round-trips day numbers and refuses impossible dates', () => {
    for (const day of [-25567, 0, 11016, 20454, 47482]) expect(daysFromCivil(...civilFromDays(day))).toBe(day);
    expect(formatDay(daysFromCivil(2024, 2, 29))).toBe('2024-02-29');
    expect(parseDay('2023-02-29')).toBeUndefined();
    expect(parseDay('1990-13-01')).toBeUndefined();
    expect(parseDay('2025-07-01')).toBe(daysFromCivil(2025, 7, 1));
  });
});
