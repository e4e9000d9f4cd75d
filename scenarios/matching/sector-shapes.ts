import { dataset, matchBatch, scoreVerdicts, sectorBatch } from '../../src/scenario/sut/reference/matching-fixtures.js';
import { sectorFields, sectorProfiles, sectors, type Sector } from '../../src/scenario/sut/stimuli/matching.js';
import { defineScenario } from '../../src/scenario/types.js';

/** Records per sector. */
const PER_SECTOR = 60;
const ACCURACY_FLOOR = 0.95;

/** The sector's own fields of a record, as a comparable string. */
function ownFields(sector: Sector, record: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(sectorFields[sector]).map((name) => record[name] ?? null));
}

/**
 * R-MATCH-6: each sector's record shape (a carrier's subscriptions with old IDs in a field of their own, vaccination
 * doses with sex in words, bank accounts, social-insurance and school records with addresses) is generated from the
 * same `adversarial` data and matched; each batch reaches the NPD, gets the verdicts its ground truth calls for, and
 * comes back standardised with the sector's own fields unchanged and every identity field the sector keeps.
 */
export default defineScenario({
  id: 'matching/sector-shapes',
  title: 'Matches the record shapes of five sectors (carrier, vaccination, bank, social insurance, schools)',
  requirements: ['R-MATCH-6'],
  tags: ['npd', 'batch', 'sectors'],
  async run({ sut, mocks, check }) {
    const { harness } = mocks;
    const entries = dataset(harness.population, 'adversarial', PER_SECTOR * sectors.length);
    for (const [n, sector] of sectors.entries()) {
      const batch = sectorBatch(sector, entries.slice(n * PER_SECTOR, (n + 1) * PER_SECTOR), harness.world, entries);
      const since = harness.journal.mark;
      const output = await matchBatch(sut, batch);
      const uploads = harness.journal.list({ route: 'npd.batch.records', sinceSeq: since });
      const scores = scoreVerdicts(batch.expected, output.results);
      check('R-MATCH-6', uploads.length > 0 && scores.accuracy >= ACCURACY_FLOOR, `${sector}: ${PER_SECTOR} records matched through the NPD, ${(scores.accuracy * 100).toFixed(1)}% with the right verdict (at least ${ACCURACY_FLOOR * 100}% expected)`, {
        data: { classes: scores.classes, misses: scores.misses.slice(0, 10) },
        journal: uploads,
      });

      const given = new Map(batch.records.map((r) => [r.ref, r as Record<string, unknown>]));
      const changed = output.standardised.filter((r) => ownFields(sector, r) !== ownFields(sector, given.get(r.ref) ?? {})).map((r) => ({ ref: r.ref, given: ownFields(sector, given.get(r.ref) ?? {}), cleaned: ownFields(sector, r) }));
      const known = new Set(batch.expected.filter((e) => e.verdict !== 'duplicate' && e.verdict !== 'not-found' && e.verdict !== 'invalid').map((e) => e.ref));
      const keeps = sectorProfiles[sector].keeps;
      const short = output.standardised.filter((r) => known.has(r.ref) && keeps.some((f) => r[f] === undefined)).map((r) => ({ ref: r.ref, missing: keeps.filter((f) => r[f] === undefined) }));
      check('R-MATCH-6', output.standardised.length > 0 && changed.length === 0 && short.length === 0, `${sector}: the cleaned records keep the sector’s own fields (${Object.keys(sectorFields[sector]).join(', ')}) unchanged (${changed.length} changed) and the identity fields it keeps (${short.length} short)`, {
        data: { changed: changed.slice(0, 10), short: short.slice(0, 10) },
      });
    }
  },
});
