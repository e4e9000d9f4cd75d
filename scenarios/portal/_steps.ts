/**
 * Steps the portal scenarios share: the personas and addresses they use, the harness clock as a timeline, the mocks
 * read back through their GET routes with the system's own client (the portal keeps each client's dossiers apart), the
 * citizen paying a fee, and a dossier filed and carried through to its result.
 */
import { request } from 'undici';
import type { Harness } from '../../src/mock/harness.js';
import type { JournalEntry } from '../../src/mock/journal.js';
import { SUT_CLIENT } from '../../src/scenario/runner.js';
import type { StimulusInput, StimulusOutput } from '../../src/scenario/sut/types.js';
import type { MocksHandle, ScenarioContext } from '../../src/scenario/types.js';

/** The test personas the portal scenarios use (src/population/personas.ts). */
export const PERSONA = {
  /** Nguyễn Văn An, Hà Nội, VNeID level 2, a Vietcombank account. */
  ordinary: '001085999001',
  /** VNeID level 1 only. */
  level1: '048195999008',
  /** VNeID level 2, Hà Nội. */
  level2: '048096999009',
  /** Living in Hồ Chí Minh City since 2025: another province than the reference system's. */
  otherProvince: '049183999010',
  deceased: '038050999003',
  unknown: '001190999004',
} as const;

/** Addresses in Hà Nội (units since 1 July 2025), away from the personas' own ward (Phường Cửa Nam, 00082). */
export const ADDRESS = {
  baDinh: { ChiTiet: 'Số 5 phố Đội Cấn', MaPhuongXa: '00004', MaTinhThanh: '01' },
  ngocHa: { ChiTiet: 'Số 18 phố Hoàng Hoa Thám', MaPhuongXa: '00008', MaTinhThanh: '01' },
} as const;

const HOUR_MS = 3_600_000;

/** The harness clock now, as an ISO instant (the `at` of a stimulus). */
export function now(harness: Harness): string {
  return new Date(harness.clock.now()).toISOString();
}

/** Moves the harness clock forward by some hours; the new instant. */
export function later(harness: Harness, hours: number): string {
  harness.clock.advance(hours * HOUR_MS);
  return now(harness);
}

/** Moves the harness clock to a Vietnam time on a day (`2026-06-03`, `09:00`), never backwards; the new instant. */
export function at(harness: Harness, day: string, time: string): string {
  harness.clock.advance(Math.max(0, Date.parse(`${day}T${time}:00+07:00`) - harness.clock.now()));
  return now(harness);
}

/** Moves the harness clock just past an instant. */
export function past(harness: Harness, instant: string): string {
  harness.clock.advance(Math.max(0, Date.parse(instant) - harness.clock.now()) + 60_000);
  return now(harness);
}

/** What a mock answered. */
export interface Answer<T> {
  readonly status: number;
  readonly body: T;
}

/** Reads the mocks as the system under test's client: its dossiers, catalogue, forms, payment orders, surveys. */
export class MockReader {
  private readonly mocks: MocksHandle;
  private token: string | undefined;

  constructor(mocks: MocksHandle) {
    this.mocks = mocks;
  }

  private async bearer(): Promise<string> {
    if (this.token) return this.token;
    const grant = await this.mocks.harness.auth.issue(SUT_CLIENT.id, SUT_CLIENT.secret);
    if (!('access_token' in grant)) throw new Error(`the harness refused the system's client: ${grant.message}`);
    this.token = grant.access_token;
    return this.token;
  }

  /**
   * Calls a mock route; `signed: false` for test controls that take no token (a citizen paying, answering a survey).
   * A token the harness clock has aged past its lifetime is replaced once.
   */
  async call<T = any>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown, signed = true): Promise<Answer<T>> {
    const send = async (): Promise<Answer<T>> => {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (signed) headers.authorization = `Bearer ${await this.bearer()}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await request(`${this.mocks.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.body.text();
      return { status: res.statusCode, body: (text === '' ? null : JSON.parse(text)) as T };
    };
    const answer = await send();
    if (answer.status !== 401 || !signed) return answer;
    this.token = undefined;
    return send();
  }

  get<T = any>(path: string): Promise<Answer<T>> {
    return this.call<T>('GET', path);
  }

  /** The portal's view of a dossier (status, steps, lateness, notifications per status change, payments, warnings). */
  async dossier(code: string): Promise<PortalDossier | undefined> {
    const got = await this.get<PortalDossier>(`/portal/v1/dossiers/${encodeURIComponent(code)}`);
    return got.status === 200 ? got.body : undefined;
  }

  /** The citizen pays a fee: the treasury marks the order paid and posts its signed confirmation to the system. */
  pay(orderId: string): Promise<Answer<{ status: string; callback: { status: number | null; error: string | null } }>> {
    return this.call('POST', `/treasury/v1/payment-orders/${orderId}/pay`, undefined, false);
  }
}

/** The portal's dossier view, as far as the scenarios read it (mocks/portal/contract.ts `dossierView`). */
export interface PortalDossier {
  readonly MaHoSo: string;
  readonly MaTTHC: string;
  readonly KenhThucHien: string;
  readonly SoGiayToChuHoSo: string;
  readonly TrangThaiHoSo: string;
  readonly NgayHenTra: string;
  readonly late: boolean;
  readonly TaiLieuNop: readonly { TenTepDinhKem: string; DuocSoHoa: string; DuocLayTuKhoDMQG?: string; MaKetQuaThayThe?: string }[];
  readonly DanhSachGiayToKetQua: readonly { TenGiayTo: string; MaGiayToKetQua: string; GiayToId?: string }[];
  readonly QuaTrinhXuLy: readonly { TrangThai: string; TrangThaiTruoc: string | null; ThoiDiemXuLy: string }[];
  readonly statusChanges: readonly { TrangThaiHoSo: string; notified: Record<'email' | 'sms' | 'portal' | 'ott', number>; allThreeChannels: boolean }[];
  readonly payments: readonly { data: Record<string, unknown> }[];
  readonly warehouseDocuments: readonly string[];
  readonly warnings: readonly { code: string; message: string }[];
}

/** The journal entries a step of the scenario caused (the system's calls, and what the mocks sent it). */
export async function during<T>(harness: Harness, act: () => Promise<T>, route?: string): Promise<{ result: T; entries: JournalEntry[] }> {
  const since = harness.journal.mark;
  const result = await act();
  return { result, entries: harness.journal.list({ sinceSeq: since, ...(route ? { route } : {}) }) };
}

type Filed = StimulusOutput<'fileDossier'>;
type Handled = StimulusOutput<'handleDossier'>;

/** A dossier carried from filing to its result: what the system answered at each step, and what the treasury said. */
export interface Carried {
  readonly filed: Filed;
  readonly paid?: Answer<{ status: string; callback: { status: number | null; error: string | null } }>;
  readonly finished?: Handled;
}

/**
 * Files a dossier now (on the harness clock), pays its fee if the system asked for one, and has the officers finish it
 * `hoursLater` (the clock moves on). Stops where the system stops.
 */
export async function fileAndFinish(ctx: ScenarioContext, input: StimulusInput<'fileDossier'>, hoursLater = 2): Promise<Carried> {
  const { sut, mocks } = ctx;
  const filed = await sut.call('fileDossier', { at: now(mocks.harness), ...input });
  if (filed.outcome !== 'received' || !filed.dossierCode) return { filed };
  const paid = filed.payment ? await new MockReader(mocks).pay(filed.payment.orderId) : undefined;
  const finished = await sut.call('handleDossier', { dossierCode: filed.dossierCode, action: 'finish', at: later(mocks.harness, hoursLater) });
  return { filed, ...(paid ? { paid } : {}), finished };
}

/** `2 → 6 → 4 → 9 → 10`: the statuses a dossier went through, as the portal recorded them (in English and Vietnamese, for messages). */
export function statusPath(dossier: PortalDossier | undefined): { en: string; vi: string } {
  if (!dossier) return { en: 'no dossier on the portal', vi: 'không có hồ sơ trên Cổng' };
  const path = dossier.statusChanges.map((c) => c.TrangThaiHoSo).join(' → ');
  return { en: path, vi: path };
}

/** The in-person steps and the papers the system still asks for, over the whole run of a dossier. */
function leftOver(c: Carried): string[] {
  return [...new Set([...c.filed.inPersonSteps, ...c.filed.requestedFromCitizen, ...(c.finished?.inPersonSteps ?? [])])];
}

/**
 * Checks a dossier ran end to end (R-PORT-6, -10): filed online, the fee paid online and confirmed where there is one,
 * the result returned as an electronic document (the portal shows 10), nothing left to do in person. The portal's
 * view of the dossier, for further checks.
 */
export async function checkEndToEnd(ctx: ScenarioContext, requirement: 'R-PORT-6' | 'R-PORT-10', name: { readonly en: string; readonly vi: string }, carried: Carried): Promise<PortalDossier | undefined> {
  const { check } = ctx;
  const { filed } = carried;
  const outcome = `${filed.outcome}${filed.outcome === 'received' ? '' : `: ${filed.message}`}`;
  if (!check(requirement, filed.outcome === 'received' && filed.dossierCode !== undefined, { en: `${name.en}: filed online (${outcome})`, vi: `${name.vi}: đã nộp trực tuyến (${outcome})` }, { data: filed })) return undefined;
  const dossier = await new MockReader(ctx.mocks).dossier(filed.dossierCode!);
  const evidence = { data: { answers: carried, portal: dossier } };
  // Whether a fee is due comes from the treasury's schedule, not from the system: a system that skips payment is caught.
  const fee = await new MockReader(ctx.mocks).get<{ amount?: number }>(`/treasury/v1/fees/${encodeURIComponent(dossier?.MaTTHC ?? 'none')}?channel=online`);
  const feeDue = fee.status === 200 && (fee.body.amount ?? 0) > 0;
  if (feeDue || filed.payment) {
    check(requirement, filed.payment !== undefined && carried.paid?.body.callback.status === 200 && (dossier?.payments.length ?? 0) > 0, {
      en: `${name.en}: the fee due online (${fee.body.amount ?? 0} VND) was paid online and confirmed to the system`,
      vi: `${name.vi}: phí, lệ phí phải nộp trực tuyến (${fee.body.amount ?? 0} đồng) đã được thanh toán trực tuyến và xác nhận về hệ thống`,
    }, { ...evidence, data: { ...evidence.data, fee: fee.body } });
  }
  check(requirement, dossier?.TrangThaiHoSo === '10', { en: `${name.en}: the portal shows the result returned (${statusPath(dossier).en})`, vi: `${name.vi}: Cổng ghi nhận đã trả kết quả (${statusPath(dossier).vi})` }, evidence);
  // The result must be a document the portal knows: listed on the dossier or stored in the warehouse, not just an ID the system names.
  const resultId = carried.finished?.result?.documentId;
  const known = resultId != null && (dossier?.warehouseDocuments.includes(resultId) === true || dossier?.DanhSachGiayToKetQua.some((g) => g.GiayToId === resultId) === true);
  check(requirement, known, {
    en: `${name.en}: the result is an electronic document the portal holds (${carried.finished?.result?.title ?? 'none'}${resultId ? `, ${resultId}` : ''})`,
    vi: `${name.vi}: kết quả là văn bản điện tử Cổng đang lưu giữ (${carried.finished?.result?.title ?? 'không có'}${resultId ? `, ${resultId}` : ''})`,
  }, evidence);
  const steps = leftOver(carried);
  check(requirement, steps.length === 0, {
    en: `${name.en}: nothing left to do in person (${steps.join('; ') || 'nothing'})`,
    vi: `${name.vi}: không còn bước nào phải thực hiện trực tiếp (${steps.join('; ') || 'không có'})`,
  }, evidence);
  return dossier;
}
