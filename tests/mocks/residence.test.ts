import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { confirmationReply, residentSchema } from '../../mocks/residence/contract.js';
import type { Citizen } from '../../src/contract/citizen.js';
import type { WalletDocument } from '../../src/mock/world.js';
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
const livingAdult = (c: Citizen) => c.dateOfDeath === null && c.dateOfBirth < '2000' && c.temporaryAddress === null;
/** A living head of a household of several, outside Hà Nội. */
const head = () => find('head of household', (c) => livingAdult(c) && c.relationshipToHead === 'Chủ hộ' && c.permanentAddress.provinceCode !== '01' && testPopulation().withHousehold(c.personalId)!.members.length > 2);
/** A living adult outside Hà Nội who is not a head of household and not in `head()`'s household. */
const mover = () => find('mover', (c) => livingAdult(c) && c.relationshipToHead !== 'Chủ hộ' && c.permanentAddress.provinceCode !== '01' && c.householdId !== head().householdId);
const dead = () => find('deceased citizen', (c) => c.dateOfDeath !== null);

const HANOI = { ChiTiet: 'Số 5 phố Đội Cấn', MaPhuongXa: '00004', MaTinhThanh: '01' };
const resident = async (id: string) => residentSchema.parse((await s.call('GET', `/residence/v1/residents/${id}`, { token })).json());
const post = (path: string, json: unknown, as = token) => s.call('POST', `/residence/v1/${path}`, { token: as, json });
const walletEvents = (owner: string) => s.harness.world.events({ personalId: owner, kind: 'wallet.document.issued' }).map((e) => e.data.document as WalletDocument);

describe('GET /residence/v1/residents/:SoDinhDanh (R-LOOK-1)', () => {
  it('answers the permanent residence, the household, its head and its members, head first', async () => {
    const h = head();
    const member = testPopulation().withHousehold(h.personalId)!.members.find((m) => m.personalId !== h.personalId && m.dateOfDeath === null)!;
    const view = await resident(member.personalId);
    expect(view.status).toBe('registered');
    expect(view.ThuongTru).toEqual({ ChiTiet: member.permanentAddress.detail, MaPhuongXa: member.permanentAddress.wardCode, TenPhuongXa: member.permanentAddress.ward, MaTinhThanh: member.permanentAddress.provinceCode, TenTinhThanh: member.permanentAddress.province });
    expect(view.SoHoGiaDinh).toBe(h.householdId);
    expect(view.ChuHo).toEqual({ SoDinhDanh: h.personalId, HoVaTen: h.fullName, QuanHe: member.relationshipToHead });
    expect(view.members[0]).toEqual({ SoDinhDanh: h.personalId, HoVaTen: h.fullName, QuanHe: 'Chủ hộ' });
    expect(view.members.map((m) => m.SoDinhDanh)).toContain(member.personalId);
    expect(view.NoiOHienTai).toEqual(view.ThuongTru);
    expect([view.temporaryResidence, view.removal, view.dateOfDeath]).toEqual([null, null, null]);
  });

  it('shows the seeded dead with their residence removed and no household', async () => {
    const view = await resident(dead().personalId);
    expect([view.status, view.ThuongTru, view.members, view.removal]).toEqual(['removed', null, [], { at: null, reason: 'death' }]);
    expect(view.dateOfDeath).toBe(dead().dateOfDeath);
  });

  it('answers 404 for an unknown ID, 400 for a malformed one, 401 without a token and 403 without the scope', async () => {
    const unknown = await s.call('GET', '/residence/v1/residents/001099999999', { token });
    expect([unknown.status, unknown.json().error.code]).toEqual([404, 'not_found']);
    expect((await s.call('GET', '/residence/v1/residents/12345', { token })).status).toBe(400);
    expect((await s.call('GET', `/residence/v1/residents/${head().personalId}`)).status).toBe(401);
    expect((await s.call('GET', `/residence/v1/residents/${head().personalId}`, { token: await s.token('clinic') })).status).toBe(403);
  });
});

describe('POST /residence/v1/permanent-registrations (R-PORT-6, R-PORT-16)', () => {
  it('registers someone from another province as head of a new household in Hà Nội, and the NPD shows the new address', async () => {
    const m = mover();
    const r = await post('permanent-registrations', { SoDinhDanh: m.personalId, address: HANOI });
    expect(r.status).toBe(201);
    const view = residentSchema.parse(r.json());
    expect(view.ThuongTru).toEqual({ ...HANOI, TenPhuongXa: 'Phường Ba Đình', TenTinhThanh: 'Thành phố Hà Nội' });
    expect(view.ChuHo).toEqual({ SoDinhDanh: m.personalId, HoVaTen: m.fullName, QuanHe: 'Chủ hộ' });
    expect(view.SoHoGiaDinh).not.toBe(m.householdId);
    expect(await resident(m.personalId)).toEqual(view);
    const npd = (await s.call('GET', `/npd/v1/citizens/${m.personalId}`, { token })).json().data;
    expect([npd.ThuongTru.MaPhuongXa, npd.ThuongTru.TenTinhThanh, npd.SoHoGiaDinh]).toEqual(['00004', 'Thành phố Hà Nội', view.SoHoGiaDinh]);
    const again = await post('permanent-registrations', { SoDinhDanh: m.personalId, address: HANOI });
    expect([again.status, again.json().error.code]).toEqual([409, 'conflict']);
  });

  it('joins an existing household at the head’s address when only the head is given', async () => {
    const h = head();
    const m = mover();
    const r = await post('permanent-registrations', { SoDinhDanh: m.personalId, ChuHo: { SoDinhDanh: h.personalId, QuanHe: 'Em' } });
    expect(r.status).toBe(201);
    const view = residentSchema.parse(r.json());
    expect([view.SoHoGiaDinh, view.ThuongTru?.MaPhuongXa, view.ChuHo?.QuanHe]).toEqual([h.householdId, h.permanentAddress.wardCode, 'Em']);
    expect((await resident(h.personalId)).members.map((x) => x.SoDinhDanh)).toContain(m.personalId);
  });

  it('refuses an address outside the head’s ward, a head who is not a head, and a body with neither address nor head', async () => {
    const h = head();
    const m = mover();
    const away = await post('permanent-registrations', { SoDinhDanh: m.personalId, address: HANOI, ChuHo: { SoDinhDanh: h.personalId, QuanHe: 'Em' } });
    expect([away.status, away.json().error.field]).toEqual([422, 'address.MaPhuongXa']);
    const notHead = await post('permanent-registrations', { SoDinhDanh: h.personalId, ChuHo: { SoDinhDanh: m.personalId, QuanHe: 'Em' } });
    expect([notHead.status, notHead.json().error.field]).toEqual([422, 'ChuHo.SoDinhDanh']);
    const neither = await post('permanent-registrations', { SoDinhDanh: m.personalId });
    expect([neither.status, neither.json().error.field]).toEqual([422, 'address']);
    const chief = await post('permanent-registrations', { SoDinhDanh: m.personalId, ChuHo: { SoDinhDanh: h.personalId, QuanHe: 'Chủ hộ' } });
    expect(chief.status).toBe(422);
  });

  it('refuses units that do not exist in the current tables, naming the field', async () => {
    const id = mover().personalId;
    const province = await post('permanent-registrations', { SoDinhDanh: id, address: { ...HANOI, MaTinhThanh: '99' } });
    expect([province.status, province.json().error.field]).toEqual([422, 'address.MaTinhThanh']);
    const ward = await post('permanent-registrations', { SoDinhDanh: id, address: { ...HANOI, MaPhuongXa: '99999' } });
    expect([ward.status, ward.json().error.field]).toEqual([422, 'address.MaPhuongXa']);
    const elsewhere = await post('permanent-registrations', { SoDinhDanh: id, address: { ...HANOI, MaTinhThanh: '79' } });
    expect(elsewhere.json().error.message).toContain('is in Thành phố Hà Nội (01), not in Thành phố Hồ Chí Minh (79)');
  });

  it('refuses the dead and unknown IDs', async () => {
    const gone = await post('permanent-registrations', { SoDinhDanh: dead().personalId, address: HANOI });
    expect([gone.status, gone.json().error.field]).toEqual([422, 'SoDinhDanh']);
    expect((await post('permanent-registrations', { SoDinhDanh: '001099999999', address: HANOI })).status).toBe(422);
  });
});

describe('the household book is never an input (R-LOOK-2)', () => {
  it.each(['soHoKhau', 'SoHoKhau', 'soTamTru', 'SoSoHoKhau', 'so_ho_khau'])('refuses a body with %s, saying the book is abolished', async (field) => {
    const r = await post('permanent-registrations', { SoDinhDanh: mover().personalId, address: HANOI, [field]: '123456789' });
    expect(r.status).toBe(422);
    expect(r.json().error.message).toContain(`${field}: the paper household book (sổ hộ khẩu)`);
    expect(r.json().error.message).toContain('Law on Residence 2020 Art. 38(3)');
  });

  it('refuses the book inside the address and in every residence body, and any other unknown field with the usual message', async () => {
    const id = mover().personalId;
    const nested = await post('permanent-registrations', { SoDinhDanh: id, address: { ...HANOI, soHoKhau: '1' } });
    expect(nested.json().error.message).toContain('abolished');
    for (const [path, body] of [
      ['temporary-registrations', { SoDinhDanh: id, address: HANOI, from: '2026-01-01', until: '2026-12-31', soTamTru: '1' }],
      ['permanent-removals', { SoDinhDanh: id, reason: 'emigration', SoHoKhau: '1' }],
      ['confirmations', { SoDinhDanh: id, soHoKhau: '1' }],
    ] as const) {
      const r = await post(path, body);
      expect([r.status, r.json().error.message.includes('abolished')]).toEqual([422, true]);
    }
    const other = await post('permanent-registrations', { SoDinhDanh: id, address: HANOI, note: 'x' });
    expect(other.status).toBe(422);
    expect(other.json().error.message).toContain('Unrecognized key');
    expect(s.harness.world.events({ personalId: id })).toHaveLength(0);
  });
});

describe('POST /residence/v1/temporary-registrations (R-PORT-6)', () => {
  it('registers a temporary residence in force today, which becomes the current residence', async () => {
    const m = mover();
    const r = await post('temporary-registrations', { SoDinhDanh: m.personalId, address: HANOI, from: '2025-12-01', until: '2027-11-30' });
    expect(r.status).toBe(201);
    const view = residentSchema.parse(r.json());
    expect(view.temporaryResidence).toMatchObject({ from: '2025-12-01', until: '2027-11-30', current: true, address: { MaPhuongXa: '00004' } });
    expect(view.NoiOHienTai?.MaPhuongXa).toBe('00004');
    expect(view.ThuongTru?.MaPhuongXa).toBe(m.permanentAddress.wardCode);
    const npd = (await s.call('GET', `/npd/v1/citizens/${m.personalId}`, { token })).json().data;
    expect(npd.NoiOHienTai.MaPhuongXa).toBe('00004');
  });

  it('shows a term that starts later as not current', async () => {
    const view = residentSchema.parse((await post('temporary-registrations', { SoDinhDanh: mover().personalId, address: HANOI, from: '2026-03-01', until: '2026-08-31' })).json());
    expect(view.temporaryResidence?.current).toBe(false);
    expect(view.NoiOHienTai).toEqual(view.ThuongTru);
  });

  it('refuses a term over two years, backwards or over, the ward of the permanent residence, and the dead', async () => {
    const m = mover();
    const at = (body: Record<string, unknown>) => post('temporary-registrations', { SoDinhDanh: m.personalId, address: HANOI, from: '2026-01-01', until: '2026-12-31', ...body });
    expect((await at({ until: '2028-01-03' })).json().error.message).toContain('two years at most');
    expect((await at({ until: '2025-12-31' })).json().error.field).toBe('until');
    expect((await at({ from: '2024-01-01', until: '2025-06-30' })).json().error.message).toContain('before today');
    expect((await at({ until: '2026-02-30' })).status).toBe(422);
    const home = { ChiTiet: 'Nhà khác', MaPhuongXa: m.permanentAddress.wardCode, MaTinhThanh: m.permanentAddress.provinceCode };
    expect((await at({ address: home })).json().error.message).toContain('Art. 27(1)');
    expect((await post('temporary-registrations', { SoDinhDanh: dead().personalId, address: HANOI, from: '2026-01-01', until: '2026-06-30' })).json().error.message).toContain('died on');
    expect(s.harness.world.events({ personalId: m.personalId })).toHaveLength(0);
  });
});

describe('POST /residence/v1/permanent-removals (R-LT-2)', () => {
  it('refuses a removal for death before civil status registers the death, then removes the residence', async () => {
    const m = mover();
    const early = await post('permanent-removals', { SoDinhDanh: m.personalId, reason: 'death' });
    expect([early.status, early.json().error.field]).toEqual([422, 'reason']);
    expect(early.json().error.message).toContain('register the death in civil status first');
    const death = await s.call('POST', '/civil-status/v1/deaths', {
      token,
      json: { SoDinhDanh: m.personalId, NgayMat: '2025-12-28', NoiMat: 'Tại nhà', NguoiKhai: head().personalId, GiayBaoTu: { kind: 'electronic', so: 'BT-1', coSoYTe: 'Trạm y tế xã' } },
    });
    expect(death.status).toBe(201);
    const removed = await post('permanent-removals', { SoDinhDanh: m.personalId, reason: 'death' });
    expect(removed.status).toBe(200);
    const view = residentSchema.parse(removed.json());
    expect([view.status, view.ThuongTru, view.removal?.reason, view.dateOfDeath]).toEqual(['removed', null, 'death', '2025-12-28']);
    expect(view.removal?.at).toBe('2026-01-01T00:00:00.000Z');
    const twice = await post('permanent-removals', { SoDinhDanh: m.personalId, reason: 'death' });
    expect([twice.status, twice.json().error.code]).toEqual([409, 'conflict']);
  });

  it('removes a living emigrant’s residence, refuses an unknown reason and the seeded dead (already removed)', async () => {
    expect((await post('permanent-removals', { SoDinhDanh: mover().personalId, reason: 'emigration' })).status).toBe(200);
    expect((await post('permanent-removals', { SoDinhDanh: head().personalId, reason: 'holiday' })).status).toBe(422);
    expect((await post('permanent-removals', { SoDinhDanh: dead().personalId, reason: 'death' })).status).toBe(409);
  });
});

describe('POST /residence/v1/confirmations (R-PORT-6)', () => {
  it('issues a CT07 confirmation valid a year into the holder’s wallet, and revokes it when the residence changes', async () => {
    const h = head();
    const r = await post('confirmations', { SoDinhDanh: h.personalId, mucDich: 'Nộp hồ sơ nhập học' });
    expect(r.status).toBe(201);
    const { document } = confirmationReply.parse(r.json());
    expect(document).toMatchObject({ type: 'residence-confirmation', holderId: h.personalId, issuedOn: '2026-01-01', validUntil: '2027-01-01', status: 'valid' });
    expect(document.fields).toMatchObject({ SoDinhDanh: h.personalId, TrangThaiThuongTru: 'Đã đăng ký thường trú', ChuHo: h.fullName, QuanHeVoiChuHo: 'Chủ hộ', MucDich: 'Nộp hồ sơ nhập học' });
    expect(walletEvents(h.personalId)).toEqual([document]);
    await post('temporary-registrations', { SoDinhDanh: h.personalId, address: HANOI, from: '2026-01-01', until: '2026-12-31' });
    expect(walletEvents(h.personalId).map((d) => [d.id, d.status])).toEqual([
      [document.id, 'valid'],
      [document.id, 'revoked'],
    ]);
  });

  it('numbers confirmations in sequence and refuses the dead and unknown IDs', async () => {
    const first = confirmationReply.parse((await post('confirmations', { SoDinhDanh: head().personalId })).json()).document;
    const second = confirmationReply.parse((await post('confirmations', { SoDinhDanh: mover().personalId })).json()).document;
    expect([first.id, second.id]).toEqual(['residence:XNCT-2026-000001', 'residence:XNCT-2026-000002']);
    expect((await post('confirmations', { SoDinhDanh: dead().personalId })).json().error.message).toContain('no residence to confirm');
    expect((await post('confirmations', { SoDinhDanh: '001099999999' })).status).toBe(422);
  });

  it('needs the residence.register scope', async () => {
    const readOnly = await s.token('procedure-system', 'residence.read');
    expect((await post('confirmations', { SoDinhDanh: head().personalId }, readOnly)).status).toBe(403);
  });
});

describe('reset', () => {
  it('forgets every registration after POST /__admin/reset', async () => {
    const m = mover();
    await post('permanent-registrations', { SoDinhDanh: m.personalId, address: HANOI });
    expect((await resident(m.personalId)).ThuongTru?.MaPhuongXa).toBe('00004');
    expect((await s.call('POST', '/__admin/reset')).status).toBe(204);
    expect((await resident(m.personalId)).ThuongTru?.MaPhuongXa).toBe(m.permanentAddress.wardCode);
    const again = confirmationReply.parse((await post('confirmations', { SoDinhDanh: m.personalId })).json()).document;
    expect(again.id).toBe('residence:XNCT-2026-000001');
  });
});
