import { canonicalOf, dataset, matchBatch, RESOLVED_VERDICTS, scoreVerdicts, sectorBatch, type Expectation } from '../../src/scenario/sut/reference/matching-fixtures.js';
import type { MatchResult } from '../../src/scenario/sut/stimuli/matching.js';
import { defineScenario } from '../../src/scenario/types.js';

/** Records in the batch: a few hundred, enough for every class of verdict to appear. */
const RECORDS = 400;
/** Least precision and recall of each verdict class, and least accuracy overall. */
const CLASS_FLOOR = 0.9;
const ACCURACY_FLOOR = 0.95;

/** Where a result's values differ from what the NPD holds about the record's person; empty when they agree. */
function wrongValues(e: Expectation, r: MatchResult): string[] {
  const npd = canonicalOf(e.citizen!);
  const wrong: string[] = [];
  if (r.personalId !== npd.SoDinhDanh) wrong.push(`personalId ${r.personalId ?? 'none'}, expected ${npd.SoDinhDanh}`);
  for (const [field, value] of Object.entries(r.canonical ?? {})) if (value !== npd[field]) wrong.push(`canonical ${field} ${value}, the NPD holds ${npd[field]}`);
  if (e.verdict === 'mismatched' && Object.keys(r.canonical ?? {}).length === 0) wrong.push('mismatched without canonical values');
  if (e.verdict === 'deceased' && r.NgayMat !== e.citizen!.dateOfDeath) wrong.push(`NgayMat ${r.NgayMat ?? 'none'}, died on ${e.citizen!.dateOfDeath}`);
  return wrong;
}

/**
 * R-MATCH-1: a bank's batch of 400 `adversarial` records (wrong digits, old IDs, TCVN3/VNI/NFD names, lost diacritics,
 * typos, swapped days and months, missing fields, the dead, repeats) is matched; every record gets the verdict its
 * ground truth calls for (precision and recall per class in the evidence) with the canonical values, through the
 * NPD's batch API.
 */
export default defineScenario({
  id: 'matching/adversarial-verdicts',
  title: {
    en: 'Gives at least 95% of the records of an adversarial batch the right verdict (each class at least 0.9), with the NPD’s canonical values',
    vi: 'Trả đúng kết quả cho ít nhất 95% bản ghi của một lô dữ liệu lỗi khó (adversarial; mỗi loại kết quả từ 0,9 trở lên), kèm giá trị chuẩn theo CSDLQG về dân cư',
  },
  requirements: ['R-MATCH-1'],
  tags: ['npd', 'batch', 'dirty-data'],
  async run({ sut, mocks, check, note }) {
    const { harness } = mocks;
    const batch = sectorBatch('bank', dataset(harness.population, 'adversarial', RECORDS), harness.world);
    const since = harness.journal.mark;
    const output = await matchBatch(sut, batch);
    const uploads = harness.journal.list({ route: 'npd.batch.records', sinceSeq: since });
    check('R-MATCH-1', uploads.some((e) => e.response.status === 200), { en: `the batch was matched through the NPD’s batch API (${uploads.length} upload(s))`, vi: `lô được đối soát qua API xử lý theo lô của CSDLQG về dân cư (${uploads.length} lần tải lên)` }, { journal: uploads });

    const scores = scoreVerdicts(batch.expected, output.results);
    note('R-MATCH-1', { en: `precision and recall per verdict, accuracy ${scores.accuracy}`, vi: `độ chính xác (precision) và độ bao phủ (recall) theo từng loại kết quả; tỷ lệ đúng chung (accuracy) ${scores.accuracy}` }, { data: scores.classes });
    check('R-MATCH-1', scores.unanswered.length === 0, { en: `every record got a verdict (${scores.unanswered.length} of ${RECORDS} without one)`, vi: `mọi bản ghi đều có kết quả (${scores.unanswered.length} trên ${RECORDS} bản ghi không có)` }, { data: { unanswered: scores.unanswered.slice(0, 20) } });
    const weak = scores.classes.filter((c) => c.expected > 0 && ((c.precision ?? 0) < CLASS_FLOOR || (c.recall ?? 0) < CLASS_FLOOR));
    const weakList = weak.map((c) => `${c.verdict} (${c.precision}/${c.recall})`).join(', ');
    check(
      'R-MATCH-1',
      weak.length === 0 && scores.accuracy >= ACCURACY_FLOOR,
      {
        en: `verdicts agree with the ground truth: accuracy ${scores.accuracy}; classes under ${CLASS_FLOOR} precision or recall: ${weakList || 'none'}`,
        vi: `kết quả khớp với dữ liệu gốc (ground truth): accuracy ${scores.accuracy}; các loại kết quả có precision hoặc recall dưới ${CLASS_FLOOR}: ${weakList || 'không có'}`,
      },
      { data: { classes: scores.classes, misses: scores.misses.slice(0, 30) } },
    );

    const byRef = new Map(output.results.map((r) => [r.ref, r]));
    const resolved = batch.expected.filter((e) => RESOLVED_VERDICTS.includes(e.verdict) && byRef.get(e.ref)?.verdict === e.verdict);
    const wrong = resolved.map((e) => ({ ref: e.ref, wrong: wrongValues(e, byRef.get(e.ref)!) })).filter((w) => w.wrong.length > 0);
    check('R-MATCH-1', wrong.length === 0, {
      en: `the personal ID, canonical values and date of death are the NPD’s (${wrong.length} of ${resolved.length} records differ)`,
      vi: `số định danh cá nhân, giá trị chuẩn và ngày mất đúng như CSDLQG về dân cư (${wrong.length} trên ${resolved.length} bản ghi sai khác)`,
    }, { data: wrong.slice(0, 20) });

    const duplicates = batch.expected.filter((e) => e.verdict === 'duplicate');
    const misplaced = duplicates.filter((e) => byRef.get(e.ref)?.duplicateOf !== e.duplicateOf).map((e) => ({ ref: e.ref, expected: e.duplicateOf, reported: byRef.get(e.ref)?.duplicateOf ?? null }));
    check('R-MATCH-1', duplicates.length > 0 && misplaced.length === 0, { en: `each repeat names the record it repeats (${misplaced.length} of ${duplicates.length} wrong)`, vi: `mỗi bản ghi lặp nêu đúng bản ghi mà nó lặp lại (${misplaced.length} trên ${duplicates.length} sai)` }, { data: misplaced });
  },
});
