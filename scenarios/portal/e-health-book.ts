import { BASIC_HEALTH_FIELDS } from '../../mocks/social-insurance/health.js';
import { defineScenario } from '../../src/scenario/types.js';
import { MockReader, PERSONA } from './_steps.js';

/** The e-health book the health sector writes, clinical fields included, and its update. */
const BOOK = { bloodGroup: 'O+', allergies: ['Penicillin'], chronicConditions: ['Tăng huyết áp'], lastCheckUp: '2026-05-10', vaccinations: [{ vaccine: 'Cúm mùa', date: '2025-10-01' }], diagnoses: ['I10'], prescriptions: ['Amlodipin 5mg'], clinicalNotes: 'Theo dõi huyết áp hằng tháng' };
const UPDATE = { ...BOOK, allergies: ['Penicillin', 'Hải sản'], lastCheckUp: '2026-06-01' };

interface Coverage {
  readonly records: number;
  readonly pushed: number;
  readonly share: number;
}

/**
 * R-PORT-15: the basic fields of the e-health book are shown on VNeID. The health sector (the social-insurance mock,
 * driven here) writes a citizen's book with clinical fields; only the agreed basic fields must reach VNeID, and the
 * system, reading the book with the citizen's consent, must show them and then the update. The coverage the mock
 * counts is reported.
 */
export default defineScenario({
  id: 'portal/e-health-book',
  title: {
    en: 'Only the basic fields of the e-health book reach VNeID, and the system shows them and their updates',
    vi: 'Chỉ các trường thông tin cơ bản của sổ sức khỏe điện tử được đưa lên VNeID; hệ thống hiển thị các trường đó và các lần cập nhật',
  },
  requirements: ['R-PORT-15'],
  tags: ['portal', 'vneid', 'health'],
  async run({ sut, mocks, check, note }) {
    const reader = new MockReader(mocks);
    const basic = new Set<string>(BASIC_HEALTH_FIELDS);
    for (const [name, book, nameVi] of [['the book', BOOK, 'sổ sức khỏe điện tử'], ['the updated book', UPDATE, 'sổ sức khỏe điện tử sau khi cập nhật']] as const) {
      const written = await reader.call('PUT', `/social-insurance/v1/health-records/${PERSONA.level2}`, book);
      const pushed = mocks.harness.world.events({ kind: 'wallet.document.issued', personalId: PERSONA.level2 }).at(-1);
      const fields = Object.keys((pushed?.data.document as { fields?: Record<string, string> } | undefined)?.fields ?? {});
      // What the health-record source pushed is the mocks' doing, not the system's: reported, not judged.
      note('R-PORT-15', {
        en: `${name}: the social-insurance mock pushed ${written.status === 200 ? 'these fields' : 'nothing'} to VNeID: ${fields.join(', ') || 'none'} (harness assumption: which fields are basic)`,
        vi: `${nameVi}: mô phỏng BHXH đã đưa lên VNeID ${written.status === 200 ? 'các trường' : 'không trường nào'}: ${fields.join(', ') || 'không có'} (giả định của bộ kiểm thử: những trường nào là trường cơ bản)`,
      }, { data: { written: written.body, pushed: pushed?.data } });
      const shown = await sut.call('readHealthBook', { personalId: PERSONA.level2 });
      const expected = { allergies: book.allergies.join('; '), lastCheckUp: book.lastCheckUp };
      const wrong = Object.entries(expected).filter(([k, v]) => shown.fields[k] !== v);
      check('R-PORT-15', shown.outcome === 'shown' && wrong.length === 0, {
        en: `${name}: the system shows what VNeID holds (${wrong.map(([k, v]) => `${k}: ${shown.fields[k] ?? 'absent'}, VNeID ${v}`).join('; ') || 'allergies and last check-up as pushed'})`,
        vi: `${nameVi}: hệ thống hiển thị đúng dữ liệu VNeID đang lưu (${wrong.map(([k, v]) => `${k}: ${shown.fields[k] ?? 'không có'}, VNeID ${v}`).join('; ') || 'dị ứng và lần khám gần nhất đúng như dữ liệu đã đưa lên'})`,
      }, { data: shown });
      check('R-PORT-15', Object.keys(shown.fields).every((f) => basic.has(f)), { en: `${name}: the system shows no clinical field (${Object.keys(shown.fields).join(', ')})`, vi: `${nameVi}: hệ thống không hiển thị trường thông tin lâm sàng nào (${Object.keys(shown.fields).join(', ')})` }, { data: shown });
    }
    const coverage = await reader.get<Coverage>('/social-insurance/v1/health-records/coverage');
    note('R-PORT-15', {
      en: `coverage: ${coverage.body.pushed} of ${coverage.body.records} e-health books shown on VNeID (${Math.round(coverage.body.share * 100)}%; target 70%)`,
      vi: `tỷ lệ bao phủ: ${coverage.body.pushed} trên ${coverage.body.records} sổ sức khỏe điện tử được hiển thị trên VNeID (${Math.round(coverage.body.share * 100)}%; mục tiêu 70%)`,
    }, { data: coverage.body });
  },
});
