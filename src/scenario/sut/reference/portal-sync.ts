import type { ReferenceCore } from './core.js';
import type { DossierRecord, Paper, StatusCode } from './portal-store.js';
import { vnTimestamp } from './portal-time.js';

/** The portal's status names and the events monitoring counts them as (R-CONN-4). */
export const STATUSES: Readonly<Record<StatusCode, { readonly label: string; readonly event: string; readonly officer: string }>> = {
  '1': { label: 'Mới đăng ký', event: 'registered', officer: 'Hệ thống' },
  '2': { label: 'Được tiếp nhận', event: 'received', officer: 'Cán bộ Bộ phận một cửa' },
  '3': { label: 'Không được tiếp nhận', event: 'rejected', officer: 'Cán bộ Bộ phận một cửa' },
  '4': { label: 'Đang xử lý', event: 'processing', officer: 'Chuyên viên thụ lý' },
  '5': { label: 'Yêu cầu bổ sung giấy tờ', event: 'supplement-requested', officer: 'Chuyên viên thụ lý' },
  '6': { label: 'Yêu cầu thực hiện nghĩa vụ tài chính', event: 'fee-requested', officer: 'Cán bộ Bộ phận một cửa' },
  '7': { label: 'Công dân yêu cầu rút hồ sơ', event: 'withdrawn', officer: 'Cán bộ Bộ phận một cửa' },
  '8': { label: 'Dừng xử lý', event: 'stopped', officer: 'Lãnh đạo phê duyệt' },
  '9': { label: 'Đã xử lý xong', event: 'finished', officer: 'Lãnh đạo phê duyệt' },
  '10': { label: 'Đã trả kết quả', event: 'returned', officer: 'Cán bộ Bộ phận một cửa' },
};

/** The statuses after which nothing more happens to a dossier. */
export const FINAL: readonly StatusCode[] = ['3', '7', '8', '10'];

const dossierPath = (code: string): string => `/portal/v1/dossiers/${encodeURIComponent(code)}`;

/** The portal's refusal in one line. */
function refusalOf(reply: { status: number; text: string }): string {
  try {
    return `${reply.status} ${(JSON.parse(reply.text) as { error?: { message?: string } }).error?.message ?? ''}`.trim();
  } catch {
    return String(reply.status);
  }
}

/** A dossier the portal holds (its code), or why it does not. */
export type Submitted = { readonly code: string } | { readonly refused: string };

/**
 * Sends a new dossier to the portal. When the answer is lost (the connection failed after the gateway client's own
 * retries), the dossier may well have arrived: the system asks the portal for it before sending it again under the
 * same code, so one application stays one dossier (R-PORT-1). The habit `resubmit-with-new-code` is the system that
 * takes a lost answer for a failure and files the application again under a new code.
 */
export async function submitDossier(core: ReferenceCore, body: Record<string, unknown> & { MaHoSo: string }, newCode: () => string): Promise<Submitted> {
  const send = async (submission: typeof body): Promise<Submitted | undefined> => {
    try {
      const reply = await core.gateway.call('POST', '/portal/v1/dossiers', { json: submission });
      return reply.status === 201 || reply.status === 200 ? { code: submission.MaHoSo } : { refused: `the portal refused dossier ${submission.MaHoSo}: ${refusalOf(reply)}` };
    } catch (error) {
      core.log(`dossier ${submission.MaHoSo}: the portal's answer was lost (${(error as Error).message})`);
      return undefined;
    }
  };
  const first = await send(body);
  if (first) return first;
  if (core.has('resubmit-with-new-code')) return (await send({ ...body, MaHoSo: newCode() })) ?? { refused: 'the portal could not be reached' };
  const check = await core.gateway.call('GET', dossierPath(body.MaHoSo));
  if (check.status === 200) return { code: body.MaHoSo };
  return (await send(body)) ?? { refused: 'the portal could not be reached' };
}

/** What else a step carries: the papers as they now stand, the results, a new deadline, what was done. */
export interface StepExtra {
  readonly NoiDungXuLy?: string;
  readonly TaiLieuNop?: readonly Paper[];
  readonly DanhSachGiayToKetQua?: readonly { TenGiayTo: string; MaGiayToKetQua: string; GiayToId?: string }[];
  readonly NgayHenTraMoi?: string;
}

/** Records a processing step on the portal; the status changes when `to` differs from the dossier's. Null, or the refusal. */
async function postStep(core: ReferenceCore, record: DossierRecord, to: StatusCode, moment: number, extra: StepExtra): Promise<string | null> {
  const step = { TrangThai: to, NguoiXuLy: STATUSES[to].officer, NoiDungXuLy: extra.NoiDungXuLy ?? STATUSES[to].label, ThoiDiemXuLy: vnTimestamp(moment), ...extra };
  const reply = await core.gateway.call('POST', `${dossierPath(record.code)}/steps`, { json: step });
  return reply.status === 200 ? null : `the portal refused the step on ${record.code}: ${refusalOf(reply)}`;
}

/** A step that keeps the status (a paper digitised, an officer's note). Null, or the refusal. */
export function recordStep(core: ReferenceCore, record: DossierRecord, moment: number, extra: StepExtra): Promise<string | null> {
  return postStep(core, record, record.status, moment, extra);
}

/**
 * Moves a dossier to a new status on the portal, then tells the citizen once on each channel (email, SMS, portal
 * inbox: R-PORT-4) and reports the event to both monitoring targets (R-CONN-4). Null, or the refusal.
 */
export async function changeStatus(core: ReferenceCore, record: DossierRecord, to: StatusCode, moment: number, extra: StepExtra = {}): Promise<string | null> {
  const refused = await postStep(core, record, to, moment, extra);
  if (refused) return refused;
  record.status = to;
  await announce(core, record, to, moment);
  return null;
}

/** The status notification on each channel and the monitoring reports of one status change. */
export async function announce(core: ReferenceCore, record: DossierRecord, status: StatusCode, moment: number): Promise<void> {
  const message = `Hồ sơ ${record.code} (${record.procedure.TenTTHC}): ${STATUSES[status].label}`;
  const channels = core.has('skip-sms') ? ['email', 'portal'] : ['email', 'sms', 'portal'];
  for (const channel of channels) {
    const reply = await core.gateway.call('POST', `${dossierPath(record.code)}/notifications`, { json: { channel, TrangThaiHoSo: status, message, recipient: record.applicantId } });
    if (reply.status !== 201) core.log(`notification on ${channel} for ${record.code} refused: ${reply.status}`);
  }
  for (const target of ['BTTTT-20', 'CT05-A16']) {
    await core.gateway.call('POST', '/portal/v1/monitoring/events', { json: { MaHoSo: record.code, event: STATUSES[status].event, at: vnTimestamp(moment), target } });
  }
}
