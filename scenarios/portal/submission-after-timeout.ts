import { defineScenario } from '../../src/scenario/types.js';
import { during, later, MockReader, now, past, PERSONA } from './_steps.js';

/** Connection resets on the submission: each after the portal stored the dossier, so every answer is lost. */
const LOST_ANSWERS = 4;

/**
 * R-PORT-1: one application is one dossier, even when the portal's answers are lost. The portal stores the submission
 * and then drops the connection, four times running (more than the gateway client retries); the system must find out
 * that its dossier arrived instead of filing the application again under a new code, whose twin would stay open and
 * run late. Judged on the portal's list of the applicant's dossiers, before and after their deadline. The same run is
 * R-CONN-3's check that the client survives connection resets without a duplicate submission.
 */
export default defineScenario({
  id: 'portal/submission-after-timeout',
  title: {
    en: 'A submission whose answers are lost to connection resets stays one dossier on the portal, and none is left to run late',
    vi: 'Hồ sơ nộp bị mất phản hồi do kết nối bị ngắt vẫn chỉ là một hồ sơ trên Cổng, và không có hồ sơ nào bị bỏ lại để trễ hạn',
  },
  requirements: ['R-PORT-1', 'R-CONN-3'],
  tags: ['portal', 'dossier', 'faults', 'idempotency'],
  async run({ sut, mocks, check }) {
    const { harness } = mocks;
    const reader = new MockReader(mocks);
    harness.faults.add({ route: 'portal.dossier.submit', kind: 'reset', next: LOST_ANSWERS });
    const { result: filed, entries } = await during(harness, () => sut.call('fileDossier', { MaTTHC: '1.004227', applicantId: PERSONA.ordinary, at: now(harness), purpose: 'Nộp hồ sơ nhập học' }), 'portal.dossier.submit');
    harness.faults.clear();
    check('R-PORT-1', filed.outcome === 'received', { en: `the application was received despite ${LOST_ANSWERS} lost answers (${filed.outcome})`, vi: `hồ sơ vẫn được tiếp nhận dù ${LOST_ANSWERS} lần mất phản hồi (${filed.outcome})` }, { data: filed, journal: entries });
    const listed = await reader.get<{ dossiers: { MaHoSo: string; TrangThaiHoSo: string }[] }>(`/portal/v1/dossiers?SoGiayToChuHoSo=${PERSONA.ordinary}&MaTTHC=1.004227`);
    const codes = listed.body.dossiers.map((d) => d.MaHoSo);
    check('R-PORT-1', codes.length === 1, { en: `one application, ${codes.length} dossier(s) on the portal`, vi: `một lần nộp, ${codes.length} hồ sơ trên Cổng` }, { data: listed.body, journal: entries });
    check('R-CONN-3', entries.length > 1 && codes.length === 1, {
      en: `survived ${Math.min(entries.length - 1, LOST_ANSWERS)} connection reset(s) after the portal had stored the dossier, in ${entries.length} attempts, without a duplicate submission (${codes.length} dossier(s))`,
      vi: `vượt qua ${Math.min(entries.length - 1, LOST_ANSWERS)} lần ngắt kết nối sau khi Cổng đã lưu hồ sơ, qua ${entries.length} lần gửi, không nộp trùng (${codes.length} hồ sơ)`,
    }, { data: { dossiers: codes }, journal: entries });
    if (filed.dossierCode) await sut.call('handleDossier', { dossierCode: filed.dossierCode, action: 'finish', at: later(harness, 2) });
    const deadline = filed.deadline ?? now(harness);
    past(harness, deadline);
    const late = await reader.get<{ dossiers: { MaHoSo: string; TrangThaiHoSo: string }[] }>('/portal/v1/dossiers?late=true');
    check('R-PORT-1', late.body.dossiers.length === 0, {
      en: `after the deadline, ${late.body.dossiers.length} dossier(s) of the application are open and late on the portal`,
      vi: `sau hạn giải quyết, ${late.body.dossiers.length} hồ sơ của lần nộp này còn mở và trễ hạn trên Cổng`,
    }, { data: late.body });
  },
});
