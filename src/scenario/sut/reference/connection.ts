import { Agent } from 'undici';
import { advanceDossier, flushHeldReports, NIGHTLY_BATCH, ONE_TARGET, SKIPS_MONITORING, submitDossier, totalReports } from './connection-dossiers.js';
import type { Handlers, ReferenceCore, Variant } from './core.js';
import { GatewayClient, isTlsFailure } from './gateway.js';

/** Why a TLS connection was refused, by Node's error code, in words an operator can act on. */
const TLS_REFUSALS: Readonly<Record<string, string>> = {
  CERT_HAS_EXPIRED: 'the server’s certificate has expired',
  CERT_NOT_YET_VALID: 'the server’s certificate is not valid yet',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the server’s certificate does not name this host',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server’s certificate is self-signed, not issued by the trusted CA',
  SELF_SIGNED_CERT_IN_CHAIN: 'the server’s certificate chains to a CA that is not trusted',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server’s certificate is not issued by the trusted CA',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the server’s certificate is not issued by the trusted CA',
  ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION: 'the server offers only a TLS version older than 1.2',
  ERR_SSL_UNSUPPORTED_PROTOCOL: 'the server offers only a TLS version older than 1.2',
};

/**
 * The TLS settings of a connection to the gateway: trust only the CA given, TLS 1.2 or later. The habit
 * `accept-any-certificate` is the common shortcut of a system "made to work" in test: no certificate check, any
 * protocol version.
 */
function tlsAgent(core: ReferenceCore, caPem: string): Agent {
  const connect = core.has('accept-any-certificate')
    ? { rejectUnauthorized: false, minVersion: 'TLSv1' as const, ciphers: 'DEFAULT@SECLEVEL=0' }
    : { ca: caPem, minVersion: 'TLSv1.2' as const };
  return new Agent({ connect, headersTimeout: 10_000, bodyTimeout: 10_000 });
}

/** The reason of a refused connection: the TLS failure behind the error, or the error itself. */
function refusal(error: unknown): string {
  const cause = (error as Error).cause ?? error;
  if (!isTlsFailure(cause)) return `the gateway could not be reached: ${(error as Error).message}`;
  const code = String((cause as { code: string }).code);
  return `${TLS_REFUSALS[code] ?? 'the TLS handshake failed'} (${code})`;
}

/** A routine dossier of the kind the system handles in bulk: the ordinary-adult persona asks for a residence confirmation. */
const ROUTINE_DOSSIER = {
  MaTTHC: '1.004227',
  TenTTHC: 'Xác nhận thông tin về cư trú',
  ChuHoSo: 'Nguyễn Văn An',
  SoGiayToChuHoSo: '001085999001',
  TaiLieuNop: [{ TenTepDinhKem: 'Tờ khai thay đổi thông tin cư trú (CT01)', DuocSoHoa: '1' as const }],
  databases: ['CSDLQGDC', 'CSDLCT'],
};

/** The steps every routine dossier goes through after its reception, in order. */
const ROUTINE_STEPS = [
  ['4', 'Thẩm định hồ sơ'],
  ['9', 'Đã xử lý xong'],
  ['10', 'Trả kết quả qua VNeID'],
] as const;

/** The reference system's handlers of the connection stimuli. */
export const connectionHandlers: Handlers<'connectGateway' | 'handleDossiers'> = {
  async handleDossiers(core, { count }) {
    const held = await flushHeldReports(core);
    const dossiers = [];
    for (let i = 0; i < count; i++) {
      const dossier = await submitDossier(core, ROUTINE_DOSSIER);
      if (dossier.status >= 300) continue;
      for (const [status, work] of ROUTINE_STEPS) if (!(await advanceDossier(core, dossier, status, work))) break;
      dossiers.push(dossier);
    }
    return { dossiers: dossiers.map((d) => d.maHoSo), reported: totalReports(held, ...dossiers.map((d) => d.reports)) };
  },

  async connectGateway(core, { url, caPem }) {
    const agent = tlsAgent(core, caPem);
    const { clientId, clientSecret, seed } = core.env;
    const client = new GatewayClient({ baseUrl: url.replace(/\/+$/, ''), clientId, clientSecret, seed, dispatcher: agent, log: core.log, habits: { logsToken: core.has('logs-token') } });
    try {
      await client.accessToken();
      core.log(`connected to ${url} over TLS`);
      const checked = core.has('accept-any-certificate') ? 'the certificate was not checked' : 'the certificate chains to the trusted CA, names the host and is valid, over TLS 1.2 or later';
      return { outcome: 'accepted', reason: `${checked}; a token was obtained` };
    } catch (error) {
      const reason = refusal(error);
      core.log(`refused the gateway at ${url}: ${reason}`);
      return { outcome: 'refused', reason };
    } finally {
      await agent.close();
    }
  },
};

/** The faulty variants that break the connection requirements. */
export const connectionVariants: readonly Variant[] = [
  { id: 'retries-without-backoff', description: 'Retries at once, again and again, whatever the server says', habits: ['retry-without-backoff'], breaks: ['R-CONN-3'], scenarios: ['connection/retry-backoff'] },
  { id: 'ignores-retry-after', description: 'Waits its own short backoff instead of the Retry-After the server asked for', habits: ['ignore-retry-after'], breaks: ['R-CONN-3'], scenarios: ['connection/retry-backoff'] },
  { id: 'new-idempotency-key-per-retry', description: 'Sends a new idempotency key on every retry, so a retried POST can be applied twice', habits: ['fresh-idempotency-key-per-attempt'], breaks: ['R-CONN-3'], scenarios: ['connection/retry-backoff'] },
  {
    id: 'token-in-url',
    description: 'Puts its access token in the query string instead of the Authorization header',
    habits: ['token-in-url'],
    breaks: ['R-CONN-1', 'R-CONN-2'],
    scenarios: ['connection/authenticated-lookup', 'connection/credential-hygiene'],
  },
  { id: 'logs-token', description: 'Writes its bearer token into its own log', habits: ['logs-token'], breaks: ['R-CONN-2'], scenarios: ['connection/credential-hygiene'] },
  {
    id: 'ignores-token-expiry',
    description: 'Keeps using its token after the gateway refused it as expired, instead of fetching a new one',
    habits: ['ignore-token-expiry'],
    breaks: ['R-CONN-2'],
    scenarios: ['connection/token-expiry'],
  },
  {
    id: 'accepts-any-certificate',
    description: 'Turns certificate checking off and accepts any TLS version (the shortcut that made it work in test)',
    habits: ['accept-any-certificate'],
    breaks: ['R-CONN-2'],
    scenarios: ['connection/tls-certificates'],
  },
  {
    id: 'never-reports-monitoring',
    description: 'Syncs its dossiers with the portal but reports nothing to monitoring and measurement',
    habits: [SKIPS_MONITORING],
    breaks: ['R-CONN-4'],
    scenarios: ['connection/monitoring-reconciliation'],
  },
  {
    id: 'reports-to-mic-only',
    description: 'Reports dossier events to MIC’s monitoring (BTTTT 20) and takes it to serve the real-time steering data (CT05 A16) too',
    habits: [ONE_TARGET],
    breaks: ['R-CONN-4'],
    scenarios: ['connection/monitoring-reconciliation'],
  },
  {
    id: 'reports-in-nightly-batch',
    description: 'Holds its monitoring reports back and sends them with the next batch of work',
    habits: [NIGHTLY_BATCH],
    breaks: ['R-CONN-4'],
    scenarios: ['connection/monitoring-reconciliation'],
  },
  { id: 'asks-all-fields', description: 'Asks the NPD for every field of the citizen it may see, not the few the procedure needs', habits: ['over-broad-lookup'], breaks: ['R-CONN-2'], scenarios: ['connection/data-minimisation'] },
];
