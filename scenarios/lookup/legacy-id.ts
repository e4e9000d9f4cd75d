import { defineScenario } from '../../src/scenario/types.js';

/** The legacy-id-only persona: the old ID 012999007 became the personal ID 001076999007. */
const LEGACY = '012999007';
const PERSONAL = '001076999007';

/** R-LOOK-3: a 12-digit number is accepted as it is; a 9-digit one is resolved through the NPD, never by asking for a paper. */
export default defineScenario({
  id: 'lookup/legacy-id',
  title: {
    en: 'Accepts the 12-digit ID and resolves an old 9-digit ID through the NPD instead of asking for a paper',
    vi: 'Chấp nhận số định danh cá nhân 12 số; với số CMND 9 số, tra cứu qua CSDLQG về dân cư thay vì yêu cầu giấy xác nhận',
  },
  requirements: ['R-LOOK-3'],
  tags: ['npd', 'legacy-id'],
  async run({ sut, mocks, check }) {
    const direct = await sut.call('lookupCitizen', { id: PERSONAL });
    check('R-LOOK-3', direct.outcome === 'found' && direct.requestedFromCitizen.length === 0, { en: 'the 12-digit personal ID is accepted with no paper asked for', vi: 'số định danh cá nhân 12 số được chấp nhận mà không yêu cầu giấy tờ' }, { data: direct });
    const since = mocks.harness.journal.mark;
    const viaLegacy = await sut.call('lookupCitizen', { id: LEGACY });
    const confirmations = mocks.harness.journal.list({ route: 'npd.legacy-id', sinceSeq: since });
    check('R-LOOK-3', viaLegacy.requestedFromCitizen.length === 0, {
      en: `no paper was asked for the old ID (asked: ${viaLegacy.requestedFromCitizen.join(', ') || 'nothing'})`,
      vi: `không yêu cầu giấy tờ cho số CMND 9 số (đã yêu cầu: ${viaLegacy.requestedFromCitizen.join(', ') || 'không có'})`,
    }, { data: viaLegacy });
    check('R-LOOK-3', confirmations.some((e) => e.response.status === 200), { en: 'the old ID was resolved through the NPD confirmation service', vi: 'số CMND 9 số được tra cứu qua dịch vụ xác nhận của CSDLQG về dân cư' }, { journal: confirmations });
    check('R-LOOK-3', viaLegacy.outcome === 'found' && viaLegacy.personalId === PERSONAL, { en: `the old ID led to the right citizen (${viaLegacy.personalId ?? 'none'})`, vi: `số CMND 9 số dẫn tới đúng công dân (${viaLegacy.personalId ?? 'không có'})` }, { data: viaLegacy });
  },
});
