import type { Harness } from '../../src/mock/harness.js';
import { startServer } from '../../src/server/http-server.js';
import { createTestPki, tlsModes, tlsServerOptions, type TestPki, type TlsMode } from '../../src/server/tls.js';
import { defineScenario } from '../../src/scenario/types.js';

/**
 * What each TLS mode of the harness's test server presents, as a check message says it: in English, what a server
 * presents; in Vietnamese, the server itself ("máy chủ có …").
 */
const PRESENTS: Readonly<Record<TlsMode, { readonly en: string; readonly vi: string }>> = {
  valid: { en: 'a valid certificate from the trusted CA over TLS 1.2+', vi: 'máy chủ có chứng chỉ hợp lệ do CA tin cậy cấp, dùng TLS 1.2 trở lên' },
  expired: { en: 'a certificate that expired yesterday', vi: 'máy chủ có chứng chỉ đã hết hạn từ hôm qua' },
  'wrong-host': { en: 'a certificate for another host name', vi: 'máy chủ có chứng chỉ cấp cho tên máy chủ khác' },
  'self-signed': { en: 'a self-signed certificate', vi: 'máy chủ có chứng chỉ tự ký' },
  'legacy-tls': { en: 'TLS 1.0/1.1 only', vi: 'máy chủ chỉ hỗ trợ TLS 1.0/1.1' },
};

/** Serves the mocks over HTTPS in one TLS mode for as long as `use` runs. */
async function withTlsGateway<T>(harness: Harness, pki: TestPki, mode: TlsMode, use: (url: string) => Promise<T>): Promise<T> {
  const server = await startServer({ harness, port: 0, tls: tlsServerOptions(pki, mode) });
  try {
    return await use(server.url);
  } finally {
    await server.close();
  }
}

/**
 * R-CONN-2 (harness assumption: the sources name no technical controls; guidance 1552 is not in them): the system talks
 * to the gateway over TLS 1.2 or later and only to a server whose certificate chains to the CA it was given, names the
 * host and is valid. The mocks are served over HTTPS in each of the harness's TLS modes; the system is asked to connect
 * to each. It must accept the valid one and refuse the four bad ones with a reason, and must not have sent its client
 * credentials to a bad server (the journal shows no token request reaching it).
 */
export default defineScenario({
  id: 'connection/tls-certificates',
  title: {
    en: 'Connects over TLS 1.2+ to a trusted certificate only; refuses expired, wrong-host, self-signed and legacy-TLS servers',
    vi: 'Chỉ kết nối qua TLS 1.2 trở lên tới máy chủ có chứng chỉ tin cậy; từ chối máy chủ có chứng chỉ hết hạn, sai tên máy chủ, tự ký hoặc chỉ hỗ trợ TLS cũ',
  },
  requirements: ['R-CONN-2'],
  tags: ['tls', 'security'],
  async run({ sut, mocks, check }) {
    const { harness } = mocks;
    const pki = await createTestPki();
    for (const mode of tlsModes) {
      const since = harness.journal.mark;
      const answer = await withTlsGateway(harness, pki, mode, (url) => sut.call('connectGateway', { url, caPem: pki.caCertPem }));
      // Any request carrying credentials counts: a token request, or a bearer token reused on another route.
      const reached = harness.journal.list({ sinceSeq: since }).filter((e) => e.route === 'npd.token' || e.request.headers.authorization !== undefined);
      const evidence = { data: { mode, answer }, journal: reached };
      if (mode === 'valid') {
        check('R-CONN-2', answer.outcome === 'accepted' && reached.some((e) => e.response.status === 200), {
          en: `accepted a server presenting ${PRESENTS[mode].en} and obtained a token (${answer.outcome}: ${answer.reason})`,
          vi: `chấp nhận ${PRESENTS[mode].vi} và lấy được token (${answer.outcome}: ${answer.reason})`,
        }, evidence);
        continue;
      }
      check(
        'R-CONN-2',
        answer.outcome === 'refused' && answer.reason.trim() !== '',
        {
          en: `harness assumption (TLS 1.2+, trusted CA): refused a server presenting ${PRESENTS[mode].en} with a reason (${answer.outcome}: ${answer.reason || 'no reason'})`,
          vi: `giả định của bộ kiểm thử (TLS 1.2 trở lên, CA tin cậy): từ chối ${PRESENTS[mode].vi}, có nêu lý do (${answer.outcome}: ${answer.reason || 'không có lý do'})`,
        },
        evidence,
      );
      check('R-CONN-2', reached.length === 0, {
        en: `harness assumption (TLS 1.2+, trusted CA): sent no client credentials to a server presenting ${PRESENTS[mode].en} (token requests that reached it: ${reached.length})`,
        vi: `giả định của bộ kiểm thử (TLS 1.2 trở lên, CA tin cậy): không gửi thông tin xác thực của ứng dụng tới ${PRESENTS[mode].vi} (số yêu cầu lấy token đã tới máy chủ đó: ${reached.length})`,
      }, evidence);
    }
  },
});
