import type { StimulusInput, StimulusOutput } from '../types.js';
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
import type { ReferenceCore } from './core.js';

/**
 * The death chain (R-LT-2): death registration → removal of the permanent residence → funeral allowance, from one
 * declaration. Civil status marks the deceased in the NPD and issues the e-death extract; the residence database
 * removes the permanent residence (only once the death is registered); social insurance decides the allowance, which
 * the treasury pays to the account the claimant registered. A person with meritorious service is routed to that
 * regime, never paid the standard allowance (R-LT-5).
 *
 * Habits: `remove-residence-before-death`, `skip-residence-removal`, `skip-benefit-payment`,
 * `pay-standard-to-meritorious`, `ask-field-twice`, `ask-household-book`, `skip-warehouse-copy`,
 * `refuse-paper-medical-certificate`, `hide-paper-certificate`, `leave-dossiers-open`.
 */

type Input = StimulusInput<'declareDeath'>;
type Output = StimulusOutput<'declareDeath'>;
type Procedure = Output['steps'][number]['procedure'];
type Step = StepReport<Procedure>;
type Allowance = Output['allowance'];

const DEATH_NOTICE = 'Giấy báo tử';

/**
 * What a faulty system pays every funeral allowance at, whatever the regime: 10 × the base salary of 2,340,000 VND
 * (Nghị định 73/2024/NĐ-CP), from its own table (the habit `pay-standard-to-meritorious`).
 */
const LOCAL_STANDARD_ALLOWANCE = 23_400_000;

/** What the chain's form asks at each step (R-LT-3): the claimant is the signed-in declarant, the account the registered one. */
function deathAsks(core: ReferenceCore, input: Input): Record<Procedure, Asks> {
  const electronic = input.medicalCertificate.kind === 'electronic';
  return {
    'death-registration': {
      fields: ['deceasedIdNumber', 'dateOfDeath', 'placeOfDeath', ...(input.causeOfDeath ? ['causeOfDeath'] : []), ...(electronic ? ['medicalCertificateNumber'] : [])],
      papers: electronic ? [] : [`${DEATH_NOTICE} (bản chụp)`],
    },
    'residence-removal': { fields: [], papers: core.has('ask-household-book') ? [HOUSEHOLD_BOOK] : [] },
    'funeral-allowance': { fields: core.has('ask-field-twice') ? ['deceasedFullName', 'deceasedIdNumber', 'dateOfDeath', 'bankAccountNumber'] : [], papers: [] },
  };
}

function suppliedPapers(asks: Asks): Paper[] {
  return asks.papers.filter((name) => !name.startsWith(DEATH_NOTICE)).map((name) => ({ TenTepDinhKem: name, DuocSoHoa: '0' }));
}

/** The death as civil status registered it: whether the deceased had meritorious service (R-LT-5). */
interface Registered {
  readonly meritorious: boolean;
}

/** A social-insurance decision on the funeral allowance, as far as the chain reads it. */
type Decision =
  | { readonly regime: 'standard'; readonly claimId: string; readonly amount: number; readonly payment: { channel: 'account'; account: { kind: string; provider: string; number: string } } | { channel: 'none'; reason: string } }
  | { readonly regime: 'meritorious-service'; readonly claimId: string; readonly handledBy: string; readonly message: string };

const NO_ALLOWANCE: Allowance = { outcome: 'not-paid', regime: null, amount: null, paymentId: null, handledBy: null, message: 'the allowance was not decided' };

/** One run of the death chain for one declaration. */
class DeathChain {
  private readonly core: ReferenceCore;
  private readonly input: Input;
  private readonly portal: PortalReporter;
  private readonly asks: Record<Procedure, Asks>;
  private readonly requested: string[] = [];

  constructor(core: ReferenceCore, input: Input, portal: PortalReporter) {
    this.core = core;
    this.input = input;
    this.portal = portal;
    this.asks = deathAsks(core, input);
  }

  private step(procedure: Procedure, dossier: ChainDossier | undefined, outcome: Step['outcome'], result: string | null, message: string): Step {
    return { ...pendingStep(procedure, this.asks[procedure], dossier?.MaHoSo), outcome, result, message };
  }

  private async stopped(procedure: Procedure, dossier: ChainDossier | undefined, outcome: Step['outcome'], message: string): Promise<Step> {
    await this.portal.stop(dossier, message);
    return this.step(procedure, dossier, outcome, null, message);
  }

  async run(): Promise<Output> {
    const paper = this.input.medicalCertificate.kind === 'paper' && !this.core.has('hide-paper-certificate');
    const note = paper ? paperCertificateNote(DEATH_NOTICE) : undefined;
    const deathDossier = await this.portal.open(PROCEDURES.death, [certificatePaper(DEATH_NOTICE, this.input.medicalCertificate), ...suppliedPapers(this.asks['death-registration'])], note);
    const removalDossier = await this.portal.open(PROCEDURES.residenceRemoval, suppliedPapers(this.asks['residence-removal']), note);
    const allowanceDossier = await this.portal.open(PROCEDURES.funeralAllowance, [], note);
    const early = this.core.has('remove-residence-before-death') ? await this.removeResidence(removalDossier) : undefined;
    const death = await this.registerDeath(deathDossier);
    const flags: Output['flags'] = [...(paper ? (['paper-medical-certificate'] as const) : []), ...(death.registered?.meritorious ? (['meritorious-service'] as const) : [])];
    if (!death.registered) {
      const reason = 'Dừng: khai tử chưa được đăng ký';
      if (!early) await this.portal.stop(removalDossier, reason);
      await this.portal.stop(allowanceDossier, reason);
      const notDone = (p: Procedure, d: ChainDossier | undefined): Step => this.step(p, d, 'not-done', null, 'not carried out: the death was not registered');
      const steps = early ? [early, death.step] : [death.step, notDone('residence-removal', removalDossier)];
      return this.output([...steps, notDone('funeral-allowance', allowanceDossier)], NO_ALLOWANCE, flags);
    }
    const removal = early ?? (this.core.has('skip-residence-removal') ? this.step('residence-removal', removalDossier, 'not-done', null, 'not carried out') : await this.removeResidence(removalDossier));
    const { step, allowance } = await this.claimAllowance(allowanceDossier);
    return this.output(early ? [early, death.step, step] : [death.step, removal, step], allowance, flags);
  }

  /** The answer: the steps in the order carried out. */
  private output(steps: Step[], allowance: Allowance, flags: Output['flags']): Output {
    return { outcome: chainOutcome(steps), steps, allowance, flags, requestedFromCitizen: this.requested, message: steps.map((s) => `${s.procedure}: ${s.outcome}`).join('; ') };
  }

  private async registerDeath(dossier: ChainDossier | undefined): Promise<{ step: Step; registered?: Registered }> {
    const { input } = this;
    const reply = await this.core.gateway.call('POST', '/civil-status/v1/deaths', {
      json: {
        SoDinhDanh: input.deceasedId,
        NgayMat: input.dateOfDeath,
        NoiMat: input.placeOfDeath,
        ...(input.causeOfDeath ? { NguyenNhan: input.causeOfDeath } : {}),
        NguoiKhai: input.declarantId,
        GiayBaoTu: certificateBody(input.medicalCertificate),
      },
    });
    if (reply.status !== 201) {
      const { outcome, message } = failure(reply, 'registering the death');
      return { step: await this.stopped('death-registration', dossier, outcome, message) };
    }
    const registered = reply.json() as { soDangKy: string; nguoiCoCong: boolean; document: { type: string; issuer: string; issuedOn: string } };
    const { document } = registered;
    const extractId = this.core.has('skip-warehouse-copy')
      ? undefined
      : await this.portal.store({ SoDinhDanh: input.deceasedId, type: document.type, title: 'Trích lục khai tử điện tử', issuer: document.issuer, issuedOn: document.issuedOn, content: JSON.stringify(document) }, dossier);
    await this.portal.finish(dossier, 'Đăng ký khai tử; cấp trích lục khai tử điện tử', [
      { TenGiayTo: 'Trích lục khai tử điện tử', MaGiayToKetQua: registered.soDangKy, ...(extractId ? { GiayToId: extractId } : {}) },
    ]);
    const step = this.step('death-registration', dossier, 'done', registered.soDangKy, `registered ${registered.soDangKy}${registered.nguoiCoCong ? '; the deceased had meritorious service' : ''}`);
    return { step, registered: { meritorious: registered.nguoiCoCong } };
  }

  private async removeResidence(dossier: ChainDossier | undefined): Promise<Step> {
    const reply = await this.core.gateway.call('POST', '/residence/v1/permanent-removals', { json: { SoDinhDanh: this.input.deceasedId, reason: 'death' } });
    if (reply.status !== 200) {
      const { outcome, message } = failure(reply, 'removing the permanent residence');
      return this.stopped('residence-removal', dossier, outcome, message);
    }
    const resultId = await this.portal.store(
      {
        SoDinhDanh: this.input.deceasedId,
        type: 'procedure-result',
        title: 'Thông báo xóa đăng ký thường trú',
        issuer: AGENCIES.residence,
        issuedOn: today(),
        content: JSON.stringify({ SoDinhDanh: this.input.deceasedId, reason: 'death', removal: (reply.json() as { removal: unknown }).removal }),
      },
      dossier,
    );
    await this.portal.finish(dossier, 'Xóa đăng ký thường trú do người đăng ký thường trú chết', [
      { TenGiayTo: 'Thông báo xóa đăng ký thường trú', MaGiayToKetQua: this.input.deceasedId, ...(resultId ? { GiayToId: resultId } : {}) },
    ]);
    return this.step('residence-removal', dossier, 'done', this.input.deceasedId, 'permanent residence removed');
  }

  /** Social insurance decides (standard, or the meritorious-service regime); the treasury pays a standard allowance. */
  private async claimAllowance(dossier: ChainDossier | undefined): Promise<{ step: Step; allowance: Allowance }> {
    const reply = await this.core.gateway.call('POST', '/social-insurance/v1/funeral-allowances', {
      json: { SoDinhDanh: this.input.deceasedId, claimant: { SoDinhDanh: this.input.declarantId }, account: null },
    });
    if (reply.status !== 201) {
      const { outcome, message } = failure(reply, 'claiming the funeral allowance');
      return { step: await this.stopped('funeral-allowance', dossier, outcome, message), allowance: { ...NO_ALLOWANCE, message } };
    }
    const decision = reply.json() as Decision;
    if (decision.regime === 'meritorious-service' && !this.core.has('pay-standard-to-meritorious')) {
      const message = `routed to the meritorious-service regime: ${decision.handledBy}`;
      await this.portal.stop(dossier, `Chuyển hồ sơ sang chế độ người có công (meritorious-service): ${decision.handledBy}`);
      const allowance: Allowance = { outcome: 'referred', regime: 'meritorious-service', amount: null, paymentId: null, handledBy: decision.handledBy, message };
      return { step: this.step('funeral-allowance', dossier, 'referred', decision.claimId, message), allowance };
    }
    const amount = decision.regime === 'standard' ? decision.amount : LOCAL_STANDARD_ALLOWANCE;
    const account = decision.regime === 'standard' && decision.payment.channel === 'account' ? decision.payment.account : null;
    if (decision.regime === 'standard' && decision.payment.channel === 'none') {
      this.requested.push('Tài khoản ngân hàng, ví điện tử hoặc tài khoản tiền di động đứng tên người nhận');
      const message = `approved ${amount} VND, not paid: ${decision.payment.reason}`;
      await this.portal.advance(dossier, ['4', '5'], message);
      return { step: this.step('funeral-allowance', dossier, 'not-done', decision.claimId, message), allowance: { outcome: 'not-paid', regime: 'standard', amount, paymentId: null, handledBy: null, message } };
    }
    if (this.core.has('skip-benefit-payment')) {
      const message = `approved ${amount} VND`;
      await this.portal.finish(dossier, 'Quyết định hưởng trợ cấp mai táng', [{ TenGiayTo: 'Quyết định hưởng trợ cấp mai táng', MaGiayToKetQua: decision.claimId }]);
      return { step: this.step('funeral-allowance', dossier, 'done', decision.claimId, message), allowance: { outcome: 'paid', regime: 'standard', amount, paymentId: null, handledBy: null, message } };
    }
    return this.pay(dossier, decision.claimId, amount, account);
  }

  /** Pays the allowance through the treasury to the claimant (the account social insurance named, or cash when they registered none). */
  private async pay(dossier: ChainDossier | undefined, claimId: string, amount: number, account: { kind: string; provider: string; number: string } | null): Promise<{ step: Step; allowance: Allowance }> {
    const reply = await this.core.gateway.call('POST', '/treasury/v1/benefit-payments', {
      json: { beneficiaryId: this.input.declarantId, kind: 'funeral-allowance', amount, account: account && { kind: account.kind, provider: account.provider, number: account.number }, reference: claimId },
    });
    if (reply.status !== 201) {
      const { outcome, message } = failure(reply, 'paying the funeral allowance');
      return { step: await this.stopped('funeral-allowance', dossier, outcome, message), allowance: { outcome: 'not-paid', regime: 'standard', amount, paymentId: null, handledBy: null, message } };
    }
    const payment = reply.json() as { paymentId: string; method: string };
    const content = JSON.stringify({ claimId, SoDinhDanh: this.input.deceasedId, beneficiaryId: this.input.declarantId, amount, currency: 'VND', paymentId: payment.paymentId });
    const resultId = await this.portal.store(
      { SoDinhDanh: this.input.declarantId, type: 'procedure-result', title: 'Quyết định hưởng trợ cấp mai táng', issuer: AGENCIES.socialInsurance, issuedOn: today(), content },
      dossier,
    );
    await this.portal.finish(dossier, 'Quyết định hưởng trợ cấp mai táng; chi trả qua Kho bạc', [
      { TenGiayTo: 'Quyết định hưởng trợ cấp mai táng', MaGiayToKetQua: claimId, ...(resultId ? { GiayToId: resultId } : {}) },
    ]);
    const message = `paid ${amount} VND (${payment.method}), payment ${payment.paymentId}`;
    return { step: this.step('funeral-allowance', dossier, 'done', payment.paymentId, message), allowance: { outcome: 'paid', regime: 'standard', amount, paymentId: payment.paymentId, handledBy: null, message } };
  }
}

const PROCEDURE_ORDER: readonly Procedure[] = ['death-registration', 'residence-removal', 'funeral-allowance'];

/** The reference system's death chain: the whole declaration, or a refusal before anything is registered. */
export async function runDeathChain(core: ReferenceCore, input: Input): Promise<Output> {
  const notDone = (message: string, outcome: Output['outcome'], requested: string[] = []): Output => {
    const asks = deathAsks(core, input);
    return { outcome, steps: PROCEDURE_ORDER.map((p) => ({ ...pendingStep(p, asks[p], undefined), message })), allowance: { ...NO_ALLOWANCE, message }, flags: [], requestedFromCitizen: requested, message };
  };
  if (input.medicalCertificate.kind === 'paper' && core.has('refuse-paper-medical-certificate')) {
    return notDone('an electronic death notice is required', 'refused', [`${DEATH_NOTICE} điện tử`]);
  }
  if (input.declarantId === input.deceasedId) return notDone('the declarant cannot be the deceased', 'refused');
  const declarant = await npdPerson(core, input.declarantId);
  if (!isPerson(declarant)) return notDone(declarant.message, declarant.outcome);
  if (declarant.deceased) return notDone(`the declarant ${input.declarantId} is recorded as deceased`, 'refused');
  const deceased = await npdPerson(core, input.deceasedId);
  if (!isPerson(deceased)) return notDone(deceased.message, deceased.outcome);
  if (deceased.deceased) return notDone(`the death of ${input.deceasedId} is already registered`, 'refused');
  return new DeathChain(core, input, new PortalReporter(core, declarant)).run();
}
