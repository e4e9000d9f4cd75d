import type { StimulusOutput } from '../types.js';
import type { Handlers, ReferenceCore } from './core.js';
import { signIn } from './lookup-vneid.js';
import { noPaperOn, procedureOf, PROVINCE, type Procedure } from './portal-catalogue.js';
import { lookupApplicant, type Applicant } from './portal-forms.js';
import { feePaid, orderFee } from './portal-payments.js';
import { decide } from './portal-procedures.js';
import { ensurePublished } from './portal-publish.js';
import { checkSignature, issueResult, storedResult } from './portal-results.js';
import { storeOf, type DossierRecord, type Paper } from './portal-store.js';
import { announce, changeStatus, FINAL, recordStep, STATUSES, submitDossier } from './portal-sync.js';
import { addWorkingDays, isoInstant, momentOf, vnDay, vnTimestamp } from './portal-time.js';

type Input<N extends 'fileDossier' | 'handleDossier'> = Parameters<Handlers<N>[N]>[1];
type FileOutput = StimulusOutput<'fileDossier'>;
type HandleOutput = StimulusOutput<'handleDossier'>;

/** What the habit `result-at-counter` makes the citizen do: come for the result, though the service is published end to end. */
const COLLECT_AT_COUNTER = 'Nhận kết quả trực tiếp tại Bộ phận một cửa';

const inPerson = (core: ReferenceCore): string[] => (core.has('result-at-counter') ? [COLLECT_AT_COUNTER] : []);

function refusedFiling(message: string, extra: Partial<FileOutput> = {}): FileOutput {
  return { outcome: 'refused', signedInLevel: null, reused: [], requestedFromCitizen: [], inPersonSteps: [], message, ...extra };
}

/** `000.00.01.H26-260601-0001`: the province's prefix, the day of intake, a serial. */
function newCode(core: ReferenceCore, moment: number): string {
  const store = storeOf(core);
  return `${PROVINCE.dossierPrefix}-${vnDay(moment).date.slice(2).replaceAll('-', '')}-${String(++store.serial).padStart(4, '0')}`;
}

/**
 * Who files: online, the citizen who signs in through VNeID (R-PORT-9), at the level the procedure needs, checked on the ID token's
 * `acr` (the habit `ignore-acr` takes any level); at the counter, the chip ID card the officer reads.
 */
async function identify(core: ReferenceCore, procedure: Procedure, applicantId: string, online: boolean): Promise<{ applicantId: string; level: 1 | 2 | null } | { refused: string }> {
  if (!online) return { applicantId, level: null };
  const session = await signIn(core, applicantId, 'openid');
  if ('refused' in session) return session;
  const level = Number(/level(\d)$/.exec(session.acr)?.[1] ?? 0);
  const shown = level === 1 || level === 2 ? level : null;
  if (level < procedure.level && !core.has('ignore-acr')) return { refused: `${procedure.TenTTHC} needs a level-${procedure.level} VNeID account; the citizen signed in at level ${level}` };
  return { applicantId: session.personalId, level: shown };
}

/**
 * The applicant as the NPD knows them, wherever in the country they live (R-PORT-16: the same lookup for everyone, no
 * local residence paper), or why the filing stops. The habit `require-local-residence` turns away other provinces.
 */
async function admit(core: ReferenceCore, applicantId: string): Promise<Applicant | { refused: string; requested: string[] }> {
  const applicant = await lookupApplicant(core, applicantId);
  if (!('person' in applicant)) return { refused: `the NPD answered ${applicant.status} for ${applicantId}`, requested: [] };
  if (applicant.person.dateOfDeath) return { refused: `${applicantId} is recorded as deceased`, requested: [] };
  if (core.has('require-local-residence') && applicant.record.ThuongTru.MaTinhThanh !== PROVINCE.code) {
    return { refused: `the applicant’s permanent residence is not in ${PROVINCE.name}`, requested: [`Giấy xác nhận thông tin về cư trú tại ${PROVINCE.name}`] };
  }
  return applicant;
}

/** The papers of a new dossier: uploads are electronic; paper is scanned at intake on no-paper days and services (R-PORT-11). */
function intakeOf(core: ReferenceCore, procedure: Procedure, online: boolean, moment: number): FileOutput['intake'] {
  if (online) return 'electronic';
  return noPaperOn(procedure, vnDay(moment).weekday) && !core.has('ignore-no-paper-days') ? 'converted' : 'paper';
}

/** A stored result the dossier needs, taken from a data warehouse (R-PORT-3); the habit `ask-for-stored-results` asks the citizen. */
async function reuse(core: ReferenceCore, procedure: Procedure, applicantId: string): Promise<{ papers: Paper[]; reused: FileOutput['reused']; requested: string[] }> {
  const needs = procedure.needs;
  if (!needs) return { papers: [], reused: [], requested: [] };
  if (core.has('ask-for-stored-results')) return { papers: [], reused: [], requested: [`${needs.title} (bản chụp)`] };
  const stored = await storedResult(core, applicantId, needs);
  if (!stored) return { papers: [], reused: [], requested: [] };
  return {
    papers: [{ TenTepDinhKem: needs.title, DuocSoHoa: '1', DuocLayTuKhoDMQG: '1', MaKetQuaThayThe: stored.documentId }],
    reused: [{ title: needs.title, documentId: stored.documentId }],
    requested: [],
  };
}

/** The dossier as the portal synchronisation receives it (`HoSoDongBoDVC`). */
function submissionOf(record: DossierRecord): Record<string, unknown> & { MaHoSo: string } {
  const online = record.channel === 'online';
  return {
    MaHoSo: record.code,
    MaTTHC: record.procedure.MaTTHC,
    TenTTHC: record.procedure.TenTTHC,
    KenhThucHien: online ? '2' : '1',
    ChuHoSo: record.applicantName,
    SoGiayToChuHoSo: record.applicantId,
    LoaiDoiTuong: '1',
    NgayTiepNhan: vnTimestamp(record.receivedAt),
    NgayHenTra: vnTimestamp(record.deadline),
    TrangThaiHoSo: '2',
    DonViXuLy: record.procedure.agency,
    TaiKhoanDuocXacThucVoiVNeID: online ? '1' : '0',
    HoSoCoThanhPhanSoHoa: record.papers.some((p) => p.DuocSoHoa === '1') ? '1' : '0',
    TaiLieuNop: record.papers,
    DinhDanhCHS: [{ LoaiDinhDanh: '1', SoDinhDanh: record.applicantId }],
    DSKetNoiCSDL: [{ MaCSDL: 'CSDLQGDC' }],
  };
}

/**
 * Files a dossier: identifies the applicant, looks them up in the NPD wherever they live (R-PORT-16), checks a signed
 * declaration (R-PORT-7, -13), takes stored results from the warehouse (R-PORT-3), sends the dossier to the portal
 * received (R-PORT-1) and tells the citizen (R-PORT-4), then orders the fee from the treasury (R-PORT-5).
 */
async function fileDossier(core: ReferenceCore, input: Input<'fileDossier'>): Promise<FileOutput> {
  const procedure = procedureOf(input.MaTTHC);
  if (!procedure) return refusedFiling(`${input.MaTTHC} is not a procedure of ${PROVINCE.name}`);
  const channel = input.channel ?? 'online';
  const online = channel === 'online';
  if (online && !procedure.online) return refusedFiling(`${procedure.TenTTHC} is handled at the counter only`);
  await ensurePublished(core);
  const moment = momentOf(input.at);
  const who = await identify(core, procedure, input.applicantId, online);
  if ('refused' in who) return refusedFiling(who.refused);
  const applicant = await admit(core, who.applicantId);
  if ('refused' in applicant) return refusedFiling(applicant.refused, { signedInLevel: who.level, requestedFromCitizen: applicant.requested });
  if (input.signature) {
    const verdict = await checkSignature(core, input.signature, who.applicantId);
    if (!verdict.accepted) return refusedFiling(`the signed declaration is refused: ${verdict.reason}`, { signedInLevel: who.level });
  }
  const intake = intakeOf(core, procedure, online, moment);
  const stored = await reuse(core, procedure, who.applicantId);
  const papers: Paper[] = [
    ...(input.papers ?? []).map((name): Paper => ({ TenTepDinhKem: name, DuocSoHoa: intake === 'paper' ? '0' : '1' })),
    ...(input.signature ? [{ TenTepDinhKem: 'Tờ khai điện tử có chữ ký số', DuocSoHoa: '1' as const }] : []),
    ...stored.papers,
  ];
  const record: DossierRecord = {
    code: newCode(core, moment),
    procedure,
    applicantId: who.applicantId,
    applicantName: applicant.person.fullName,
    channel,
    receivedAt: moment,
    status: '2',
    deadline: addWorkingDays(moment, procedure.workingDays),
    finishedAt: null,
    papers,
    details: { address: input.residence?.address, from: input.residence?.from, until: input.residence?.until, purpose: input.purpose },
  };
  const submitted = await submitDossier(core, submissionOf(record), () => newCode(core, moment));
  if ('refused' in submitted) return { ...refusedFiling(submitted.refused, { signedInLevel: who.level }), outcome: 'unavailable' };
  const dossier: DossierRecord = { ...record, code: submitted.code };
  storeOf(core).dossiers.set(dossier.code, dossier);
  await announce(core, dossier, '2', moment);
  const note = procedure.fee ? await requestFee(core, dossier, moment) : 'received';
  return {
    outcome: 'received',
    dossierCode: dossier.code,
    status: dossier.status,
    deadline: isoInstant(dossier.deadline),
    intake,
    signedInLevel: who.level,
    ...(dossier.order ? { payment: { ...dossier.order } } : {}),
    reused: stored.reused,
    requestedFromCitizen: stored.requested,
    inPersonSteps: inPerson(core),
    message: note,
  };
}

/** Orders the fee from the treasury and asks the citizen to pay it (status 6); what the citizen is told. */
async function requestFee(core: ReferenceCore, dossier: DossierRecord, moment: number): Promise<string> {
  const order = await orderFee(core, dossier);
  if ('refused' in order) return `received; ${order.refused}`;
  dossier.order = order;
  await changeStatus(core, dossier, '6', moment, { NoiDungXuLy: `Yêu cầu nộp lệ phí ${order.amount} đồng` });
  return `received; a fee of ${order.amount} VND is to be paid (${order.channel})`;
}

const handled = (record: DossierRecord, message: string, extra: Partial<HandleOutput> = {}): HandleOutput => ({
  outcome: 'done',
  status: record.status,
  deadline: isoInstant(record.deadline),
  inPersonSteps: [],
  message,
  ...extra,
});
const refusedAction = (record: DossierRecord, message: string): HandleOutput => handled(record, message, { outcome: 'refused' });

/** Offers the VNForm survey on completion, naming the procedure, the dossier and the citizen (R-PORT-12). */
async function offerSurvey(core: ReferenceCore, record: DossierRecord): Promise<HandleOutput['survey']> {
  if (core.has('no-survey')) return undefined;
  const reply = await core.gateway.call('POST', '/vnform/v1/surveys', { json: { MaTTHC: record.procedure.MaTTHC, MaHoSo: record.code, SoDinhDanh: record.applicantId } });
  if (reply.status !== 201) {
    core.log(`VNForm refused the survey of ${record.code}: ${reply.status}`);
    return undefined;
  }
  const survey = reply.json<{ surveyId: string; url: string }>();
  return { surveyId: survey.surveyId, url: survey.url };
}

/** Scans a paper dossier's papers before anyone works on it (R-PORT-17); the habit `process-undigitised` skips it. */
async function digitise(core: ReferenceCore, record: DossierRecord, moment: number): Promise<void> {
  if (core.has('process-undigitised') || record.papers.every((p) => p.DuocSoHoa === '1')) return;
  record.papers = record.papers.map((p) => ({ ...p, DuocSoHoa: '1' }));
  const refused = await recordStep(core, record, moment, { TaiLieuNop: record.papers, NoiDungXuLy: 'Số hóa thành phần hồ sơ giấy' });
  if (refused) core.log(refused);
}

/**
 * Finishes a dossier once its fee is confirmed: digitised, processed, decided in the national database, its result
 * signed and stored in both warehouses (R-PORT-3, -17), returned electronically (R-PORT-6, -10), the survey offered
 * (R-PORT-12). Every status change is told to the citizen on each channel (R-PORT-4).
 */
async function finish(core: ReferenceCore, record: DossierRecord, moment: number): Promise<HandleOutput> {
  if (record.status === '5') return refusedAction(record, 'the dossier waits for the citizen’s supplement');
  if (record.procedure.fee && !(await feePaid(core, record))) return handled(record, 'the fee is not confirmed by the treasury yet', { outcome: 'awaiting-payment' });
  await digitise(core, record, moment);
  const step = async (to: DossierRecord['status'], extra = {}): Promise<string | null> => (record.status === to ? null : changeStatus(core, record, to, moment, extra));
  const started = await step('4');
  if (started) return handled(record, started, { outcome: 'unavailable' });
  const decision = await decide(core, record);
  if ('stopped' in decision) {
    await step('8', { NoiDungXuLy: decision.stopped });
    record.finishedAt = moment;
    return refusedAction(record, decision.stopped);
  }
  const result = await issueResult(core, record, record.procedure.result, decision.facts, moment);
  const paper = { TenGiayTo: result.title, MaGiayToKetQua: result.ownId, ...(result.portalDocumentId ? { GiayToId: result.portalDocumentId } : {}) };
  const decided = await step('9', { DanhSachGiayToKetQua: [paper], NoiDungXuLy: 'Phê duyệt kết quả, ký số' });
  if (decided) return handled(record, decided, { outcome: 'unavailable' });
  record.finishedAt = moment;
  const shown = { title: result.title, documentId: result.portalDocumentId };
  if (core.has('result-at-counter')) return handled(record, 'processed; the result waits at the counter', { result: shown, inPersonSteps: inPerson(core) });
  const returned = await step('10', { NoiDungXuLy: 'Trả kết quả điện tử' });
  if (returned) return handled(record, returned, { outcome: 'unavailable', result: shown });
  const survey = await offerSurvey(core, record);
  return handled(record, 'the result was returned electronically', { result: shown, ...(survey ? { survey } : {}) });
}

/** Takes in the citizen's supplement; the time limit counts again from the complete dossier (the habit `no-deadline-extension` forgets to move it). */
async function receiveSupplement(core: ReferenceCore, record: DossierRecord, moment: number, supplied: readonly string[]): Promise<HandleOutput> {
  if (record.status !== '5') return refusedAction(record, 'no supplement was asked for');
  const papers: Paper[] = [...record.papers, ...supplied.map((name): Paper => ({ TenTepDinhKem: name, DuocSoHoa: '1' }))];
  const deadline = addWorkingDays(moment, record.procedure.workingDays);
  const extension = core.has('no-deadline-extension') ? {} : { NgayHenTraMoi: vnTimestamp(deadline) };
  const refused = await changeStatus(core, record, '4', moment, { TaiLieuNop: papers, NoiDungXuLy: 'Tiếp nhận hồ sơ bổ sung', ...extension });
  if (refused) return handled(record, refused, { outcome: 'unavailable' });
  record.papers = papers;
  if (!core.has('no-deadline-extension')) record.deadline = deadline;
  return handled(record, 'the supplement was taken in; processing goes on');
}

async function handleDossier(core: ReferenceCore, input: Input<'handleDossier'>): Promise<HandleOutput> {
  const record = storeOf(core).dossiers.get(input.dossierCode);
  if (!record) return { outcome: 'not-found', inPersonSteps: [], message: `no dossier ${input.dossierCode}` };
  const moment = momentOf(input.at);
  if (FINAL.includes(record.status)) return refusedAction(record, `the dossier is closed (${STATUSES[record.status].label})`);
  switch (input.action) {
    case 'request-supplement': {
      if (record.status !== '2' && record.status !== '4') return refusedAction(record, `a supplement cannot be asked in status ${STATUSES[record.status].label}`);
      const refused = await changeStatus(core, record, '5', moment, { NoiDungXuLy: 'Yêu cầu bổ sung giấy tờ' });
      return refused ? handled(record, refused, { outcome: 'unavailable' }) : handled(record, 'a supplement was asked for; the deadline waits');
    }
    case 'receive-supplement':
      return receiveSupplement(core, record, moment, input.papers ?? []);
    case 'finish':
      return finish(core, record, moment);
  }
}

/** The portal area's dossier handlers. */
export const dossierHandlers: Handlers<'fileDossier' | 'handleDossier' | 'dossierStatus'> = {
  fileDossier,
  handleDossier,

  async dossierStatus(core, { dossierCode, at }) {
    const record = storeOf(core).dossiers.get(dossierCode);
    if (!record) return { outcome: 'not-found', late: false, payment: 'none', message: `no dossier ${dossierCode}` };
    const moment = momentOf(at);
    const waitsOnCitizen = record.status === '5' || record.status === '6';
    const late = record.finishedAt !== null ? record.finishedAt > record.deadline : !waitsOnCitizen && moment > record.deadline;
    const payment = !record.procedure.fee ? 'none' : (await feePaid(core, record)) ? 'paid' : 'pending';
    const { label } = STATUSES[record.status];
    return { outcome: 'found', status: record.status, statusName: label, deadline: isoInstant(record.deadline), late, payment, message: late ? `${label}: past its deadline` : label };
  },
};
