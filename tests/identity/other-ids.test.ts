import { describe, expect, it } from 'vitest';
import { explainIdentifier } from '../../src/identity/explain.js';
import { parseHealthInsuranceCard } from '../../src/identity/health-insurance.js';
import { parseLegacyId } from '../../src/identity/legacy-id.js';
import { parseTaxCode, taxCheckDigit } from '../../src/identity/tax-code.js';

describe('legacy tax codes', () => {
  it('accepts the worked example 0100109106 (check digit 6)', () => {
    expect(taxCheckDigit('010010910')).toBe(6);
    expect(parseTaxCode('0100109106').ok).toBe(true);
  });

  it('refuses a wrong check digit and says which digit it should be', () => {
    const r = parseTaxCode('0100109107');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toContain('require 6');
  });

  it('accepts the 13-digit dependent-unit form and the 12-digit personal ID', () => {
    expect(parseTaxCode('0100109106-001').ok).toBe(true);
    expect(parseTaxCode('0100109106-01').ok).toBe(false);
    expect(parseTaxCode('001090000001').ok).toBe(true);
  });
});

describe('old 9-digit IDs', () => {
  it('names the issuing province block', () => {
    const r = parseLegacyId('012345678');
    expect(r.ok && r.value.provinces).toContain('Thành phố Hà Nội');
  });

  it('refuses an unknown prefix and a wrong length', () => {
    expect(parseLegacyId('992345678').ok).toBe(false);
    expect(parseLegacyId('01234567').ok).toBe(false);
  });
});

describe('health-insurance card codes', () => {
  it('splits group, level, province and social insurance code', () => {
    const r = parseHealthInsuranceCard('HS4010120878811');
    expect(r.ok && [r.value.group, r.value.benefitLevel, r.value.provinceCode, r.value.socialInsuranceCode]).toEqual(['HS', 4, '01', '0120878811']);
  });

  it('refuses an unknown group, a level outside 1–5 and an unknown province', () => {
    const codes = (input: string): string[] => {
      const r = parseHealthInsuranceCard(input);
      return r.ok ? [] : r.problems.map((p) => p.code);
    };
    expect(codes('ZZ4010120878811')).toEqual(['group']);
    expect(codes('HS9010120878811')).toEqual(['benefit-level']);
    expect(codes('HS4030120878811')).toEqual(['province']);
  });
});

describe('explainIdentifier', () => {
  it('recognises each identifier by its shape', () => {
    expect(['001090000001', '012345678', '0100109106', 'HS4010120878811', '12345'].map((i) => explainIdentifier(i).kind)).toEqual([
      'personal-id',
      'legacy-id',
      'tax-code',
      'health-insurance-card',
      'unknown',
    ]);
  });
});
