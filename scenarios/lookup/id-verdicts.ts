import type { StimulusInput, StimulusOutput } from '../../src/scenario/sut/types.js';
import { defineScenario } from '../../src/scenario/types.js';

/** One persona's lookup and what the NPD's data says the system must answer. */
interface LookupCase {
  readonly persona: string;
  /** `persona` in Vietnamese, for the report in `--lang vi`. */
  readonly personaVi: string;
  readonly id: string;
  readonly outcome: StimulusOutput<'lookupCitizen'>['outcome'];
  readonly fullName?: string;
  readonly dateOfBirth?: string;
}

/** One verification (ID, name, date of birth as a customer gave them) and the verdict and per-field answers expected. */
interface VerifyCase {
  readonly persona: string;
  /** `persona` in Vietnamese, for the report in `--lang vi`. */
  readonly personaVi: string;
  readonly given: StimulusInput<'verifyCitizen'>;
  readonly outcome: StimulusOutput<'verifyCitizen'>['outcome'];
  readonly mismatched?: readonly string[];
}

const LOOKUPS: readonly LookupCase[] = [
  { persona: 'ordinary adult', personaVi: 'người trưởng thành thông thường', id: '001085999001', outcome: 'found', fullName: 'Nguyễn Văn An', dateOfBirth: '1985-04-12' },
  { persona: 'rare letters', personaVi: 'họ tên có chữ hiếm', id: '046179999011', outcome: 'found', fullName: 'Ưng Thị Ngọc Ỷ', dateOfBirth: '1979-05-05' },
  { persona: 'unknown ID', personaVi: 'số định danh không có trong CSDLQG về dân cư', id: '001190999004', outcome: 'not-found' },
  { persona: 'deceased', personaVi: 'người đã mất', id: '038050999003', outcome: 'deceased', fullName: 'Lê Văn Bình' },
  { persona: 'revoked ID', personaVi: 'số định danh đã bị thu hồi', id: '079188999005', outcome: 'refused' },
  { persona: 'two records', personaVi: 'một số định danh có hai bản ghi', id: '040092999006', outcome: 'refused' },
];

const VERIFICATIONS: readonly VerifyCase[] = [
  { persona: 'ordinary adult, all correct', personaVi: 'người trưởng thành thông thường, mọi thông tin đều đúng', given: { personalId: '001085999001', fullName: 'Nguyễn Văn An', dateOfBirth: '1985-04-12' }, outcome: 'verified' },
  { persona: 'ordinary adult, wrong date of birth', personaVi: 'người trưởng thành thông thường, sai ngày sinh', given: { personalId: '001085999001', fullName: 'Nguyễn Văn An', dateOfBirth: '1985-04-21' }, outcome: 'mismatch', mismatched: ['NgayThangNamSinh'] },
  { persona: 'ordinary adult, a changed tone mark', personaVi: 'người trưởng thành thông thường, sai một dấu thanh', given: { personalId: '001085999001', fullName: 'Nguyễn Văn Ân', dateOfBirth: '1985-04-12' }, outcome: 'mismatch', mismatched: ['HoVaTen'] },
  { persona: 'unknown ID', personaVi: 'số định danh không có trong CSDLQG về dân cư', given: { personalId: '001190999004', fullName: 'Phạm Thị Không', dateOfBirth: '1990-01-01' }, outcome: 'not-found' },
  { persona: 'deceased', personaVi: 'người đã mất', given: { personalId: '038050999003', fullName: 'Lê Văn Bình', dateOfBirth: '1950-08-20' }, outcome: 'deceased' },
];

function lookupRight(c: LookupCase, got: StimulusOutput<'lookupCitizen'>): boolean {
  return got.outcome === c.outcome && (c.fullName === undefined || got.fullName === c.fullName) && (c.dateOfBirth === undefined || got.dateOfBirth === c.dateOfBirth);
}

/** The fields answered `mismatch`, sorted. */
const mismatches = (got: StimulusOutput<'verifyCitizen'>): string[] => Object.keys(got.fields).filter((f) => got.fields[f] === 'mismatch').sort();

function verifyRight(c: VerifyCase, got: StimulusOutput<'verifyCitizen'>): boolean {
  return got.outcome === c.outcome && (c.mismatched === undefined || mismatches(got).join() === [...c.mismatched].sort().join());
}

/**
 * R-LOOK-4: lookup by personal ID and verification of ID + name + date of birth (harness assumption: these are the
 * verified fields) give the verdict the NPD's data supports, for the personas: found (with the NFC name and the date of
 * birth), not found, deceased, an ID the NPD will not serve (revoked, two records), and per-field mismatches.
 */
export default defineScenario({
  id: 'lookup/id-verdicts',
  title: {
    en: 'Lookup by ID and verification give the right verdicts: found, not found, deceased, refused, mismatch per field',
    vi: 'Tra cứu theo số định danh và xác thực thông tin cho kết quả đúng: tìm thấy, không tìm thấy, đã mất, từ chối, không khớp theo từng trường',
  },
  requirements: ['R-LOOK-4'],
  tags: ['npd', 'personas'],
  async run({ sut, mocks, check }) {
    const { journal } = mocks.harness;
    for (const c of LOOKUPS) {
      const since = journal.mark;
      const got = await sut.call('lookupCitizen', { id: c.id });
      const expected = [c.outcome, c.fullName, c.dateOfBirth].filter(Boolean).join(', ');
      const gotText = `${got.outcome}${got.fullName ? `, ${got.fullName}` : ''}${got.dateOfBirth ? `, ${got.dateOfBirth}` : ''}`;
      const message = { en: `lookup of the ${c.persona} persona (${c.id}): expected ${expected}; got ${gotText}`, vi: `tra cứu trường hợp "${c.personaVi}" (${c.id}): mong đợi ${expected}; thực tế ${gotText}` };
      check('R-LOOK-4', lookupRight(c, got), message, {
        data: got,
        journal: journal.list({ route: 'npd.lookup', sinceSeq: since }),
      });
    }
    for (const c of VERIFICATIONS) {
      const since = journal.mark;
      const got = await sut.call('verifyCitizen', c.given);
      const expected = `${c.outcome}${c.mismatched ? ` (${c.mismatched.join(', ')} mismatch)` : ''}`;
      const expectedVi = `${c.outcome}${c.mismatched ? ` (${c.mismatched.join(', ')} không khớp)` : ''}`;
      const message = {
        en: `harness assumption (ID + name + date of birth verified): verification of the ${c.persona}: expected ${expected}; got ${got.outcome} (${mismatches(got).join(', ') || 'no'} mismatch)`,
        vi: `giả định của bộ kiểm thử (xác thực số định danh + họ tên + ngày sinh): xác thực trường hợp "${c.personaVi}": mong đợi ${expectedVi}; thực tế ${got.outcome} (trường không khớp: ${mismatches(got).join(', ') || 'không có'})`,
      };
      check('R-LOOK-4', verifyRight(c, got), message, {
        data: { given: c.given, got },
        journal: journal.list({ route: 'npd.verify', sinceSeq: since }),
      });
    }
  },
});
