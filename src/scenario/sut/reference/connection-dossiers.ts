import { randomUUID } from 'node:crypto';
import type { ReferenceCore } from './core.js';

/** The portal's dossier status codes the reference system uses, and the monitoring event each one is. */
const EVENTS = { '1': 'registered', '2': 'received', '3': 'rejected', '4': 'processing', '8': 'stopped', '9': 'finished', '10': 'returned' } as const;
export type DossierStatus = keyof typeof EVENTS;

/** The two targets a status change is reported to: MIC's monitoring (BTTTT 20) and the real-time steering data (CT05 A16). */
export const MONITORING_TARGETS = ['BTTTT-20', 'CT05-A16'] as const;
export type MonitoringTarget = (typeof MONITORING_TARGETS)[number];
export type ReportCounts = Record<MonitoringTarget, number>;

/** Habits: never report; report to MIC only; keep the reports for a batch sent with the next day's work. */
export const SKIPS_MONITORING = 'skip-monitoring';
export const ONE_TARGET = 'monitoring-one-target';
export const NIGHTLY_BATCH = 'monitoring-nightly-batch';

/** A paper of a dossier as the portal keeps it (`TaiLieuNop`). */
export interface Paper {
  readonly TenTepDinhKem: string;
  readonly DuocSoHoa: '0' | '1';
}

/** What a dossier needs beyond what every dossier of the reference system has. */
export interface DossierDraft {
  readonly MaTTHC: string;
  readonly TenTTHC: string;
  readonly ChuHoSo: string;
  readonly SoGiayToChuHoSo: string;
  readonly TaiLieuNop: readonly Paper[];
  /** The databases consulted instead of papers (`DSKetNoiCSDL`). */
  readonly databases?: readonly string[];
}

interface QueuedReport {
  readonly MaHoSo: string;
  readonly event: string;
  readonly at: string;
  readonly target: MonitoringTarget;
}

const queues = new WeakMap<ReferenceCore, QueuedReport[]>();
const DAY_MS = 86_400_000;

/** `yyyyMMddHHmmss` in Vietnam time (UTC+7), as the portal writes times. */
export function vnTimestamp(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

export const noReports = (): ReportCounts => ({ 'BTTTT-20': 0, 'CT05-A16': 0 });

function addCounts(a: ReportCounts, b: ReportCounts): ReportCounts {
  return { 'BTTTT-20': a['BTTTT-20'] + b['BTTTT-20'], 'CT05-A16': a['CT05-A16'] + b['CT05-A16'] };
}

async function send(core: ReferenceCore, report: QueuedReport): Promise<ReportCounts> {
  const reply = await core.gateway.call('POST', '/portal/v1/monitoring/events', { json: report });
  if (reply.status !== 201) core.log(`monitoring report ${report.event} of ${report.MaHoSo} to ${report.target} refused: ${reply.status}`);
  return { ...noReports(), [report.target]: reply.status === 201 ? 1 : 0 };
}

/** Reports one status change to each monitoring target as it happens (R-CONN-4), unless a habit holds it back. */
async function reportEvent(core: ReferenceCore, maHoSo: string, status: DossierStatus): Promise<ReportCounts> {
  if (core.has(SKIPS_MONITORING)) return noReports();
  const targets = core.has(ONE_TARGET) ? MONITORING_TARGETS.slice(0, 1) : MONITORING_TARGETS;
  const reports = targets.map((target) => ({ MaHoSo: maHoSo, event: EVENTS[status], at: vnTimestamp(Date.now()), target }));
  if (core.has(NIGHTLY_BATCH)) {
    queues.set(core, [...(queues.get(core) ?? []), ...reports]);
    return noReports();
  }
  let counts = noReports();
  for (const report of reports) counts = addCounts(counts, await send(core, report));
  return counts;
}

/** The habit `monitoring-nightly-batch`: the reports held back so far, sent now (with the next batch of work). */
export async function flushHeldReports(core: ReferenceCore): Promise<ReportCounts> {
  const held = queues.get(core) ?? [];
  queues.delete(core);
  let counts = noReports();
  for (const report of held) counts = addCounts(counts, await send(core, report));
  return counts;
}

/** A dossier synced with the portal: its code, and the monitoring reports sent for it so far. */
export interface SyncedDossier {
  readonly maHoSo: string;
  readonly status: number;
  reports: ReportCounts;
}

/** Submits a dossier to the portal as received online (status 2), and reports the event. */
export async function submitDossier(core: ReferenceCore, draft: DossierDraft): Promise<SyncedDossier> {
  const maHoSo = `VN06-${randomUUID().slice(0, 8).toUpperCase()}`;
  const now = Date.now();
  const reply = await core.gateway.call('POST', '/portal/v1/dossiers', {
    json: {
      MaHoSo: maHoSo,
      MaTTHC: draft.MaTTHC,
      TenTTHC: draft.TenTTHC,
      KenhThucHien: '2',
      ChuHoSo: draft.ChuHoSo,
      SoGiayToChuHoSo: draft.SoGiayToChuHoSo,
      LoaiDoiTuong: '1',
      NgayTiepNhan: vnTimestamp(now),
      NgayHenTra: vnTimestamp(now + 3 * DAY_MS),
      TrangThaiHoSo: '2',
      TaiKhoanDuocXacThucVoiVNeID: '1',
      TaiLieuNop: draft.TaiLieuNop,
      DSKetNoiCSDL: (draft.databases ?? []).map((MaCSDL) => ({ MaCSDL })),
    },
  });
  if (reply.status !== 201 && reply.status !== 200) {
    core.log(`the portal refused dossier ${maHoSo}: ${reply.status} ${reply.text.slice(0, 200)}`);
    return { maHoSo, status: reply.status, reports: noReports() };
  }
  return { maHoSo, status: reply.status, reports: await reportEvent(core, maHoSo, '2') };
}

/** Records a processing step that changes the dossier's status on the portal, and reports the event. */
export async function advanceDossier(core: ReferenceCore, dossier: SyncedDossier, status: Exclude<DossierStatus, '1' | '2'>, work: string): Promise<boolean> {
  const reply = await core.gateway.call('POST', `/portal/v1/dossiers/${encodeURIComponent(dossier.maHoSo)}/steps`, {
    json: { TrangThai: status, NguoiXuLy: 'Cán bộ tiếp nhận', NoiDungXuLy: work, ThoiDiemXuLy: vnTimestamp(Date.now()) },
  });
  if (reply.status !== 200 && reply.status !== 201) {
    core.log(`the portal refused step ${status} of ${dossier.maHoSo}: ${reply.status}`);
    return false;
  }
  dossier.reports = addCounts(dossier.reports, await reportEvent(core, dossier.maHoSo, status));
  return true;
}

/** Adds up the reports of several dossiers (and of held reports sent on the way). */
export function totalReports(...counts: readonly ReportCounts[]): ReportCounts {
  return counts.reduce(addCounts, noReports());
}
