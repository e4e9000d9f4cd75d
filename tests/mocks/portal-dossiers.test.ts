import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultClients } from '../../mocks/index.js';
import { SCOPES } from '../../mocks/clients.js';
import { dossierView } from '../../mocks/portal/contract.js';
import { SIGNATURE_HEADER, verifyCallback } from '../../src/mock/outbound.js';
import { serve, type Served } from './helpers.js';
import { callbackReceiver, NOW_VN, portalState, step, submission, submit, type Received } from './portal-helpers.js';

let s: Served;
let token: string;
beforeAll(async () => {
  // A second procedure system, to show that a dossier belongs to the system that submitted it.
  s = await serve({ clients: [...defaultClients, { id: 'other-system', secret: 'other-secret', name: 'Another procedure system', scopes: [...SCOPES.portal] }] });
  token = await s.token();
});
beforeEach(async () => {
  await portalState(s).callbacks.idle();
  s.harness.reset();
});
afterAll(async () => {
  await s.server.close();
});

const dossierPath = (code: string) => `/portal/v1/dossiers/${encodeURIComponent(code)}`;

describe('dossier submission (R-PORT-1)', () => {
  it('stores a new dossier with its fields, status, first step and deadline, and tells the world', async () => {
    const r = await s.call('POST', '/portal/v1/dossiers', { token, json: submission('HS-0001') });
    expect(r.status).toBe(201);
    expect(r.headers.get('location')).toBe('/portal/v1/dossiers/HS-0001');
    const view = dossierView.parse(r.json());
    expect(view).toMatchObject({ MaHoSo: 'HS-0001', TrangThaiHoSo: '2', TenTrangThaiHoSo: 'Được tiếp nhận', NgayHenTra: '20260105170000', late: false, submittedBy: 'procedure-system' });
    expect(view.QuaTrinhXuLy).toEqual([expect.objectContaining({ TrangThai: '2', TrangThaiTruoc: null, ThoiDiemXuLy: NOW_VN })]);
    expect(view.TaiLieuNop).toEqual([{ TenTepDinhKem: 'Giấy chứng sinh', DuocSoHoa: '1' }]);
    expect(s.harness.world.events({ kind: 'dossier.submitted' })).toEqual([expect.objectContaining({ system: 'portal', personalId: '001085999001', data: expect.objectContaining({ MaHoSo: 'HS-0001', client: 'procedure-system' }) })]);
  });

  it('keeps the papers exactly as sent, so a check can see whether a household book was asked for', async () => {
    const papers = [
      { TenTepDinhKem: 'Sổ hộ khẩu', DuocSoHoa: '0', MaThanhPhanHoSo: 'SHK' },
      { TenTepDinhKem: 'Giấy chứng sinh', DuocSoHoa: '1', DuocLayTuKhoDMQG: '1' },
    ];
    await submit(s, token, 'HS-PAPERS', { TaiLieuNop: papers });
    const view = (await s.call('GET', dossierPath('HS-PAPERS'), { token })).json();
    expect(view.TaiLieuNop).toEqual(papers);
  });

  it('answers a resubmission of the same content as a replay, and refuses other content under the same code', async () => {
    await submit(s, token, 'HS-0002');
    const again = await s.call('POST', '/portal/v1/dossiers', { token, json: submission('HS-0002') });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.json().MaHoSo).toBe('HS-0002');
    const changed = await s.call('POST', '/portal/v1/dossiers', { token, json: submission('HS-0002', { ChuHoSo: 'Trần Văn Bình' }) });
    expect(changed.status).toBe(409);
    expect(changed.json().error).toMatchObject({ code: 'conflict', field: 'MaHoSo' });
    expect(s.harness.world.events({ kind: 'dossier.submitted' })).toHaveLength(1);
  });

  it('replays the first answer for a repeated Idempotency-Key and refuses the key with another request', async () => {
    const headers = { 'idempotency-key': 'k-1' };
    const first = await s.call('POST', '/portal/v1/dossiers', { token, json: submission('HS-0003'), headers });
    const second = await s.call('POST', '/portal/v1/dossiers', { token, json: submission('HS-0003'), headers });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const reused = await s.call('POST', '/portal/v1/dossiers', { token, json: submission('HS-0004'), headers });
    expect(reused.status).toBe(422);
    expect(reused.json().error.field).toBe('Idempotency-Key');
  });

  it('refuses a deadline before the reception, an impossible date, an unknown status and an unknown field with 422 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ NgayHenTra: '20251231080000' }, 'NgayHenTra'],
      [{ NgayTiepNhan: '20260230070000' }, 'NgayTiepNhan'],
      [{ TrangThaiHoSo: '4' }, 'TrangThaiHoSo'],
      [{ SoSoHoKhau: '123' }, ''],
    ];
    for (const [overrides, field] of cases) {
      const r = await s.call('POST', '/portal/v1/dossiers', { token, json: submission('HS-BAD', overrides) });
      expect(r.status, JSON.stringify(overrides)).toBe(422);
      expect(r.json().error.code).toBe('unprocessable');
      if (field) expect(r.json().error.field).toBe(field);
    }
    expect((await s.call('GET', dossierPath('HS-BAD'), { token })).status).toBe(404);
  });

  it('accepts a dossier code with slashes, sent as %2F in the path', async () => {
    await submit(s, token, '03706/2026/07906');
    const r = await s.call('GET', dossierPath('03706/2026/07906'), { token });
    expect(r.status).toBe(200);
    expect(r.json().MaHoSo).toBe('03706/2026/07906');
  });

  it('shows a dossier only to the system that submitted it', async () => {
    await submit(s, token, 'HS-MINE');
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: 'other-system', client_secret: 'other-secret' });
    const other = (await s.call('POST', '/npd/oauth/token', { body: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } })).json().access_token;
    expect((await s.call('GET', dossierPath('HS-MINE'), { token: other })).status).toBe(404);
    expect((await step(s, other, 'HS-MINE', '4')).status).toBe(404);
    expect((await s.call('GET', '/portal/v1/dossiers', { token: other })).json().total).toBe(0);
    const taken = await s.call('POST', '/portal/v1/dossiers', { token: other, json: submission('HS-MINE') });
    expect(taken.status).toBe(409);
  });

  it('refuses a client without the dossier scope', async () => {
    const r = await s.call('GET', '/portal/v1/dossiers', { token: await s.token('bank') });
    expect(r.status).toBe(403);
  });
});

describe('processing steps and the life-cycle', () => {
  it('moves a dossier through received → processing → processed → returned, with dates and history', async () => {
    await submit(s, token, 'HS-0010');
    expect((await step(s, token, 'HS-0010', '4', { NoiDungXuLy: 'Thẩm định' })).status).toBe(200);
    expect((await step(s, token, 'HS-0010', '4', { NguoiXuLy: 'Lãnh đạo', NoiDungXuLy: 'Phê duyệt' })).status).toBe(200);
    expect((await step(s, token, 'HS-0010', '9', { ThoiDiemXuLy: '20260102090000' })).status).toBe(200);
    const done = await step(s, token, 'HS-0010', '10', { ThoiDiemXuLy: '20260102100000', DanhSachGiayToKetQua: [{ TenGiayTo: 'Giấy khai sinh điện tử', MaGiayToKetQua: 'KQ-1' }] });
    const view = done.json();
    expect(view).toMatchObject({ TrangThaiHoSo: '10', NgayKetThucXuLy: '20260102090000', NgayTra: '20260102100000', late: false });
    expect(view.QuaTrinhXuLy.map((x: any) => `${x.TrangThaiTruoc}→${x.TrangThai}`)).toEqual(['null→2', '2→4', '4→4', '4→9', '9→10']);
    expect(view.DanhSachGiayToKetQua).toEqual([{ TenGiayTo: 'Giấy khai sinh điện tử', MaGiayToKetQua: 'KQ-1' }]);
    const changes = s.harness.world.events({ kind: 'dossier.status-changed' }).map((e) => `${e.data.from}→${e.data.to}`);
    expect(changes).toEqual(['2→4', '4→9', '9→10']);
    await submit(s, token, 'HS-0010-B', { MaTTHC: '1.000656', TenTTHC: 'Đăng ký khai tử' });
    const byStatus = (await s.call('GET', '/portal/v1/dossiers?TrangThaiHoSo=10', { token })).json();
    expect(byStatus.dossiers.map((d: any) => d.MaHoSo)).toEqual(['HS-0010']);
    const byProcedure = (await s.call('GET', '/portal/v1/dossiers?MaTTHC=1.000656', { token })).json();
    expect(byProcedure).toEqual({ total: 1, dossiers: [expect.objectContaining({ MaHoSo: 'HS-0010-B', TrangThaiHoSo: '2', late: false })] });
  });

  it('refuses a transition the life-cycle forbids with 409 naming from → to, and any step on a final dossier', async () => {
    await submit(s, token, 'HS-0011');
    const skip = await step(s, token, 'HS-0011', '10');
    expect(skip.status).toBe(409);
    expect(skip.json().error.message).toContain('2 (Được tiếp nhận) → 10 (Đã trả kết quả) is not allowed');
    expect(skip.json().error.field).toBe('TrangThai');
    await step(s, token, 'HS-0011', '7');
    const after = await step(s, token, 'HS-0011', '7');
    expect(after.status).toBe(409);
    expect(after.json().error.message).toContain('is final');
    expect((await s.call('GET', dossierPath('HS-0011'), { token })).json().TrangThaiHoSo).toBe('7');
  });

  it('refuses a step dated before the reception, and a step on an unknown dossier', async () => {
    await submit(s, token, 'HS-0012');
    const early = await step(s, token, 'HS-0012', '4', { ThoiDiemXuLy: '20251231070000' });
    expect([early.status, early.json().error.field]).toEqual([422, 'ThoiDiemXuLy']);
    expect((await step(s, token, 'HS-NONE', '4')).status).toBe(404);
  });

  it('replays a step retried with the same Idempotency-Key instead of recording it twice', async () => {
    await submit(s, token, 'HS-0013');
    const headers = { 'idempotency-key': 'step-1' };
    const body = { TrangThai: '4', NguoiXuLy: 'Chuyên viên' };
    await s.call('POST', `${dossierPath('HS-0013')}/steps`, { token, json: body, headers });
    const retry = await s.call('POST', `${dossierPath('HS-0013')}/steps`, { token, json: body, headers });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.json().QuaTrinhXuLy).toHaveLength(2);
  });
});

describe('deadlines and late dossiers (R-PORT-1)', () => {
  it('flags a dossier finished after its deadline, in the view and in the list filter', async () => {
    await submit(s, token, 'HS-LATE');
    await submit(s, token, 'HS-ONTIME');
    for (const [code, at] of [['HS-LATE', '20260106080000'], ['HS-ONTIME', '20260104080000']] as const) {
      await step(s, token, code, '4');
      await step(s, token, code, '9', { ThoiDiemXuLy: at });
    }
    const late = (await s.call('GET', dossierPath('HS-LATE'), { token })).json();
    expect(late.late).toBe(true);
    expect(late.warnings).toEqual([expect.objectContaining({ code: 'late', requirement: 'R-PORT-1' })]);
    expect((await s.call('GET', dossierPath('HS-ONTIME'), { token })).json().late).toBe(false);
    const listed = (await s.call('GET', '/portal/v1/dossiers?late=true', { token })).json();
    expect(listed.dossiers.map((d: any) => d.MaHoSo)).toEqual(['HS-LATE']);
    expect((await s.call('GET', '/portal/v1/dossiers?late=false', { token })).json().dossiers.map((d: any) => d.MaHoSo)).toEqual(['HS-ONTIME']);
  });

  it('flags an open dossier once the clock passes its deadline, but not while it waits on the citizen', async () => {
    // A harness of its own: the clock moves on.
    const t = await serve();
    try {
      const own = await t.token();
      await submit(t, own, 'HS-OPEN');
      await submit(t, own, 'HS-WAIT', { NgayHenTra: '20260101170000' });
      await step(t, own, 'HS-WAIT', '5', { NoiDungXuLy: 'Bổ sung giấy chứng sinh' });
      expect((await t.call('GET', dossierPath('HS-OPEN'), { token: own })).json().late).toBe(false);
      t.harness.clock.advance(5 * 86_400_000);
      const later = await t.token();
      expect((await t.call('GET', dossierPath('HS-OPEN'), { token: later })).json().late).toBe(true);
      const waiting = (await t.call('GET', dossierPath('HS-WAIT'), { token: later })).json();
      expect([waiting.late, waiting.deadlinePaused]).toEqual([false, true]);
      const resumed = await step(t, later, 'HS-WAIT', '4', { NgayHenTraMoi: '20260110170000' });
      expect(resumed.json()).toMatchObject({ NgayHenTra: '20260110170000', late: false, deadlinePaused: false });
      await step(t, later, 'HS-OPEN', '4');
      expect((await step(t, later, 'HS-OPEN', '9')).json()).toMatchObject({ late: true, NgayKetThucXuLy: '20260106070000' });
    } finally {
      await t.server.close();
    }
  });

  it('accepts a new deadline only when leaving a supplement or fee request', async () => {
    await submit(s, token, 'HS-MOVE');
    const r = await step(s, token, 'HS-MOVE', '4', { NgayHenTraMoi: '20260120170000' });
    expect([r.status, r.json().error.field]).toEqual([422, 'NgayHenTraMoi']);
    expect((await s.call('GET', dossierPath('HS-MOVE'), { token })).json().NgayHenTra).toBe('20260105170000');
  });
});

describe('paper intake (R-PORT-11, R-PORT-17)', () => {
  const paper = [{ TenTepDinhKem: 'Tờ khai đăng ký khai sinh', DuocSoHoa: '0' }];

  it('warns when a paper-intake dossier enters processing before its papers have electronic copies', async () => {
    await submit(s, token, 'HS-PAPER-1', { KenhThucHien: '1', TaiLieuNop: paper });
    const view = (await step(s, token, 'HS-PAPER-1', '4')).json();
    expect(view.warnings).toEqual([expect.objectContaining({ code: 'processed-before-digitised', requirement: 'R-PORT-17' })]);
  });

  it('does not warn when the papers are digitised in the step that starts processing', async () => {
    await submit(s, token, 'HS-PAPER-2', { KenhThucHien: '1', TaiLieuNop: paper });
    const view = (await step(s, token, 'HS-PAPER-2', '4', { TaiLieuNop: [{ ...paper[0], DuocSoHoa: '1' }] })).json();
    expect(view.warnings).toEqual([]);
  });

  it('warns of paper intake on a day the catalogue declares paperless, and not of an online dossier', async () => {
    // 2026-01-01 is a Thursday (ISO weekday 4).
    const catalogue = { procedures: [{ MaTTHC: '1.001193', TenTTHC: 'Đăng ký khai sinh', online: true, endToEnd: true, noPaper: { weekdays: [4] } }] };
    expect((await s.call('PUT', '/portal/v1/catalogue', { token, json: catalogue })).status).toBe(200);
    const onPaper = await submit(s, token, 'HS-PAPER-3', { KenhThucHien: '1', TaiLieuNop: paper });
    expect(onPaper.warnings).toEqual([expect.objectContaining({ code: 'paper-on-no-paper-day', requirement: 'R-PORT-11' })]);
    const online = await submit(s, token, 'HS-PAPER-4', { TaiLieuNop: paper });
    expect(online.warnings).toEqual([]);
    const otherDay = await submit(s, token, 'HS-PAPER-5', { KenhThucHien: '1', TaiLieuNop: paper, NgayTiepNhan: '20260102070000', NgayHenTra: '20260106170000' });
    expect(otherDay.warnings).toEqual([]);
  });
});

describe('notifications (R-PORT-4)', () => {
  const notify = (code: string, channel: string, TrangThaiHoSo: string) =>
    s.call('POST', `${dossierPath(code)}/notifications`, { token, json: { channel, TrangThaiHoSo, message: `Hồ sơ ${code}: trạng thái ${TrangThaiHoSo}` } });

  it('records each delivery per channel and shows, per status change, which channels got it', async () => {
    await submit(s, token, 'HS-NOTE');
    await step(s, token, 'HS-NOTE', '4');
    for (const channel of ['email', 'sms', 'portal']) expect((await notify('HS-NOTE', channel, '2')).status).toBe(201);
    await notify('HS-NOTE', 'email', '4');
    await notify('HS-NOTE', 'email', '4');
    const view = (await s.call('GET', dossierPath('HS-NOTE'), { token })).json();
    expect(view.statusChanges).toEqual([
      { TrangThaiHoSo: '2', at: NOW_VN, notified: { email: 1, sms: 1, portal: 1, ott: 0 }, allThreeChannels: true },
      { TrangThaiHoSo: '4', at: NOW_VN, notified: { email: 2, sms: 0, portal: 0, ott: 0 }, allThreeChannels: false },
    ]);
    const list = (await s.call('GET', `${dossierPath('HS-NOTE')}/notifications`, { token })).json().notifications;
    expect(list.map((n: any) => `${n.TrangThaiHoSo}:${n.channel}`)).toEqual(['2:email', '2:sms', '2:portal', '4:email', '4:email']);
    expect(list[0]).toMatchObject({ id: 'tb-000001', MaHoSo: 'HS-NOTE', sentAt: '2026-01-01T00:00:00.000Z', client: 'procedure-system', recipient: null });
  });

  it('refuses a notification for a status the dossier never had, and an unknown channel', async () => {
    await submit(s, token, 'HS-NOTE-2');
    const never = await notify('HS-NOTE-2', 'email', '9');
    expect([never.status, never.json().error.field]).toEqual([422, 'TrangThaiHoSo']);
    const fax = await notify('HS-NOTE-2', 'fax', '2');
    expect([fax.status, fax.json().error.field]).toEqual([422, 'channel']);
    expect((await notify('HS-NONE', 'email', '2')).status).toBe(404);
  });
});

describe('payments seen from the world', () => {
  it('keeps a payment.confirmed event that names a dossier, and ignores one that names none', async () => {
    await submit(s, token, 'HS-PAY');
    s.harness.world.emit('treasury', 'payment.confirmed', '001085999001', { MaHoSo: 'HS-PAY', amount: 8000 });
    s.harness.world.emit('treasury', 'payment.confirmed', '001085999001', { MaHoSo: 'HS-UNKNOWN' });
    const view = (await s.call('GET', dossierPath('HS-PAY'), { token })).json();
    expect(view.payments).toEqual([{ at: '2026-01-01T00:00:00.000Z', data: { MaHoSo: 'HS-PAY', amount: 8000 } }]);
  });
});

describe('callbacks to the integrator', () => {
  const SECRET = 'integrator-callback-secret';
  let receiver: Awaited<ReturnType<typeof callbackReceiver>>;
  beforeEach(async () => {
    receiver = await callbackReceiver();
  });
  afterEach(async () => {
    // Nothing may be left in flight when the receiver closes or the next test resets the harness.
    await portalState(s).callbacks.idle();
    await receiver.close();
  });

  const register = (url = receiver.url, secret = SECRET) => s.call('PUT', '/portal/v1/callbacks', { token, json: { url, secret } });
  const setMode = (mode: string, delayMs?: number) => s.call('PUT', '/portal/v1/callbacks/mode', { token, json: { mode, ...(delayMs === undefined ? {} : { delayMs }) } });
  const events = (received: readonly Received[]) => received.map((r) => JSON.parse(r.body));
  const idle = () => portalState(s).callbacks.idle();

  describe('callback registration', () => {
    it('registers a URL and shows it without the secret; replaces it on a second PUT', async () => {
      const r = await register();
      expect(r.status).toBe(200);
      expect(r.json()).toEqual({ url: receiver.url, mode: 'normal', delayMs: 1000, held: 0, registeredAt: '2026-01-01T00:00:00.000Z' });
      await register('http://127.0.0.1:9/other');
      expect((await s.call('GET', '/portal/v1/callbacks', { token })).json().url).toBe('http://127.0.0.1:9/other');
    });

    it('answers 404 before a URL is registered, and refuses a non-HTTP URL or a short secret', async () => {
      expect((await s.call('GET', '/portal/v1/callbacks', { token })).status).toBe(404);
      expect((await setMode('duplicate')).status).toBe(404);
      const ftp = await register('ftp://example.vn/hook');
      expect([ftp.status, ftp.json().error.field]).toEqual([422, 'url']);
      const short = await register(receiver.url, 'short');
      expect([short.status, short.json().error.field]).toEqual([422, 'secret']);
    });

    it('sends nothing to a client that registered no URL', async () => {
      await submit(s, token, 'HS-CB-0');
      await step(s, token, 'HS-CB-0', '4');
      await idle();
      expect(receiver.received).toEqual([]);
      expect((await s.call('GET', '/portal/v1/callbacks/deliveries', { token })).json().deliveries).toEqual([]);
    });
  });

  describe('status and payment callbacks', () => {
    it('POSTs a signed event for each status change, in order, and records the deliveries', async () => {
      await register();
      await submit(s, token, 'HS-CB-1');
      await step(s, token, 'HS-CB-1', '4');
      await step(s, token, 'HS-CB-1', '4', { NoiDungXuLy: 'same status: no callback' });
      await step(s, token, 'HS-CB-1', '9');
      await idle();
      expect(receiver.received).toHaveLength(2);
      for (const r of receiver.received) {
        expect(verifyCallback(SECRET, String(r.headers[SIGNATURE_HEADER]), r.body)).toBe(true);
        expect(verifyCallback('another-secret-of-16', String(r.headers[SIGNATURE_HEADER]), r.body)).toBe(false);
        expect(r.headers['x-vn06-event-id']).toBe(JSON.parse(r.body).id);
      }
      const [first, second] = events(receiver.received);
      expect(first).toMatchObject({ type: 'dossier.status-changed', sequence: 1, data: { MaHoSo: 'HS-CB-1', TrangThaiTruoc: '2', TrangThaiHoSo: '4', TenTrangThaiHoSo: 'Đang xử lý', late: false } });
      expect(second).toMatchObject({ sequence: 2, data: { TrangThaiTruoc: '4', TrangThaiHoSo: '9' } });
      const deliveries = (await s.call('GET', '/portal/v1/callbacks/deliveries', { token })).json().deliveries;
      expect(deliveries.map((d: any) => [d.eventId, d.sequence, d.status, d.mode])).toEqual([
        [first.id, 1, 200, 'normal'],
        [second.id, 2, 200, 'normal'],
      ]);
    });

    it('pushes a payment confirmed for one of the client’s dossiers', async () => {
      await register();
      await submit(s, token, 'HS-CB-PAY');
      s.harness.world.emit('treasury', 'payment.confirmed', '001085999001', { MaHoSo: 'HS-CB-PAY', amount: 8000 });
      await idle();
      expect(events(receiver.received)).toEqual([expect.objectContaining({ type: 'payment.confirmed', data: { MaHoSo: 'HS-CB-PAY', amount: 8000 } })]);
    });

    it('records an unreachable URL as a delivery without status, with the error', async () => {
      const closed = await callbackReceiver();
      await closed.close();
      await register(closed.url);
      await submit(s, token, 'HS-CB-DOWN');
      await step(s, token, 'HS-CB-DOWN', '4');
      await idle();
      const [delivery] = (await s.call('GET', '/portal/v1/callbacks/deliveries', { token })).json().deliveries;
      expect(delivery.status).toBeNull();
      expect(delivery.error).toEqual(expect.any(String));
    });
  });

  describe('delivery modes for the integrator’s idempotent handling', () => {
    it('duplicate: sends every event twice with the same event ID', async () => {
      await register();
      expect((await setMode('duplicate')).json().mode).toBe('duplicate');
      await submit(s, token, 'HS-CB-DUP');
      await step(s, token, 'HS-CB-DUP', '4');
      await idle();
      const ids = receiver.received.map((r) => r.headers['x-vn06-event-id']);
      expect(ids).toHaveLength(2);
      expect(ids[0]).toBe(ids[1]);
    });

    it('out-of-order: sends each pair of events swapped, and holds a lone event until flushed', async () => {
      await register();
      await setMode('out-of-order');
      await submit(s, token, 'HS-CB-OOO');
      await step(s, token, 'HS-CB-OOO', '4');
      await step(s, token, 'HS-CB-OOO', '9');
      await step(s, token, 'HS-CB-OOO', '10');
      await idle();
      expect(events(receiver.received).map((e) => e.sequence)).toEqual([2, 1]);
      expect((await s.call('GET', '/portal/v1/callbacks', { token })).json().held).toBe(1);
      expect((await s.call('POST', '/portal/v1/callbacks/flush', { token })).json().held).toBe(0);
      await idle();
      expect(events(receiver.received).map((e) => e.sequence)).toEqual([2, 1, 3]);
    });

    it('delayed: answers the status change at once and delivers the callback after the delay', async () => {
      await register();
      await setMode('delayed', 150);
      await submit(s, token, 'HS-CB-LATE');
      const started = performance.now();
      expect((await step(s, token, 'HS-CB-LATE', '4')).status).toBe(200);
      expect(receiver.received).toHaveLength(0);
      await idle();
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
      expect(receiver.received).toHaveLength(1);
    });

    it('sends what a mode held back when the mode changes', async () => {
      await register();
      await setMode('out-of-order');
      await submit(s, token, 'HS-CB-SWITCH');
      await step(s, token, 'HS-CB-SWITCH', '4');
      await setMode('normal');
      await idle();
      expect(events(receiver.received).map((e) => e.data.TrangThaiHoSo)).toEqual(['4']);
    });
  });
});
