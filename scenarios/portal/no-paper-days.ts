import type { StimulusInput } from '../../src/scenario/sut/types.js';
import { defineScenario } from '../../src/scenario/types.js';
import { ADDRESS, at, MockReader, PERSONA } from './_steps.js';

/** Papers a citizen hands in at the counter. */
const PAPERS = ['Tờ khai thay đổi thông tin cư trú (CT01)', 'Hợp đồng thuê nhà'];
const TEMPORARY = { MaTTHC: '1.004194', residence: { address: ADDRESS.ngocHa, from: '2026-06-03', until: '2027-06-02' } } as const;

interface Intake {
  readonly name: string;
  /** `name` in Vietnamese, for the report in `--lang vi`. */
  readonly nameVi: string;
  /** Vietnam day and time of the intake (the clock starts on Monday 1 June 2026). */
  readonly when: readonly [string, string];
  readonly input: StimulusInput<'fileDossier'>;
  /** True on a no-paper service or day of the system's catalogue: the paper must be refused or converted. */
  readonly noPaper: boolean;
}

const INTAKES: readonly Intake[] = [
  { name: 'paper at the counter for a no-paper service (residence confirmation)', nameVi: 'nộp giấy tại bộ phận một cửa cho dịch vụ không giấy (xác nhận thông tin về cư trú)', when: ['2026-06-01', '09:00'], input: { MaTTHC: '1.004227', applicantId: PERSONA.ordinary, channel: 'counter', papers: PAPERS.slice(0, 1) }, noPaper: true },
  { name: 'paper at the counter for another service on another day (temporary registration, Monday)', nameVi: 'nộp giấy tại bộ phận một cửa cho dịch vụ khác vào ngày khác (đăng ký tạm trú, thứ Hai)', when: ['2026-06-01', '10:00'], input: { ...TEMPORARY, applicantId: PERSONA.ordinary, channel: 'counter', papers: PAPERS }, noPaper: false },
  { name: 'paper at the counter on a no-paper day (temporary registration, Wednesday)', nameVi: 'nộp giấy tại bộ phận một cửa vào ngày không giấy (đăng ký tạm trú, thứ Tư)', when: ['2026-06-03', '09:00'], input: { ...TEMPORARY, applicantId: PERSONA.level2, channel: 'counter', papers: PAPERS }, noPaper: true },
  { name: 'online on the no-paper day (temporary registration, Wednesday)', nameVi: 'nộp trực tuyến vào ngày không giấy (đăng ký tạm trú, thứ Tư)', when: ['2026-06-03', '10:00'], input: { ...TEMPORARY, applicantId: PERSONA.otherProvince, papers: PAPERS.slice(1) }, noPaper: false },
];

/**
 * R-PORT-11 (pilot: reported, never a gate): on the services and days the system's catalogue declares paperless
 * (residence confirmation always, temporary registration on Wednesdays), a paper intake is refused or converted into
 * an electronic dossier at once; the online path works on those days; other services and days are unaffected. The
 * portal flags a paper dossier on a no-paper day or service it can see in the published catalogue.
 */
export default defineScenario({
  id: 'portal/no-paper-days',
  title: {
    en: 'Pilot: on no-paper services and days paper intake is refused or converted at once; the online path and other days are unaffected',
    vi: 'Thí điểm: với dịch vụ và ngày không giấy, hồ sơ giấy bị từ chối hoặc được chuyển ngay thành hồ sơ điện tử; kênh trực tuyến và các ngày khác không bị ảnh hưởng',
  },
  requirements: ['R-PORT-11'],
  tags: ['portal', 'pilot', 'no-paper'],
  async run({ sut, mocks, check, note }) {
    const reader = new MockReader(mocks);
    note('R-PORT-11', {
      en: 'pilot: reported, never a gate; the no-paper services and days are the ones the system publishes in its catalogue',
      vi: 'thí điểm: chỉ báo cáo, không bao giờ là điều kiện đạt; các dịch vụ và ngày không giấy là những dịch vụ, ngày mà hệ thống công bố trong danh mục của mình',
    });
    for (const intake of INTAKES) {
      const filed = await sut.call('fileDossier', { ...intake.input, at: at(mocks.harness, ...intake.when) });
      const dossier = filed.dossierCode ? await reader.dossier(filed.dossierCode) : undefined;
      const flagged = dossier?.warnings.filter((w) => w.code === 'paper-on-no-paper-day') ?? [];
      const evidence = { data: { filed, papers: dossier?.TaiLieuNop, warnings: dossier?.warnings } };
      if (intake.noPaper) {
        const handled = filed.outcome === 'refused' || (filed.intake === 'converted' && flagged.length === 0);
        check('R-PORT-11', handled, {
          en: `${intake.name}: refused or converted to an electronic dossier (${filed.outcome}, ${filed.intake ?? 'no intake'}${flagged.length ? '; the portal flags paper on a no-paper day' : ''})`,
          vi: `${intake.nameVi}: bị từ chối hoặc được chuyển thành hồ sơ điện tử (${filed.outcome}, ${filed.intake ?? 'không tiếp nhận'}${flagged.length ? '; Cổng cảnh báo có hồ sơ giấy vào ngày không giấy' : ''})`,
        }, evidence);
      } else {
        check('R-PORT-11', filed.outcome === 'received', {
          en: `${intake.name}: received as usual (${filed.outcome}, ${filed.intake ?? 'no intake'})`,
          vi: `${intake.nameVi}: được tiếp nhận như bình thường (${filed.outcome}, ${filed.intake ?? 'không tiếp nhận'})`,
        }, evidence);
      }
    }
  },
});
