import type { StimulusOutput } from '../../src/scenario/sut/types.js';
import { defineScenario } from '../../src/scenario/types.js';

/** The ordinary adult as the NPD holds them, and the same customer's details as a bank clerk mistyped them. */
const HELD = { personalId: '001085999001', fullName: 'Nguyễn Văn An', dateOfBirth: '1985-04-12' };
const MISTYPED = { personalId: HELD.personalId, fullName: 'Nguyễn Văn Ân', dateOfBirth: '1985-12-04' };
/** The NPD's values as they might be written in an answer: the name and the date of birth in the usual formats. */
const HELD_VALUES = [HELD.fullName, HELD.dateOfBirth, '19850412', '12/04/1985'];
/** The fields a verification may answer about: those the caller gave. */
const GIVEN_FIELDS = ['SoDinhDanh', 'HoVaTen', 'NgayThangNamSinh'];

/** What an answer discloses beyond verdicts: fields not asked about, and the NPD's values it quotes. */
function disclosed(answer: StimulusOutput<'verifyCitizen'>): { fieldsNotAsked: string[]; valuesQuoted: string[] } {
  const text = JSON.stringify(answer).normalize('NFC');
  return { fieldsNotAsked: Object.keys(answer.fields).filter((f) => !GIVEN_FIELDS.includes(f)), valuesQuoted: HELD_VALUES.filter((v) => text.includes(v)) };
}

/**
 * R-LOOK-5 (derived: the duty is MPS's and the State Bank's): for a bank-style caller, verification answers match or
 * mismatch per field and discloses nothing else. The system verifies a customer's details twice, right and mistyped; the
 * answers give a verdict per field given, never the NPD's values, and the journal shows the verification service was
 * used, not a read of the citizen's record.
 */
export default defineScenario({
  id: 'lookup/bank-verification',
  title: {
    en: 'Bank-style verification answers match/mismatch per field and discloses no personal data',
    vi: 'Xác thực kiểu ngân hàng chỉ trả lời khớp/không khớp theo từng trường và không để lộ dữ liệu cá nhân',
  },
  requirements: ['R-LOOK-5'],
  tags: ['npd', 'bank', 'privacy'],
  async run({ sut, mocks, check }) {
    const since = mocks.harness.journal.mark;
    const right = await sut.call('verifyCitizen', HELD);
    const wrong = await sut.call('verifyCitizen', MISTYPED);
    const seen = mocks.harness.journal.list({ system: 'npd', sinceSeq: since }).filter((e) => e.route !== 'npd.token');

    const perField = (a: StimulusOutput<'verifyCitizen'>, verdict: 'match' | 'mismatch', fields: readonly string[]): boolean => fields.every((f) => a.fields[f] === verdict);
    check('R-LOOK-5', right.outcome === 'verified' && perField(right, 'match', GIVEN_FIELDS), {
      en: `derived: the right details are verified field by field (${right.outcome}: ${JSON.stringify(right.fields)})`,
      vi: `do bộ kiểm thử suy ra: thông tin đúng được xác thực khớp theo từng trường (${right.outcome}: ${JSON.stringify(right.fields)})`,
    }, { data: right });
    check(
      'R-LOOK-5',
      wrong.outcome === 'mismatch' && perField(wrong, 'mismatch', ['HoVaTen', 'NgayThangNamSinh']) && wrong.fields.SoDinhDanh === 'match',
      {
        en: `derived: the mistyped name and date of birth are each answered mismatch (${wrong.outcome}: ${JSON.stringify(wrong.fields)})`,
        vi: `do bộ kiểm thử suy ra: họ tên và ngày sinh nhập sai đều được trả lời là không khớp (${wrong.outcome}: ${JSON.stringify(wrong.fields)})`,
      },
      { data: wrong },
    );
    const leaks = [right, wrong].map(disclosed);
    const leaked = leaks.flatMap((l) => [...l.fieldsNotAsked, ...l.valuesQuoted]);
    check('R-LOOK-5', leaked.length === 0, {
      en: `derived: the answers disclose no personal data beyond the verdicts (disclosed: ${leaked.join(', ') || 'nothing'})`,
      vi: `do bộ kiểm thử suy ra: kết quả trả về không để lộ dữ liệu cá nhân nào ngoài kết luận khớp/không khớp (đã để lộ: ${leaked.join(', ') || 'không có'})`,
    }, { data: { answers: [right, wrong], leaks } });
    const reads = seen.filter((e) => e.route !== 'npd.verify');
    const readRoutes = [...new Set(reads.map((e) => e.route))].join(', ');
    check(
      'R-LOOK-5',
      reads.length === 0 && seen.length > 0,
      {
        en: `derived: verified through the verification service only (${reads.length} reads of the citizen's record: ${readRoutes || 'none'})`,
        vi: `do bộ kiểm thử suy ra: chỉ xác thực qua dịch vụ xác thực (${reads.length} lần đọc bản ghi của công dân: ${readRoutes || 'không có'})`,
      },
      { journal: seen },
    );
  },
});
