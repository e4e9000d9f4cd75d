import type { StimulusOutput } from '../../src/scenario/sut/types.js';
import { defineScenario } from '../../src/scenario/types.js';

/** One tax lookup: the personal ID, the old code the citizen also wrote (if any), and the verdict expected. */
interface TaxCase {
  readonly who: string;
  /** `who` in Vietnamese, for the report in `--lang vi`. */
  readonly whoVi: string;
  readonly personalId: string;
  readonly taxCode?: string;
  readonly outcome: StimulusOutput<'lookupTaxpayer'>['outcome'];
  /** A conflict the tax register holds that the answer must report. */
  readonly reports?: string;
}

/** The tax mock's fixtures (mocks/tax/README.md): clean, two codes for one ID, one code for two IDs, deceased, a child. */
const CASES: readonly TaxCase[] = [
  { who: 'the ordinary adult, with their old code', whoVi: 'người trưởng thành thông thường, kèm mã số thuế cũ của mình', personalId: '001085999001', taxCode: '0100999000', outcome: 'found' },
  { who: 'the rare-letters persona, with an old code linked to two people', whoVi: 'trường hợp họ tên có chữ hiếm, kèm mã số thuế cũ gắn với hai người', personalId: '046179999011', taxCode: '4900999014', outcome: 'found', reports: 'one-code-two-ids' },
  { who: 'the old-ID persona, who holds two old codes', whoVi: 'trường hợp dùng số CMND cũ, có hai mã số thuế cũ', personalId: '001076999007', outcome: 'found', reports: 'two-codes-one-id' },
  { who: 'the deceased persona', whoVi: 'người đã mất', personalId: '038050999003', outcome: 'deceased' },
  { who: 'a child (not a taxpayer)', whoVi: 'trẻ em (không phải người nộp thuế)', personalId: '001322999002', outcome: 'not-a-taxpayer' },
];

/**
 * R-LOOK-7: a tax lookup keyed by the personal ID (the tax code since 1 July 2025) resolves the same person as the
 * NPD: the same ID, name and date of birth. An old 10-digit code the citizen also gives does not decide who they are
 * (one of them links to two people); the register's conflicts are reported, not resolved.
 */
export default defineScenario({
  id: 'lookup/tax-by-personal-id',
  title: {
    en: 'A tax lookup by personal ID resolves the same person as the NPD; old codes do not decide who it is',
    vi: 'Tra cứu thuế theo số định danh cá nhân ra đúng người như trong CSDLQG về dân cư; mã số thuế cũ không quyết định đó là ai',
  },
  requirements: ['R-LOOK-7'],
  tags: ['tax', 'npd'],
  async run({ sut, mocks, check }) {
    const { journal, world } = mocks.harness;
    for (const c of CASES) {
      const since = journal.mark;
      const got = await sut.call('lookupTaxpayer', { personalId: c.personalId, ...(c.taxCode ? { taxCode: c.taxCode } : {}) });
      const taxCalls = journal.list({ system: 'tax', sinceSeq: since });
      const evidence = { data: got, journal: taxCalls };
      check('R-LOOK-7', got.outcome === c.outcome, { en: `${c.who}: expected ${c.outcome}, got ${got.outcome} (${got.message})`, vi: `${c.whoVi}: mong đợi ${c.outcome}, thực tế ${got.outcome} (${got.message})` }, evidence);
      const byOtherKey = taxCalls.filter((e) => e.route !== 'tax.taxpayer' || !e.path.endsWith(`/${c.personalId}`));
      const otherKeys = byOtherKey.map((e) => e.path).join(', ');
      check(
        'R-LOOK-7',
        taxCalls.length > 0 && byOtherKey.length === 0,
        { en: `${c.who}: the tax register was asked by the personal ID only (${otherKeys || 'no other key'})`, vi: `${c.whoVi}: cơ sở dữ liệu thuế chỉ được tra cứu theo số định danh cá nhân (${otherKeys || 'không dùng khóa tra cứu nào khác'})` },
        evidence,
      );
      const npd = world.citizen(c.personalId);
      if (c.outcome === 'found' || c.outcome === 'deceased') {
        const same = got.personalId === c.personalId && got.fullName === npd?.fullName && got.dateOfBirth === npd?.dateOfBirth;
        const answered = [got.personalId, got.fullName, got.dateOfBirth];
        check(
          'R-LOOK-7',
          same,
          {
            en: `${c.who}: the taxpayer is the NPD’s person (${answered.map((v) => v ?? 'none').join(', ')}; NPD: ${npd?.fullName}, ${npd?.dateOfBirth})`,
            vi: `${c.whoVi}: người nộp thuế đúng là người trong CSDLQG về dân cư (${answered.map((v) => v ?? 'không có').join(', ')}; CSDLQG về dân cư: ${npd?.fullName}, ${npd?.dateOfBirth})`,
          },
          evidence,
        );
      }
      if (c.reports && c.outcome === got.outcome) {
        check('R-LOOK-7', got.conflicts.includes(c.reports), {
          en: `${c.who}: the register’s conflict ${c.reports} is reported (reported: ${got.conflicts.join(', ') || 'none'})`,
          vi: `${c.whoVi}: xung đột ${c.reports} trong cơ sở dữ liệu thuế được báo cáo (đã báo cáo: ${got.conflicts.join(', ') || 'không có'})`,
        }, evidence);
      }
    }
  },
});
