import type { z } from 'zod';
import type { Auth } from './auth.js';
import { isMockError } from './auth.js';
import type { Clock } from './clock.js';
import { isPending, type Eventually } from './eventually.js';
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

/** The media type of a request (`application/json` of `application/json; charset=utf-8`), lower-case; '' when none. */
function mediaType(request: IncomingRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

const NO_BODY: Parsed = { ok: true, value: undefined, logged: null };

function parseBody(route: Route<unknown>, request: IncomingRequest): Parsed {
  const raw = request.body;
  if (route.bodyFormat === 'stream') {
    const type = mediaType(request);
    const accepted = route.accepts ?? [];
    if (accepted.length > 0 && !accepted.includes(type)) {
      return { ok: false, error: { status: 415, code: MockErrorCode.UnsupportedMediaType, message: `expected Content-Type ${accepted.join(' or ')}, got ${JSON.stringify(type || '(none)')}` } };
    }
    return { ok: true, value: request.stream ?? (async function* () {})(), logged: '[stream]' };
  }
  if (route.method === 'GET' || route.method === 'DELETE' || !route.body) return NO_BODY;
  const type = mediaType(request);
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
  return { ok: true, value: text, logged: journalText(text) };
}


/** Checks the bearer token a route needs (at once when the token was verified before); refuses tokens in the query string (R-CONN-2). */
function authenticate(route: Route<unknown>, request: IncomingRequest, auth: Auth): Eventually<Client | null | MockError> {
  const scopes = route.scopes;
  if (scopes === null) return null;
  if ('access_token' in request.query) {
    return { status: 401, code: MockErrorCode.Unauthorized, message: 'a token in the query string is refused: send it in the Authorization header (RFC 6750 §2.1)' };
  }
  const token = auth.bearerToken(request.headers.authorization ?? '');
  if (token === undefined) return { status: 401, code: MockErrorCode.Unauthorized, message: 'missing bearer token: send Authorization: Bearer <access token>' };
  const client = auth.verify(token);
  return isPending(client) ? Promise.resolve(client).then((c) => scoped(c, scopes)) : scoped(client, scopes);
}

/** The client when its token carries one of the route's scopes (any, when the route names none). */
function scoped(client: Client | MockError, scopes: readonly string[]): Client | MockError {
  if (isMockError(client)) return client;
  if (scopes.length > 0 && !scopes.some((s) => client.scopes.includes(s))) {
    return { status: 403, code: MockErrorCode.Forbidden, message: `the token lacks scope ${scopes.join(' or ')}` };
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

const JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'content-type': JSON_TYPE });
const TEXT_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'content-type': 'text/plain; charset=utf-8' });
const NO_HEADERS: Readonly<Record<string, string>> = Object.freeze({});

/** True when every header name is lower-case and a Content-Type is given: the route's headers go out as they are. */
function ready(headers: Readonly<Record<string, string>>): boolean {
  for (const name in headers) if (name !== name.toLowerCase()) return false;
  return headers['content-type'] !== undefined;
}

/** The response's headers (lower-case names, a Content-Type for a body) and body text; the route's own headers object when it needs no change. */
function render(result: RouteResult): { headers: Readonly<Record<string, string>>; body: string } {
  const given = result.headers;
  const { body } = result;
  if (body === undefined) return { headers: given === undefined ? NO_HEADERS : lowerCased(given), body: '' };
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  if (given === undefined) return { headers: typeof body === 'string' ? TEXT_HEADERS : JSON_HEADERS, body: text };
  if (ready(given)) return { headers: given, body: text };
  const headers = lowerCased(given);
  headers['content-type'] ??= typeof body === 'string' ? 'text/plain; charset=utf-8' : JSON_TYPE;
  return { headers, body: text };
}

function lowerCased(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) out[name.toLowerCase()] = headers[name]!;
  return out;
}

/** Text longer than this is journaled as its first `JOURNAL_KEEP` characters and its length. */
const JOURNAL_LARGE = 16 * 1024;
const JOURNAL_KEEP = 4096;

/**
 * What the journal keeps of a body's text: all of it when small; else a copy of its start and its length. The copy
 * matters: a slice of a large string keeps the whole string alive, and the journal holds 10,000 entries.
 */
function journalText(text: string): string {
  if (text.length <= JOURNAL_LARGE) return text;
  return `${Buffer.from(text.slice(0, JOURNAL_KEEP), 'utf8').toString('utf8')}… (${text.length} characters)`;
}

const NO_VIOLATIONS: readonly string[] = Object.freeze([]);
const TOKEN_IN_QUERY: readonly string[] = Object.freeze(['token-in-query']);

/** One request on its way through the pipeline: what it takes to answer it and journal it. */
interface Exchange {
  readonly deps: DispatchDeps;
  readonly mounted: MountedRoute;
  readonly params: Record<string, string>;
  readonly request: IncomingRequest;
  readonly fault: FaultRule | null;
  readonly started: number;
  /** Noted whenever the token is checked (R-CONN-2), refused or not. */
  readonly violations: readonly string[];
}

/**
 * Runs one request through the shared pipeline: faults, body limit, token, validation, the route's function, journal.
 * Both transports call this, so the same request gets the same answer in process and over HTTP. The answer comes at
 * once unless a step waits (a token seen for the first time, a route that awaits).
 */
export function dispatch(deps: DispatchDeps, mounted: MountedRoute, params: Record<string, string>, request: IncomingRequest): Eventually<OutgoingResponse> {
  const { system, route } = mounted;
  const started = deps.clock.now();
  const fault = deps.faults.decide(route.id);
  const x: Exchange = { deps, mounted, params, request, fault, started, violations: 'access_token' in request.query ? TOKEN_IN_QUERY : NO_VIOLATIONS };
  if (fault?.kind === 'status') {
    // A gateway throttles per client: the journal still names the caller whose token is valid.
    const who = authenticate(route, request, deps.auth);
    const throttled = (caller: Client | null | MockError): OutgoingResponse => finish(x, faultResult(system, fault, route), caller !== null && !isMockError(caller) ? caller : null, null);
    return isPending(who) ? Promise.resolve(who).then(throttled) : throttled(who);
  }
  if (request.body !== null && request.body.byteLength > deps.bodyLimit) {
    const error: MockError = { status: 413, code: MockErrorCode.PayloadTooLarge, message: `the body has ${request.body.byteLength} bytes; the limit is ${deps.bodyLimit}` };
    return finish({ ...x, violations: NO_VIOLATIONS }, errorResult(system, error, {}, route), null, null);
  }
  const who = authenticate(route, request, deps.auth);
  return isPending(who) ? Promise.resolve(who).then((caller) => serve(x, caller)) : serve(x, who);
}

/** Validates the request for the authenticated caller and runs the route's function. */
function serve(x: Exchange, who: Client | null | MockError): Eventually<OutgoingResponse> {
  const { system, route } = x.mounted;
  if (isMockError(who)) return finish(x, errorResult(system, who, who.status === 401 ? { 'www-authenticate': 'Bearer' } : {}, route), null, null);
  const p = validate(route.params, x.params, 'path parameter', 400);
  if (!p.ok) return finish(x, errorResult(system, p.error, {}, route), who, null);
  const q = validate(route.query, x.request.query, 'query', 400);
  if (!q.ok) return finish(x, errorResult(system, q.error, {}, route), who, null);
  const parsed = parseBody(route, x.request);
  if (!parsed.ok) return finish(x, errorResult(system, parsed.error, {}, route), who, null);
  const b = route.bodyFormat === 'stream' ? { ok: true as const, value: parsed.value } : validate(route.body, parsed.value, 'body', 422);
  if (!b.ok) return finish(x, errorResult(system, b.error, {}, route), who, parsed.logged);
  let handled: Eventually<RouteResult>;
  try {
    handled = route.handle({ params: p.value, query: q.value, headers: x.request.headers, body: b.value, client: who, state: x.mounted.state, clock: x.deps.clock, origin: x.request.origin } as never);
  } catch (error) {
    handled = routeFailed(route, error);
  }
  if (!isPending(handled)) return finish(x, handled, who, parsed.logged);
  return Promise.resolve(handled).then(
    (result) => finish(x, result, who, parsed.logged),
    (error: unknown) => finish(x, routeFailed(route, error), who, parsed.logged),
  );
}

/** What a route that throws answers: a 500 naming the bug. */
function routeFailed(route: Route<unknown>, error: unknown): RouteResult {
  return { status: 500, body: { error: { code: 'internal', message: `a bug in vn06 (route ${route.id}): ${(error as Error).message}` } } };
}

/** Renders the result, journals the exchange and makes the response (a malformed-body fault cuts the body in half). */
function finish(x: Exchange, result: RouteResult, client: Client | null, loggedBody: unknown): OutgoingResponse {
  const { deps, request, fault, started } = x;
  const rendered = render(result);
  let body = rendered.body;
  if (fault?.kind === 'malformed') body = body.slice(0, Math.max(1, Math.floor(body.length / 2)));
  deps.journal.add({
    at: started,
    system: x.mounted.system.id,
    route: x.mounted.route.id,
    method: request.method,
    path: request.path,
    query: request.query,
    client: client?.id ?? null,
    requestHeaders: request.headers,
    requestBody: loggedBody,
    status: result.status,
    responseHeaders: rendered.headers,
    responseBody: typeof result.body === 'string' ? journalText(result.body) : (result.body ?? null),
    durationMs: deps.clock.now() - started,
    fault: fault ? `${fault.kind}${fault.kind === 'status' ? ` ${fault.status ?? 503}` : ''}` : null,
    violations: x.violations,
  });
  return {
    status: result.status,
    headers: rendered.headers,
    body,
    reset: fault?.kind === 'reset',
    delayMs: fault?.kind === 'latency' ? (fault.latencyMs ?? 1000) : 0,
  };
}
