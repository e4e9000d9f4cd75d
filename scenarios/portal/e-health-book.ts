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
  title: 'Only the basic fields of the e-health book reach VNeID, and the system shows them and their updates',
  requirements: ['R-PORT-15'],
  tags: ['portal', 'vneid', 'health'],
  async run({ sut, mocks, check, note }) {
    const reader = new MockReader(mocks);
    const basic = new Set<string>(BASIC_HEALTH_FIELDS);
    for (const [name, book] of [['the book', BOOK], ['the updated book', UPDATE]] as const) {
      const written = await reader.call('PUT', `/social-insurance/v1/health-records/${PERSONA.level2}`, book);
      const pushed = mocks.harness.world.events({ kind: 'wallet.document.issued', personalId: PERSONA.level2 }).at(-1);
      const fields = Object.keys((pushed?.data.document as { fields?: Record<string, string> } | undefined)?.fields ?? {});
      check('R-PORT-15', written.status === 200 && fields.length > 0 && fields.every((f) => basic.has(f)), `${name}: VNeID received only basic fields (${fields.join(', ') || 'nothing'}; harness assumption: which fields are basic)`, { data: { written: written.body, pushed: pushed?.data } });
      const shown = await sut.call('readHealthBook', { personalId: PERSONA.level2 });
      const expected = { allergies: book.allergies.join('; '), lastCheckUp: book.lastCheckUp };
      const wrong = Object.entries(expected).filter(([k, v]) => shown.fields[k] !== v);
      check('R-PORT-15', shown.outcome === 'shown' && wrong.length === 0, `${name}: the system shows what VNeID holds (${wrong.map(([k, v]) => `${k}: ${shown.fields[k] ?? 'absent'}, VNeID ${v}`).join('; ') || 'allergies and last check-up as pushed'})`, { data: shown });
      check('R-PORT-15', Object.keys(shown.fields).every((f) => basic.has(f)), `${name}: the system shows no clinical field (${Object.keys(shown.fields).join(', ')})`, { data: shown });
    }
    const coverage = await reader.get<Coverage>('/social-insurance/v1/health-records/coverage');
    note('R-PORT-15', `coverage: ${coverage.body.pushed} of ${coverage.body.records} e-health books shown on VNeID (${Math.round(coverage.body.share * 100)}%; target 70%)`, { data: coverage.body });
  },
});
