import type { JournalEntry } from '../../src/mock/journal.js';
import { defineScenario } from '../../src/scenario/types.js';

const ORDINARY = '001085999001';
const LEGACY_ID = '012999007';
/** The test secret of the `procedure-system` client (published on purpose in mocks/clients.ts). */
const CLIENT_SECRET = 'procedure-system-secret';

/** Credentials a log line must never hold: a JWT-shaped token, a bearer credential, the client secret, Basic credentials. */
const CREDENTIAL_PATTERNS: readonly RegExp[] = [/eyJ[\w-]+\.[\w-]+\.[\w-]*/, /Bearer\s+\S{8,}/i, new RegExp(CLIENT_SECRET), /Basic\s+[A-Za-z0-9+/=]{12,}/];

/** Query parameters that carry a credential. */
const CREDENTIAL_PARAMS = ['access_token', 'client_secret', 'token', 'id_token'];

/** Requests that put a credential in the URL: the mock's `token-in-query` violation, or a credential parameter. */
function credentialsInUrl(entries: readonly JournalEntry[]): JournalEntry[] {
  return entries.filter((e) => e.violations.includes('token-in-query') || CREDENTIAL_PARAMS.some((p) => p in e.query));
}

/** Requests to routes that need a token which the gateway did not accept as authenticated. */
function unauthenticated(entries: readonly JournalEntry[]): JournalEntry[] {
  return entries.filter((e) => e.route !== 'npd.token' && (e.response.status === 401 || e.client === null));
}

/**
 * R-CONN-2 (harness assumption: the sources name no technical controls; guidance 1552 is not in them): during ordinary
 * work (a lookup, an old-ID lookup, a verification) the system sends its token in the Authorization header only, never
 * in a URL; sends no request without a valid token; and writes no credential into its own log.
 */
export default defineScenario({
  id: 'connection/credential-hygiene',
  title: {
    en: 'No credentials in URLs or logs, and no request without a valid token',
    vi: 'Không để thông tin xác thực trong URL hay nhật ký, không gửi yêu cầu nào khi chưa có token hợp lệ',
  },
  requirements: ['R-CONN-2'],
  tags: ['npd', 'oauth', 'security'],
  async run({ sut, mocks, check }) {
    const { journal } = mocks.harness;
    const since = journal.mark;
    await sut.call('lookupCitizen', { id: ORDINARY });
    await sut.call('lookupCitizen', { id: LEGACY_ID });
    await sut.call('verifyCitizen', { personalId: ORDINARY, fullName: 'Nguyễn Văn An', dateOfBirth: '1985-04-12' });
    const seen = journal.list({ system: 'npd', sinceSeq: since });

    const inUrl = credentialsInUrl(seen);
    check('R-CONN-2', inUrl.length === 0, {
      en: `harness assumption (no credentials in URLs): ${inUrl.length} of ${seen.length} requests carried a credential in the URL`,
      vi: `giả định của bộ kiểm thử (không để thông tin xác thực trong URL): ${inUrl.length} trên ${seen.length} yêu cầu mang thông tin xác thực trong URL`,
    }, { journal: inUrl.length > 0 ? inUrl : seen });

    const refused = unauthenticated(seen);
    check('R-CONN-2', refused.length === 0 && seen.length > 0, {
      en: `harness assumption (no request without a valid token): ${refused.length} of ${seen.length} requests were not authenticated`,
      vi: `giả định của bộ kiểm thử (không gửi yêu cầu khi chưa có token hợp lệ): ${refused.length} trên ${seen.length} yêu cầu không được xác thực`,
    }, { journal: refused.length > 0 ? refused : seen });

    const { lines } = await sut.call('exportLogs', {});
    const leaking = lines.filter((line) => CREDENTIAL_PATTERNS.some((p) => p.test(line)));
    // An empty log proves nothing: the system must show the log it keeps for its calls.
    check('R-CONN-2', leaking.length === 0 && lines.length > 0, {
      en: `harness assumption (no credentials in logs): ${leaking.length} of ${lines.length} log lines hold a token or secret${lines.length === 0 ? ' (no log lines to inspect)' : ''}`,
      vi: `giả định của bộ kiểm thử (không để thông tin xác thực trong nhật ký): ${leaking.length} trên ${lines.length} dòng nhật ký chứa token hoặc khóa bí mật${lines.length === 0 ? ' (không có dòng nhật ký nào để kiểm tra)' : ''}`,
    }, {
      data: { leaking: leaking.map((l) => l.replace(/(eyJ[\w-]{6})[\w.-]+/g, '$1…')), lines: lines.length },
    });
  },
});
