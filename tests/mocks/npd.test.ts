import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { congDanSchema } from '../../mocks/npd/contract.js';
import { serve, testPopulation, type Served } from './helpers.js';

let s: Served;
beforeAll(async () => {
  s = await serve();
});
afterAll(async () => {
  await s.server.close();
});

const adult = () => {
  const p = testPopulation();
  for (let i = 0; i < p.size; i++) {
    const c = p.at(i);
    if (c.legacyId && c.fatherId === null && c.spouseId !== null && c.dateOfDeath === null) return c;
  }
  throw new Error('no suitable adult');
};
const deceased = () => {
  const p = testPopulation();
  for (let i = 0; i < p.size; i++) if (p.at(i).dateOfDeath !== null) return p.at(i);
  throw new Error('no deceased citizen');
};
const form = (fields: Record<string, string>) => ({ body: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });

describe('the NPD token endpoint (OAuth2 client credentials)', () => {
  it('issues a bearer token with the client’s scopes, narrowed on request', async () => {
    const r = await s.call('POST', '/npd/oauth/token', form({ grant_type: 'client_credentials', client_id: 'bank', client_secret: 'bank-secret' }));
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ token_type: 'Bearer', expires_in: 300, scope: 'npd.citizen.verify' });
    expect(r.headers.get('cache-control')).toBe('no-store');
    const narrowed = await s.call('POST', '/npd/oauth/token', form({ grant_type: 'client_credentials', client_id: 'procedure-system', client_secret: 'procedure-system-secret', scope: 'npd.citizen.verify' }));
    expect(narrowed.json().scope).toBe('npd.citizen.verify');
  });

  it('accepts HTTP Basic client authentication (RFC 6749 §2.3.1)', async () => {
    const basic = Buffer.from('clinic:clinic-secret').toString('base64');
    const r = await s.call('POST', '/npd/oauth/token', { body: 'grant_type=client_credentials', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` } });
    expect(r.status).toBe(200);
  });

  it('refuses a wrong secret, an unknown grant and a scope the client does not have, in the RFC 6749 §5.2 shape', async () => {
    const wrong = await s.call('POST', '/npd/oauth/token', form({ grant_type: 'client_credentials', client_id: 'bank', client_secret: 'nope' }));
    expect([wrong.status, wrong.json().error]).toEqual([401, 'invalid_client']);
    const grant = await s.call('POST', '/npd/oauth/token', form({ grant_type: 'password', client_id: 'bank', client_secret: 'bank-secret' }));
    expect([grant.status, grant.json().error]).toEqual([400, 'unsupported_grant_type']);
    const scope = await s.call('POST', '/npd/oauth/token', form({ grant_type: 'client_credentials', client_id: 'bank', client_secret: 'bank-secret', scope: 'npd.citizen.read' }));
    expect([scope.status, scope.json().error]).toEqual([400, 'invalid_scope']);
  });

  it('refuses a JSON body with 415', async () => {
    const r = await s.call('POST', '/npd/oauth/token', { json: { grant_type: 'client_credentials' } });
    expect(r.status).toBe(415);
  });
});

describe('lookup by personal ID', () => {
  it('returns the full CongDan record to a procedure system, relatives and head of household included', async () => {
    const c = adult();
    const r = await s.call('GET', `/npd/v1/citizens/${c.personalId}`, { token: await s.token() });
    expect(r.status).toBe(200);
    const body = r.json();
    expect(body.error_code).toBe(0);
    const record = congDanSchema.parse(body.data);
    expect(record.SoDinhDanh).toBe(c.personalId);
    expect(record.HoVaTen).toEqual({ Ho: c.surname, ChuDem: c.middleName, Ten: c.givenName });
    expect(record.SoCMND).toBe(c.legacyId);
    expect(record.VoChong?.SoDinhDanh).toBe(c.spouseId);
    expect(record.ThuongTru.TenPhuongXa).toBe(c.permanentAddress.ward);
    expect(record.NgayThangNamSinh.NgayThangNam).toBe(c.dateOfBirth.replaceAll('-', ''));
  });

  it('gives a clinic the basic fields only, and a procedure system only the optional fields it asks for', async () => {
    const c = adult();
    const basic = (await s.call('GET', `/npd/v1/citizens/${c.personalId}`, { token: await s.token('clinic') })).json().data;
    expect(Object.keys(basic).sort()).toEqual(['GioiTinh', 'HoVaTen', 'NgayMat', 'NgayThangNamSinh', 'NoiOHienTai', 'QuocTich', 'SoDinhDanh', 'ThuongTru']);
    const asked = (await s.call('GET', `/npd/v1/citizens/${c.personalId}?fields=SoCMND`, { token: await s.token() })).json().data;
    expect(asked.SoCMND).toBe(c.legacyId);
    expect(asked.VoChong).toBeUndefined();
  });

  it('shows a deceased citizen with the date of death', async () => {
    const c = deceased();
    const r = await s.call('GET', `/npd/v1/citizens/${c.personalId}`, { token: await s.token() });
    expect(r.json().data.NgayMat).toBe(c.dateOfDeath!.replaceAll('-', ''));
  });

  it('answers the gateway’s SOAP form on request', async () => {
    const c = adult();
    const r = await s.call('GET', `/npd/v1/citizens/${c.personalId}?format=xml`, { token: await s.token() });
    expect(r.json().message).toContain(`<CongdanCollection><CongDan><SoDinhDanh>${c.personalId}</SoDinhDanh>`);
  });

  it('answers 404 for an unknown ID, 400 for a malformed one and for an unknown field, in the gateway shape', async () => {
    const token = await s.token();
    const unknown = await s.call('GET', '/npd/v1/citizens/001099999999', { token });
    expect([unknown.status, unknown.json().error_code]).toEqual([404, 4]);
    const malformed = await s.call('GET', '/npd/v1/citizens/12345', { token });
    expect([malformed.status, malformed.json().error_code]).toEqual([400, 1]);
    expect(malformed.json().message).toContain('12 digits');
    const field = await s.call('GET', `/npd/v1/citizens/${adult().personalId}?fields=Password`, { token });
    expect(field.status).toBe(400);
    const escape = await s.call('GET', '/npd/v1/citizens/%E0%A4%A', { token });
    expect([escape.status, escape.json().error_code]).toEqual([400, 1]);
    const long = await s.call('GET', `/npd/v1/citizens/${'1'.repeat(300)}`, { token });
    expect([long.status, long.json().error_code]).toEqual([400, 1]);
  });

  it('refuses a missing, foreign, expired or query-string token, and a token without the scope', async () => {
    const id = adult().personalId;
    expect((await s.call('GET', `/npd/v1/citizens/${id}`)).status).toBe(401);
    expect((await s.call('GET', `/npd/v1/citizens/${id}`, { token: 'eyJhbGciOiJIUzI1NiJ9.e30.x' })).status).toBe(401);
    const token = await s.token();
    const inQuery = await s.call('GET', `/npd/v1/citizens/${id}?access_token=${token}`);
    expect(inQuery.status).toBe(401);
    expect(s.harness.journal.list({ violation: 'token-in-query' }).length).toBeGreaterThan(0);
    expect((await s.call('GET', `/npd/v1/citizens/${id}`, { token: await s.token('bank') })).status).toBe(403);
    s.harness.clock.advance(301_000);
    const expired = await s.call('GET', `/npd/v1/citizens/${id}`, { token });
    expect(expired.status).toBe(401);
    expect(expired.json().message).toContain('expired');
    expect(expired.headers.get('www-authenticate')).toBe('Bearer');
  });
});

describe('verify (per-field verdicts, no personal data)', () => {
  it('matches regardless of NFC/NFD and surrounding spaces, and says mismatch for a changed tone mark or date', async () => {
    const c = adult();
    const token = await s.token('bank');
    const verify = async (HoVaTen: string, NgayThangNamSinh: string) =>
      (await s.call('POST', '/npd/v1/citizens/verify', { token, json: { SoDinhDanh: c.personalId, HoVaTen, NgayThangNamSinh } })).json().data;
    expect(await verify(`  ${c.fullName.normalize('NFD')} `, c.dateOfBirth)).toEqual({ SoDinhDanh: 'match', HoVaTen: 'match', NgayThangNamSinh: 'match', ConSong: true });
    const [y, m, d] = c.dateOfBirth.split('-');
    expect((await verify(c.fullName, `${d}/${m}/${y}`)).NgayThangNamSinh).toBe('match');
    expect((await verify(c.fullName.normalize('NFD').replace(/[\u0300-\u036f]/g, ''), c.dateOfBirth)).HoVaTen).toBe(c.fullName === c.fullName.normalize('NFD').replace(/[\u0300-\u036f]/g, '') ? 'match' : 'mismatch');
    expect((await verify(c.fullName, `${y}-${d}-${m}`)).NgayThangNamSinh).toBe(d === m ? 'match' : 'mismatch');
  });

  it('says whether the person is alive', async () => {
    const c = deceased();
    const r = await s.call('POST', '/npd/v1/citizens/verify', { token: await s.token('bank'), json: { SoDinhDanh: c.personalId, HoVaTen: c.fullName, NgayThangNamSinh: c.dateOfBirth } });
    expect(r.json().data.ConSong).toBe(false);
  });

  it('refuses malformed JSON (400), another content type (415) and a body off the contract (422)', async () => {
    const token = await s.token('bank');
    expect((await s.call('POST', '/npd/v1/citizens/verify', { token, body: '{"SoDinhDanh":', headers: { 'content-type': 'application/json' } })).status).toBe(400);
    expect((await s.call('POST', '/npd/v1/citizens/verify', { token, body: 'x', headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    const r = await s.call('POST', '/npd/v1/citizens/verify', { token, json: { SoDinhDanh: '1', HoVaTen: 'A', NgayThangNamSinh: '1990' } });
    expect([r.status, r.json().field]).toEqual([422, 'SoDinhDanh']);
    const extra = await s.call('POST', '/npd/v1/citizens/verify', { token, json: { SoDinhDanh: adult().personalId, HoVaTen: 'A', NgayThangNamSinh: '1990', Password: 'x' } });
    expect(extra.status).toBe(422);
  });
});

describe('old 9-digit ID confirmation (R-LOOK-3)', () => {
  it('resolves an old ID to the personal ID with name and date of birth', async () => {
    const c = adult();
    const r = await s.call('GET', `/npd/v1/legacy-ids/${c.legacyId}`, { token: await s.token() });
    expect(r.status).toBe(200);
    expect(r.json().data).toMatchObject({ SoCMND: c.legacyId, SoDinhDanh: c.personalId });
  });

  it('answers 404 for an old ID nobody held, and 403 for a client without the scope', async () => {
    expect((await s.call('GET', '/npd/v1/legacy-ids/019999999', { token: await s.token() })).status).toBe(404);
    expect((await s.call('GET', `/npd/v1/legacy-ids/${adult().legacyId}`, { token: await s.token('clinic') })).status).toBe(403);
  });
});

describe('citizens another system changed', () => {
  it('a newborn whose father lives in another household still shows him as Cha, and the mother as Me', async () => {
    const p = testPopulation();
    const living = (test: (age: number, sex: string) => boolean) => {
      for (let i = 0; i < p.size; i++) {
        const c = p.at(i);
        const age = 2026 - Number(c.dateOfBirth.slice(0, 4));
        if (c.dateOfDeath === null && test(age, c.sex)) return c;
      }
      throw new Error('no such citizen');
    };
    const mother = living((age, sex) => sex === 'female' && age >= 22 && age <= 35);
    const father = living((age, sex) => sex === 'male' && age >= 25 && age <= 45);
    expect(father.householdId).not.toBe(mother.householdId);
    s.harness.reset();
    const child = s.harness.world.registerBirth('test', {
      surname: father.surname, middleName: 'Minh', givenName: 'Khang', sex: 'male', dateOfBirth: '2025-12-01',
      birthRegistrationProvinceCode: '01', birthRegistrationProvince: 'Thành phố Hà Nội', fatherId: father.personalId, motherId: mother.personalId,
    });
    const res = await s.call('GET', `/npd/v1/citizens/${child.personalId}`, { token: await s.token() });
    expect(res.status).toBe(200);
    const record = res.json().data;
    expect(record.Cha).toMatchObject({ SoDinhDanh: father.personalId, HoVaTen: father.fullName });
    expect(record.Me).toMatchObject({ SoDinhDanh: mother.personalId, HoVaTen: mother.fullName });
    s.harness.reset();
  });
});
