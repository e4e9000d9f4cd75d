import { profileSpecs } from '../../src/generator/dataset.js';
import { dataset, matchBatch, sectorBatch } from '../../src/scenario/sut/reference/matching-fixtures.js';
import { defineScenario } from '../../src/scenario/types.js';

/** Records in the sample: enough for the rate to settle within a point or two. */
const RECORDS = 2000;
/** BC2060 I.2(5): 572,994,824 of 819,323,398 requests matched in 2022. */
const PUBLISHED_PERCENT = 69.9;

const percent = (part: number, whole: number): number => Math.round((part / whole) * 1000) / 10;

/**
 * R-MATCH-5 (calibration, never pass/fail): a sample of the `realistic` dirty-data profile, calibrated to the 2022
 * national rate, is matched; the report shows the exact-match rate the system observed (records matched as given,
 * nothing tidied) beside the published 69.9%, with the rate after the system's tidying and the profile's own share of
 * untouched records for comparison.
 */
export default defineScenario({
  id: 'matching/realistic-rate',
  title: {
    en: 'Reports the exact-match rate of the realistic profile beside the published 69.9%',
    vi: 'Báo cáo tỷ lệ khớp chính xác của bộ dữ liệu lỗi "realistic" bên cạnh tỷ lệ 69,9% đã công bố',
  },
  requirements: ['R-MATCH-5'],
  tags: ['npd', 'batch', 'calibration'],
  async run({ sut, mocks, figure, note }) {
    const { harness } = mocks;
    const entries = dataset(harness.population, 'realistic', RECORDS);
    const batch = sectorBatch('bank', entries, harness.world);
    const output = await matchBatch(sut, batch);
    const total = batch.records.length;
    const exact = output.results.filter((r) => r.verdict === 'matched' && r.normalised.length === 0).length;
    const afterTidying = output.results.filter((r) => r.verdict === 'matched' || r.verdict === 'resolved-from-legacy-id').length;
    const untouched = entries.filter((e) => e.truth.corruptions.length === 0).length;
    figure('R-MATCH-5', { en: 'exact-match rate observed by the system (matched as given, nothing tidied)', vi: 'tỷ lệ khớp đúng hệ thống quan sát được (khớp nguyên trạng, chưa làm sạch)' }, percent(exact, total), PUBLISHED_PERCENT, '%');
    figure('R-MATCH-5', { en: 'match rate after the system’s tidying (matched or resolved from an old ID)', vi: 'tỷ lệ khớp sau khi hệ thống làm sạch (khớp hoặc xác định qua số CMND cũ)' }, percent(afterTidying, total), PUBLISHED_PERCENT, '%');
    const untouchedPercent = percent(untouched, total);
    const targetPercent = (profileSpecs.realistic.clean * 100).toFixed(1);
    note(
      'R-MATCH-5',
      {
        en: `the profile left ${untouchedPercent}% of ${total} records untouched (target ${targetPercent}%); the exact rate also counts records whose only fault lies in a field a bank does not send (the address) or is a missing field, and leaves out the dead`,
        vi: `bộ dữ liệu lỗi giữ nguyên ${untouchedPercent}% trên ${total} bản ghi (mục tiêu ${targetPercent}%); tỷ lệ khớp chính xác còn tính cả các bản ghi chỉ có lỗi ở trường mà ngân hàng không gửi (địa chỉ) hoặc chỉ thiếu một trường, và không tính người đã mất`,
      },
      { data: { records: total, exact, afterTidying, untouched } },
    );
  },
});
