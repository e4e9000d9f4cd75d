import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { matchReply, taxpayerSchema } from '../../mocks/tax/contract.js';
import { LEGACY_CODE_FIXTURES, UNKNOWN_LEGACY_CODE } from '../../mocks/tax/index.js';
import type { Citizen } from '../../src/contract/citizen.js';
import { parseTaxCode } from '../../src/identity/tax-code.js';
import { buildPopulationIndex } from '../../src/population/population-index.js';
import { personas } from '../../src/population/personas.js';
import { serve, testPopulation, type Served } from './helpers.js';

let s: Served;
beforeAll(async () => {
  s = await serve();
});
afterAll(async () => {
  await s.server.close();
});
beforeEach(() => {
  s.harness.reset();
});

const ORDINARY = '001085999001';
const TWO_CODES = '001076999007';
const SHARED_A = '049183999010';
const SHARED_B = '046179999011';
const DECEASED = '038050999003';
const CHILD = '001322999002';
const UNKNOWN = personas().find((p) => p.kind === 'unknown-id')!.personalId;
const SHARED_CODE = '4900999014';

/** The first living citizen of the test population holding a legacy tax code, after skipping `skip` of them. */
function withLegacyCode(skip = 0): Citizen & { legacyTaxCode: string } {
  const p = testPopulation();
  for (let i = 0, seen = 0; i < p.size; i++) {
    const c = p.at(i);
    if (c.legacyTaxCode !== null && c.dateOfDeath === null && seen++ === skip) return c as Citizen & { legacyTaxCode: string };
  }
  throw new Error('no citizen with a legacy tax code');
}

const get = async (path: string, client = 'procedure-system', on: Served = s) => on.call('GET', `/tax/v1/taxpayers/${path}`, { token: await on.token(client) });
const match = async (records: unknown[]) => s.call('POST', '/tax/v1/taxpayer-matches', { token: await s.token(), json: { records } });

describe('the conflict fixtures', () => {
  it('have valid check digits, outside the generator’s 8xxxxxxxxC range', () => {
    for (const code of [...LEGACY_CODE_FIXTURES.map((f) => f.code), UNKNOWN_LEGACY_CODE]) {
      expect(parseTaxCode(code).ok).toBe(true);
      expect(code.startsWith('8')).toBe(false);
    }
  });

  it('are the same whatever the seed', async () => {
    const other = await serve({ seed: 2, populationIndex: buildPopulationIndex({ seed: 2, size: 200 }) });
    try {
      expect((await get(TWO_CODES, 'procedure-system', other)).json().legacyCodes).toEqual(['0100999071', '0101999074']);
      expect((await get(`by-legacy-code/${SHARED_CODE}`, 'procedure-system', other)).status).toBe(409);
    } finally {
      await other.server.close();
    }
  });
});

describe('taxpayer lookup by personal ID (R-LOOK-7)', () => {
  it('uses the personal ID as the tax code and lists the linked legacy code', async () => {
    const r = await get(ORDINARY);
    expect(r.status).toBe(200);
    expect(taxpayerSchema.parse(r.json())).toEqual({
      MaSoThue: ORDINARY, SoDinhDanh: ORDINARY, HoVaTen: 'Nguyễn Văn An', NgayThangNamSinh: '1985-04-12', status: 'active', NgayMat: null, legacyCodes: ['0100999000'], conflicts: [],
    });
  });

  it('reports one ID with two codes, and one code with two IDs, on each ID involved', async () => {
    expect((await get(TWO_CODES)).json().conflicts).toEqual([{ kind: 'two-codes-one-id', codes: ['0100999071', '0101999074'] }]);
    for (const id of [SHARED_A, SHARED_B]) {
      expect((await get(id)).json().conflicts).toEqual([{ kind: 'one-code-two-ids', code: SHARED_CODE, personalIds: [SHARED_A, SHARED_B] }]);
    }
  });

  it('marks a deceased taxpayer, the persona and one whose death civil status records now', async () => {
    expect((await get(DECEASED)).json()).toMatchObject({ status: 'deceased', NgayMat: '2024-11-02', legacyCodes: ['3800999033'] });
    const c = withLegacyCode();
    s.harness.world.recordDeath('civil-status', c.personalId, '2025-12-15');
    expect((await get(c.personalId)).json()).toMatchObject({ status: 'deceased', NgayMat: '2025-12-15', legacyCodes: [c.legacyTaxCode] });
  });

  it('answers 404 for a child with no tax code and for an unknown ID, 400 for a malformed one, 403 without tax.read', async () => {
    const child = await get(CHILD);
    expect([child.status, child.json().error.message]).toEqual([404, expect.stringContaining('not registered for tax')]);
    expect((await get(UNKNOWN)).json().error.message).toContain('no citizen');
    expect((await get('0010859990')).status).toBe(400);
    expect((await get(ORDINARY, 'clinic')).status).toBe(403);
  });
});

describe('lookup by legacy 10-digit code (R-MATCH-7)', () => {
  it('resolves a code of the population and a fixture to their one personal ID', async () => {
    const c = withLegacyCode(1);
    expect((await get(`by-legacy-code/${c.legacyTaxCode}`)).json()).toMatchObject({ MST: c.legacyTaxCode, SoDinhDanh: c.personalId, HoVaTen: c.fullName, legacyCodes: [c.legacyTaxCode] });
    expect((await get('by-legacy-code/3800999033')).json()).toMatchObject({ SoDinhDanh: DECEASED, status: 'deceased' });
  });

  it('refuses to pick one of two IDs (409), names an unknown code (404), and rejects a wrong check digit (400)', async () => {
    const shared = await get(`by-legacy-code/${SHARED_CODE}`);
    expect([shared.status, shared.json().error.code]).toEqual([409, 'conflict']);
    expect(shared.json().error.message).toContain(`${SHARED_A}, ${SHARED_B}`);
    expect((await get(`by-legacy-code/${UNKNOWN_LEGACY_CODE}`)).status).toBe(404);
    const bad = await get('by-legacy-code/0100999001');
    expect([bad.status, bad.json().error.message]).toEqual([400, expect.stringContaining('check digit')]);
    expect((await get('by-legacy-code/010099900')).status).toBe(400);
  });
});

describe('batch matching of tax records (R-MATCH-7)', () => {
  it('gives every record one verdict, reports each conflict with what is involved, and merges none', async () => {
    const c = withLegacyCode(2);
    const r = await match([
      { ref: 'a', MST: '0100999000', HoVaTen: 'Nguyễn Văn An', NgayThangNamSinh: '12/04/1985' },
      { MST: c.legacyTaxCode, HoVaTen: c.fullName.normalize('NFD'), SoDinhDanh: c.personalId },
      { MST: ORDINARY, HoVaTen: 'Nguyễn Văn An' },
      { MST: SHARED_CODE, HoVaTen: 'Trương Thị Mai', SoDinhDanh: SHARED_A },
      { MST: '0101999074', HoVaTen: 'Đỗ Mạnh Hùng' },
      { MST: '0100999000', HoVaTen: 'Nguyễn Văn An', SoDinhDanh: SHARED_B },
      { MST: '3800999033', HoVaTen: 'Lê Văn Bình', NgayThangNamSinh: '1950' },
      { MST: '0100999000', HoVaTen: 'Nguyễn Văn Ân' },
      { MST: UNKNOWN_LEGACY_CODE, HoVaTen: 'Không Ai' },
      { MST: '0100999001', HoVaTen: 'Sai Số' },
      { MST: CHILD, HoVaTen: 'Trần Ngọc Bảo Anh' },
    ]);
    expect(r.status).toBe(200);
    const { counts, results } = matchReply.parse(r.json());
    expect(results.map((x) => [x.line, x.verdict, x.conflict ?? x.SoDinhDanh ?? null])).toEqual([
      [1, 'matched', ORDINARY],
      [2, 'matched', c.personalId],
      [3, 'matched', ORDINARY],
      [4, 'conflict', 'one-code-two-ids'],
      [5, 'conflict', 'two-codes-one-id'],
      [6, 'conflict', 'code-id-mismatch'],
      [7, 'deceased', DECEASED],
      [8, 'mismatch', ORDINARY],
      [9, 'not-found', null],
      [10, 'invalid', null],
      [11, 'not-found', null],
    ]);
    expect(results[0]!.ref).toBe('a');
    expect(results[3]!).toMatchObject({ candidates: [SHARED_A, SHARED_B] });
    expect(results[3]!.SoDinhDanh).toBeUndefined();
    expect(results[4]!).toMatchObject({ SoDinhDanh: TWO_CODES, legacyCodes: ['0100999071', '0101999074'] });
    expect(results[5]!).toMatchObject({ candidates: [ORDINARY, SHARED_B] });
    expect(results[6]!.NgayMat).toBe('2024-11-02');
    expect(results[7]!.mismatches).toEqual(['HoVaTen']);
    expect(counts).toEqual({ matched: 3, conflict: 3, deceased: 1, mismatch: 1, 'not-found': 2, invalid: 1 });
  });

  it('sees a death civil status recorded after the records were written', async () => {
    const c = withLegacyCode(3);
    const record = { MST: c.legacyTaxCode, HoVaTen: c.fullName };
    expect((await match([record])).json().results[0].verdict).toBe('matched');
    s.harness.world.recordDeath('civil-status', c.personalId, '2025-12-01');
    expect((await match([record])).json().results[0]).toMatchObject({ verdict: 'deceased', NgayMat: '2025-12-01' });
  });

  it('takes 10,000 records and refuses 10,001, none, or a record off the contract (422)', async () => {
    const record = { MST: '0100999000', HoVaTen: 'Nguyễn Văn An' };
    const full = await match(Array.from({ length: 10_000 }, () => record));
    expect([full.status, full.json().counts.matched]).toEqual([200, 10_000]);
    const over = await match(Array.from({ length: 10_001 }, () => record));
    expect([over.status, over.json().error.message]).toEqual([422, expect.stringContaining('at most 10000')]);
    expect((await match([])).status).toBe(422);
    const extra = await match([{ ...record, password: 'x' }]);
    expect([extra.status, extra.json().error.field]).toEqual([422, 'records.0']);
    expect((await match([{ MST: '01009990', HoVaTen: 'A' }])).json().error.field).toBe('records.0.MST');
  });
});

describe('bad input', () => {
  it('never answers odd match bodies with a 500', async () => {
    const token = await s.token();
    for (const body of ['null', '[]', '"x"', '{}', '{"records":null}', '{"records":[null]}', '{"records":[{"MST":8000000000,"HoVaTen":"A"}]}', '{"records":[{"MST":"0100999000","HoVaTen":"A","NgayThangNamSinh":"xx/yy/zzzz"}]}']) {
      const r = await s.call('POST', '/tax/v1/taxpayer-matches', { token, body, headers: { 'content-type': 'application/json' } });
      expect([body, r.status < 500]).toEqual([body, true]);
    }
  });
});
