import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { birthReply, civilRecordSchema, criminalRecordReply, deathReply } from '../../mocks/civil-status/contract.js';
import { residentSchema } from '../../mocks/residence/contract.js';
import type { Citizen } from '../../src/contract/citizen.js';
import { parsePersonalId } from '../../src/identity/personal-id.js';
import type { WalletDocument } from '../../src/mock/world.js';
import { citizenExtras } from '../../src/population/extras.js';
import { serve, testPopulation, type Served } from './helpers.js';

let s: Served;
let token: string;
beforeAll(async () => {
  s = await serve();
  token = await s.token();
});
beforeEach(() => s.harness.reset());
afterAll(async () => {
  await s.server.close();
});

const find = (label: string, test: (c: Citizen) => boolean): Citizen => {
  const p = testPopulation();
  for (let i = 0; i < p.size; i++) if (test(p.at(i))) return p.at(i);
  throw new Error(`no ${label} in the test population`);
};
const alive = (c: Citizen) => c.dateOfDeath === null;
/** A wife of a head of household, born in the 1990s, whose husband (the head) is alive. */
const mother = () => find('mother', (c) => alive(c) && c.sex === 'female' && c.relationshipToHead === 'Vợ' && c.dateOfBirth >= '1990' && alive(testPopulation().byPersonalId(c.spouseId!)!));
const father = () => testPopulation().byPersonalId(mother().spouseId!)!;
/** A living person with meritorious service (R-LT-5); the deceased persona 038050999003 is one too, but already dead. */
const meritorious = () => find('living person with meritorious service', (c) => alive(c) && citizenExtras(1, c, '2026-01-01').meritoriousService);
const ordinary = () => find('living adult without meritorious service', (c) => alive(c) && c.dateOfBirth < '1990' && c.personalId !== father().personalId && !citizenExtras(1, c, '2026-01-01').meritoriousService);
const DECEASED_PERSONA = '038050999003';
const ORDINARY_ADULT = '001085999001';
const VNEID_LEVEL_1 = '048195999008';

const declaration = (overrides: Record<string, unknown> = {}) => ({
  HoVaTen: { Ho: father().surname, ChuDem: 'Minh', Ten: 'Khang' },
  GioiTinh: '1',
  NgaySinh: '2025-12-20',
  NoiSinh: 'Bệnh viện Phụ sản Hà Nội',
  NoiDangKyKhaiSinh: { MaTinhThanh: '01' },
  SoDinhDanhMe: mother().personalId,
  SoDinhDanhCha: father().personalId,
  NguoiKhai: father().personalId,
  GiayChungSinh: { kind: 'electronic', so: 'CS-2025-000123', coSoYTe: 'Bệnh viện Phụ sản Hà Nội' },
  ...overrides,
});
const deathOf = (id: string, overrides: Record<string, unknown> = {}) => ({
  SoDinhDanh: id,
  NgayMat: '2025-12-28',
  NoiMat: 'Bệnh viện Bạch Mai',
  NguoiKhai: mother().personalId,
  GiayBaoTu: { kind: 'electronic', so: `BT-${id}`, coSoYTe: 'Bệnh viện Bạch Mai' },
  ...overrides,
});
const post = (path: string, json: unknown, as = token) => s.call('POST', `/civil-status/v1/${path}`, { token: as, json });
const npd = async (id: string) => (await s.call('GET', `/npd/v1/citizens/${id}`, { token })).json();
const verify = async (c: { personalId: string; fullName: string; dateOfBirth: string }) =>
  (await s.call('POST', '/npd/v1/citizens/verify', { token, json: { SoDinhDanh: c.personalId, HoVaTen: c.fullName, NgayThangNamSinh: c.dateOfBirth } })).json().data;
const wallet = (owner: string) => s.harness.world.events({ personalId: owner, kind: 'wallet.document.issued' }).map((e) => e.data.document as WalletDocument);
const error = (r: { status: number; json: () => any }) => [r.status, r.json().error.field];

describe('POST /civil-status/v1/births (R-LT-1, R-LT-4)', () => {
  it('issues the child a personal ID and an e-birth certificate addressed to the declarant', async () => {
    const r = await post('births', declaration());
    expect(r.status).toBe(201);
    const reply = birthReply.parse(r.json());
    expect(parsePersonalId(reply.SoDinhDanh, { sex: 'male', birthYear: 2025, birthProvinceCode: '01' }).ok).toBe(true);
    expect([reply.soDangKy, reply.HoVaTen, reply.ngayDangKy, reply.flags]).toEqual(['KS-2026-000001', `${father().surname} Minh Khang`, '2026-01-01', []]);
    expect(reply.document).toMatchObject({ id: 'civil-status:KS-2026-000001', type: 'birth-certificate', holderId: reply.SoDinhDanh, validUntil: null, status: 'valid' });
    expect(reply.document.fields).toMatchObject({ SoDinhDanhMe: mother().personalId, SoDinhDanhCha: father().personalId, NgaySinh: '2025-12-20', GiayChungSinh: 'Điện tử số CS-2025-000123, Bệnh viện Phụ sản Hà Nội' });
    expect(wallet(father().personalId)).toEqual([reply.document]);
    expect(wallet(reply.SoDinhDanh)).toEqual([]);
  });

  it('makes the child a citizen the NPD finds with both parents, not yet resident, then registered for permanent residence in the parents’ household', async () => {
    const child = birthReply.parse((await post('births', declaration())).json());
    const record = (await npd(child.SoDinhDanh)).data;
    expect([record.HoVaTen.Ten, record.NgayThangNamSinh.NgayThangNam, record.Cha.SoDinhDanh, record.Me.SoDinhDanh, record.NgayMat]).toEqual(['Khang', '20251220', father().personalId, mother().personalId, null]);
    expect(record.ThuongTru.MaPhuongXa).toBe('00000');
    expect(await verify({ personalId: child.SoDinhDanh, fullName: child.HoVaTen, dateOfBirth: '2025-12-20' })).toMatchObject({ HoVaTen: 'match', NgayThangNamSinh: 'match', ConSong: true });
    const before = residentSchema.parse((await s.call('GET', `/residence/v1/residents/${child.SoDinhDanh}`, { token })).json());
    expect([before.status, before.ThuongTru, before.members]).toEqual(['not-registered', null, []]);
    const registered = await s.call('POST', '/residence/v1/permanent-registrations', { token, json: { SoDinhDanh: child.SoDinhDanh, ChuHo: { SoDinhDanh: mother().headOfHouseholdId, QuanHe: 'Con' } } });
    expect(registered.status).toBe(201);
    const after = residentSchema.parse((await s.call('GET', `/residence/v1/residents/${child.SoDinhDanh}`, { token })).json());
    expect([after.status, after.SoHoGiaDinh, after.ThuongTru?.MaPhuongXa]).toEqual(['registered', mother().householdId, mother().permanentAddress.wardCode]);
    expect(after.members.map((m) => m.SoDinhDanh)).toEqual(expect.arrayContaining([father().personalId, mother().personalId, child.SoDinhDanh]));
    expect((await npd(child.SoDinhDanh)).data.ThuongTru.MaPhuongXa).toBe(mother().permanentAddress.wardCode);
  });

  it('accepts a paper medical certificate and flags the record (R-LT-5), and a birth with no father established', async () => {
    const reply = birthReply.parse((await post('births', declaration({ SoDinhDanhCha: null, NguoiKhai: mother().personalId, GiayChungSinh: { kind: 'paper', tepDinhKem: 'giay-chung-sinh.pdf' } }))).json());
    expect(reply.flags).toEqual(['paper-medical-certificate']);
    expect(reply.document.fields.GiayChungSinh).toBe('Bản giấy/bản chụp: giay-chung-sinh.pdf');
    expect((await npd(reply.SoDinhDanh)).data.Cha).toBeNull();
    expect(s.harness.world.events({ kind: 'birth.registered' })[0]?.data).toMatchObject({ flags: ['paper-medical-certificate'], registrationNumber: reply.soDangKy });
  });

  it('refuses a birth to come, unknown or implausible parents, a dead declarant and an unknown province, naming the field', async () => {
    expect(error(await post('births', declaration({ NgaySinh: '2026-01-02' })))).toEqual([422, 'NgaySinh']);
    expect(error(await post('births', declaration({ SoDinhDanhMe: '001099999999' })))).toEqual([422, 'SoDinhDanhMe']);
    expect(error(await post('births', declaration({ SoDinhDanhMe: father().personalId })))).toEqual([422, 'SoDinhDanhMe']);
    expect(error(await post('births', declaration({ SoDinhDanhCha: mother().personalId })))).toEqual([422, 'SoDinhDanhCha']);
    const tooYoung = await post('births', declaration({ NgaySinh: `${Number(mother().dateOfBirth.slice(0, 4)) + 10}-06-01` }));
    expect(tooYoung.json().error.message).toMatch(/would be \d+ at the birth/);
    expect(error(await post('births', declaration({ NguoiKhai: DECEASED_PERSONA })))).toEqual([422, 'NguoiKhai']);
    expect(error(await post('births', declaration({ NoiDangKyKhaiSinh: { MaTinhThanh: '03' } })))).toEqual([422, 'NoiDangKyKhaiSinh.MaTinhThanh']);
    expect(s.harness.world.events()).toHaveLength(0);
  });

  it('refuses bodies off the contract: a name with digits, a missing or half-filled medical certificate, an unknown field', async () => {
    expect(error(await post('births', declaration({ HoVaTen: { Ho: 'Nguyễn', ChuDem: '', Ten: 'An1' } })))).toEqual([422, 'HoVaTen.Ten']);
    const { GiayChungSinh: _, ...missing } = declaration();
    expect(error(await post('births', missing))).toEqual([422, 'GiayChungSinh']);
    expect((await post('births', declaration({ GiayChungSinh: { kind: 'electronic', so: 'X' } }))).status).toBe(422);
    expect((await post('births', declaration({ soHoKhau: '1' }))).status).toBe(422);
  });

  it('refuses the same birth twice and a medical certificate used before, with 409', async () => {
    const first = birthReply.parse((await post('births', declaration())).json());
    const twice = await post('births', declaration({ GiayChungSinh: { kind: 'electronic', so: 'CS-2025-000999', coSoYTe: 'Bệnh viện Phụ sản Hà Nội' } }));
    expect([twice.status, twice.json().error.code, twice.json().error.field]).toEqual([409, 'conflict', 'HoVaTen']);
    expect(twice.json().error.message).toContain(first.soDangKy);
    const reused = await post('births', declaration({ HoVaTen: { Ho: father().surname, ChuDem: 'Minh', Ten: 'Khôi' } }));
    expect(error(reused)).toEqual([409, 'GiayChungSinh']);
    const twin = await post('births', declaration({ HoVaTen: { Ho: father().surname, ChuDem: 'Minh', Ten: 'Khôi' }, GiayChungSinh: { kind: 'electronic', so: 'CS-2025-000124', coSoYTe: 'Bệnh viện Phụ sản Hà Nội' } }));
    expect(twin.status).toBe(201);
  });
});

describe('POST /civil-status/v1/deaths (R-LT-2, R-LT-4)', () => {
  it('marks the person deceased in the NPD and gives the declarant the e-death extract; the residence can then be removed', async () => {
    const person = ordinary();
    expect((await s.call('POST', '/residence/v1/permanent-removals', { token, json: { SoDinhDanh: person.personalId, reason: 'death' } })).status).toBe(422);
    const r = await post('deaths', deathOf(person.personalId));
    expect(r.status).toBe(201);
    const reply = deathReply.parse(r.json());
    expect([reply.soDangKy, reply.NgayMat, reply.nguoiCoCong, reply.flags]).toEqual(['KT-2026-000001', '2025-12-28', false, []]);
    expect(reply.document).toMatchObject({ type: 'death-extract', holderId: person.personalId, fields: { NgayMat: '2025-12-28', NoiMat: 'Bệnh viện Bạch Mai' } });
    expect(wallet(mother().personalId)).toEqual([reply.document]);
    expect((await verify(person)).ConSong).toBe(false);
    expect((await npd(person.personalId)).data.NgayMat).toBe('20251228');
    expect((await s.call('POST', '/residence/v1/permanent-removals', { token, json: { SoDinhDanh: person.personalId, reason: 'death' } })).status).toBe(200);
    expect(s.harness.world.events({ personalId: person.personalId }).map((e) => e.kind)).toEqual(['death.registered', 'residence.removed']);
  });

  it('says when the deceased is a person with meritorious service, and flags the record (R-LT-5)', async () => {
    const reply = deathReply.parse((await post('deaths', deathOf(meritorious().personalId, { GiayBaoTu: { kind: 'paper', tepDinhKem: 'giay-bao-tu.jpg' } }))).json());
    expect([reply.nguoiCoCong, reply.flags]).toEqual([true, ['paper-medical-certificate', 'meritorious-service']]);
    expect(s.harness.world.events({ kind: 'death.registered' })[0]?.data).toMatchObject({ meritoriousService: true, registrationNumber: reply.soDangKy });
  });

  it('refuses a second death with 409, the deceased persona included, and a death certificate used before', async () => {
    const persona = await post('deaths', deathOf(DECEASED_PERSONA));
    expect([persona.status, persona.json().error.code, persona.json().error.field]).toEqual([409, 'conflict', 'SoDinhDanh']);
    const person = ordinary().personalId;
    await post('deaths', deathOf(person));
    expect((await post('deaths', deathOf(person, { GiayBaoTu: { kind: 'paper', tepDinhKem: 'x.pdf' } }))).status).toBe(409);
    expect(error(await post('deaths', deathOf(meritorious().personalId, { GiayBaoTu: deathOf(person).GiayBaoTu })))).toEqual([409, 'GiayBaoTu']);
  });

  it('refuses a date before the birth or to come, an unknown person, and a declarant who is the deceased or dead', async () => {
    const person = ordinary();
    expect(error(await post('deaths', deathOf(person.personalId, { NgayMat: '2026-01-02' })))).toEqual([422, 'NgayMat']);
    expect(error(await post('deaths', deathOf(person.personalId, { NgayMat: '1900-01-01' })))).toEqual([422, 'NgayMat']);
    expect(error(await post('deaths', deathOf('001099999999')))).toEqual([422, 'SoDinhDanh']);
    expect(error(await post('deaths', deathOf(person.personalId, { NguoiKhai: person.personalId })))).toEqual([422, 'NguoiKhai']);
    expect(error(await post('deaths', deathOf(person.personalId, { NguoiKhai: DECEASED_PERSONA })))).toEqual([422, 'NguoiKhai']);
    expect((await verify(person)).ConSong).toBe(true);
  });
});

describe('GET /civil-status/v1/records/:soDangKy', () => {
  it('returns a registered record with its client, flags and document', async () => {
    const birth = birthReply.parse((await post('births', declaration())).json());
    const r = await s.call('GET', `/civil-status/v1/records/${birth.soDangKy}`, { token: await s.token('procedure-system', 'civil-status.read') });
    expect(r.status).toBe(200);
    expect(civilRecordSchema.parse(r.json())).toEqual({ soDangKy: birth.soDangKy, kind: 'birth', SoDinhDanh: birth.SoDinhDanh, NguoiKhai: father().personalId, registeredAt: '2026-01-01T00:00:00.000Z', client: 'procedure-system', flags: [], document: birth.document });
  });

  it('answers 404 for an unknown number, 400 for a malformed one, and 403 to a read-only token that registers', async () => {
    expect((await s.call('GET', '/civil-status/v1/records/KS-2026-000001', { token })).status).toBe(404);
    expect((await s.call('GET', '/civil-status/v1/records/12345', { token })).status).toBe(400);
    expect((await post('births', declaration(), await s.token('procedure-system', 'civil-status.read'))).status).toBe(403);
  });
});

describe('POST /civil-status/v1/criminal-record-certificates (R-LOOK-9)', () => {
  it('issues the certificate only into the requester’s own wallet and answers its ID, not its content', async () => {
    const r = await post('criminal-record-certificates', { SoDinhDanh: ORDINARY_ADULT, NguoiYeuCau: ORDINARY_ADULT, loaiPhieu: '2', mucDich: 'Xin việc' });
    expect(r.status).toBe(201);
    const reply = criminalRecordReply.parse(r.json());
    expect(reply).toEqual({ id: 'civil-status:LLTP-2026-000001', holderId: ORDINARY_ADULT, issuedOn: '2026-01-01' });
    expect(r.json().fields).toBeUndefined();
    const issued = s.harness.world.events({ kind: 'wallet.document.issued' });
    expect(issued.map((e) => e.personalId)).toEqual([ORDINARY_ADULT]);
    expect(issued[0]!.data.document).toMatchObject({ id: reply.id, type: 'criminal-record-certificate', holderId: ORDINARY_ADULT, issuer: 'Trung tâm Lý lịch tư pháp quốc gia', fields: { LoaiPhieu: 'Phiếu lý lịch tư pháp số 2', AnTich: 'Không có án tích', MucDich: 'Xin việc' } });
  });

  it('refuses a request for someone else, a requester without a level-2 VNeID account, the dead, and a request that names no requester', async () => {
    expect(error(await post('criminal-record-certificates', { SoDinhDanh: ORDINARY_ADULT, NguoiYeuCau: father().personalId, loaiPhieu: '1', mucDich: 'Xin việc' }))).toEqual([422, 'NguoiYeuCau']);
    const level1 = await post('criminal-record-certificates', { SoDinhDanh: VNEID_LEVEL_1, NguoiYeuCau: VNEID_LEVEL_1, loaiPhieu: '1', mucDich: 'Xin việc' });
    expect(level1.json().error.message).toContain('level-2 VNeID');
    expect(error(await post('criminal-record-certificates', { SoDinhDanh: DECEASED_PERSONA, NguoiYeuCau: DECEASED_PERSONA, loaiPhieu: '1', mucDich: 'Xin việc' }))).toEqual([422, 'SoDinhDanh']);
    expect(error(await post('criminal-record-certificates', { SoDinhDanh: ORDINARY_ADULT, loaiPhieu: '1', mucDich: 'Xin việc' }))).toEqual([422, 'NguoiYeuCau']);
    expect(s.harness.world.events({ kind: 'wallet.document.issued' })).toHaveLength(0);
  });
});

describe('reset', () => {
  it('undoes births, deaths and records after harness.reset()', async () => {
    const child = birthReply.parse((await post('births', declaration())).json());
    const person = ordinary();
    await post('deaths', deathOf(person.personalId));
    s.harness.reset();
    expect((await s.call('GET', `/npd/v1/citizens/${child.SoDinhDanh}`, { token })).status).toBe(404);
    expect((await s.call('GET', `/civil-status/v1/records/${child.soDangKy}`, { token })).status).toBe(404);
    expect((await verify(person)).ConSong).toBe(true);
    expect(birthReply.parse((await post('births', declaration())).json())).toMatchObject({ soDangKy: 'KS-2026-000001', SoDinhDanh: child.SoDinhDanh });
  });
});
