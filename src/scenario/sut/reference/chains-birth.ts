import type { StimulusInput, StimulusOutput } from '../types.js';
import type { ReferenceCore } from './core.js';
import {
  certificateBody,
  certificatePaper,
  chainOutcome,
  failure,
  HOUSEHOLD_BOOK,
  isPerson,
  npdPerson,
  paperCertificateNote,
  pendingStep,
  type Asks,
  today,
  type StepReport,
} from './chains-common.js';
import { AGENCIES, PROCEDURES, PortalReporter, type ChainDossier, type Paper } from './chains-portal.js';

/**
 * The birth chain (R-LT-1): birth registration → permanent residence registration → health-insurance card of a
 * child under 6, from one declaration. Civil status issues the child's personal ID and the e-birth certificate; the
 * child joins the household of the parent the declaration names; social insurance issues the card, after the
 * residence so that it names the clinic of the child's commune. Each step has its dossier on the portal, and its
 * result goes to the data warehouse signed by the agency that issued it (R-LT-4).
 *
 * Habits: `stop-after-birth`, `card-before-residence`, `ask-field-twice`, `ask-household-book`,
 * `skip-warehouse-copy`, `refuse-paper-medical-certificate`, `hide-paper-certificate`, `leave-dossiers-open`.
 */

type Input = StimulusInput<'declareBirth'>;
type Output = StimulusOutput<'declareBirth'>;
type Procedure = Output['steps'][number]['procedure'];
type Step = StepReport<Procedure>;

const MEDICAL_CERTIFICATE = 'Giấy chứng sinh';

/** What the chain's form asks at each step (R-LT-3): each field once, the rest looked up in the NPD and the residence database. */
function birthAsks(core: ReferenceCore, input: Input): Record<Procedure, Asks> {
  const electronic = input.medicalCertificate.kind === 'electronic';
  const again = core.has('ask-field-twice');
  return {
    'birth-registration': {
      fields: ['childFullName', 'childDateOfBirth', 'childSex', 'childPlaceOfBirth', 'motherIdNumber', ...(input.fatherId ? ['fatherIdNumber'] : []), ...(electronic ? ['medicalCertificateNumber'] : [])],
      papers: electronic ? [] : [`${MEDICAL_CERTIFICATE} (bản chụp)`],
    },
    'permanent-residence': {
      // The parent's household is the new address; a faulty form asks the child's and the mother's details again.
      fields: ['newPermanentAddress', ...(again ? ['childFullName', 'childDateOfBirth', 'childSex', 'motherFullName', 'motherIdNumber'] : [])],
      papers: core.has('ask-household-book') ? [HOUSEHOLD_BOOK] : [],
    },
    'health-insurance-card': { fields: again ? ['childFullName', 'childDateOfBirth', 'motherFullName', 'motherIdNumber', 'fatherFullName'] : [], papers: [] },
  };
}

/** The papers a step's dossier lists from its asks: what the citizen supplied on paper (not digitised). */
function suppliedPapers(asks: Asks): Paper[] {
  return asks.papers.filter((name) => !name.startsWith(MEDICAL_CERTIFICATE)).map((name) => ({ TenTepDinhKem: name, DuocSoHoa: '0' }));
}

/** How a newborn relates to the head of the household of the parent it joins. */
function childRelationship(parentToHead: string): string {
  if (parentToHead === 'Chủ hộ' || parentToHead === 'Vợ' || parentToHead === 'Chồng') return 'Con';
  return parentToHead === 'Cha' || parentToHead === 'Mẹ' ? 'Em' : 'Cháu';
}

/** The child as civil status registered it, and the warehouse ID of its e-birth certificate. */
interface Registered {
  readonly personalId: string;
  readonly fullName: string;
  readonly number: string;
  readonly certificateId: string | undefined;
}

/** One run of the birth chain for one declaration. */
class BirthChain {
  private readonly core: ReferenceCore;
  private readonly input: Input;
  private readonly portal: PortalReporter;
  private readonly asks: Record<Procedure, Asks>;

  constructor(core: ReferenceCore, input: Input, portal: PortalReporter) {
    this.core = core;
    this.input = input;
    this.portal = portal;
    this.asks = birthAsks(core, input);
  }

  private step(procedure: Procedure, dossier: ChainDossier | undefined, outcome: Step['outcome'], result: string | null, message: string): Step {
    return { ...pendingStep(procedure, this.asks[procedure], dossier?.MaHoSo), outcome, result, message };
  }

  /** The procedures to carry out after the birth, in order. */
  private get after(): Procedure[] {
    if (this.core.has('stop-after-birth')) return [];
    return this.core.has('card-before-residence') ? ['health-insurance-card', 'permanent-residence'] : ['permanent-residence', 'health-insurance-card'];
  }

  async run(): Promise<Output> {
    const flags: Output['flags'] = this.input.medicalCertificate.kind === 'paper' && !this.core.has('hide-paper-certificate') ? ['paper-medical-certificate'] : [];
    const note = flags.length > 0 ? paperCertificateNote(MEDICAL_CERTIFICATE) : undefined;
    const birthDossier = await this.portal.open(PROCEDURES.birth, [certificatePaper(MEDICAL_CERTIFICATE, this.input.medicalCertificate), ...suppliedPapers(this.asks['birth-registration'])], note);
    const later = new Map<Procedure, ChainDossier | undefined>();
    for (const procedure of this.after) {
      later.set(procedure, await this.portal.open(procedure === 'permanent-residence' ? PROCEDURES.permanentResidence : PROCEDURES.childCard, suppliedPapers(this.asks[procedure]), note));
    }
    const birth = await this.registerBirth(birthDossier);
    const steps: Step[] = [birth.step];
    for (const [procedure, dossier] of later) {
      if (!birth.child) {
        await this.portal.stop(dossier, 'Dừng: khai sinh chưa được đăng ký');
        steps.push(this.step(procedure, dossier, 'not-done', null, 'not carried out: the birth was not registered'));
      } else {
        steps.push(procedure === 'permanent-residence' ? await this.registerResidence(birth.child, dossier) : await this.issueCard(birth.child, dossier));
      }
    }
    for (const procedure of ['permanent-residence', 'health-insurance-card'] as const) {
      if (!steps.some((s) => s.procedure === procedure)) steps.push(this.step(procedure, undefined, 'not-done', null, 'not carried out'));
    }
    const outcome = chainOutcome(steps);
    const child = birth.child ? { personalId: birth.child.personalId, fullName: birth.child.fullName, birthRegistrationNumber: birth.child.number } : null;
    return { outcome, child, steps, flags, requestedFromCitizen: [], message: steps.map((s) => `${s.procedure}: ${s.outcome}`).join('; ') };
  }

  private async registerBirth(dossier: ChainDossier | undefined): Promise<{ step: Step; child?: Registered }> {
    const { input } = this;
    const reply = await this.core.gateway.call('POST', '/civil-status/v1/births', {
      json: {
        HoVaTen: { Ho: input.child.surname, ChuDem: input.child.middleName, Ten: input.child.givenName },
        GioiTinh: input.child.sex === 'male' ? '1' : '2',
        NgaySinh: input.child.dateOfBirth,
        NoiSinh: input.child.placeOfBirth,
        NoiDangKyKhaiSinh: { MaTinhThanh: input.registrationProvinceCode },
        SoDinhDanhMe: input.motherId,
        SoDinhDanhCha: input.fatherId,
        NguoiKhai: input.declarantId,
        GiayChungSinh: certificateBody(input.medicalCertificate),
      },
    });
    if (reply.status !== 201) {
      const { outcome, message } = failure(reply, 'registering the birth');
      await this.portal.stop(dossier, message);
      return { step: this.step('birth-registration', dossier, outcome, null, message) };
    }
    const registered = reply.json() as { soDangKy: string; SoDinhDanh: string; HoVaTen: string; document: { type: string; issuer: string; issuedOn: string } };
    const { document } = registered;
    const certificateId = this.core.has('skip-warehouse-copy')
      ? undefined
      : await this.portal.store({ SoDinhDanh: registered.SoDinhDanh, type: document.type, title: 'Giấy khai sinh điện tử', issuer: document.issuer, issuedOn: document.issuedOn, content: JSON.stringify(document) }, dossier);
    await this.portal.finish(dossier, 'Đăng ký khai sinh; cấp số định danh cá nhân và giấy khai sinh điện tử', [
      { TenGiayTo: 'Giấy khai sinh điện tử', MaGiayToKetQua: registered.soDangKy, ...(certificateId ? { GiayToId: certificateId } : {}) },
    ]);
    const child = { personalId: registered.SoDinhDanh, fullName: registered.HoVaTen, number: registered.soDangKy, certificateId };
    return { step: this.step('birth-registration', dossier, 'done', registered.soDangKy, `registered ${registered.soDangKy}; personal ID ${registered.SoDinhDanh}`), child };
  }

  /** Joins the child to the household of the parent the declaration names, found in the residence database. */
  private async registerResidence(child: Registered, dossier: ChainDossier | undefined): Promise<Step> {
    const parentId = (this.input.residenceWith ?? 'mother') === 'father' ? this.input.fatherId : this.input.motherId;
    const stop = async (outcome: Step['outcome'], message: string): Promise<Step> => {
      await this.portal.stop(dossier, message);
      return this.step('permanent-residence', dossier, outcome, null, message);
    };
    if (!parentId) return stop('refused', 'no father is established: the child cannot join his household');
    const parentReply = await this.core.gateway.call('GET', `/residence/v1/residents/${parentId}`);
    if (parentReply.status !== 200) {
      const { outcome, message } = failure(parentReply, 'reading the parent’s residence');
      return stop(outcome, message);
    }
    const parent = parentReply.json() as { status: string; ChuHo: { SoDinhDanh: string; QuanHe: string } | null };
    if (parent.status !== 'registered' || !parent.ChuHo) return stop('refused', `the parent ${parentId} has no permanent residence for the child to join`);
    const reply = await this.core.gateway.call('POST', '/residence/v1/permanent-registrations', {
      json: { SoDinhDanh: child.personalId, ChuHo: { SoDinhDanh: parent.ChuHo.SoDinhDanh, QuanHe: childRelationship(parent.ChuHo.QuanHe) } },
    });
    if (reply.status !== 201) {
      const { outcome, message } = failure(reply, 'registering the permanent residence');
      return stop(outcome, message);
    }
    const facts = reply.json() as { SoHoGiaDinh: string; ThuongTru: unknown; ChuHo: unknown };
    const resultId = await this.portal.store(
      { SoDinhDanh: child.personalId, type: 'procedure-result', title: 'Thông báo kết quả đăng ký thường trú', issuer: AGENCIES.residence, issuedOn: today(), content: JSON.stringify({ SoDinhDanh: child.personalId, ...facts }) },
      dossier,
    );
    const reused: Paper[] = child.certificateId ? [{ TenTepDinhKem: 'Giấy khai sinh điện tử', DuocSoHoa: '1', DuocLayTuKhoDMQG: '1', MaKetQuaThayThe: child.certificateId }] : [];
    await this.portal.finish(
      dossier,
      'Đăng ký thường trú cho trẻ vào hộ của cha/mẹ',
      [{ TenGiayTo: 'Thông báo kết quả đăng ký thường trú', MaGiayToKetQua: facts.SoHoGiaDinh, ...(resultId ? { GiayToId: resultId } : {}) }],
      [...reused, ...suppliedPapers(this.asks['permanent-residence'])],
    );
    return this.step('permanent-residence', dossier, 'done', facts.SoHoGiaDinh, `registered in household ${facts.SoHoGiaDinh}`);
  }

  private async issueCard(child: Registered, dossier: ChainDossier | undefined): Promise<Step> {
    const reply = await this.core.gateway.call('POST', '/social-insurance/v1/health-insurance-cards/children', { json: { SoDinhDanh: child.personalId } });
    if (reply.status !== 201) {
      const { outcome, message } = failure(reply, 'issuing the health-insurance card');
      await this.portal.stop(dossier, message);
      return this.step('health-insurance-card', dossier, outcome, null, message);
    }
    const card = reply.json() as { maThe: string; tuNgayDt: string };
    const resultId = await this.portal.store(
      { SoDinhDanh: child.personalId, type: 'health-insurance-card', title: 'Thẻ bảo hiểm y tế', issuer: AGENCIES.socialInsurance, issuedOn: today(), content: JSON.stringify(card) },
      dossier,
    );
    await this.portal.finish(dossier, 'Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi', [{ TenGiayTo: 'Thẻ bảo hiểm y tế', MaGiayToKetQua: card.maThe, ...(resultId ? { GiayToId: resultId } : {}) }]);
    return this.step('health-insurance-card', dossier, 'done', card.maThe, `card ${card.maThe}`);
  }
}

/** The reference system's birth chain: the whole declaration, or a refusal before anything is registered. */
export async function runBirthChain(core: ReferenceCore, input: Input): Promise<Output> {
  const notDone = (message: string, outcome: Output['outcome'], requested: string[] = []): Output => {
    const asks = birthAsks(core, input);
    const steps = (['birth-registration', 'permanent-residence', 'health-insurance-card'] as const).map((p) => ({ ...pendingStep(p, asks[p], undefined), message }));
    return { outcome, child: null, steps, flags: [], requestedFromCitizen: requested, message };
  };
  if (input.medicalCertificate.kind === 'paper' && core.has('refuse-paper-medical-certificate')) {
    return notDone('an electronic medical birth certificate is required', 'refused', [`${MEDICAL_CERTIFICATE} điện tử`]);
  }
  const declarant = await npdPerson(core, input.declarantId);
  if (!isPerson(declarant)) return notDone(declarant.message, declarant.outcome);
  if (declarant.deceased) return notDone(`the declarant ${input.declarantId} is recorded as deceased`, 'refused');
  for (const parentId of [input.motherId, input.fatherId]) {
    if (parentId === null) continue;
    const parent = await npdPerson(core, parentId);
    if (!isPerson(parent)) return notDone(parent.message, parent.outcome);
  }
  return new BirthChain(core, input, new PortalReporter(core, declarant)).run();
}
