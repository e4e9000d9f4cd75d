import { defineScenario } from '../../src/scenario/types.js';
import { ADDRESS, at, MockReader, now, PERSONA, statusPath } from './_steps.js';

/**
 * R-PORT-1: dossiers are received and processed online, and every one reaches a final state before its deadline; a
 * late one is flagged. A week on the harness clock, from Monday 1 June 2026:
 *
 * - A, a temporary registration (3 working days), filed and paid on Monday, finished on Tuesday;
 * - B, a residence confirmation (1 working day), filed on Monday, sent back for a supplement the same morning, the
 *   supplement arrives on Wednesday (the time limit counts again from the complete dossier), finished on Wednesday;
 * - C, another confirmation filed on Wednesday that no officer touches: on Friday it is past its deadline, and both the
 *   system and the portal must say so.
 *
 * Judged on the portal's view of each dossier (status, `late`) and on the system's own status answers.
 */
export default defineScenario({
  id: 'portal/on-time-dossiers',
  title: {
    en: 'Every dossier reaches a final state before its deadline, a supplement pausing it; a dossier left open past its deadline is flagged late',
    vi: 'Mọi hồ sơ đều được giải quyết xong trước hạn, thời gian chờ bổ sung hồ sơ không tính vào hạn; hồ sơ để quá hạn mà chưa giải quyết bị đánh dấu trễ hạn',
  },
  requirements: ['R-PORT-1'],
  tags: ['portal', 'dossier', 'deadline'],
  async run({ sut, mocks, check }) {
    const { harness } = mocks;
    const reader = new MockReader(mocks);
    const a = await sut.call('fileDossier', { MaTTHC: '1.004194', applicantId: PERSONA.ordinary, at: now(harness), residence: { address: ADDRESS.ngocHa, from: '2026-06-01', until: '2027-05-31' } });
    if (a.payment) await reader.pay(a.payment.orderId);
    const b = await sut.call('fileDossier', { MaTTHC: '1.004227', applicantId: PERSONA.level2, at: at(harness, '2026-06-01', '08:30'), purpose: 'Nộp hồ sơ nhập học cho con' });
    if (!check('R-PORT-1', a.outcome === 'received' && b.outcome === 'received', { en: `both dossiers were received online (${a.outcome}, ${b.outcome})`, vi: `cả hai hồ sơ đều được tiếp nhận trực tuyến (${a.outcome}, ${b.outcome})` }, { data: { a, b } })) return;
    await sut.call('handleDossier', { dossierCode: b.dossierCode!, action: 'request-supplement', at: at(harness, '2026-06-01', '10:00') });
    await sut.call('handleDossier', { dossierCode: a.dossierCode!, action: 'finish', at: at(harness, '2026-06-02', '10:00') });
    await sut.call('handleDossier', { dossierCode: b.dossierCode!, action: 'receive-supplement', at: at(harness, '2026-06-03', '09:00'), papers: ['Giấy tờ bổ sung theo yêu cầu'] });
    await sut.call('handleDossier', { dossierCode: b.dossierCode!, action: 'finish', at: at(harness, '2026-06-03', '11:00') });
    const c = await sut.call('fileDossier', { MaTTHC: '1.004227', applicantId: PERSONA.ordinary, at: at(harness, '2026-06-03', '11:30'), purpose: 'Bổ sung hồ sơ vay vốn' });
    const friday = at(harness, '2026-06-05', '09:00');

    for (const [name, filed, nameVi] of [['A (temporary registration)', a, 'A (đăng ký tạm trú)'], ['B (confirmation with a supplement)', b, 'B (xác nhận thông tin về cư trú, có bổ sung hồ sơ)']] as const) {
      const dossier = await reader.dossier(filed.dossierCode!);
      const evidence = { data: { filed, portal: dossier } };
      check('R-PORT-1', dossier?.TrangThaiHoSo === '10', { en: `${name}: reached a final state, the result returned (${statusPath(dossier).en})`, vi: `${nameVi}: đã giải quyết xong, đã trả kết quả (${statusPath(dossier).vi})` }, evidence);
      check('R-PORT-1', dossier !== undefined && !dossier.late, {
        en: `${name}: finished before the deadline the portal holds (${dossier?.late ? 'finished after it' : 'on time'})`,
        vi: `${nameVi}: giải quyết xong trước hạn mà Cổng ghi nhận (${dossier?.late ? 'xong sau hạn' : 'đúng hạn'})`,
      }, evidence);
    }
    const open = await reader.dossier(c.dossierCode ?? '');
    const told = await sut.call('dossierStatus', { dossierCode: c.dossierCode ?? '', at: friday });
    const evidence = { data: { filed: c, status: told, portal: open } };
    check('R-PORT-1', told.late, {
      en: `C (left open past its deadline): the system flags it late (${told.late ? 'late' : 'not late'}, ${told.statusName ?? told.outcome})`,
      vi: `C (để quá hạn mà chưa giải quyết): hệ thống đánh dấu trễ hạn (${told.late ? 'trễ hạn' : 'không trễ hạn'}, ${told.statusName ?? told.outcome})`,
    }, evidence);
    check('R-PORT-1', open?.late === true, {
      en: `C (left open past its deadline): the portal counts it late too (${open?.late ? 'late' : 'not late'})`,
      vi: `C (để quá hạn mà chưa giải quyết): Cổng cũng tính là trễ hạn (${open?.late ? 'trễ hạn' : 'không trễ hạn'})`,
    }, evidence);
  },
});
