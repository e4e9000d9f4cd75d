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
  title: {
    en: 'Matches the record shapes of five sectors (carrier, vaccination, bank, social insurance, schools)',
    vi: 'Đối soát bản ghi theo cấu trúc riêng của năm ngành (nhà mạng, tiêm chủng, ngân hàng, bảo hiểm xã hội, trường học)',
  },
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
      const accuracy = (scores.accuracy * 100).toFixed(1);
      check(
        'R-MATCH-6',
        uploads.length > 0 && scores.accuracy >= ACCURACY_FLOOR,
        {
          en: `${sector}: ${PER_SECTOR} records matched through the NPD, ${accuracy}% with the right verdict (at least ${ACCURACY_FLOOR * 100}% expected)`,
          vi: `${sector}: ${PER_SECTOR} bản ghi được đối soát qua CSDLQG về dân cư, ${accuracy}% có kết quả đúng (yêu cầu ít nhất ${ACCURACY_FLOOR * 100}%)`,
        },
        {
          data: { classes: scores.classes, misses: scores.misses.slice(0, 10) },
          journal: uploads,
        },
      );

      const given = new Map(batch.records.map((r) => [r.ref, r as Record<string, unknown>]));
      const changed = output.standardised.filter((r) => ownFields(sector, r) !== ownFields(sector, given.get(r.ref) ?? {})).map((r) => ({ ref: r.ref, given: ownFields(sector, given.get(r.ref) ?? {}), cleaned: ownFields(sector, r) }));
      const known = new Set(batch.expected.filter((e) => e.verdict !== 'duplicate' && e.verdict !== 'not-found' && e.verdict !== 'invalid').map((e) => e.ref));
      const keeps = sectorProfiles[sector].keeps;
      const short = output.standardised.filter((r) => known.has(r.ref) && keeps.some((f) => r[f] === undefined)).map((r) => ({ ref: r.ref, missing: keeps.filter((f) => r[f] === undefined) }));
      const ownNames = Object.keys(sectorFields[sector]).join(', ');
      check(
        'R-MATCH-6',
        output.standardised.length > 0 && changed.length === 0 && short.length === 0,
        {
          en: `${sector}: the cleaned records keep the sector’s own fields (${ownNames}) unchanged (${changed.length} changed) and the identity fields it keeps (${short.length} short)`,
          vi: `${sector}: các bản ghi đã làm sạch giữ nguyên các trường riêng của ngành (${ownNames}) (${changed.length} bản ghi bị thay đổi) và giữ đủ các trường nhân thân mà ngành lưu (${short.length} bản ghi bị thiếu)`,
        },
        {
          data: { changed: changed.slice(0, 10), short: short.slice(0, 10) },
        },
      );
    }
  },
});
