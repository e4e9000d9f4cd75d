import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baselineForms } from '../../mocks/portal/baseline-forms.js';
import { serve, type Served } from './helpers.js';
import { portalState, step, submit } from './portal-helpers.js';

let s: Served;
let token: string;
beforeAll(async () => {
  s = await serve();
  token = await s.token();
});
beforeEach(async () => {
  await portalState(s).callbacks.idle();
  s.harness.reset();
});
afterAll(async () => {
  await s.server.close();
});

describe('the procedure catalogue (R-PORT-10)', () => {
  const procedure = (i: number, online: boolean, endToEnd: boolean) => ({ MaTTHC: `1.00${1000 + i}`, TenTTHC: `Thủ tục ${i}`, online, endToEnd });

  it('computes the online share and the end-to-end share of online procedures against the 80% targets', async () => {
    const procedures = Array.from({ length: 10 }, (_, i) => procedure(i, i < 9, i < 7));
    const published = await s.call('PUT', '/portal/v1/catalogue', { token, json: { procedures } });
    expect(published.status).toBe(200);
    expect(published.json()).toMatchObject({ client: 'procedure-system', publishedAt: '2026-01-01T00:00:00.000Z' });
    expect((await s.call('GET', '/portal/v1/catalogue', { token })).json().procedures).toHaveLength(10);
    const ratios = (await s.call('GET', '/portal/v1/catalogue/ratios', { token })).json();
    expect(ratios).toMatchObject({ procedures: 10, online: 9, endToEnd: 7, onlineShare: 0.9, targets: { onlineShare: 0.8, endToEndShareOfOnline: 0.8 }, meetsTargets: { online: true, endToEnd: false } });
    expect(ratios.endToEndShareOfOnline).toBeCloseTo(7 / 9, 10);
  });

  it('answers 404 before a catalogue is published', async () => {
    expect((await s.call('GET', '/portal/v1/catalogue', { token })).status).toBe(404);
    expect((await s.call('GET', '/portal/v1/catalogue/ratios', { token })).status).toBe(404);
  });

  it('refuses an end-to-end procedure that is not online, and a procedure listed twice', async () => {
    const offline = await s.call('PUT', '/portal/v1/catalogue', { token, json: { procedures: [procedure(1, false, true)] } });
    expect([offline.status, offline.json().error.field]).toEqual([422, 'procedures.0.endToEnd']);
    const twice = await s.call('PUT', '/portal/v1/catalogue', { token, json: { procedures: [procedure(1, true, true), procedure(1, true, false)] } });
    expect([twice.status, twice.json().error.field]).toEqual([422, 'procedures']);
  });
});

describe('e-forms and the reduction of declared fields (R-PORT-2)', () => {
  const birth = baselineForms.find((f) => f.MaTTHC === '1.001193')!;
  const sources = (prefilled: Record<string, string>) => birth.fields.map((f) => ({ key: f.key, source: prefilled[f.key] ?? 'citizen' }));
  const publish = (fields: unknown[]) => s.call('PUT', '/portal/v1/forms/1.001193', { token, json: { fields } });

  it('lists the baseline forms of the named procedures, with their field lists', async () => {
    const forms = (await s.call('GET', '/portal/v1/forms', { token })).json().forms;
    expect(forms.map((f: any) => f.TenTTHC)).toEqual([
      'Đăng ký khai sinh',
      'Đăng ký thường trú',
      'Đăng ký tạm trú',
      'Xác nhận thông tin về cư trú',
      'Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
      'Đăng ký khai tử',
      'Trợ cấp mai táng',
      'Đổi giấy phép lái xe',
      'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    ]);
    const current = (await s.call('GET', '/portal/v1/forms/1.001193', { token })).json();
    expect(current.current).toBeNull();
    expect(current.baseline.fields).toHaveLength(birth.fields.length);
  });

  it('counts a field as cut when it is prefilled or dropped, and new typed fields against the cut', async () => {
    const prefilled = { requesterFullName: 'npd', requesterIdNumber: 'npd', requesterResidence: 'npd', motherFullName: 'npd', motherDateOfBirth: 'npd', motherIdNumber: 'warehouse', childHometown: 'dropped' };
    expect((await publish(sources(prefilled))).status).toBe(200);
    const reduction = (await s.call('GET', '/portal/v1/forms/1.001193/reduction', { token })).json();
    expect(reduction).toMatchObject({ baselineFields: 23, typedNow: 16, addedTypedFields: [], target: 0.2, meetsTarget: true });
    expect(reduction.reduction).toBeCloseTo(7 / 23, 4);
    expect(reduction.cut).toContainEqual({ key: 'childHometown', label: 'Quê quán', source: 'dropped' });
    await publish([...sources(prefilled), { key: 'childBloodType', source: 'citizen' }, { key: 'consentToShare', source: 'citizen' }, { key: 'pickupOffice', source: 'citizen' }, { key: 'extraPrefilled', source: 'npd' }]);
    const after = (await s.call('GET', '/portal/v1/forms/1.001193/reduction', { token })).json();
    expect(after).toMatchObject({ typedNow: 19, addedTypedFields: ['childBloodType', 'consentToShare', 'pickupOffice'], meetsTarget: false });
    expect(after.reduction).toBeCloseTo(4 / 23, 4);
  });

  it('measures no reduction for a form that still asks for everything', async () => {
    await publish(sources({}));
    expect((await s.call('GET', '/portal/v1/forms/1.001193/reduction', { token })).json()).toMatchObject({ reduction: 0, meetsTarget: false, cut: [] });
  });

  it('refuses a form that leaves a baseline field unaccounted for, or drops a field the baseline lacks', async () => {
    const missing = await publish(sources({}).slice(1));
    expect(missing.status).toBe(422);
    expect(missing.json().error.message).toContain('requesterFullName');
    const stray = await publish([...sources({}), { key: 'invented', source: 'dropped' }]);
    expect(stray.status).toBe(422);
    expect((await s.call('GET', '/portal/v1/forms/1.001193/reduction', { token })).status).toBe(404);
  });

  it('answers 404 for a procedure without a baseline form', async () => {
    const r = await s.call('PUT', '/portal/v1/forms/9.999999', { token, json: { fields: [{ key: 'x', source: 'citizen' }] } });
    expect(r.status).toBe(404);
    expect(r.json().error.message).toContain('1.001193');
  });
});

describe('monitoring and measurement (R-CONN-4)', () => {
  const report = (MaHoSo: string, event: string, target: string) => s.call('POST', '/portal/v1/monitoring/events', { token, json: { MaHoSo, event, at: '20260101070000', target } });
  const reconciliation = async (query = '') => (await s.call('GET', `/portal/v1/monitoring/reconciliation${query}`, { token })).json();

  it('reconciles each target separately against the status changes the portal saw', async () => {
    await submit(s, token, 'HS-MON-1');
    await step(s, token, 'HS-MON-1', '4');
    await step(s, token, 'HS-MON-1', '9');
    for (const event of ['received', 'processing']) expect((await report('HS-MON-1', event, 'BTTTT-20')).status).toBe(201);
    for (const event of ['received', 'processing', 'finished']) await report('HS-MON-1', event, 'CT05-A16');
    await report('HS-GHOST', 'received', 'CT05-A16');
    const { targets } = await reconciliation();
    expect(targets['BTTTT-20']).toMatchObject({ seen: 3, reported: 2, matched: 2, missing: [{ MaHoSo: 'HS-MON-1', event: 'finished' }], extra: [], reconciled: false });
    expect(targets['CT05-A16']).toMatchObject({ seen: 3, reported: 4, matched: 3, missing: [], extra: [{ MaHoSo: 'HS-GHOST', event: 'received' }], reconciled: false });
    expect(targets['CT05-A16'].byEvent.received).toEqual({ seen: 1, reported: 2 });
    expect(Object.keys((await reconciliation('?target=BTTTT-20')).targets)).toEqual(['BTTTT-20']);
  });

  it('counts a report that comes too long after the status change as late', async () => {
    const t = await serve();
    try {
      const own = await t.token();
      await submit(t, own, 'HS-MON-2');
      t.harness.clock.advance(10 * 60_000);
      const later = await t.token();
      await t.call('POST', '/portal/v1/monitoring/events', { token: later, json: { MaHoSo: 'HS-MON-2', event: 'received', at: '20260101070000', target: 'BTTTT-20' } });
      const strict = (await t.call('GET', '/portal/v1/monitoring/reconciliation?target=BTTTT-20', { token: later })).json();
      expect(strict.targets['BTTTT-20'].late).toEqual([{ MaHoSo: 'HS-MON-2', event: 'received', seenAt: '2026-01-01T00:00:00.000Z', reportedAt: '2026-01-01T00:10:00.000Z', delaySeconds: 600 }]);
      const lenient = (await t.call('GET', '/portal/v1/monitoring/reconciliation?target=BTTTT-20&maxDelaySeconds=900', { token: later })).json();
      expect(lenient.targets['BTTTT-20']).toMatchObject({ late: [], reconciled: true });
    } finally {
      await t.server.close();
    }
  });

  it('refuses an unknown event or target', async () => {
    expect((await report('HS-MON-3', 'archived', 'BTTTT-20')).status).toBe(422);
    expect((await report('HS-MON-3', 'received', 'MIC')).status).toBe(422);
  });
});

describe('accommodation notices (R-PORT-8)', () => {
  const stay = { host: { name: 'Khách sạn Hồ Gươm', establishment: 'KS-001' }, from: '2026-01-01', to: '2026-01-03', address: { ChiTiet: '12 Hàng Bài', TenPhuongXa: 'Phường Hoàn Kiếm', TenTinhThanh: 'Hà Nội' } };
  const notify = (guest: unknown, extra: Record<string, unknown> = {}) => s.call('POST', '/portal/v1/accommodation-notices', { token, json: { ...stay, guest, ...extra } });

  it('accepts a notice for a citizen guest, readable by ID and by the guest’s personal ID', async () => {
    const r = await notify({ SoDinhDanh: '001085999001' });
    expect(r.status).toBe(201);
    expect(r.json()).toMatchObject({ id: 'lt-000001', guest: { SoDinhDanh: '001085999001', HoVaTen: 'Nguyễn Văn An' }, from: '2026-01-01', to: '2026-01-03' });
    expect((await s.call('GET', '/portal/v1/accommodation-notices/lt-000001', { token })).json()).toEqual(r.json());
    expect((await s.call('GET', '/portal/v1/accommodation-notices?guest=001085999001', { token })).json().total).toBe(1);
    expect(s.harness.world.events({ kind: 'accommodation.notice.accepted', personalId: '001085999001' })).toHaveLength(1);
  });

  it('accepts a foreign guest by passport', async () => {
    const passport = { number: 'C1234567', nationality: 'FR', fullName: 'Marie Dupont', dateOfBirth: '1990-04-02' };
    expect((await notify({ passport })).status).toBe(201);
    expect((await s.call('GET', '/portal/v1/accommodation-notices?guest=C1234567', { token })).json().notices[0].guest.HoVaTen).toBe('Marie Dupont');
  });

  it('refuses a guest unknown to the NPD, a deceased guest and a stay that ends before it starts', async () => {
    const unknown = await notify({ SoDinhDanh: '001190999004' });
    expect([unknown.status, unknown.json().error.field]).toEqual([422, 'guest.SoDinhDanh']);
    expect((await notify({ SoDinhDanh: '038050999003' })).status).toBe(422);
    const backwards = await notify({ SoDinhDanh: '001085999001' }, { to: '2025-12-31' });
    expect([backwards.status, backwards.json().error.field]).toEqual([422, 'to']);
    expect((await s.call('GET', '/portal/v1/accommodation-notices/lt-000001', { token })).status).toBe(404);
  });

  it('refuses a client without the accommodation scope', async () => {
    expect((await s.call('GET', '/portal/v1/accommodation-notices?guest=001085999001', { token: await s.token('telecom') })).status).toBe(403);
  });
});
