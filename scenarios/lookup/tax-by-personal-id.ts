import type { StimulusOutput } from '../../src/scenario/sut/types.js';
import { defineScenario } from '../../src/scenario/types.js';

/** One tax lookup: the personal ID, the old code the citizen also wrote (if any), and the verdict expected. */
interface TaxCase {
  readonly who: string;
  readonly personalId: string;
  readonly taxCode?: string;
  readonly outcome: StimulusOutput<'lookupTaxpayer'>['outcome'];
  /** A conflict the tax register holds that the answer must report. */
  readonly reports?: string;
}

/** The tax mock's fixtures (mocks/tax/README.md): clean, two codes for one ID, one code for two IDs, deceased, a child. */
const CASES: readonly TaxCase[] = [
  { who: 'the ordinary adult, with their old code', personalId: '001085999001', taxCode: '0100999000', outcome: 'found' },
  { who: 'the rare-letters persona, with an old code linked to two people', personalId: '046179999011', taxCode: '4900999014', outcome: 'found', reports: 'one-code-two-ids' },
  { who: 'the old-ID persona, who holds two old codes', personalId: '001076999007', outcome: 'found', reports: 'two-codes-one-id' },
  { who: 'the deceased persona', personalId: '038050999003', outcome: 'deceased' },
  { who: 'a child (not a taxpayer)', personalId: '001322999002', outcome: 'not-a-taxpayer' },
];

/**
 * R-LOOK-7: a tax lookup keyed by the personal ID (the tax code since 1 July 2025) resolves the same person as the
 * NPD: the same ID, name and date of birth. An old 10-digit code the citizen also gives does not decide who they are
 * (one of them links to two people); the register's conflicts are reported, not resolved.
 */
export default defineScenario({
  id: 'lookup/tax-by-personal-id',
  title: 'A tax lookup by personal ID resolves the same person as the NPD; old codes do not decide who it is',
  requirements: ['R-LOOK-7'],
  tags: ['tax', 'npd'],
  async run({ sut, mocks, check }) {
    const { journal, world } = mocks.harness;
    for (const c of CASES) {
      const since = journal.mark;
      const got = await sut.call('lookupTaxpayer', { personalId: c.personalId, ...(c.taxCode ? { taxCode: c.taxCode } : {}) });
      const taxCalls = journal.list({ system: 'tax', sinceSeq: since });
      const evidence = { data: got, journal: taxCalls };
      check('R-LOOK-7', got.outcome === c.outcome, `${c.who}: expected ${c.outcome}, got ${got.outcome} (${got.message})`, evidence);
      const byOtherKey = taxCalls.filter((e) => e.route !== 'tax.taxpayer' || !e.path.endsWith(`/${c.personalId}`));
      check('R-LOOK-7', taxCalls.length > 0 && byOtherKey.length === 0, `${c.who}: the tax register was asked by the personal ID only (${byOtherKey.map((e) => e.path).join(', ') || 'no other key'})`, evidence);
      const npd = world.citizen(c.personalId);
      if (c.outcome === 'found' || c.outcome === 'deceased') {
        const same = got.personalId === c.personalId && got.fullName === npd?.fullName && got.dateOfBirth === npd?.dateOfBirth;
        check('R-LOOK-7', same, `${c.who}: the taxpayer is the NPD’s person (${[got.personalId, got.fullName, got.dateOfBirth].map((v) => v ?? 'none').join(', ')}; NPD: ${npd?.fullName}, ${npd?.dateOfBirth})`, evidence);
      }
      if (c.reports && c.outcome === got.outcome) {
        check('R-LOOK-7', got.conflicts.includes(c.reports), `${c.who}: the register’s conflict ${c.reports} is reported (reported: ${got.conflicts.join(', ') || 'none'})`, evidence);
      }
    }
  },
});
