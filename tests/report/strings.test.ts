import { describe, expect, it } from 'vitest';
import { formatDuration, formatNumber } from '../../src/report/format.js';
import { strings } from '../../src/report/strings.js';

function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (n: number) => string)(3))]];
  return Object.entries(value as object).flatMap(([k, v]) => leaves(v, path === '' ? k : `${path}.${k}`));
}

describe('the report strings', () => {
  const en = leaves(strings.en);
  const vi = leaves(strings.vi);

  it('have the same keys in both languages', () => {
    expect(vi.map(([k]) => k)).toEqual(en.map(([k]) => k));
  });

  it('are NFC in Vietnamese, and every one translated', () => {
    for (const [key, text] of vi) {
      expect(text.normalize('NFC'), key).toBe(text);
      expect(text, key).not.toBe(en.find(([k]) => k === key)?.[1]);
    }
  });
});

describe('numbers and durations', () => {
  it('group digits and mark decimals the way each language does', () => {
    expect(formatNumber(819_323_398, 'en')).toBe('819,323,398');
    expect(formatNumber(819_323_398, 'vi')).toBe('819.323.398');
    expect(formatNumber(69.9, 'vi')).toBe('69,9');
    expect(formatNumber(-1234.5678, 'en')).toBe('-1,234.568');
    expect(formatNumber(Number.NaN, 'en')).toBe('NaN');
  });

  it('print milliseconds under a second and seconds above', () => {
    expect(formatDuration(999, 'en')).toBe('999 ms');
    expect(formatDuration(12_345, 'en')).toBe('12.3 s');
    expect(formatDuration(12_345, 'vi')).toBe('12,3 giây');
  });
});
