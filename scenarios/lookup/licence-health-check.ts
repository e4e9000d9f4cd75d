import { healthCheckOf } from '../../mocks/social-insurance/health.js';
import type { Citizen } from '../../src/contract/citizen.js';
import type { Harness } from '../../src/mock/harness.js';
import type { StimulusInput, StimulusOutput } from '../../src/scenario/sut/types.js';
import { defineScenario } from '../../src/scenario/types.js';

/** The ordinary adult: fit, checked 2025-12-01, valid until 2026-11-30. The level-2 persona: checked 2025-06-10, not fit. */
const FIT = '001085999001';
const UNFIT = '048096999009';

type Result = ReturnType<typeof healthCheckOf>;

/** The first living adult of the generated population whose health-check result (as social insurance would serve it today) fits. */
function findDriver(harness: Harness, fits: (result: Result) => boolean): Citizen | undefined {
  const today = harness.world.today();
  for (let i = 0; i < harness.population.size; i++) {
    const citizen = harness.population.at(i);
    if (citizen.dateOfDeath === null && citizen.dateOfBirth <= '2000-01-01' && fits(healthCheckOf(harness.seed, citizen, today))) return citizen;
  }
  return undefined;
}

/** One renewal and what must come of it. */
interface Renewal {
  readonly who: string;
  /** `who` in Vietnamese, for the report in `--lang vi`. */
  readonly whoVi: string;
  readonly input: StimulusInput<'renewDrivingLicence'>;
  readonly outcome: 'accepted' | 'stopped';
  readonly stopReason?: StimulusOutput<'renewDrivingLicence'>['stopReason'];
  /** The personal ID whose result must never be fetched for this dossier. */
  readonly notFetched?: string;
}

function renewals(harness: Harness): Renewal[] {
  const missing = findDriver(harness, (r) => r === undefined);
  const expired = findDriver(harness, (r) => r?.status === 'expired' && r.fitToDrive);
  const cases: Renewal[] = [
    { who: 'a fit driver with a valid result', whoVi: 'người lái xe đủ điều kiện sức khỏe, kết quả khám còn hiệu lực', input: { personalId: FIT, licenceNumber: '010185999001' }, outcome: 'accepted' },
    { who: 'a driver found not fit', whoVi: 'người lái xe không đủ điều kiện sức khỏe', input: { personalId: UNFIT, licenceNumber: '480196999009' }, outcome: 'stopped', stopReason: 'unfit' },
  ];
  if (missing) {
    cases.push({ who: `a driver without a result (${missing.personalId})`, whoVi: `người lái xe chưa có kết quả khám sức khỏe (${missing.personalId})`, input: { personalId: missing.personalId, licenceNumber: 'GPLX-MISSING' }, outcome: 'stopped', stopReason: 'no-result' });
    cases.push({
      who: `a driver without a result naming another person’s valid result (${FIT})`,
      whoVi: `người lái xe chưa có kết quả khám sức khỏe, khai kết quả còn hiệu lực của người khác (${FIT})`,
      input: { personalId: missing.personalId, licenceNumber: 'GPLX-MISSING', healthCheckPersonalId: FIT },
      outcome: 'stopped',
      stopReason: 'another-person',
      notFetched: FIT,
    });
  }
  if (expired) cases.push({ who: `a driver whose fit result has expired (${expired.personalId})`, whoVi: `người lái xe có kết quả đủ điều kiện sức khỏe nhưng đã hết hạn (${expired.personalId})`, input: { personalId: expired.personalId, licenceNumber: 'GPLX-EXPIRED' }, outcome: 'stopped', stopReason: 'expired' });
  return cases;
}

/**
 * R-LOOK-10: a driving-licence renewal fetches the electronic health-check result from social insurance by the
 * applicant's personal ID and asks for no paper certificate. A missing, expired, unfit or another person's result stops
 * the dossier with a clear request. Drivers without a result and with an expired one are found in the seeded
 * population (the same for the same seed).
 */
export default defineScenario({
  id: 'lookup/licence-health-check',
  title: {
    en: 'Licence renewal rests on the e-health-check fetched by personal ID; missing, expired, unfit or another’s result stops it',
    vi: 'Cấp đổi giấy phép lái xe dựa trên kết quả khám sức khỏe điện tử lấy theo số định danh cá nhân; kết quả không có, hết hạn, không đạt hoặc của người khác thì hồ sơ dừng lại',
  },
  requirements: ['R-LOOK-10'],
  tags: ['social-insurance', 'health-check', 'licence'],
  async run({ sut, mocks, check }) {
    const { journal } = mocks.harness;
    const cases = renewals(mocks.harness);
    check('R-LOOK-10', cases.length === 5, {
      en: `the population holds a driver without a result and one with an expired result (${cases.length} of 5 cases)`,
      vi: `tập dân cư có một người lái xe chưa có kết quả khám sức khỏe và một người có kết quả đã hết hạn (${cases.length} trên 5 trường hợp)`,
    }, { data: cases.map((c) => c.who) });
    for (const c of cases) {
      const since = journal.mark;
      const got = await sut.call('renewDrivingLicence', c.input);
      const fetched = journal.list({ route: 'social-insurance.health-check', sinceSeq: since });
      const evidence = { data: got, journal: fetched };
      const verdict = `${got.outcome}${got.stopReason ? ` (${got.stopReason})` : ''}`;
      const expected = `${c.outcome}${c.stopReason ? ` (${c.stopReason})` : ''}`;
      check('R-LOOK-10', got.outcome === c.outcome && got.stopReason === c.stopReason, { en: `${c.who}: expected ${expected}, got ${verdict}: ${got.message}`, vi: `${c.whoVi}: mong đợi ${expected}, thực tế ${verdict}: ${got.message}` }, evidence);
      check('R-LOOK-10', got.requestedFromCitizen.length === 0, {
        en: `${c.who}: no paper certificate asked for (asked: ${got.requestedFromCitizen.join(', ') || 'nothing'})`,
        vi: `${c.whoVi}: không yêu cầu giấy khám sức khỏe bản giấy (đã yêu cầu: ${got.requestedFromCitizen.join(', ') || 'không có'})`,
      }, evidence);
      if (c.outcome === 'accepted') {
        check('R-LOOK-10', fetched.some((e) => e.response.status === 200 && e.path.endsWith(`/${c.input.personalId}`)), {
          en: `${c.who}: the result was fetched from social insurance by the applicant’s personal ID`,
          vi: `${c.whoVi}: kết quả khám được lấy từ hệ thống BHXH theo số định danh cá nhân của người nộp hồ sơ`,
        }, evidence);
      } else {
        check('R-LOOK-10', got.request.trim() !== '', { en: `${c.who}: the stop comes with a request to the citizen (${got.request || 'none'})`, vi: `${c.whoVi}: hồ sơ dừng lại kèm yêu cầu gửi tới công dân (${got.request || 'không có'})` }, evidence);
      }
      if (c.notFetched) {
        const foreign = fetched.filter((e) => e.path.endsWith(`/${c.notFetched}`));
        check('R-LOOK-10', foreign.length === 0, {
          en: `${c.who}: no result of ${c.notFetched} was fetched for this dossier (${foreign.length} fetched)`,
          vi: `${c.whoVi}: không lấy kết quả khám nào của ${c.notFetched} cho hồ sơ này (đã lấy ${foreign.length})`,
        }, { data: got, journal: foreign });
      }
    }
  },
});
