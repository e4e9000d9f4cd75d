import type { JournalEntry } from '../../src/mock/journal.js';
import { defineScenario } from '../../src/scenario/types.js';
import { during, fileAndFinish, PERSONA, type Carried } from './_steps.js';

/** The NPD lookups a filing made, as path and query (what was asked), to compare two applicants'. */
const lookups = (entries: readonly JournalEntry[]): string[] => entries.filter((e) => e.route === 'npd.lookup').map((e) => `fields=${e.query.fields ?? '*'}`);

/**
 * R-PORT-16 (derived): procedures are handled regardless of administrative boundary. A residence confirmation may be
 * asked of any residence office in the country: an applicant whose NPD residence is in Hồ Chí Minh City files it with
 * the Hà Nội system and must get the same NPD lookups, no request for local residence papers, and the result, just as
 * an applicant living in Hà Nội.
 */
export default defineScenario({
  id: 'portal/any-province',
  title: {
    en: 'An applicant living in another province files and gets the result like a local one: same NPD lookups, no local residence papers',
    vi: 'Người nộp hồ sơ cư trú ở tỉnh khác được nộp và nhận kết quả như người tại địa phương: cùng các lần tra cứu CSDLQG về dân cư, không phải nộp giấy tờ cư trú tại địa phương',
  },
  requirements: ['R-PORT-16'],
  tags: ['portal', 'boundary', 'residence'],
  async run(ctx) {
    const { mocks, check } = ctx;
    const run = (applicantId: string) => during(mocks.harness, () => fileAndFinish(ctx, { MaTTHC: '1.004227', applicantId, purpose: 'Bổ sung hồ sơ xin việc' }));
    const local = await run(PERSONA.ordinary);
    const away = await run(PERSONA.otherProvince);
    const seen = { local: lookups(local.entries), away: lookups(away.entries) };
    const evidence = (c: Carried) => ({ data: { answers: c, npdLookups: seen } });
    check('R-PORT-16', away.result.filed.outcome === 'received' && away.result.filed.requestedFromCitizen.length === 0, {
      en: `the applicant from Hồ Chí Minh City was received, asked for nothing (${away.result.filed.outcome}; asked: ${away.result.filed.requestedFromCitizen.join(', ') || 'nothing'})`,
      vi: `hồ sơ của người nộp từ Thành phố Hồ Chí Minh được tiếp nhận, không bị yêu cầu gì thêm (${away.result.filed.outcome}; đã yêu cầu: ${away.result.filed.requestedFromCitizen.join(', ') || 'không có'})`,
    }, evidence(away.result));
    check('R-PORT-16', seen.away.length > 0 && seen.away.join() === seen.local.join(), {
      en: `the same NPD lookups as for a local applicant (away: ${seen.away.join('; ') || 'none'}; local: ${seen.local.join('; ') || 'none'})`,
      vi: `các lần tra cứu CSDLQG về dân cư giống như với người nộp tại địa phương (người từ tỉnh khác: ${seen.away.join('; ') || 'không có'}; người tại địa phương: ${seen.local.join('; ') || 'không có'})`,
    }, evidence(away.result));
    check('R-PORT-16', away.result.finished?.outcome === 'done' && away.result.finished.result !== undefined, {
      en: `the applicant from Hồ Chí Minh City got the result (${away.result.finished?.outcome ?? 'not finished'})`,
      vi: `người nộp từ Thành phố Hồ Chí Minh đã nhận được kết quả (${away.result.finished?.outcome ?? 'chưa hoàn thành'})`,
    }, evidence(away.result));
  },
});
