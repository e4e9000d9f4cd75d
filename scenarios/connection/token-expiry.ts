import { defineScenario } from '../../src/scenario/types.js';

const ORDINARY = '001085999001';

/**
 * R-CONN-2 (harness assumption: the sources name no technical controls): the system handles the expiry of its access
 * token. The harness clock jumps past the token lifetime between two lookups; the system's own clock does not, so it
 * cannot see the expiry coming and one request is refused with 401 (harness assumption). It must then obtain a new token
 * and retry once, successfully, instead of failing or repeating the expired token.
 */
export default defineScenario({
  id: 'connection/token-expiry',
  title: 'Obtains a new token when the gateway refuses an expired one, and retries once',
  requirements: ['R-CONN-2'],
  tags: ['npd', 'oauth', 'security'],
  async run({ sut, mocks, check, note }) {
    const { journal, clock, auth } = mocks.harness;
    const first = await sut.call('lookupCitizen', { id: ORDINARY });
    if (!check('R-CONN-2', first.outcome === 'found', `the first lookup, with a fresh token, succeeded (${first.outcome})`, { data: first })) return;

    clock.advance((auth.tokenTtlSeconds + 60) * 1000);
    note('R-CONN-2', `harness assumption: the harness clock jumped ${auth.tokenTtlSeconds + 60} s, past the token lifetime; the system’s clock did not`);
    const since = journal.mark;
    const second = await sut.call('lookupCitizen', { id: ORDINARY });
    const seen = journal.list({ system: 'npd', sinceSeq: since });
    const expired = seen.filter((e) => e.route === 'npd.lookup' && e.response.status === 401);
    const renewed = seen.filter((e) => e.route === 'npd.token' && e.response.status === 200);
    const served = seen.filter((e) => e.route === 'npd.lookup' && e.response.status === 200 && e.client !== null);

    check('R-CONN-2', renewed.length === 1, `obtained a new token after the old one expired (${renewed.length} new tokens)`, { journal: seen });
    check('R-CONN-2', expired.length <= 1, `sent the expired token at most once (${expired.length} requests refused as unauthenticated)`, { journal: seen });
    check('R-CONN-2', served.length === 1 && second.outcome === 'found', `the lookup succeeded with the new token (${second.outcome}: ${second.message})`, { journal: seen, data: second });
  },
});
