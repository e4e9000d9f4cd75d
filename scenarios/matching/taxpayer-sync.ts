import { LEGACY_CODE_FIXTURES, UNKNOWN_LEGACY_CODE } from '../../mocks/tax/index.js';
import type { Citizen } from '../../src/contract/citizen.js';
import type { PopulationIndex } from '../../src/population/population-index.js';
import type { StimulusOutput } from '../../src/scenario/sut/types.js';
import { toTcvn3 } from '../../src/text/legacy-encodings.js';
import { defineScenario } from '../../src/scenario/types.js';

type TaxResult = StimulusOutput<'syncTaxpayers'>['results'][number];

const vnDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const fixture = (name: string): (typeof LEGACY_CODE_FIXTURES)[number] => LEGACY_CODE_FIXTURES.find((f) => f.case.includes(name))!;

/** Living adult taxpayers of the population with an old 10-digit code, and some with the personal ID as tax code only. */
function taxpayers(population: PopulationIndex): { withOldCode: Citizen[]; withIdOnly: Citizen[] } {
  const withOldCode: Citizen[] = [];
  const withIdOnly: Citizen[] = [];
  for (let i = 0; i < population.size && (withOldCode.length < 6 || withIdOnly.length < 2); i++) {
    const c = population.at(i);
    if (c.dateOfDeath !== null || c.taxCode === null) continue;
    if (c.legacyTaxCode !== null) withOldCode.push(c);
    else withIdOnly.push(c);
  }
  return { withOldCode, withIdOnly };
}

/**
 * R-MATCH-7: tax records, mostly under old 10-digit codes, are synchronised with the NPD. Each clean taxpayer gets
 * their one personal ID (names in TCVN3 and dd/MM/yyyy dates notwithstanding); the conflicts of the tax fixtures (one
 * ID with two codes, one code with two IDs, a deceased taxpayer), a code whose record names another person's ID, and
 * one taxpayer present twice in the batch (old code and personal ID) are reported with everything involved, not merged.
 */
export default defineScenario({
  id: 'matching/taxpayer-sync',
  title: {
    en: 'Synchronises tax records with the NPD: one personal ID per taxpayer, conflicts reported, not merged',
    vi: 'Đồng bộ dữ liệu thuế với CSDLQG về dân cư: mỗi người nộp thuế ứng với một số định danh cá nhân, xung đột được báo cáo, không bị gộp',
  },
  requirements: ['R-MATCH-7'],
  tags: ['tax', 'npd', 'conflicts'],
  async run({ sut, mocks, check }) {
    const { withOldCode, withIdOnly } = taxpayers(mocks.harness.population);
    const [p1, p2, p3, mismatchedId, twice] = withOldCode;
    const [byId, other] = withIdOnly;
    const clean = fixture('clean');
    const [hung1, hung2] = LEGACY_CODE_FIXTURES.filter((f) => f.case.startsWith('two codes'));
    const shared = fixture('one code, two IDs');
    const dead = fixture('deceased');
    const records = [
      { MST: clean.code, HoVaTen: 'Nguyễn Văn An' },
      { MST: hung1!.code, HoVaTen: 'Đỗ Mạnh Hùng' },
      { MST: hung2!.code, HoVaTen: 'Đỗ Mạnh Hùng' },
      { MST: shared.code, HoVaTen: 'Trương Thị Mai' },
      { MST: dead.code, HoVaTen: 'Lê Văn Bình' },
      { MST: UNKNOWN_LEGACY_CODE, HoVaTen: 'Nguyễn Văn Tư' },
      { MST: p1!.legacyTaxCode!, HoVaTen: toTcvn3(p1!.fullName), NgayThangNamSinh: vnDate(p1!.dateOfBirth) },
      { MST: p2!.legacyTaxCode!, HoVaTen: p2!.fullName, NgayThangNamSinh: p2!.dateOfBirth },
      { MST: p3!.legacyTaxCode!, HoVaTen: p3!.fullName.toLocaleUpperCase('vi') },
      { MST: byId!.personalId, HoVaTen: byId!.fullName },
      { MST: mismatchedId!.legacyTaxCode!, HoVaTen: mismatchedId!.fullName, SoDinhDanh: other!.personalId },
      { MST: twice!.legacyTaxCode!, HoVaTen: twice!.fullName },
      { MST: twice!.personalId, HoVaTen: twice!.fullName },
    ];
    const since = mocks.harness.journal.mark;
    const { results } = await sut.call('syncTaxpayers', { records });
    const calls = mocks.harness.journal.list({ route: 'tax.match', sinceSeq: since });
    const at = (i: number): TaxResult | undefined => results[i];
    const show = (...lines: number[]): unknown => lines.map((i) => ({ given: records[i], result: results[i] ?? null }));

    check('R-MATCH-7', calls.some((e) => e.response.status === 200) && results.length === records.length, {
      en: `the records were matched through the tax authority’s service, one result each (${results.length} of ${records.length})`,
      vi: `các bản ghi được đối soát qua dịch vụ của cơ quan thuế, mỗi bản ghi một kết quả (${results.length} trên ${records.length})`,
    }, { journal: calls });

    const resolved = [[0, clean.personalId], [6, p1!.personalId], [7, p2!.personalId], [8, p3!.personalId], [9, byId!.personalId]] as const;
    const wrong = resolved.filter(([i, id]) => at(i)?.verdict !== 'matched' || at(i)?.personalId !== id);
    check('R-MATCH-7', wrong.length === 0, {
      en: `each clean taxpayer is synchronised to their one personal ID, old codes resolved (${wrong.length} of ${resolved.length} not)`,
      vi: `mỗi người nộp thuế không có xung đột được đồng bộ về đúng số định danh cá nhân duy nhất của mình, mã số thuế cũ được quy đổi (${wrong.length} trên ${resolved.length} chưa đạt)`,
    }, { data: show(...resolved.map(([i]) => i)) });

    const isConflict = (r: TaxResult | undefined, kind: string): boolean => r?.verdict === 'conflict' && r.conflict?.kind === kind && r.personalId === undefined;
    check(
      'R-MATCH-7',
      [1, 2].every((i) => isConflict(at(i), 'two-codes-one-id') && [hung1!.code, hung2!.code].every((c) => at(i)!.conflict!.codes.includes(c))),
      {
        en: `one ID with two codes is reported as a conflict naming both codes, not merged (${at(1)?.verdict}, ${at(2)?.verdict})`,
        vi: `một số định danh có hai mã số thuế được báo cáo là xung đột, nêu cả hai mã, không bị gộp (${at(1)?.verdict}, ${at(2)?.verdict})`,
      },
      { data: show(1, 2) },
    );
    const bothIds = LEGACY_CODE_FIXTURES.filter((f) => f.code === shared.code).map((f) => f.personalId);
    check('R-MATCH-7', isConflict(at(3), 'one-code-two-ids') && bothIds.every((id) => at(3)!.conflict!.personalIds.includes(id)), {
      en: `one code with two IDs is reported naming both, with no ID picked (${at(3)?.verdict}: ${at(3)?.personalId ?? 'no ID'})`,
      vi: `một mã số thuế ứng với hai số định danh được báo cáo, nêu cả hai, không tự chọn số định danh nào (${at(3)?.verdict}: ${at(3)?.personalId ?? 'không có số định danh'})`,
    }, { data: show(3) });
    check('R-MATCH-7', at(4)?.verdict === 'deceased' && at(4)?.NgayMat === '2024-11-02', { en: `a deceased taxpayer is reported as deceased (${at(4)?.verdict})`, vi: `người nộp thuế đã mất được báo cáo là đã mất (${at(4)?.verdict})` }, { data: show(4) });
    check('R-MATCH-7', at(5)?.verdict === 'not-found', { en: `an old code linked to nobody is reported (${at(5)?.verdict})`, vi: `mã số thuế cũ không gắn với ai được báo cáo (${at(5)?.verdict})` }, { data: show(5) });
    check('R-MATCH-7', isConflict(at(10), 'code-id-mismatch'), {
      en: `a code whose record names another person’s ID is reported, not synchronised to either (${at(10)?.verdict}: ${at(10)?.personalId ?? 'no ID'})`,
      vi: `mã số thuế có bản ghi ghi số định danh của người khác được báo cáo, không đồng bộ về người nào (${at(10)?.verdict}: ${at(10)?.personalId ?? 'không có số định danh'})`,
    }, { data: show(10) });
    check('R-MATCH-7', [11, 12].every((i) => at(i)?.verdict === 'conflict' && at(i)?.personalId === undefined), {
      en: `one taxpayer present twice in the batch (old code and personal ID) is reported, not merged (${at(11)?.verdict}, ${at(12)?.verdict})`,
      vi: `một người nộp thuế xuất hiện hai lần trong lô (mã số thuế cũ và số định danh cá nhân) được báo cáo, không bị gộp (${at(11)?.verdict}, ${at(12)?.verdict})`,
    }, { data: show(11, 12) });
  },
});
