import { describe, expect, it } from 'vitest';
import { centurySexDigit, parsePersonalId } from '../../src/identity/personal-id.js';

function problemsOf(input: string, expect: Parameters<typeof parsePersonalId>[1] = {}): string[] {
  const r = parsePersonalId(input, expect);
  return r.ok ? [] : r.problems.map((p) => p.code);
}

describe('parsePersonalId', () => {
  it('reads province, sex and birth year from the example of the sources (087084000999)', () => {
    const r = parsePersonalId('087084000999');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.place).toBe('Tỉnh Đồng Tháp');
    expect(r.value.sex).toBe('male');
    expect(r.value.birthYear).toBe(1984);
    expect(r.value.serial).toBe('000999');
  });

  it('decodes the century-and-sex digit for both centuries and sexes', () => {
    const cases: [string, 'male' | 'female', number][] = [
      ['001090000001', 'male', 1990],
      ['001190000001', 'female', 1990],
      ['079203000001', 'male', 2003],
      ['079303000001', 'female', 2003],
    ];
    for (const [id, sex, year] of cases) {
      const r = parsePersonalId(id);
      expect(r.ok && [r.value.sex, r.value.birthYear]).toEqual([sex, year]);
      expect(centurySexDigit(year, sex)).toBe(Number(id[3]));
    }
  });

  it('accepts a country code for births registered abroad', () => {
    const r = parsePersonalId('175290000001');
    expect(r.ok && r.value.registeredAbroad).toBe(true);
  });

  it('refuses wrong lengths and non-digits, naming the position', () => {
    expect(problemsOf('00108400099')).toEqual(['length']);
    const r = parsePersonalId('0010840009X9');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toContain('position 11');
  });

  it('refuses place codes that are no province and no country (003, 097, 300)', () => {
    for (const id of ['003084000999', '097084000999', '300084000999']) expect(problemsOf(id)).toContain('unknown-place');
  });

  it('refuses a birth year after the current year', () => {
    expect(problemsOf('001230000001', { currentYear: 2026 })).toEqual(['future-birth-year']);
    expect(problemsOf('001226000001', { currentYear: 2026 })).toEqual([]);
  });

  it('reports disagreement with the holder’s sex, birth year and province of birth registration', () => {
    expect(problemsOf('001090000001', { sex: 'female' })).toEqual(['sex-mismatch']);
    expect(problemsOf('001090000001', { birthYear: 1991 })).toEqual(['birth-year-mismatch']);
    expect(problemsOf('001090000001', { birthProvinceCode: '79' })).toEqual(['province-mismatch']);
    expect(problemsOf('001090000001', { sex: 'male', birthYear: 1990, birthProvinceCode: '01' })).toEqual([]);
  });
});
