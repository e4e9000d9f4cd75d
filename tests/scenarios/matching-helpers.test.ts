/** The matching scenarios' helpers: the reference system's tidying, and the harness's ground truth and scores. */
import { describe, expect, it } from 'vitest';
import type { DatasetEntry } from '../../src/generator/dataset.js';
import { carrierBatch, dataset, scoreRubric, scoreVerdicts, sectorBatch, type CitizenSource } from '../../src/scenario/sut/reference/matching-fixtures.js';
import { namesAlike, tidyDate, tidyName, tidySex } from '../../src/scenario/sut/reference/matching-normalise.js';
import type { MatchResult, StandardisedRecord } from '../../src/scenario/sut/stimuli/matching.js';
import { toTcvn3, toVni } from '../../src/text/legacy-encodings.js';
import { testPopulation } from '../mocks/helpers.js';

const NAME = 'Nguyễn Thị Ánh Tuyết';

describe('tidyName', () => {
  it.each([
    ['TCVN3', toTcvn3(NAME), ['tcvn3']],
    ['VNI', toVni(NAME), ['vni']],
    ['NFD with odd spaces', ` ${NAME.normalize('NFD')}  `, ['nfc', 'whitespace']],
    ['upper case', NAME.toLocaleUpperCase('vi'), ['case']],
  ])('turns a %s name into the NPD’s, saying how', (_what, raw, steps) => {
    expect(tidyName(raw)).toEqual({ value: NAME, steps });
  });

  it('leaves a clean name, and a mixed-case minority name, as they are', () => {
    expect(tidyName(NAME)).toEqual({ value: NAME, steps: [] });
    expect(tidyName("H'Hen Niê").value).toBe("H'Hen Niê");
  });
});

describe('tidyDate and tidySex', () => {
  it.each(['1984-05-12', '12/05/1984', '12/5/1984', '12-05-1984', '12.05.1984', '19840512'])('reads %s as 1984-05-12', (raw) => {
    expect(tidyDate(raw)?.value).toBe('1984-05-12');
  });

  it('keeps a year alone, and refuses a day that does not exist', () => {
    expect(tidyDate(' 1984')).toEqual({ value: '1984', steps: ['whitespace'] });
    expect(tidyDate('31/02/1984')).toBeUndefined();
  });

  it('codes sex as the NPD does', () => {
    expect(tidySex('Nữ')).toEqual({ value: '2', steps: ['sex-code'] });
    expect(tidySex('1')).toEqual({ value: '1', steps: [] });
    expect(tidySex('?')).toBeUndefined();
  });
});

it('tells a name written without diacritics or with a typo from someone else’s', () => {
  expect(namesAlike('Nguyen Thi Anh Tuyet', NAME)).toBe(true);
  expect(namesAlike('Nguyễn Thị Ánh Tuyêt', NAME)).toBe(true);
  expect(namesAlike('Trần Văn Bình', NAME)).toBe(false);
});

describe('the ground truth of a sector batch', () => {
  const population = testPopulation();
  const world: CitizenSource = { citizen: (id) => population.byPersonalId(id) };
  const entries = dataset(population, 'adversarial', 300);
  const repeat = entries.findIndex((e) => e.truth.duplicateOf !== null && e.truth.duplicateOf > 1);
  const original = entries[repeat]!.truth.duplicateOf!;

  it('counts a repeat as a duplicate of the record it repeats, when that record is in the batch', () => {
    const batch = sectorBatch('bank', entries, world);
    expect(batch.expected[repeat]).toMatchObject({ verdict: 'duplicate', duplicateOf: `BAN-${String(original).padStart(6, '0')}` });
  });

  it('judges a repeat as the record it copies when that record is in another batch', () => {
    const alone: DatasetEntry[] = [entries[repeat]!];
    const batch = sectorBatch('bank', alone, world, entries);
    const copied = sectorBatch('bank', [entries[original - 1]!], world, entries);
    expect(batch.expected[0]!.verdict).toBe(copied.expected[0]!.verdict);
    expect(batch.records[0]).toMatchObject({ SoTaiKhoan: (copied.records[0] as { SoTaiKhoan: string }).SoTaiKhoan });
  });

  it('scores verdicts per class, and a perfect answer 100% on the four-way rubric', () => {
    const batch = sectorBatch('social-security', entries.slice(0, 50), world, entries);
    const results: MatchResult[] = batch.expected.map((e) => ({ ref: e.ref, verdict: e.verdict, normalised: [], explanation: 'x', ...(e.duplicateOf ? { duplicateOf: e.duplicateOf } : {}) }));
    expect(scoreVerdicts(batch.expected, results)).toMatchObject({ accuracy: 1, misses: [], unanswered: [] });
    const standardised: StandardisedRecord[] = batch.expected
      .filter((e) => e.verdict !== 'duplicate')
      .map((e) => {
        const c = e.citizen!;
        const address = { MaTinhThanh: c.permanentAddress.provinceCode, TenTinhThanh: c.permanentAddress.province, MaPhuongXa: c.permanentAddress.wardCode, TenPhuongXa: c.permanentAddress.ward, ChiTiet: c.permanentAddress.detail };
        const known = ['matched', 'mismatched', 'resolved-from-legacy-id', 'deceased'].includes(e.verdict);
        return known
          ? { ref: e.ref, SoDinhDanh: c.personalId, HoVaTen: c.fullName, NgayThangNamSinh: c.dateOfBirth, GioiTinh: c.sex === 'male' ? '1' : '2', ThuongTru: address, ...(c.dateOfDeath ? { NgayMat: c.dateOfDeath } : {}) }
          : { ref: e.ref };
      });
    const rubric = scoreRubric(batch, { results, standardised });
    expect([rubric.correct.score, rubric.complete.score, rubric.clean.score, rubric.live.score]).toEqual([1, 1, 1, 1]);
    const twice = scoreRubric(batch, { results, standardised: [...standardised, { ...standardised.find((r) => r.SoDinhDanh)!, ref: 'again' }] });
    expect(twice.clean.faults.map((f) => f.ref)).toEqual(['again']);
  });
});

it('draws the same carrier batch for the same seed, mistyped IDs out of the live set', () => {
  const population = testPopulation();
  const world: CitizenSource = { citizen: (id) => population.byPersonalId(id) };
  const a = carrierBatch(population, world, 500, 100);
  const b = carrierBatch(population, world, 500, 100);
  expect(a.records).toEqual(b.records);
  const mistyped = a.records.filter((r) => r.SoDinhDanh !== undefined && population.byPersonalId(r.SoDinhDanh) === undefined);
  expect(mistyped.length).toBeGreaterThan(0);
  expect(mistyped.every((r) => !a.live.has(r.ref))).toBe(true);
  expect(new Set(a.records.map((r) => (r as { SoThueBao: string }).SoThueBao)).size).toBe(500);
});
