/** `vn06 match`: results, cleaned records that round-trip, the quality report, and clear errors (R-MATCH-1 to -4). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPopulationIndex } from '../../src/population/population-index.js';
import { run } from '../cli/helpers.js';
import { ndjson, scratch } from './helpers.js';

const dir = scratch();
const LIVING = new Set(['matched', 'mismatched', 'resolved-from-legacy-id']);

describe('the cleaned records', () => {
  beforeAll(async () => {
    expect((await run('generate', '--sector', 'vaccination', '--profile', 'adversarial', '-n', '3000', '--out', join(dir, 'v.ndjson'), '--truth', join(dir, 'v.truth.ndjson'))).code).toBe(0);
    expect((await run('match', join(dir, 'v.ndjson'), '--sector', 'vaccination', '--out', join(dir, 'v.results.ndjson'), '--clean', join(dir, 'v.clean.ndjson'))).code).toBe(0);
    expect((await run('match', join(dir, 'v.clean.ndjson'), '--sector', 'vaccination', '--out', join(dir, 'v2.results.ndjson'))).code).toBe(0);
  });

  it('match again as matched for every record of a living person the NPD knows', () => {
    const first = ndjson(join(dir, 'v.results.ndjson')).filter((r) => LIVING.has(r.verdict));
    const again = new Map(ndjson(join(dir, 'v2.results.ndjson')).map((r) => [r.ref, r.verdict]));
    expect(first.length).toBeGreaterThan(1500);
    expect(first.filter((r) => again.get(r.ref) !== 'matched')).toEqual([]);
  });

  it('leave out duplicates and carry the NPD’s values, the deceased marked', () => {
    const results = ndjson(join(dir, 'v.results.ndjson'));
    const clean = ndjson(join(dir, 'v.clean.ndjson'));
    expect(clean).toHaveLength(results.filter((r) => r.verdict !== 'duplicate' && r.verdict !== 'invalid').length + results.filter((r) => r.verdict === 'invalid' && r.ref).length);
    const byRef = new Map(clean.map((c) => [c.ref, c]));
    const mismatched = results.find((r) => r.verdict === 'mismatched' && r.canonical.HoVaTen)!;
    expect(byRef.get(mismatched.ref)).toMatchObject({ SoDinhDanh: mismatched.personalId, HoVaTen: mismatched.canonical.HoVaTen });
    const dead = results.find((r) => r.verdict === 'deceased')!;
    expect(byRef.get(dead.ref)).toMatchObject({ NgayMat: dead.NgayMat });
    const duplicate = results.find((r) => r.verdict === 'duplicate')!;
    expect(byRef.has(duplicate.ref)).toBe(false);
    expect(duplicate.duplicateOf).toBeLessThan(duplicate.record);
  });
});

describe('vn06 match', () => {
  it('writes one result per record, CSV in and out, with a JSON and an HTML report', async () => {
    const input = join(dir, 's.csv');
    expect((await run('generate', '--sector', 'social-security', '--profile', 'realistic', '-n', '500', '--format', 'csv', '--out', input)).code).toBe(0);
    const r = await run('match', input, '--sector', 'social-security', '--format', 'csv', '--out', join(dir, 's.results.csv'), '--report', join(dir, 's.json'));
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 's.results.csv'), 'utf8').trimEnd().split('\n')).toHaveLength(501);
    const report = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'));
    expect(report.records).toBe(500);
    expect(report.dimensions.map((d: { dimension: string }) => d.dimension)).toEqual(['correct', 'complete', 'clean', 'live']);
    expect(r.stdout).toMatch(/correct +\d+\.\d%/);
    const html = await run('match', input, '--sector', 'social-security', '--out', join(dir, 's.results.ndjson'), '--report', join(dir, 's.html'));
    expect(html.code).toBe(0);
    expect(readFileSync(join(dir, 's.html'), 'utf8')).toMatch(/^<!doctype html>[\s\S]*Đúng, đủ, sạch, sống/);
  });

  it('reports a malformed line as an invalid record and goes on', async () => {
    const input = join(dir, 'bad.ndjson');
    writeFileSync(input, ['{"ref":"A","SoDinhDanh":"001085999001","HoVaTen":"Nguyễn Văn An"}', '{"ref":"B",', '[1]', '{"ref":"C","SoDinhDanh":"12"}', ''].join('\n'));
    const r = await run('match', input, '--out', join(dir, 'bad.results.ndjson'));
    expect(r.code).toBe(0);
    const results = ndjson(join(dir, 'bad.results.ndjson'));
    expect(results.map((x) => [x.record, x.verdict])).toEqual([[1, 'matched'], [2, 'invalid'], [3, 'invalid'], [4, 'invalid']]);
    expect(results[1]!.reason).toMatch(/not valid JSON/);
    expect(results[3]!.reason).toMatch(/neither a 12-digit personal ID nor a 9-digit old ID/);
  });

  it('reads an unterminated CSV quote as one invalid record', async () => {
    const input = join(dir, 'bad.csv');
    writeFileSync(input, 'ref,SoDinhDanh,HoVaTen\nA,001085999001,Nguyễn Văn An\nB,"001085999001,x\n');
    const r = await run('match', input, '--out', join(dir, 'badcsv.results.ndjson'));
    expect(r.code).toBe(0);
    expect(ndjson(join(dir, 'badcsv.results.ndjson')).map((x) => x.verdict)).toEqual(['matched', 'invalid']);
  });

  it('fails with exit code 2 on a missing input file', async () => {
    const r = await run('match', join(dir, 'nope.csv'), '--out', join(dir, 'nope.results'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Failed to read the input file .*nope\.csv: ENOENT/);
  });

  it('fails with exit code 6 when the NPD cannot be reached', async () => {
    writeFileSync(join(dir, 'one.ndjson'), '{"ref":"A","SoDinhDanh":"001085999001"}\n');
    const r = await run('match', join(dir, 'one.ndjson'), '--against', 'http://127.0.0.1:9', '--out', join(dir, 'one.results'));
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(/Failed to connect to the NPD at http:\/\/127\.0\.0\.1:9/);
  });

  it('fails with exit code 2 on wrong client credentials, and without --out', async () => {
    const wrong = await run('match', join(dir, 'one.ndjson'), '--client-secret', 'nope', '--out', join(dir, 'one.results'));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--client-id and --client-secret/);
    const noOut = await run('match', join(dir, 'one.ndjson'));
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/--out/);
  });
});

it('reads a subscriber number with +84 or spaces as the same number, so a repeat is a duplicate', async () => {
  const input = join(dir, 'phones.ndjson');
  const person = '{"SoDinhDanh":"001085999001","HoVaTen":"Nguyễn Văn An","NgayThangNamSinh":"1985-06-15"';
  writeFileSync(input, `${person},"ref":"A","SoThueBao":"0912345678"}\n${person},"ref":"B","SoThueBao":"+84 912 345 678"}\n${person},"ref":"C","SoThueBao":"0912345679"}\n`);
  const r = await run('match', input, '--out', join(dir, 'phones.results.ndjson'), '--clean', join(dir, 'phones.clean.ndjson'));
  expect(r.code).toBe(0);
  expect(ndjson(join(dir, 'phones.results.ndjson')).map((x) => [x.ref, x.verdict, x.duplicateOf])).toEqual([['A', expect.any(String), undefined], ['B', 'duplicate', 1], ['C', expect.any(String), undefined]]);
  expect(ndjson(join(dir, 'phones.clean.ndjson')).map((x) => x.SoThueBao)).toEqual(['0912345678', '0912345679']);
});

it('brings addresses written in the units abolished on 1 July 2025 to the current ones, and never to a wrong one', async () => {
  const input = join(dir, 'ss.ndjson');
  const truthFile = join(dir, 'ss.truth.ndjson');
  expect((await run('generate', '--sector', 'social-security', '--profile', 'adversarial', '-n', '3000', '--out', input, '--truth', truthFile)).code).toBe(0);
  const r = await run('match', input, '--sector', 'social-security', '--out', join(dir, 'ss.results.ndjson'), '--clean', join(dir, 'ss.clean.ndjson'));
  expect(r.code).toBe(0);
  const population = buildPopulationIndex({ seed: 1, size: 10_000 });
  const clean = new Map(ndjson(join(dir, 'ss.clean.ndjson')).map((c) => [c.ref, c]));
  const outdated = ndjson(truthFile).filter((t) => t.corruptions.includes('outdated-address') && clean.has(t.ref));
  const current = outdated.filter((t) => {
    const now = population.byPersonalId(t.personalId)!.permanentAddress;
    const held = clean.get(t.ref)!.ThuongTru;
    return held.MaPhuongXa === now.wardCode && held.MaTinhThanh === now.provinceCode && held.TenPhuongXa === now.ward;
  });
  expect(outdated.length).toBeGreaterThan(100);
  expect(current.length / outdated.length).toBeGreaterThan(0.9);
  const given = new Map(ndjson(input).map((g) => [g.ref, g]));
  const changed = [...clean.values()].filter((c) => c.ThuongTru && JSON.stringify(c.ThuongTru) !== JSON.stringify(given.get(c.ref)!.ThuongTru));
  const wrong = changed.filter((c) => {
    const truth = ndjson(truthFile).find((t) => t.ref === c.ref)!;
    return population.byPersonalId(truth.personalId)?.permanentAddress.wardCode !== c.ThuongTru.MaPhuongXa;
  });
  expect(wrong).toEqual([]);
});
