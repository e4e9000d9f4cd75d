import type { StimulusOutput } from '../../src/scenario/sut/types.js';
import { defineScenario } from '../../src/scenario/types.js';

const ORDINARY = '001085999001';
const LEVEL2 = '048096999009';

/** A citizen signed in through VNeID points the procedure to a wallet document; what the system must make of it. */
interface Presentation {
  readonly who: string;
  readonly personalId: string;
  readonly documentId: string;
  readonly outcome: StimulusOutput<'presentWalletDocument'>['outcome'];
}

/**
 * The VNeID mock's wallet (mocks/vneid/README.md): the level-2 persona's class-A1 licence never expires; the ordinary
 * adult's health-insurance card is valid for the year, their licence expired on 2026-05-20 (the clock starts
 * 2026-06-01) and their criminal record certificate is revoked. The first presentation is another citizen's: the
 * last one names it again, from the ordinary adult's session.
 */
const PRESENTATIONS: readonly Presentation[] = [
  { who: 'the level-2 persona’s own licence', personalId: LEVEL2, documentId: `gplx-${LEVEL2}`, outcome: 'accepted' },
  { who: 'the ordinary adult’s own health-insurance card', personalId: ORDINARY, documentId: `bhyt-${ORDINARY}`, outcome: 'accepted' },
  { who: 'the ordinary adult’s expired licence', personalId: ORDINARY, documentId: `gplx-${ORDINARY}`, outcome: 'refused' },
  { who: 'the ordinary adult’s revoked criminal record certificate', personalId: ORDINARY, documentId: 'lltp-001085999001-2024-1', outcome: 'refused' },
  { who: 'another person’s licence, named by the ordinary adult', personalId: ORDINARY, documentId: `gplx-${LEVEL2}`, outcome: 'refused' },
];

/**
 * R-LOOK-8: the system takes a paper held on VNeID instead of an upload. It checks the issuer, the validity and that
 * the holder is the signed-in citizen; it refuses an expired, a revoked and another person's document, each with a
 * reason. The journal shows the wallet was read; the answers show what was checked and that no copy was asked for.
 */
export default defineScenario({
  id: 'lookup/wallet-documents',
  title: 'Takes papers from the VNeID wallet instead of uploads; refuses expired, revoked and other people’s documents with a reason',
  requirements: ['R-LOOK-8'],
  tags: ['vneid', 'wallet'],
  async run({ sut, mocks, check }) {
    const { journal } = mocks.harness;
    for (const p of PRESENTATIONS) {
      const since = journal.mark;
      const got = await sut.call('presentWalletDocument', { personalId: p.personalId, documentId: p.documentId });
      const reads = journal.list({ system: 'vneid', sinceSeq: since }).filter((e) => e.route?.startsWith('vneid.wallet'));
      const evidence = { data: got, journal: reads };
      check('R-LOOK-8', got.outcome === p.outcome, `${p.who}: expected ${p.outcome}, got ${got.outcome}${got.reason ? ` (${got.reason})` : ''}`, evidence);
      if (p.outcome === 'accepted' && got.outcome === 'accepted') {
        const doc = got.document;
        check('R-LOOK-8', doc?.id === p.documentId && doc.holderId === p.personalId && doc.issuer !== '', `${p.who}: the document taken is the one chosen, held by the signed-in citizen, with its issuer (${doc?.holderId}, ${doc?.issuer})`, evidence);
        check('R-LOOK-8', reads.some((e) => e.response.status === 200), `${p.who}: the document was read from the VNeID wallet (${reads.length} wallet reads)`, evidence);
        check('R-LOOK-8', got.requestedFromCitizen.length === 0, `${p.who}: no upload or copy asked for (asked: ${got.requestedFromCitizen.join(', ') || 'nothing'})`, evidence);
      }
      if (p.outcome === 'refused') check('R-LOOK-8', got.reason.trim() !== '', `${p.who}: the refusal gives a reason (${got.reason || 'none'})`, evidence);
    }
  },
});
