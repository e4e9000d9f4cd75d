import type { z } from 'zod';
import type {
  DossierNotification,
  DossierSubmission,
  DossierView,
  DossierWarning,
  giayToKetQuaSchema,
  notificationBody,
  Step,
  StepBody,
  taiLieuNopSchema,
} from './contract.js';
import { Refusal } from './errors.js';
import { fingerprint } from './idempotency.js';
import { describeStatus, lifecycle, transitionRefusal, type StatusCode } from './lifecycle.js';
import { formatVnTimestamp, parseVnTimestamp } from './vn-time.js';

type Paper = z.infer<typeof taiLieuNopSchema>;
type Result = z.infer<typeof giayToKetQuaSchema>;

/** A dossier as the portal holds it: what was submitted, where it stands, and what happened to it. */
export interface Dossier {
  readonly submission: DossierSubmission;
  readonly fingerprint: string;
  readonly client: string;
  readonly receivedAt: number;
  updatedAt: number;
  status: StatusCode;
  /** The deadline in force (`NgayHenTra`, moved only when leaving a supplement or fee request). */
  deadline: string;
  /** When processing ended (the first settled status), by the steps' `ThoiDiemXuLy`; null while open. */
  finishedAt: number | null;
  papers: Paper[];
  results: Result[];
  readonly steps: Step[];
  readonly notifications: (DossierNotification & { readonly change: number })[];
  readonly payments: { readonly at: string; readonly data: Readonly<Record<string, unknown>> }[];
  closedOn: { NgayKetThucXuLy: string; NgayTra: string; NgayTuChoi: string };
  /** Paper intake on a day or for a service the catalogue declares paperless, not converted to electronic (R-PORT-11). */
  paperOnNoPaperDay: boolean;
  /** A paper-intake dossier entered processing while some paper had no electronic copy (R-PORT-17). */
  processedBeforeDigitised: boolean;
}

/** A status change a step made, for the events and callbacks that follow it. */
export interface StatusChange {
  readonly dossier: Dossier;
  readonly from: StatusCode;
  readonly to: StatusCode;
  readonly step: Step;
}

const isPaperIntake = (d: DossierSubmission) => d.KenhThucHien !== '2';
const allDigitised = (papers: readonly Paper[]) => papers.every((p) => p.DuocSoHoa === '1' || p.IsDeleted === '1');
const iso = (ms: number) => new Date(ms).toISOString();

/** The dossiers procedure systems submitted, their steps and their notifications (R-PORT-1, R-PORT-4). */
export class DossierStore {
  private readonly byCode = new Map<string, Dossier>();
  private notificationSerial = 0;

  get(maHoSo: string): Dossier | undefined {
    return this.byCode.get(maHoSo);
  }

  /** The dossier if this client submitted it (others get 404, not a hint that it exists). */
  own(maHoSo: string, client: string): Dossier | Refusal {
    const dossier = this.byCode.get(maHoSo);
    return dossier?.client === client ? dossier : new Refusal(404, `Failed to find dossier ${maHoSo}: no dossier with this code was submitted by this client`);
  }

  list(client: string): Dossier[] {
    return [...this.byCode.values()].filter((d) => d.client === client);
  }

  /**
   * Stores a new dossier. The same `MaHoSo` sent again with the same content is a replay (the stored dossier); with
   * other content, or by another client, a conflict.
   */
  submit(client: string, submission: DossierSubmission, now: number, noPaperDay: boolean): { dossier: Dossier; replay: boolean } | Refusal {
    const print = fingerprint(submission);
    const existing = this.byCode.get(submission.MaHoSo);
    if (existing) {
      if (existing.client === client && existing.fingerprint === print) return { dossier: existing, replay: true };
      return new Refusal(409, `Failed to submit dossier ${submission.MaHoSo}: a dossier with this code exists with other content; send changes as processing steps`, 'MaHoSo');
    }
    const first = makeStep(submission.MaHoSo, {
      NguoiXuLy: 'Hệ thống',
      NoiDungXuLy: submission.TrangThaiHoSo === '1' ? 'Đăng ký hồ sơ' : 'Tiếp nhận hồ sơ',
      ThoiDiemXuLy: submission.NgayTiepNhan,
      TrangThai: submission.TrangThaiHoSo,
      TrangThaiTruoc: null,
      receivedAt: iso(now),
    });
    const dossier: Dossier = {
      submission,
      fingerprint: print,
      client,
      receivedAt: now,
      updatedAt: now,
      status: submission.TrangThaiHoSo,
      deadline: submission.NgayHenTra,
      finishedAt: null,
      papers: [...submission.TaiLieuNop],
      results: [...submission.DanhSachGiayToKetQua],
      steps: [first],
      notifications: [],
      payments: [],
      closedOn: { NgayKetThucXuLy: '', NgayTra: '', NgayTuChoi: '' },
      paperOnNoPaperDay: noPaperDay && isPaperIntake(submission) && !allDigitised(submission.TaiLieuNop),
      processedBeforeDigitised: false,
    };
    this.byCode.set(submission.MaHoSo, dossier);
    return { dossier, replay: false };
  }

  /** Records a processing step; a new `TrangThai` must be one the life-cycle allows from the current status. Returns the status change, if any. */
  step(dossier: Dossier, body: StepBody, now: number): StatusChange | null | Refusal {
    const from = dossier.status;
    const to = body.TrangThai;
    const code = dossier.submission.MaHoSo;
    if (lifecycle[from].next.length === 0) return new Refusal(409, `Failed to record a step on dossier ${code}: its status ${describeStatus(from)} is final`, 'TrangThai');
    const refusal = from === to ? undefined : transitionRefusal(from, to);
    if (refusal) return new Refusal(409, `Failed to change the status of dossier ${code}: ${refusal}`, 'TrangThai');
    const at = body.ThoiDiemXuLy ?? formatVnTimestamp(now);
    if (at < dossier.submission.NgayTiepNhan) return new Refusal(422, `Failed to record a step on dossier ${code}: ThoiDiemXuLy ${at} precedes the reception ${dossier.submission.NgayTiepNhan}`, 'ThoiDiemXuLy');
    if (body.NgayHenTraMoi !== undefined) {
      if (!lifecycle[from].waitsOnCitizen || from === to) return new Refusal(422, `Failed to move the deadline of dossier ${code}: a new deadline is accepted only when leaving status 5 or 6`, 'NgayHenTraMoi');
      if (body.NgayHenTraMoi <= at) return new Refusal(422, `Failed to move the deadline of dossier ${code}: NgayHenTraMoi must come after the step`, 'NgayHenTraMoi');
    }
    const { NguoiXuLy, ChucDanh, PhongBanXuLy, NoiDungXuLy, NgayBatDau, NgayKetThucTheoQuyDinh } = body;
    const step = makeStep(code, { NguoiXuLy, ChucDanh, PhongBanXuLy, NoiDungXuLy, NgayBatDau, NgayKetThucTheoQuyDinh, ThoiDiemXuLy: at, TrangThai: to, TrangThaiTruoc: from, receivedAt: iso(now) });
    if (body.TaiLieuNop) dossier.papers = [...body.TaiLieuNop];
    if (body.DanhSachGiayToKetQua) dossier.results = [...body.DanhSachGiayToKetQua];
    if (body.NgayHenTraMoi) dossier.deadline = body.NgayHenTraMoi;
    dossier.steps.push(step);
    dossier.updatedAt = now;
    if (from === to) return null;
    enter(dossier, to, at);
    return { dossier, from, to, step };
  }

  /** Records one delivery of a status notification on one channel (R-PORT-4). */
  notify(dossier: Dossier, body: z.infer<typeof notificationBody>, client: string, now: number): DossierNotification | Refusal {
    const change = dossier.steps.findLastIndex((s) => s.TrangThai === body.TrangThaiHoSo && s.TrangThaiTruoc !== s.TrangThai);
    if (change < 0) {
      return new Refusal(422, `Failed to record the notification for dossier ${dossier.submission.MaHoSo}: it never had status ${describeStatus(body.TrangThaiHoSo)}`, 'TrangThaiHoSo');
    }
    const notification = {
      id: `tb-${String(++this.notificationSerial).padStart(6, '0')}`,
      MaHoSo: dossier.submission.MaHoSo,
      channel: body.channel,
      TrangThaiHoSo: body.TrangThaiHoSo,
      message: body.message,
      recipient: body.recipient ?? null,
      sentAt: iso(now),
      client,
    };
    dossier.notifications.push({ ...notification, change });
    return notification;
  }
}

type StepFields = Pick<Step, 'NguoiXuLy' | 'ThoiDiemXuLy' | 'TrangThai' | 'TrangThaiTruoc' | 'receivedAt'> & Partial<Record<'ChucDanh' | 'PhongBanXuLy' | 'NoiDungXuLy' | 'NgayBatDau' | 'NgayKetThucTheoQuyDinh', string>>;

/** A step as the real synchronisation writes it: every text field present, empty when unknown. */
function makeStep(maHoSo: string, fields: StepFields): Step {
  return {
    MaHoSo: maHoSo,
    NguoiXuLy: fields.NguoiXuLy,
    ChucDanh: fields.ChucDanh ?? '',
    ThoiDiemXuLy: fields.ThoiDiemXuLy,
    PhongBanXuLy: fields.PhongBanXuLy ?? '',
    NoiDungXuLy: fields.NoiDungXuLy ?? '',
    TrangThai: fields.TrangThai,
    NgayBatDau: fields.NgayBatDau ?? '',
    NgayKetThucTheoQuyDinh: fields.NgayKetThucTheoQuyDinh ?? '',
    TrangThaiTruoc: fields.TrangThaiTruoc,
    receivedAt: fields.receivedAt,
  };
}

/** Applies what entering a status means: its dates, the end of processing, the digitisation check of a paper intake. */
function enter(dossier: Dossier, to: StatusCode, at: string): void {
  dossier.status = to;
  if (to === '9') dossier.closedOn.NgayKetThucXuLy = at;
  if (to === '10') dossier.closedOn.NgayTra = at;
  if (to === '3') dossier.closedOn.NgayTuChoi = at;
  if (lifecycle[to].settled && dossier.finishedAt === null) dossier.finishedAt = parseVnTimestamp(at);
  if (to === '4' && isPaperIntake(dossier.submission) && !allDigitised(dossier.papers)) dossier.processedBeforeDigitised = true;
}

/** Late: finished after the deadline, or still open past it (a dossier waiting on the citizen is not counted) (R-PORT-1). */
export function lateness(dossier: Dossier, now: number): { late: boolean; paused: boolean } {
  const deadline = parseVnTimestamp(dossier.deadline);
  if (dossier.finishedAt !== null) return { late: dossier.finishedAt > deadline, paused: false };
  if (lifecycle[dossier.status].waitsOnCitizen) return { late: false, paused: true };
  return { late: now > deadline, paused: false };
}

function warnings(dossier: Dossier, late: boolean): DossierWarning[] {
  const found: DossierWarning[] = [];
  if (late) found.push({ code: 'late', requirement: 'R-PORT-1', message: `the dossier ${dossier.finishedAt === null ? 'is still open' : 'was finished'} past its deadline ${dossier.deadline}` });
  if (dossier.paperOnNoPaperDay) found.push({ code: 'paper-on-no-paper-day', requirement: 'R-PORT-11', message: 'paper intake on a no-paper day or service, without electronic copies of every paper' });
  if (dossier.processedBeforeDigitised) found.push({ code: 'processed-before-digitised', requirement: 'R-PORT-17', message: 'a paper-intake dossier entered processing (4) before every paper had an electronic copy' });
  return found;
}

/** The dossier as the portal shows it: the submitted fields, where it stands, its history and what the portal noticed. */
export function renderDossier(dossier: Dossier, now: number, warehouseDocuments: readonly string[]): DossierView {
  const { late, paused } = lateness(dossier, now);
  const statusChanges = dossier.steps.flatMap((step, index) => {
    if (step.TrangThaiTruoc === step.TrangThai) return [];
    const notified = { email: 0, sms: 0, portal: 0, ott: 0 };
    for (const n of dossier.notifications) if (n.change === index) notified[n.channel] += 1;
    return [{ TrangThaiHoSo: step.TrangThai, at: step.ThoiDiemXuLy, notified, allThreeChannels: notified.email > 0 && notified.sms > 0 && notified.portal > 0 }];
  });
  return {
    ...dossier.submission,
    NgayHenTra: dossier.deadline,
    TrangThaiHoSo: dossier.status,
    TenTrangThaiHoSo: lifecycle[dossier.status].label,
    ...dossier.closedOn,
    TaiLieuNop: dossier.papers,
    DanhSachGiayToKetQua: dossier.results,
    QuaTrinhXuLy: dossier.steps,
    late,
    deadlinePaused: paused,
    statusChanges,
    payments: dossier.payments,
    warehouseDocuments: [...warehouseDocuments],
    warnings: warnings(dossier, late),
    submittedBy: dossier.client,
    receivedAt: iso(dossier.receivedAt),
    updatedAt: iso(dossier.updatedAt),
  };
}
