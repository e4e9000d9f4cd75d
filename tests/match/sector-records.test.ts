/** Sector records from the generator, with the verdict each deserves (R-MATCH-6). */
import { describe, expect, it } from 'vitest';
import { legacyEncodingOf } from '../../src/match/legacy-rescue.js';
import { splitCsvLine } from '../../src/match/read-records.js';
import { scorePairs } from '../../src/match/score.js';
import { generateSectorDataset } from '../../src/match/sector-records.js';
import { sectors } from '../../src/match/sectors.js';
import { SeenIndex } from '../../src/match/seen-index.js';
import { toTcvn3, toVni } from '../../src/text/legacy-encodings.js';
import { run } from '../cli/helpers.js';

describe('generateSectorDataset', () => {
  it.each(sectors)('gives %s records the sector’s own fields and a ref, the same for the same seed', (sector) => {
    const a = [...generateSectorDataset({ sector, seed: 3, count: 200, profile: 'adversarial' })];
    const b = [...generateSectorDataset({ sector, seed: 3, count: 200, profile: 'adversarial' })];
    expect(a).toEqual(b);
    expect(a[0]!.record.ref).toMatch(/^[A-Z]{3}-000001$/);
    const own = { telecom: 'SoThueBao', vaccination: 'MuiTiem', bank: 'SoTaiKhoan', 'social-security': 'MaSoBHXH', student: 'MaHocSinh' }[sector];
    expect(a.every((e) => e.record[own] !== undefined)).toBe(true);
  });

  it('marks a repeat as a duplicate of the first record of its chain, with the same sector key', () => {
    const entries = [...generateSectorDataset({ sector: 'bank', seed: 1, count: 2000, profile: 'adversarial' })];
    const byRef = new Map(entries.map((e) => [e.truth.ref, e]));
    const repeats = entries.filter((e) => e.truth.verdict === 'duplicate');
    expect(repeats.length).toBeGreaterThan(20);
    for (const r of repeats) {
      const first = byRef.get(r.truth.duplicateOf!)!;
      expect(first.truth.duplicateOf).toBeNull();
      expect(r.record.SoTaiKhoan).toBe(first.record.SoTaiKhoan);
    }
  });

  it('leaves a clean profile matched, or deceased for the dead', () => {
    const verdicts = new Set([...generateSectorDataset({ sector: 'student', seed: 1, count: 500, profile: 'clean' })].map((e) => e.truth.verdict));
    expect([...verdicts].sort()).toEqual(['deceased', 'matched']);
  });
});

it('vn06 generate --sector writes CSV records and a truth with the verdicts', async () => {
  const r = await run('generate', '--sector', 'vaccination', '-n', '5', '--format', 'csv', '--profile', 'realistic');
  expect(r.code).toBe(0);
  expect(r.stdout.split('\n')[0]).toBe('ref,SoDinhDanh,SoCMND,HoVaTen,NgayThangNamSinh,GioiTinh,MuiTiem,NgayTiem,LoaiVacxin');
  const bad = await run('generate', '--sector', 'farm');
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/--sector.*farm/);
});

describe('legacyEncodingOf', () => {
  const name = 'Trần Ngọc Khánh Ngân';
  it('sees a name encoded twice, VNI then TCVN3, as the NPD’s name', () => {
    expect(legacyEncodingOf(toTcvn3(toVni(name)), name)).toEqual(['tcvn3', 'vni']);
  });
  it('does not see someone else’s name in it', () => {
    expect(legacyEncodingOf(toTcvn3('Trần Ngọc Khánh Nga'), name)).toBeUndefined();
  });
});

describe('splitCsvLine', () => {
  it('reads quoted cells with commas and doubled quotes', () => {
    expect(splitCsvLine('a,"b, c","say ""hi""",')).toEqual(['a', 'b, c', 'say "hi"', '']);
  });
  it('refuses an open quote', () => {
    expect(splitCsvLine('a,"b')).toBeUndefined();
  });
});

describe('scorePairs', () => {
  it('gives precision, recall, F1 and MCC of 1 for perfect answers', () => {
    const s = scorePairs([['matched', 'matched'], ['deceased', 'deceased'], ['not-found', 'not-found']]);
    expect(s.classes.find((c) => c.verdict === 'matched')).toMatchObject({ precision: 1, recall: 1, f1: 1, mcc: 1 });
  });
  it('counts a missing answer against recall', () => {
    const s = scorePairs([['matched', 'matched'], ['matched', undefined], ['deceased', 'matched']]);
    expect(s.unanswered).toBe(1);
    expect(s.classes.find((c) => c.verdict === 'matched')).toMatchObject({ precision: 0.5, recall: 0.5 });
  });
});

describe('SeenIndex', () => {
  it('gives the first record of a key seen before, and remembers thousands of keys', () => {
    const seen = new SeenIndex();
    for (let i = 1; i <= 200_000; i++) expect(seen.firstOrAdd(`id:${String(i).padStart(12, '0')}#`, i)).toBeUndefined();
    expect(seen.size).toBe(200_000);
    expect(seen.firstOrAdd('id:000000012345#', 999_999)).toBe(12_345);
    expect(seen.firstOrAdd('id:000000012345#x', 7)).toBeUndefined();
  });
});
