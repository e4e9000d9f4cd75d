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
  title: {
    en: 'Obtains a new token when the gateway refuses an expired one, and retries once',
    vi: 'Lấy token mới khi cổng kết nối từ chối token đã hết hạn, rồi thử lại một lần',
  },
  requirements: ['R-CONN-2'],
  tags: ['npd', 'oauth', 'security'],
  async run({ sut, mocks, check, note }) {
    const { journal, clock, auth } = mocks.harness;
    const first = await sut.call('lookupCitizen', { id: ORDINARY });
    if (!check('R-CONN-2', first.outcome === 'found', { en: `the first lookup, with a fresh token, succeeded (${first.outcome})`, vi: `lần tra cứu đầu tiên, với token mới cấp, thành công (${first.outcome})` }, { data: first })) return;

    clock.advance((auth.tokenTtlSeconds + 60) * 1000);
    note('R-CONN-2', {
      en: `harness assumption: the harness clock jumped ${auth.tokenTtlSeconds + 60} s, past the token lifetime; the system’s clock did not`,
      vi: `giả định của bộ kiểm thử: đồng hồ của bộ kiểm thử nhảy thêm ${auth.tokenTtlSeconds + 60} giây, quá thời hạn của token; đồng hồ của hệ thống thì không`,
    });
    const since = journal.mark;
    const second = await sut.call('lookupCitizen', { id: ORDINARY });
    const seen = journal.list({ system: 'npd', sinceSeq: since });
    const expired = seen.filter((e) => e.route === 'npd.lookup' && e.response.status === 401);
    const renewed = seen.filter((e) => e.route === 'npd.token' && e.response.status === 200);
    const served = seen.filter((e) => e.route === 'npd.lookup' && e.response.status === 200 && e.client !== null);

    check('R-CONN-2', renewed.length === 1, { en: `obtained a new token after the old one expired (${renewed.length} new tokens)`, vi: `lấy được token mới sau khi token cũ hết hạn (${renewed.length} token mới)` }, { journal: seen });
    check('R-CONN-2', expired.length <= 1, { en: `sent the expired token at most once (${expired.length} requests refused as unauthenticated)`, vi: `gửi token đã hết hạn nhiều nhất một lần (${expired.length} yêu cầu bị từ chối vì chưa được xác thực)` }, { journal: seen });
    check('R-CONN-2', served.length === 1 && second.outcome === 'found', { en: `the lookup succeeded with the new token (${second.outcome}: ${second.message})`, vi: `tra cứu thành công với token mới (${second.outcome}: ${second.message})` }, { journal: seen, data: second });
  },
});
