import type { StimulusInput } from '../../src/scenario/sut/types.js';
import { defineScenario } from '../../src/scenario/types.js';
import { ADDRESS, checkEndToEnd, fileAndFinish, MockReader, PERSONA } from './_steps.js';

/** How many end-to-end procedures are run from submission to result. */
const SAMPLE = 2;

/** The end-to-end procedures the scenario knows how to file, with an applicant and what they ask for. */
const KIT: Readonly<Record<string, StimulusInput<'fileDossier'>>> = {
  '1.004222': { MaTTHC: '1.004222', applicantId: PERSONA.otherProvince, residence: { address: ADDRESS.baDinh } },
  '1.004194': { MaTTHC: '1.004194', applicantId: PERSONA.ordinary, residence: { address: ADDRESS.ngocHa, from: '2026-06-01', until: '2027-05-31' } },
  '1.004227': { MaTTHC: '1.004227', applicantId: PERSONA.level2, purpose: 'Bổ sung hồ sơ xin việc' },
  '2.000488': { MaTTHC: '2.000488', applicantId: PERSONA.level2, purpose: 'Bổ sung hồ sơ xin việc' },
  '9.999001': { MaTTHC: '9.999001', applicantId: PERSONA.ordinary },
};

interface Ratios {
  readonly procedures: number;
  readonly online: number;
  readonly endToEnd: number;
  readonly onlineShare: number;
  readonly endToEndShareOfOnline: number;
  readonly meetsTargets: { online: boolean; endToEnd: boolean };
}

const percent = (share: number): string => `${Math.round(share * 1000) / 10}%`;

/**
 * R-PORT-10: at least 80% of procedures are offered online, and at least 80% of those end to end, computed from the
 * catalogue the system publishes on the portal; and end-to-end procedures, sampled by the seed among those the
 * scenario can file, run against the mocks from submission through payment to the result with no step in person.
 */
export default defineScenario({
  id: 'portal/catalogue-ratios',
  title: {
    en: '80% of procedures online and 80% of those end to end, from the published catalogue; sampled end-to-end procedures run with no step in person',
    vi: '80% thủ tục hành chính được cung cấp trực tuyến và 80% trong số đó là toàn trình, tính theo danh mục đã công bố; các thủ tục toàn trình được chọn mẫu chạy hết quy trình mà không có bước nào phải làm trực tiếp',
  },
  requirements: ['R-PORT-10'],
  tags: ['portal', 'catalogue', 'end-to-end'],
  async run(ctx) {
    const { sut, mocks, seed, check } = ctx;
    const published = await sut.call('publishCatalogue', {});
    const ratios = await new MockReader(mocks).get<Ratios>('/portal/v1/catalogue/ratios');
    const r = ratios.body;
    check('R-PORT-10', ratios.status === 200 && r.meetsTargets.online, {
      en: `${r.online} of ${r.procedures} procedures online (${percent(r.onlineShare)}; target 80%)`,
      vi: `${r.online} trên ${r.procedures} thủ tục được cung cấp trực tuyến (${percent(r.onlineShare)}; mục tiêu 80%)`,
    }, { data: r });
    check('R-PORT-10', ratios.status === 200 && r.meetsTargets.endToEnd, {
      en: `${r.endToEnd} of ${r.online} online procedures end to end (${percent(r.endToEndShareOfOnline)}; target 80%)`,
      vi: `${r.endToEnd} trên ${r.online} thủ tục trực tuyến là toàn trình (${percent(r.endToEndShareOfOnline)}; mục tiêu 80%)`,
    }, { data: r });
    const candidates = published.procedures.filter((p) => p.endToEnd && KIT[p.MaTTHC]).map((p) => p.MaTTHC).sort();
    const sample = candidates.map((_, i) => candidates[(seed + i) % candidates.length]!).slice(0, SAMPLE);
    check('R-PORT-10', sample.length > 0, {
      en: `sampled end-to-end procedures: ${sample.join(', ') || 'none the scenario can file'}`,
      vi: `các thủ tục toàn trình được chọn mẫu: ${sample.join(', ') || 'không có thủ tục nào kịch bản có thể nộp'}`,
    }, { data: { candidates, sample } });
    for (const code of sample) {
      const name = published.procedures.find((p) => p.MaTTHC === code)!.TenTTHC;
      await checkEndToEnd(ctx, 'R-PORT-10', { en: `${code} ${name}`, vi: `${code} ${name}` }, await fileAndFinish(ctx, KIT[code]!));
    }
  },
});
