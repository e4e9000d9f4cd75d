import type { Harness } from '../../src/mock/harness.js';
import { startServer } from '../../src/server/http-server.js';
import { createTestPki, tlsModes, tlsServerOptions, type TestPki, type TlsMode } from '../../src/server/tls.js';
import { defineScenario } from '../../src/scenario/types.js';

/** What each TLS mode of the harness's test server presents, as a check message says it. */
const PRESENTS: Readonly<Record<TlsMode, string>> = {
  valid: 'a valid certificate from the trusted CA over TLS 1.2+',
  expired: 'a certificate that expired yesterday',
  'wrong-host': 'a certificate for another host name',
  'self-signed': 'a self-signed certificate',
  'legacy-tls': 'TLS 1.0/1.1 only',
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
  title: 'Connects over TLS 1.2+ to a trusted certificate only; refuses expired, wrong-host, self-signed and legacy-TLS servers',
  requirements: ['R-CONN-2'],
  tags: ['tls', 'security'],
  async run({ sut, mocks, check }) {
    const { harness } = mocks;
    const pki = await createTestPki();
    for (const mode of tlsModes) {
      const since = harness.journal.mark;
      const answer = await withTlsGateway(harness, pki, mode, (url) => sut.call('connectGateway', { url, caPem: pki.caCertPem }));
      const reached = harness.journal.list({ route: 'npd.token', sinceSeq: since });
      const evidence = { data: { mode, answer }, journal: reached };
      if (mode === 'valid') {
        check('R-CONN-2', answer.outcome === 'accepted' && reached.some((e) => e.response.status === 200), `accepted a server presenting ${PRESENTS[mode]} and obtained a token (${answer.outcome}: ${answer.reason})`, evidence);
        continue;
      }
      check(
        'R-CONN-2',
        answer.outcome === 'refused' && answer.reason.trim() !== '',
        `harness assumption (TLS 1.2+, trusted CA): refused a server presenting ${PRESENTS[mode]} with a reason (${answer.outcome}: ${answer.reason || 'no reason'})`,
        evidence,
      );
      check('R-CONN-2', reached.length === 0, `harness assumption (TLS 1.2+, trusted CA): sent no client credentials to a server presenting ${PRESENTS[mode]} (token requests that reached it: ${reached.length})`, evidence);
    }
  },
});
