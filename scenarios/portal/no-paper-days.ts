import type { StimulusInput } from '../../src/scenario/sut/types.js';
import { defineScenario } from '../../src/scenario/types.js';
import { ADDRESS, at, MockReader, PERSONA } from './_steps.js';

/** Papers a citizen hands in at the counter. */
const PAPERS = ['Tờ khai thay đổi thông tin cư trú (CT01)', 'Hợp đồng thuê nhà'];
const TEMPORARY = { MaTTHC: '1.004194', residence: { address: ADDRESS.ngocHa, from: '2026-06-03', until: '2027-06-02' } } as const;

interface Intake {
  readonly name: string;
  /** Vietnam day and time of the intake (the clock starts on Monday 1 June 2026). */
  readonly when: readonly [string, string];
  readonly input: StimulusInput<'fileDossier'>;
  /** True on a no-paper service or day of the system's catalogue: the paper must be refused or converted. */
  readonly noPaper: boolean;
}

const INTAKES: readonly Intake[] = [
  { name: 'paper at the counter for a no-paper service (residence confirmation)', when: ['2026-06-01', '09:00'], input: { MaTTHC: '1.004227', applicantId: PERSONA.ordinary, channel: 'counter', papers: PAPERS.slice(0, 1) }, noPaper: true },
  { name: 'paper at the counter for another service on another day (temporary registration, Monday)', when: ['2026-06-01', '10:00'], input: { ...TEMPORARY, applicantId: PERSONA.ordinary, channel: 'counter', papers: PAPERS }, noPaper: false },
  { name: 'paper at the counter on a no-paper day (temporary registration, Wednesday)', when: ['2026-06-03', '09:00'], input: { ...TEMPORARY, applicantId: PERSONA.level2, channel: 'counter', papers: PAPERS }, noPaper: true },
  { name: 'online on the no-paper day (temporary registration, Wednesday)', when: ['2026-06-03', '10:00'], input: { ...TEMPORARY, applicantId: PERSONA.otherProvince, papers: PAPERS.slice(1) }, noPaper: false },
];

/**
 * R-PORT-11 (pilot: reported, never a gate): on the services and days the system's catalogue declares paperless
 * (residence confirmation always, temporary registration on Wednesdays), a paper intake is refused or converted into
 * an electronic dossier at once; the online path works on those days; other services and days are unaffected. The
 * portal flags a paper dossier on a no-paper day or service it can see in the published catalogue.
 */
export default defineScenario({
  id: 'portal/no-paper-days',
  title: 'Pilot: on no-paper services and days paper intake is refused or converted at once; the online path and other days are unaffected',
  requirements: ['R-PORT-11'],
  tags: ['portal', 'pilot', 'no-paper'],
  async run({ sut, mocks, check, note }) {
    const reader = new MockReader(mocks);
    note('R-PORT-11', 'pilot: reported, never a gate; the no-paper services and days are the ones the system publishes in its catalogue');
    for (const intake of INTAKES) {
      const filed = await sut.call('fileDossier', { ...intake.input, at: at(mocks.harness, ...intake.when) });
      const dossier = filed.dossierCode ? await reader.dossier(filed.dossierCode) : undefined;
      const flagged = dossier?.warnings.filter((w) => w.code === 'paper-on-no-paper-day') ?? [];
      const evidence = { data: { filed, papers: dossier?.TaiLieuNop, warnings: dossier?.warnings } };
      if (intake.noPaper) {
        const handled = filed.outcome === 'refused' || (filed.intake === 'converted' && flagged.length === 0);
        check('R-PORT-11', handled, `${intake.name}: refused or converted to an electronic dossier (${filed.outcome}, ${filed.intake ?? 'no intake'}${flagged.length ? '; the portal flags paper on a no-paper day' : ''})`, evidence);
      } else {
        check('R-PORT-11', filed.outcome === 'received', `${intake.name}: received as usual (${filed.outcome}, ${filed.intake ?? 'no intake'})`, evidence);
      }
    }
  },
});
