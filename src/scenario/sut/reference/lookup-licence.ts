import type { StimulusOutput } from '../types.js';
import type { Handlers, ReferenceCore, Variant } from './core.js';
import { isoFromCompact, npdLookup, sameName, type Person } from './lookup-npd.js';
import { papersAsked } from './lookup-papers.js';

/** A driver's electronic health-check result as social insurance serves it. */
interface HealthCheck {
  readonly id: string;
  readonly SoDinhDanh: string;
  readonly nguoiKham: { readonly SO_CCCD: string; readonly HO_TEN: string; readonly NGAY_SINH: string };
  readonly facility: string;
  readonly checkedOn: string;
  readonly fitToDrive: boolean;
  readonly validUntil: string;
  readonly status: 'valid' | 'expired';
}

type Answer = StimulusOutput<'renewDrivingLicence'>;
type StopReason = NonNullable<Answer['stopReason']>;

/** What the citizen is asked to do for each reason a dossier stops: get a result sent electronically, never bring paper. */
const REQUESTS: Readonly<Record<StopReason, string>> = {
  'no-result': 'No electronic health-check result was found for you: have the driver health check done at a health facility that sends results to social insurance; the dossier resumes when it arrives',
  expired: 'Your latest health-check result is no longer valid: have a new driver health check done; the result reaches the dossier electronically',
  unfit: 'Your latest health check found you not fit to drive: a licence can be renewed only on a result that finds you fit',
  'another-person': 'A licence is renewed only on the applicant’s own health-check result: use your own personal ID for the health check',
};

/** The habits of this flow: fetch the result for the ID typed on the form; take any result, whatever its date or verdict. */
const BY_FORM_ID = 'health-check-by-form-id';
const ANY_VERDICT = 'ignore-health-check-verdict';

function stopped(core: ReferenceCore, reason: StopReason, message: string, check?: HealthCheck): Answer {
  return { outcome: 'stopped', stopReason: reason, ...(check ? { healthCheck: summary(check) } : {}), request: REQUESTS[reason], requestedFromCitizen: papersAsked(core, 'Giấy khám sức khỏe của người lái xe'), message };
}

function summary(check: HealthCheck): NonNullable<Answer['healthCheck']> {
  return { id: check.id, checkedOn: check.checkedOn, validUntil: check.validUntil, fitToDrive: check.fitToDrive, facility: check.facility };
}

/** The result is about the applicant: filed under their ID, and the person examined is them by ID, name and date of birth. */
function isApplicants(check: HealthCheck, applicant: Person): boolean {
  const examined = check.nguoiKham;
  return check.SoDinhDanh === applicant.personalId && examined.SO_CCCD === applicant.personalId && sameName(examined.HO_TEN, applicant.fullName) && isoFromCompact(examined.NGAY_SINH) === applicant.dateOfBirth;
}

/** Why the result cannot carry the renewal, or undefined when it can. */
function verdictOf(core: ReferenceCore, check: HealthCheck, applicant: Person): StopReason | undefined {
  if (!core.has(BY_FORM_ID) && !isApplicants(check, applicant)) return 'another-person';
  if (core.has(ANY_VERDICT)) return undefined;
  if (check.status !== 'valid') return 'expired';
  if (!check.fitToDrive) return 'unfit';
  return undefined;
}

/** The reference system's handler of a driving-licence renewal (R-LOOK-10). */
export const licenceHandlers: Handlers<'renewDrivingLicence'> = {
  async renewDrivingLicence(core, { personalId, licenceNumber, healthCheckPersonalId }) {
    const subject = core.has(BY_FORM_ID) ? (healthCheckPersonalId ?? personalId) : personalId;
    if (!core.has(BY_FORM_ID) && healthCheckPersonalId !== undefined && healthCheckPersonalId !== personalId) {
      return stopped(core, 'another-person', `the form names the health check of ${healthCheckPersonalId}, not the applicant’s; nothing was fetched for it`);
    }
    const npd = await npdLookup(core, personalId);
    if (!npd.person) return { outcome: 'unavailable', request: '', requestedFromCitizen: [], message: `the NPD answered ${npd.status} for the applicant` };
    const reply = await core.gateway.call('GET', `/social-insurance/v1/health-checks/${subject}`);
    if (reply.status === 404) return stopped(core, 'no-result', `social insurance holds no health-check result for ${subject}`);
    if (reply.status !== 200) return { outcome: 'unavailable', request: '', requestedFromCitizen: [], message: `social insurance answered ${reply.status}` };
    const check = reply.json<HealthCheck>();
    const reason = verdictOf(core, check, npd.person);
    if (reason) return stopped(core, reason, `the result ${check.id} of ${check.checkedOn} (${check.status}, ${check.fitToDrive ? 'fit' : 'not fit'}) cannot carry the renewal: ${reason}`, check);
    return {
      outcome: 'accepted',
      healthCheck: summary(check),
      request: '',
      requestedFromCitizen: papersAsked(core, 'Giấy khám sức khỏe của người lái xe'),
      message: `licence ${licenceNumber} renewed on the health check ${check.id} of ${check.checkedOn}, valid until ${check.validUntil}`,
    };
  },
};

export const licenceVariants: readonly Variant[] = [
  {
    id: 'health-check-by-form-id',
    description: 'Fetches the health-check result for whatever personal ID the form gives, and does not check it is the applicant’s',
    habits: [BY_FORM_ID],
    breaks: ['R-LOOK-10'],
    scenarios: ['lookup/licence-health-check'],
  },
  {
    id: 'accepts-any-health-check',
    description: 'Renews on any health-check result found, expired or unfit',
    habits: [ANY_VERDICT],
    breaks: ['R-LOOK-10'],
    scenarios: ['lookup/licence-health-check'],
  },
];
