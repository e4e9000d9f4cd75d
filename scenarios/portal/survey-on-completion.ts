import { defineScenario } from '../../src/scenario/types.js';
import { during, fileAndFinish, MockReader, PERSONA } from './_steps.js';

const PROCEDURE = '1.004227';
/** The citizen's answers: a rating for each of VNForm's five questions. */
const ANSWERS = { answers: ['CH1', 'CH2', 'CH3', 'CH4', 'CH5'].map((questionId, i) => ({ questionId, rating: i === 3 ? 4 : 5 })), comment: 'Nhanh, gọn' };

/**
 * R-PORT-12: the system uses the VNForm surveys. When a dossier is completed the system offers the survey carrying the
 * procedure, the dossier and the citizen; the citizen answers; the system reads the results back. The journal shows
 * the portal saw the result returned before VNForm saw the survey offered.
 */
export default defineScenario({
  id: 'portal/survey-on-completion',
  title: {
    en: 'On completion the system offers the VNForm survey with the procedure and dossier reference, and reads the results back',
    vi: 'Khi hồ sơ hoàn thành, hệ thống gửi phiếu khảo sát VNForm kèm mã thủ tục và mã hồ sơ, rồi đọc lại kết quả khảo sát',
  },
  requirements: ['R-PORT-12'],
  tags: ['portal', 'vnform', 'survey'],
  async run(ctx) {
    const { sut, mocks, check } = ctx;
    const { result: carried, entries } = await during(mocks.harness, () => fileAndFinish(ctx, { MaTTHC: PROCEDURE, applicantId: PERSONA.level2, purpose: 'Bổ sung hồ sơ xin việc' }));
    const returned = entries.find((e) => e.route === 'portal.dossier.step' && (e.request.body as { TrangThai?: string } | null)?.TrangThai === '10' && e.response.status === 200);
    const offered = entries.find((e) => e.route === 'vnform.survey.offer' && e.response.status === 201);
    const body = offered?.request.body as { MaTTHC?: string; MaHoSo?: string; SoDinhDanh?: string } | undefined;
    const evidence = { data: carried.finished, journal: [returned, offered].filter((e) => e !== undefined) };
    check('R-PORT-12', offered !== undefined && carried.finished?.survey !== undefined, { en: `a survey was offered on completion (${carried.finished?.survey?.surveyId ?? 'none'})`, vi: `phiếu khảo sát được gửi khi hồ sơ hoàn thành (${carried.finished?.survey?.surveyId ?? 'không có'})` }, evidence);
    check(
      'R-PORT-12',
      body?.MaTTHC === PROCEDURE && body.MaHoSo === carried.filed.dossierCode && body.SoDinhDanh === PERSONA.level2,
      {
        en: `the survey carries the procedure, the dossier and the citizen (${body ? `${body.MaTTHC}, ${body.MaHoSo === carried.filed.dossierCode ? 'this dossier' : body.MaHoSo}, ${body.SoDinhDanh}` : 'none'})`,
        vi: `phiếu khảo sát có mã thủ tục, mã hồ sơ và công dân (${body ? `${body.MaTTHC}, ${body.MaHoSo === carried.filed.dossierCode ? 'đúng hồ sơ này' : body.MaHoSo}, ${body.SoDinhDanh}` : 'không có'})`,
      },
      evidence,
    );
    check('R-PORT-12', returned !== undefined && offered !== undefined && returned.seq < offered.seq, { en: 'the survey was offered after the result was returned', vi: 'phiếu khảo sát được gửi sau khi đã trả kết quả' }, evidence);
    if (!carried.finished?.survey) return;
    await new MockReader(mocks).call('POST', `/vnform/v1/surveys/${carried.finished.survey.surveyId}/answers`, ANSWERS, false);
    const { result: results, entries: reads } = await during(mocks.harness, () => sut.call('surveyResults', { MaTTHC: PROCEDURE }), 'vnform.results');
    check('R-PORT-12', reads.some((e) => e.response.status === 200) && results.answered === 1 && results.averageRating === 4.8, {
      en: `the system read the results back: ${results.answered} of ${results.offered} answered, average ${results.averageRating ?? 'none'}`,
      vi: `hệ thống đã đọc lại kết quả: ${results.answered} trên ${results.offered} phiếu được trả lời, điểm trung bình ${results.averageRating ?? 'không có'}`,
    }, { data: results, journal: reads });
  },
});
