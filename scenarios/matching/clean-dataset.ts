import type { Harness } from '../../src/mock/harness.js';
import { dataset, matchBatch, scoreRubric, sectorBatch, type Rubric } from '../../src/scenario/sut/reference/matching-fixtures.js';
import { defineScenario } from '../../src/scenario/types.js';

const RECORDS = 300;
/** Least share of records that must pass each of the four scores. */
const FLOOR = 0.98;
/** The date the scenario records recent deaths on (the harness clock starts on 2026-06-01). */
const RECENT_DEATH = '2026-05-20';

/** The four words, with what each means in English and in Vietnamese. */
const WORDS: readonly { key: keyof Rubric; word: string; meaning: string; meaningVi: string }[] = [
  { key: 'correct', word: 'đúng', meaning: 'correct: the NPD’s ID, name, date of birth and sex', meaningVi: 'số định danh, họ tên, ngày sinh và giới tính đúng như CSDLQG về dân cư' },
  { key: 'complete', word: 'đủ', meaning: 'complete: a result for every record, every field the sector keeps', meaningVi: 'bản ghi nào cũng có kết quả, có đủ mọi trường mà ngành lưu giữ' },
  { key: 'clean', word: 'sạch', meaning: 'clean: well-formed, no person twice', meaningVi: 'đúng định dạng, không có người nào xuất hiện hai lần' },
  { key: 'live', word: 'sống', meaning: 'live: deaths marked, current ID and address', meaningVi: 'người đã mất được đánh dấu, số định danh và địa chỉ là hiện hành' },
];

/**
 * Changes the NPD the way the days before a clean-up do: two people of the batch die and two move house, so only a
 * system that reads the NPD's current state gets them right. Returns who died and who moved.
 */
function changeTheWorld(harness: Harness, livingIds: readonly string[]): { died: string[]; moved: string[] } {
  const [dead1, dead2, mover1, mover2] = livingIds;
  const died = [dead1!, dead2!];
  const moved = [mover1!, mover2!];
  for (const id of died) harness.world.recordDeath('civil-status', id, RECENT_DEATH);
  // Each mover takes the other's address: a real ward, different from their own.
  const [a, b] = moved.map((id) => harness.world.citizen(id)!.permanentAddress);
  harness.world.registerResidence('residence', moved[0]!, { ...b!, detail: `Số 12, ${b!.detail}` });
  harness.world.registerResidence('residence', moved[1]!, { ...a!, detail: `Số 7, ${a!.detail}` });
  return { died, moved };
}

/**
 * R-MATCH-4: a social-insurance dataset of 300 `adversarial` records is cleaned, after two of its people died and two
 * moved in the NPD; the cleaned output is scored on the four words "đúng, đủ, sạch, sống" (harness assumption: the
 * four-way rubric; the sources do not define the words), each at least 98%, with every failing record in the evidence.
 */
export default defineScenario({
  id: 'matching/clean-dataset-rubric',
  title: {
    en: 'Cleans a sector dataset so it is correct, complete, clean and live ("đúng, đủ, sạch, sống")',
    vi: 'Làm sạch tập dữ liệu của ngành để dữ liệu "đúng, đủ, sạch, sống"',
  },
  requirements: ['R-MATCH-4'],
  tags: ['npd', 'batch', 'dirty-data', 'world'],
  async run({ sut, mocks, check, note }) {
    const { harness } = mocks;
    const entries = dataset(harness.population, 'adversarial', RECORDS);
    const before = sectorBatch('social-security', entries, harness.world);
    const movable = before.expected.filter((e) => e.verdict === 'matched' && e.citizen!.permanentAddress.wardCode !== '00000').map((e) => e.citizen!.personalId);
    const changes = changeTheWorld(harness, [movable[0]!, movable[1]!, movable[10]!, movable[40]!]);
    note('R-MATCH-4', {
      en: `the NPD changed before the clean-up: ${changes.died.join(', ')} died; ${changes.moved.join(', ')} moved`,
      vi: `CSDLQG về dân cư thay đổi trước khi làm sạch: ${changes.died.join(', ')} đã mất; ${changes.moved.join(', ')} đã chuyển nơi ở`,
    }, { data: changes });

    const batch = sectorBatch('social-security', entries, harness.world);
    const output = await matchBatch(sut, batch);
    const rubric = scoreRubric(batch, output);
    note('R-MATCH-4', { en: 'the four scores (harness assumption: the four-way rubric)', vi: 'điểm theo bốn tiêu chí (giả định của bộ kiểm thử: cách chấm theo bốn tiêu chí)' }, { data: Object.fromEntries(WORDS.map(({ key }) => [key, { score: rubric[key].score, of: rubric[key].of, faults: rubric[key].faults.length }])) });
    for (const { key, word, meaning, meaningVi } of WORDS) {
      const score = rubric[key];
      check(
        'R-MATCH-4',
        score.score >= FLOOR,
        {
          en: `${word} (${meaning}): ${(score.score * 100).toFixed(1)}% of ${score.of} records (at least ${FLOOR * 100}% expected; harness assumption: the four-way rubric)`,
          vi: `${word} (${meaningVi}): ${(score.score * 100).toFixed(1)}% trên ${score.of} bản ghi (yêu cầu ít nhất ${FLOOR * 100}%; giả định của bộ kiểm thử: cách chấm theo bốn tiêu chí)`,
        },
        { data: { score: score.score, of: score.of, faults: score.faults.slice(0, 25) } },
      );
    }
    const recent = output.standardised.filter((r) => r.SoDinhDanh !== undefined && [...changes.died, ...changes.moved].includes(r.SoDinhDanh));
    check(
      'R-MATCH-4',
      changes.died.every((id) => recent.some((r) => r.SoDinhDanh === id && r.NgayMat === RECENT_DEATH)) && changes.moved.every((id) => recent.some((r) => r.SoDinhDanh === id && r.ThuongTru?.MaPhuongXa === harness.world.citizen(id)!.permanentAddress.wardCode && r.ThuongTru?.ChiTiet === harness.world.citizen(id)!.permanentAddress.detail)),
      {
        en: 'the deaths and moves recorded in the NPD just before the clean-up are in the cleaned data (harness assumption: the four-way rubric)',
        vi: 'các trường hợp qua đời và chuyển nơi ở được ghi nhận trong CSDLQG về dân cư ngay trước khi làm sạch đều có trong dữ liệu đã làm sạch (giả định của bộ kiểm thử: cách chấm theo bốn tiêu chí)',
      },
      { data: { changes, cleaned: recent } },
    );
  },
});
