import { defineScenario } from '../../src/scenario/types.js';

/** The legacy-id-only persona: the old ID 012999007 became the personal ID 001076999007. */
const LEGACY = '012999007';
const PERSONAL = '001076999007';

/** R-LOOK-3: a 12-digit number is accepted as it is; a 9-digit one is resolved through the NPD, never by asking for a paper. */
export default defineScenario({
  id: 'lookup/legacy-id',
  title: 'Accepts the 12-digit ID and resolves an old 9-digit ID through the NPD instead of asking for a paper',
  requirements: ['R-LOOK-3'],
  tags: ['npd', 'legacy-id'],
  async run({ sut, mocks, check }) {
    const direct = await sut.call('lookupCitizen', { id: PERSONAL });
    check('R-LOOK-3', direct.outcome === 'found' && direct.requestedFromCitizen.length === 0, 'the 12-digit personal ID is accepted with no paper asked for', { data: direct });
    const since = mocks.harness.journal.mark;
    const viaLegacy = await sut.call('lookupCitizen', { id: LEGACY });
    const confirmations = mocks.harness.journal.list({ route: 'npd.legacy-id', sinceSeq: since });
    check('R-LOOK-3', viaLegacy.requestedFromCitizen.length === 0, `no paper was asked for the old ID (asked: ${viaLegacy.requestedFromCitizen.join(', ') || 'nothing'})`, { data: viaLegacy });
    check('R-LOOK-3', confirmations.some((e) => e.response.status === 200), 'the old ID was resolved through the NPD confirmation service', { journal: confirmations });
    check('R-LOOK-3', viaLegacy.outcome === 'found' && viaLegacy.personalId === PERSONAL, `the old ID led to the right citizen (${viaLegacy.personalId ?? 'none'})`, { data: viaLegacy });
  },
});
