import type { z } from 'zod';
import type { Auth } from './auth.js';
import { isMockError } from './auth.js';
import type { Clock } from './clock.js';
import type { Faults, FaultRule } from './faults.js';
import type { Journal } from './journal.js';
import type { Client, Route, RouteResult } from './route.js';
import { defaultErrorBody, MockErrorCode, type MockError, type MockSystem } from './system.js';

/** A request as either transport hands it over: lower-case headers, the raw body, the origin the caller used. */
export interface IncomingRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array | null;
  /** The body as a stream, given instead of `body` to routes whose bodyFormat is `stream`. */
  readonly stream?: AsyncIterable<Uint8Array>;
  readonly origin: string;
}

/** A response ready for either transport; `reset` asks the transport to drop the connection, `delayMs` to wait first. */
export interface OutgoingResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly reset: boolean;
  readonly delayMs: number;
}

export interface MountedRoute {
  readonly system: MockSystem<unknown>;
  readonly route: Route<unknown>;
  /** The full path, base path included, in `:param` syntax. */
  readonly path: string;
  readonly state: unknown;
}

export interface DispatchDeps {
  readonly auth: Auth;
  readonly clock: Clock;
  readonly faults: Faults;
  readonly journal: Journal;
  /** Largest accepted request body, in bytes. */
  readonly bodyLimit: number;
}

const JSON_TYPE = 'application/json; charset=utf-8';

function errorResult(system: MockSystem<unknown> | null, error: MockError, headers: Record<string, string> = {}, route?: Route<unknown>): RouteResult {
  const render = route?.errorBody ?? system?.errorBody;
  const body = (render ?? defaultErrorBody)(error);
  return { status: error.status, headers, body };
}

function issueMessage(issues: readonly z.core.$ZodIssue[]): { message: string; field?: string } {
  const issue = issues[0];
  if (!issue) return { message: 'invalid request' };
  const field = issue.path.map(String).join('.');
  return { message: field ? `${field}: ${issue.message}` : issue.message, field: field || undefined };
}

function validate(schema: z.ZodType | undefined, value: unknown, where: string, status: number): { ok: true; value: unknown } | { ok: false; error: MockError } {
  if (!schema) return { ok: true, value };
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const { message, field } = issueMessage(result.error.issues);
  return { ok: false, error: { status, code: status === 422 ? MockErrorCode.Unprocessable : MockErrorCode.BadRequest, message: `invalid ${where}: ${message}`, field } };
}

type Parsed = { ok: true; value: unknown; logged: unknown } | { ok: false; error: MockError };

const JOURNAL_BODY_LIMIT = 16 * 1024;

/** What the journal keeps of a request body: the parsed value, or only its size when it is large (the journal stays small). */
function keepable(raw: Uint8Array | null, value: unknown): unknown {
  return raw !== null && raw.byteLength > JOURNAL_BODY_LIMIT ? `[a body of ${raw.byteLength} bytes, not kept]` : value;
}

function parseBody(route: Route<unknown>, request: IncomingRequest): Parsed {
  const raw = request.body;
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (route.bodyFormat === 'stream') {
    const accepted = route.accepts ?? [];
    if (accepted.length > 0 && !accepted.includes(type)) {
      return { ok: false, error: { status: 415, code: MockErrorCode.UnsupportedMediaType, message: `expected Content-Type ${accepted.join(' or ')}, got ${JSON.stringify(type || '(none)')}` } };
    }
    return { ok: true, value: request.stream ?? (async function* () {})(), logged: '[stream]' };
  }
  if (route.method === 'GET' || route.method === 'DELETE' || !route.body) return { ok: true, value: undefined, logged: null };
  const text = raw === null ? '' : new TextDecoder('utf-8', { fatal: false }).decode(raw);
  const format = route.bodyFormat ?? 'json';
  if (format === 'json') {
    if (type !== 'application/json' && !type.endsWith('+json')) {
      return { ok: false, error: { status: 415, code: MockErrorCode.UnsupportedMediaType, message: `expected Content-Type application/json, got ${JSON.stringify(type || '(none)')}` } };
    }
    try {
      const value: unknown = JSON.parse(text);
      return { ok: true, value, logged: keepable(raw, value) };
    } catch (cause) {
      return { ok: false, error: { status: 400, code: MockErrorCode.BadRequest, message: `the body is not valid JSON: ${(cause as Error).message}` } };
    }
  }
  if (format === 'form') {
    if (type !== 'application/x-www-form-urlencoded') {
      return { ok: false, error: { status: 415, code: MockErrorCode.UnsupportedMediaType, message: `expected Content-Type application/x-www-form-urlencoded, got ${JSON.stringify(type || '(none)')}` } };
    }
    const value = Object.fromEntries(new URLSearchParams(text));
    return { ok: true, value, logged: keepable(raw, value) };
  }
  return { ok: true, value: text, logged: text.slice(0, 4096) };
}

/** Checks the bearer token a route needs; refuses tokens in the query string (R-CONN-2) and notes the breach. */
async function authenticate(route: Route<unknown>, request: IncomingRequest, auth: Auth, violations: string[]): Promise<Client | null | MockError> {
  if ('access_token' in request.query) violations.push('token-in-query');
  if (route.scopes === null) return null;
  if ('access_token' in request.query) {
    return { status: 401, code: MockErrorCode.Unauthorized, message: 'a token in the query string is refused: send it in the Authorization header (RFC 6750 §2.1)' };
  }
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return { status: 401, code: MockErrorCode.Unauthorized, message: 'missing bearer token: send Authorization: Bearer <access token>' };
  const client = await auth.verify(match[1]!);
  if (isMockError(client)) return client;
  if (route.scopes.length > 0 && !route.scopes.some((s) => client.scopes.includes(s))) {
    return { status: 403, code: MockErrorCode.Forbidden, message: `the token lacks scope ${route.scopes.join(' or ')}` };
  }
  return client;
}

function faultResult(system: MockSystem<unknown>, rule: FaultRule, route: Route<unknown>): RouteResult {
  const status = rule.status ?? 503;
  const headers: Record<string, string> = rule.retryAfter === undefined ? {} : { 'retry-after': String(rule.retryAfter) };
  const byStatus: Record<number, MockErrorCode> = { 400: MockErrorCode.BadRequest, 401: MockErrorCode.Unauthorized, 403: MockErrorCode.Forbidden, 404: MockErrorCode.NotFound, 429: MockErrorCode.TooManyRequests };
  const code = byStatus[status] ?? (status >= 500 ? MockErrorCode.Unavailable : MockErrorCode.BadRequest);
  return errorResult(system, { status, code, message: `injected fault: ${status}` }, headers, route);
}

function render(result: RouteResult): { headers: Record<string, string>; body: string } {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(result.headers ?? {})) headers[k.toLowerCase()] = v;
  if (result.body === undefined) return { headers, body: '' };
  if (typeof result.body === 'string') {
    headers['content-type'] ??= 'text/plain; charset=utf-8';
    return { headers, body: result.body };
  }
  headers['content-type'] ??= JSON_TYPE;
  return { headers, body: JSON.stringify(result.body) };
}

/**
 * Runs one request through the shared pipeline: faults, body limit, token, validation, the route's function, journal.
 * Both transports call this, so the same request gets the same answer in process and over HTTP.
 */
export async function dispatch(deps: DispatchDeps, mounted: MountedRoute, params: Record<string, string>, request: IncomingRequest): Promise<OutgoingResponse> {
  const { system, route } = mounted;
  const started = deps.clock.now();
  const violations: string[] = [];
  let client: Client | null = null;
  let loggedBody: unknown = null;
  const fault = deps.faults.decide(route.id);
  let result: RouteResult;

  if (fault?.kind === 'status') {
    // A gateway throttles per client: the journal still names the caller whose token is valid.
    const who = await authenticate(route, request, deps.auth, violations);
    if (who !== null && !isMockError(who)) client = who;
    result = faultResult(system, fault, route);
  }
  else if (request.body !== null && request.body.byteLength > deps.bodyLimit) {
    result = errorResult(system, { status: 413, code: MockErrorCode.PayloadTooLarge, message: `the body has ${request.body.byteLength} bytes; the limit is ${deps.bodyLimit}` }, {}, route);
  } else {
    result = await (async (): Promise<RouteResult> => {
      const who = await authenticate(route, request, deps.auth, violations);
      if (isMockError(who)) return errorResult(system, who, who.status === 401 ? { 'www-authenticate': 'Bearer' } : {}, route);
      client = who;
      const p = validate(route.params, params, 'path parameter', 400);
      if (!p.ok) return errorResult(system, p.error, {}, route);
      const q = validate(route.query, request.query, 'query', 400);
      if (!q.ok) return errorResult(system, q.error, {}, route);
      const parsed = parseBody(route, request);
      if (!parsed.ok) return errorResult(system, parsed.error, {}, route);
      loggedBody = parsed.logged;
      const b = route.bodyFormat === 'stream' ? { ok: true as const, value: parsed.value } : validate(route.body, parsed.value, 'body', 422);
      if (!b.ok) return errorResult(system, b.error, {}, route);
      try {
        return await route.handle({ params: p.value, query: q.value, headers: request.headers, body: b.value, client, state: mounted.state, clock: deps.clock, origin: request.origin } as never);
      } catch (error) {
        return { status: 500, body: { error: { code: 'internal', message: `a bug in vn06 (route ${route.id}): ${(error as Error).message}` } } };
      }
    })();
  }

  const rendered = render(result);
  let body = rendered.body;
  if (fault?.kind === 'malformed') body = body.slice(0, Math.max(1, Math.floor(body.length / 2)));
  deps.journal.add({
    at: started,
    system: system.id,
    route: route.id,
    method: request.method,
    path: request.path,
    query: request.query,
    client: (client as Client | null)?.id ?? null,
    requestHeaders: request.headers,
    requestBody: loggedBody,
    status: result.status,
    responseHeaders: rendered.headers,
    responseBody: result.body ?? null,
    durationMs: deps.clock.now() - started,
    fault: fault ? `${fault.kind}${fault.kind === 'status' ? ` ${fault.status ?? 503}` : ''}` : null,
    violations,
  });
  return {
    status: result.status,
    headers: rendered.headers,
    body,
    reset: fault?.kind === 'reset',
    delayMs: fault?.kind === 'latency' ? (fault.latencyMs ?? 1000) : 0,
  };
}
