/**
 * Where `vn06 match` sends its batches: an NPD in this process (a fresh harness of the same seed, reached through the
 * undici dispatcher), or a `vn06 serve` at a URL. Either way through the reference system's `GatewayClient`, with its
 * client-credentials token and its retries with backoff (a 503 burst is waited out).
 */
import { defaultClients, systems } from '../../mocks/index.js';
import { ErrorCode, HarnessError } from '../errors.js';
import { DEFAULT_ORIGIN } from '../intercept/core.js';
import { createUndiciDispatcher } from '../intercept/undici-dispatcher.js';
import { createHarness } from '../mock/harness.js';
import { buildPopulationIndex } from '../population/population-index.js';
import { GatewayClient, type RetryPolicy } from '../scenario/sut/reference/gateway.js';
import type { BatchCaller } from './npd-batch.js';

/** Patient enough for a burst of 503s of a few seconds; a run that still fails resumes from its checkpoint. */
export const MATCH_RETRY: RetryPolicy = { maxAttempts: 7, baseDelayMs: 100, capMs: 3_000, retryOn: [429, 502, 503, 504] };

export interface NpdConnectionOptions {
  /** `embedded`, or the base URL of a `vn06 serve`. */
  readonly against: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly seed: number;
  /** Citizens of the embedded NPD. */
  readonly population: number;
  readonly onPopulationProgress?: (done: number) => void;
  readonly log?: (line: string) => void;
}

export interface NpdConnection extends BatchCaller {
  close(): Promise<void>;
}

/** Opens the connection and proves it with a token, so a wrong URL or secret fails before any record is read. */
export async function connectNpd(options: NpdConnectionOptions): Promise<NpdConnection> {
  const log = options.log ?? (() => {});
  let gateway: GatewayClient;
  let release = async (): Promise<void> => {};
  if (options.against === 'embedded') {
    const populationIndex = buildPopulationIndex({ seed: options.seed, size: options.population, onProgress: options.onPopulationProgress });
    // A short journal: nobody reads it here, and each entry keeps its request and reply alive.
    const harness = createHarness({ seed: options.seed, populationIndex, systems: systems.filter((s) => s.id === 'npd'), clients: defaultClients, journalCapacity: 16 });
    const dispatcher = createUndiciDispatcher(harness);
    gateway = new GatewayClient({ baseUrl: DEFAULT_ORIGIN, clientId: options.clientId, clientSecret: options.clientSecret, seed: options.seed, retry: MATCH_RETRY, log, dispatcher });
    release = async () => {
      harness.dispose();
      await dispatcher.close();
    };
  } else {
    gateway = new GatewayClient({ baseUrl: options.against.replace(/\/+$/, ''), clientId: options.clientId, clientSecret: options.clientSecret, seed: options.seed, retry: MATCH_RETRY, log });
    release = () => gateway.close();
  }
  try {
    await gateway.accessToken();
  } catch (cause) {
    await release();
    const message = (cause as Error).message;
    if (/refused the client credentials/.test(message)) throw new HarnessError(ErrorCode.BadValue, `Failed to connect to the NPD: ${message} (check --client-id and --client-secret)`, { cause });
    throw new HarnessError(ErrorCode.Unreachable, `Failed to connect to the NPD at ${options.against}: ${message}`, { cause });
  }
  return { gateway, log, close: release };
}
