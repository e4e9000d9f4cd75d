import { randomUUID } from 'node:crypto';
import { Agent, request, type Dispatcher } from 'undici';
import { createRng, type Rng } from '../../../generator/prng.js';

/** How the client retries: bounded attempts, exponential backoff with full jitter and a cap, Retry-After honoured. */
export interface RetryPolicy {
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly capMs: number;
  /** Statuses worth retrying (429 and 503 by default); a reset connection is retried too. */
  readonly retryOn: readonly number[];
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, capMs: 2_000, retryOn: [429, 502, 503, 504] };

/** The ways a faulty variant breaks the client's manners (each one a real-world habit). */
export interface GatewayHabits {
  /** Retries at once, again and again (bounded at 25 attempts so a run still ends). */
  readonly retryWithoutBackoff?: boolean;
  /** Ignores Retry-After and waits its own short backoff. */
  readonly ignoreRetryAfter?: boolean;
  /** Sends the access token in the query string (`?access_token=`). */
  readonly tokenInUrl?: boolean;
  /** Keeps using a token after it expired instead of fetching a new one. */
  readonly ignoreTokenExpiry?: boolean;
  /** A new idempotency key on every attempt (so a retried POST can be applied twice). */
  readonly freshIdempotencyKeyPerAttempt?: boolean;
  /** Writes the bearer token into its own log. */
  readonly logsToken?: boolean;
}

export interface GatewayReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
  json<T = any>(): T;
}

export interface GatewayOptions {
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly seed: number;
  readonly retry?: RetryPolicy;
  readonly habits?: GatewayHabits;
  /** Where the client writes its log lines (the reference system keeps them for scenarios to inspect). */
  readonly log: (line: string) => void;
  readonly dispatcher?: Dispatcher;
}

/** Parses Retry-After: delta seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * True for a failed TLS handshake or certificate check (expired, wrong host, untrusted issuer, protocol too old):
 * retrying cannot make the server's certificate any better, so such a failure is not retried.
 */
export function isTlsFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /CERT|SSL|TLS|UNABLE_TO_VERIFY|SELF_SIGNED/.test(code);
}

/**
 * The procedure system's HTTP client for the gateway: client-credentials tokens fetched once and renewed before they
 * expire (and once on a 401), bounded retries with jittered exponential backoff that honour Retry-After, and one
 * idempotency key per logical request, reused on every attempt.
 */
export class GatewayClient {
  private readonly options: GatewayOptions;
  private readonly policy: RetryPolicy;
  private readonly habits: GatewayHabits;
  private readonly dispatcher: Dispatcher;
  private readonly ownDispatcher: boolean;
  private readonly rng: Rng;
  private token: { value: string; expiresAt: number } | undefined;

  constructor(options: GatewayOptions) {
    this.options = options;
    this.policy = options.retry ?? DEFAULT_RETRY;
    this.habits = options.habits ?? {};
    this.ownDispatcher = options.dispatcher === undefined;
    this.dispatcher = options.dispatcher ?? new Agent({ connections: 8, headersTimeout: 15_000, bodyTimeout: 15_000 });
    this.rng = createRng(options.seed ^ 0x5eed);
  }

  /** A valid access token, fetched when there is none or it is about to expire. */
  async accessToken(): Promise<string> {
    const now = Date.now();
    if (this.token && (this.habits.ignoreTokenExpiry || this.token.expiresAt - 5_000 > now)) return this.token.value;
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    const basic = Buffer.from(`${encodeURIComponent(this.options.clientId)}:${encodeURIComponent(this.options.clientSecret)}`).toString('base64');
    const reply = await this.send('POST', '/npd/oauth/token', { headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() }, false);
    if (reply.status !== 200) throw new Error(`the gateway refused the client credentials: ${reply.status} ${reply.text.slice(0, 200)}`);
    const grant = reply.json<{ access_token: string; expires_in: number }>();
    this.token = { value: grant.access_token, expiresAt: now + grant.expires_in * 1000 };
    this.options.log(`token obtained, expires in ${grant.expires_in} s${this.habits.logsToken ? `: ${grant.access_token}` : ''}`);
    return grant.access_token;
  }

  /** Calls a gateway route with the bearer token; JSON bodies are encoded; retried as the policy says. */
  async call(method: string, path: string, init: { json?: unknown; body?: string; headers?: Record<string, string>; idempotent?: boolean } = {}): Promise<GatewayReply> {
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    let body = init.body;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers['content-type'] = 'application/json; charset=utf-8';
    }
    if (method !== 'GET' && init.idempotent !== false) headers['idempotency-key'] ??= randomUUID();
    let reply = await this.send(method, path, { headers, body }, true);
    if (reply.status === 401 && !this.habits.ignoreTokenExpiry) {
      this.token = undefined;
      reply = await this.send(method, path, { headers, body }, true);
    }
    return reply;
  }

  private async send(method: string, path: string, init: { headers: Record<string, string>; body?: string }, authorised: boolean): Promise<GatewayReply> {
    const maxAttempts = this.habits.retryWithoutBackoff ? 25 : this.policy.maxAttempts;
    for (let attempt = 1; ; attempt++) {
      const headers = { ...init.headers };
      let target = path;
      if (authorised) {
        const token = await this.accessToken();
        if (this.habits.tokenInUrl) target += `${path.includes('?') ? '&' : '?'}access_token=${encodeURIComponent(token)}`;
        else headers.authorization = `Bearer ${token}`;
      }
      if (this.habits.freshIdempotencyKeyPerAttempt && headers['idempotency-key']) headers['idempotency-key'] = randomUUID();
      let reply: GatewayReply | undefined;
      let failure: string | undefined;
      let cause: unknown;
      try {
        const res = await request(`${this.options.baseUrl}${target}`, { method: method as Dispatcher.HttpMethod, headers, body: init.body, dispatcher: this.dispatcher });
        const text = await res.body.text();
        const flat: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
        reply = { status: res.statusCode, headers: flat, text, json: () => JSON.parse(text) };
      } catch (error) {
        failure = (error as Error).message;
        cause = error;
      }
      const retryable = failure !== undefined ? !isTlsFailure(cause) : this.policy.retryOn.includes(reply!.status);
      if (!retryable || attempt >= maxAttempts) {
        if (reply) return reply;
        throw new Error(`${method} ${path} failed after ${attempt} attempts: ${failure}`, { cause });
      }
      const delay = this.delay(attempt, reply?.headers['retry-after']);
      this.options.log(`${method} ${path}: ${failure ?? reply!.status}, attempt ${attempt} of ${maxAttempts}, retrying in ${delay} ms`);
      await sleep(delay);
    }
  }

  /** Exponential backoff with equal jitter (half fixed, half random), capped; never shorter than the server's Retry-After unless the habit says so. */
  private delay(attempt: number, retryAfter: string | undefined): number {
    if (this.habits.retryWithoutBackoff) return 0;
    const ceiling = Math.min(this.policy.capMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
    const backoff = Math.round(ceiling / 2 + this.rng.float() * (ceiling / 2));
    const asked = this.habits.ignoreRetryAfter ? undefined : retryAfterMs(retryAfter);
    return Math.max(backoff, asked ?? 0);
  }

  async close(): Promise<void> {
    if (this.ownDispatcher) await this.dispatcher.close();
  }
}
