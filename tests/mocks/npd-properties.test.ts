/**
 * Property-based tests (fast-check) over every NPD route: random and malformed IDs, queries, headers, bodies and
 * tokens never give a 5xx or a dropped connection, and every 4xx is in the error shape of the route that answered.
 *
 * Repeatable: one fixed seed (SEED) and a fixed number of runs per property. To replay a failure, fast-check prints
 * the seed and the counterexample path; pass them as `{ seed, path }` to the failing `fc.assert`.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultClients } from '../../mocks/index.js';
import { oauthError } from '../../mocks/npd/contract.js';
import { npd } from '../../mocks/npd/index.js';
import { Auth, isMockError } from '../../src/mock/auth.js';
import { createClock } from '../../src/mock/clock.js';
import { createHarness } from '../../src/mock/harness.js';
import { defineRoute, type Route } from '../../src/mock/route.js';
import { defineMockSystem, type MockSystem } from '../../src/mock/system.js';
import { personas } from '../../src/population/personas.js';
import { startServer } from '../../src/server/http-server.js';
import { serve, testPopulation, type Served } from './helpers.js';

const SEED = 20_260_106;
const RUNS = 200;
/** The server's body limit (src/server/http-server.ts and the harness default): 1 MiB. */
const LIMIT = 1024 * 1024;

// ---------------------------------------------------------------------------------------------------------------
// A raw HTTP client: fetch cannot send a body with GET nor a path with unnormalised `../` or junk percent-encoding.
// ---------------------------------------------------------------------------------------------------------------

interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer | undefined;
}
interface RawReply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
}

/** One request on a fresh connection (no keep-alive races); rejects when the connection is dropped. */
function send(baseUrl: string, req: RawRequest): Promise<RawReply> {
  const url = new URL(baseUrl);
  const headers: Record<string, string> = { ...req.headers };
  if (req.body !== undefined) headers['content-length'] = String(req.body.byteLength);
  return new Promise((resolve, reject) => {
    const r = httpRequest({ host: url.hostname, port: url.port, method: req.method, path: req.path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    r.on('error', reject);
    r.end(req.body);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------------------------

/** Percent-encodes (UTF-8) every character `keep` does not accept. */
function pct(s: string, keep: RegExp): string {
  let out = '';
  for (const ch of s) out += keep.test(ch) ? ch : [...Buffer.from(ch, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  return out;
}
/** encodeURIComponent's unreserved set (without its throw on lone surrogates). */
const COMPONENT = /^[A-Za-z0-9\-_.~!*'()]$/;
/** Printable ASCII kept as is, `?` and `#` excepted: `../`, `%zz` and `%2F` reach the server verbatim. */
const RAW = /^[\x21\x22\x24-\x3e\x40-\x7e]$/;
const RAW_QUERY = /^[\x21\x22\x24-\x7e]$/;

const personaIds = personas().map((p) => p.personalId);
const legacyIds = personas().flatMap((p) => (p.legacyId ? [p.legacyId] : []));

/** A header value node:http will send: latin-1 printable and tab (no CR, LF, NUL). */
const latin1 = fc
  .integer({ min: 0x20, max: 0xff })
  .filter((c) => c !== 0x7f)
  .map((c) => String.fromCharCode(c));
const headerValue = fc.string({ unit: fc.oneof({ weight: 9, arbitrary: latin1 }, { weight: 1, arbitrary: fc.constant('\t') }), maxLength: 60 });
const tokenChars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~+/='.split(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }),
  fc.string({ maxLength: 40 }),
);
const digits = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));
const junkPieces = ['../', '..', '.', '/', '//', '%', '%zz', '%2F', '%2e%2e', '%00', '%E0%A4%A', '%C0%AF', '%FF', '?', '#', ';', ' ', 'é', '𝟙', '١', '０', '\u0000', '\u202e', '1', '0'];

/** Path parameters: empty, unicode, `../`, very long, percent-encoded junk, well-formed and persona IDs. */
const idArb = fc.oneof(
  anyText,
  fc.constantFrom('', '.', '..', '../', '../..', '../../oauth/token', '../../../__admin/health', '%', '%zz', '%E0%A4%A', '%2e%2e', ...personaIds, ...legacyIds),
  digits(0, 15),
  digits(9, 9),
  digits(12, 12),
  fc.array(fc.constantFrom(...junkPieces), { minLength: 1, maxLength: 8 }).map((p) => p.join('')),
  // Up to ~6 KiB once encoded: past the router's 200-character parameter limit, within node's 16 KiB header limit.
  fc.record({ n: fc.integer({ min: 150, max: 1000 }), c: fc.constantFrom('1', 'a', 'é', '%', '/', '.') }).map(({ n, c }) => c.repeat(n)),
);

const queryArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.tuple(
          fc.oneof(fc.constantFrom('fields', 'format', 'access_token', '__proto__', 'constructor', 'fields[]'), anyText),
          fc.oneof(fc.constantFrom('xml', 'json', 'SoCMND', 'SoCMND,VoChong', ' SoCMND , Cha', 'Password', ''), anyText),
        ),
        { maxLength: 3 },
      )
      .map((pairs) => `?${new URLSearchParams(pairs).toString()}`),
  },
  { weight: 1, arbitrary: anyText.map((t) => `?${pct(t, RAW_QUERY)}`) },
);

const headerName = fc.oneof(
  fc.constantFrom('accept', 'accept-language', 'accept-charset', 'user-agent', 'x-request-id', 'cookie', 'x-forwarded-for', 'origin', 'x-api-key', 'proxy-authorization', 'x-http-method-override'),
  fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-'.split('')), minLength: 1, maxLength: 12 }).map((n) => `x-${n}`),
);
const extraHeaders = fc.array(fc.tuple(headerName, headerValue), { maxLength: 4 });

const contentTypeArb = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'application/problem+json',
    'application/x-www-form-urlencoded',
    'application/x-www-form-urlencoded; charset=ISO-8859-1',
    'text/plain',
    'multipart/form-data; boundary=x',
    'application/xml',
    '*/*',
    ';',
    '',
  ),
  headerValue,
);

type BodySpec =
  | { readonly kind: 'none' }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'json' | 'form' | 'text'; readonly text: string }
  /** Built at run time so a counterexample prints as its size, not as a megabyte of text. */
  | { readonly kind: 'huge'; readonly size: number; readonly shape: 'text' | 'json' | 'form' }
  | { readonly kind: 'nested'; readonly depth: number; readonly open: '[' | '{"a":' };

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const formKey = fc.oneof(fc.constantFrom('grant_type', 'client_id', 'client_secret', 'scope', '__proto__', 'constructor'), anyText);
const formValue = fc.oneof(
  fc.constantFrom('client_credentials', 'password', 'procedure-system', 'procedure-system-secret', 'bank', 'bank-secret', 'npd.citizen.read', 'npd.citizen.verify', '', '%', '%zz'),
  anyText,
);
const formPairs = fc.array(fc.tuple(formKey, formValue), { maxLength: 5 });

const jsonBodies: fc.Arbitrary<BodySpec> = fc.oneof(
  { weight: 2, arbitrary: jsonValue.map((v) => ({ kind: 'json' as const, text: JSON.stringify(v) })) },
  {
    weight: 3,
    // The verify body's keys (and the token form's) with values of the wrong type, or missing, or extra.
    arbitrary: fc
      .record(
        { SoDinhDanh: fc.oneof(jsonValue, fc.constantFrom(...personaIds), digits(12, 12)), HoVaTen: jsonValue, NgayThangNamSinh: jsonValue, GioiTinh: jsonValue, grant_type: jsonValue, Password: jsonValue },
        { requiredKeys: [] },
      )
      .map((o) => ({ kind: 'json' as const, text: JSON.stringify(o) })),
  },
  // Truncated JSON.
  { weight: 1, arbitrary: fc.tuple(jsonValue, fc.nat()).map(([v, n]) => { const t = JSON.stringify(v); return { kind: 'json' as const, text: t.slice(0, n % (t.length + 1)) }; }) },
);
const formBodies: fc.Arbitrary<BodySpec> = fc.oneof(
  formPairs.map((pairs) => ({ kind: 'form' as const, text: new URLSearchParams(pairs).toString() })),
  formPairs.map((pairs) => ({ kind: 'form' as const, text: new URLSearchParams([['grant_type', 'client_credentials'], ...pairs]).toString() })),
);

const bodyArb: fc.Arbitrary<BodySpec> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 256 }).map((bytes) => ({ kind: 'bytes' as const, bytes })) },
  { weight: 6, arbitrary: jsonBodies },
  { weight: 4, arbitrary: formBodies },
  { weight: 1, arbitrary: anyText.map((text) => ({ kind: 'text' as const, text })) },
  {
    weight: 1,
    arbitrary: fc.record({
      size: fc.oneof(fc.constantFrom(LIMIT - 1, LIMIT, LIMIT + 1, LIMIT + 65_536), fc.integer({ min: LIMIT - 70_000, max: LIMIT + 70_000 })),
      shape: fc.constantFrom('text' as const, 'json' as const, 'form' as const),
    }).map(({ size, shape }) => ({ kind: 'huge' as const, size, shape })),
  },
  { weight: 1, arbitrary: fc.record({ depth: fc.integer({ min: 1, max: 100_000 }), open: fc.constantFrom('[' as const, '{"a":' as const) }).map(({ depth, open }) => ({ kind: 'nested' as const, depth, open })) },
);
/** Any body, or (as often) one in the format the route reads, so the requests also get past the content-type check. */
const bodyFor = (route: RouteInfo): fc.Arbitrary<BodySpec> =>
  route.method === 'GET' || route.method === 'DELETE' ? bodyArb : fc.oneof(bodyArb, route.bodyFormat === 'form' ? formBodies : jsonBodies);

function bodyBytes(spec: BodySpec): Buffer | undefined {
  switch (spec.kind) {
    case 'none':
      return undefined;
    case 'bytes':
      return Buffer.from(spec.bytes);
    case 'json':
    case 'form':
    case 'text':
      return Buffer.from(spec.text, 'utf8');
    case 'huge': {
      const [head, tail] =
        spec.shape === 'json' ? ['{"SoDinhDanh":"001085999001","HoVaTen":"', '","NgayThangNamSinh":"1985"}'] : spec.shape === 'form' ? ['grant_type=client_credentials&client_id=procedure-system&client_secret=', ''] : ['', ''];
      return Buffer.from(head + 'x'.repeat(spec.size - head.length - tail.length) + tail, 'utf8');
    }
    case 'nested':
      return Buffer.from(spec.open.repeat(spec.depth) + (spec.open === '[' ? '' : '1') + (spec.open === '[' ? ']' : '}').repeat(spec.depth), 'utf8');
  }
}
const naturalType = (spec: BodySpec): string | undefined =>
  spec.kind === 'json' || (spec.kind === 'huge' && spec.shape === 'json') || spec.kind === 'nested'
    ? 'application/json'
    : spec.kind === 'form' || (spec.kind === 'huge' && spec.shape === 'form')
      ? 'application/x-www-form-urlencoded'
      : undefined;

const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString('base64');
/** Characters for `id:secret` in HTTP Basic, with `%` and broken percent-escapes among them. */
const credText = fc.string({ unit: fc.oneof(latin1, fc.constantFrom('%', '%2', '%zz', '%41', ':', 'é')), maxLength: 12 });

interface Tokens {
  /** procedure-system: every NPD scope. */
  readonly valid: string;
  readonly clinic: string;
  readonly bank: string;
  /** Signed with the right key but expired a year ago. */
  readonly expired: string;
  /** Signed with another seed's key. */
  readonly foreign: string;
}

function authArb(tokens: Tokens, noScope: string | undefined): fc.Arbitrary<string | undefined> {
  const good = [tokens.valid, tokens.clinic, tokens.bank, tokens.expired, tokens.foreign, ...(noScope ? [noScope] : [])];
  return fc.oneof(
    fc.constant(undefined),
    fc.constantFrom('Bearer', 'Bearer ', 'bearer', 'Basic', 'Basic ', 'Token abc', 'Bearer a b', 'Negotiate YII=', `Bearer ${tokens.valid.slice(0, -2)}`, `Bearer ${tokens.valid}x`),
    headerValue.map((v) => `Bearer ${v}`),
    fc.string({ unit: tokenChars, maxLength: 300 }).map((v) => `Bearer ${v}`),
    fc.uint8Array({ maxLength: 48 }).map((b) => `Basic ${b64(b)}`),
    fc.tuple(credText, credText).map(([id, secret]) => `Basic ${b64(`${id}:${secret}`)}`),
    { weight: 2, arbitrary: fc.constantFrom(...good).map((t) => `Bearer ${t}`) },
    { weight: 4, arbitrary: fc.constant(`Bearer ${tokens.valid}`) },
    fc.constant(`bearer ${tokens.valid}`),
    fc.constant(`Basic ${b64('procedure-system:procedure-system-secret')}`),
  );
}

interface Generated {
  readonly params: readonly string[];
  readonly method: string;
  readonly encode: 'component' | 'raw';
  readonly query: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly contentType: string | null | 'natural';
  readonly body: BodySpec;
  readonly authorization: string | undefined;
}

type RouteInfo = Pick<Route<unknown>, 'id' | 'method' | 'path' | 'responses' | 'bodyFormat'>;
type SystemInfo = { readonly basePath: string; readonly routes: readonly RouteInfo[] };

const paramCount = (route: RouteInfo): number => route.path.match(/:[A-Za-z0-9_]+/g)?.length ?? 0;
const otherMethods = (method: string) => ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].filter((m) => m !== method);

function requestArb(route: RouteInfo, tokens: Tokens, noScope: string | undefined): fc.Arbitrary<Generated> {
  // The route's own method with raw or encoded IDs; another method only with encoded IDs, so no `../` takes a
  // POST or DELETE to the admin API (which could clear the journal or add faults).
  const methodAndEncoding = fc.oneof(
    { weight: 8, arbitrary: fc.record({ method: fc.constant(route.method as string), encode: fc.constantFrom('component' as const, 'raw' as const) }) },
    { weight: 1, arbitrary: fc.record({ method: fc.constantFrom(...otherMethods(route.method)), encode: fc.constant('component' as const) }) },
  );
  return fc
    .record({
      params: fc.array(idArb, { minLength: paramCount(route), maxLength: paramCount(route) }),
      me: methodAndEncoding,
      query: queryArb,
      headers: extraHeaders,
      contentType: fc.oneof({ weight: 3, arbitrary: fc.constant('natural' as const) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: contentTypeArb }),
      body: bodyFor(route),
      authorization: authArb(tokens, noScope),
    })
    .map(({ me, ...rest }) => ({ ...rest, ...me }));
}

function build(system: SystemInfo, route: RouteInfo, g: Generated): RawRequest {
  let i = 0;
  const path = system.basePath + route.path.replace(/:[A-Za-z0-9_]+/g, () => pct(g.params[i++] ?? '', g.encode === 'raw' ? RAW : COMPONENT)) + g.query;
  const headers: Record<string, string> = {};
  for (const [k, v] of g.headers) headers[k] = v;
  const type = g.contentType === 'natural' ? naturalType(g.body) : g.contentType;
  if (type !== undefined && type !== null) headers['content-type'] = type;
  if (g.authorization !== undefined) headers.authorization = g.authorization;
  return { method: g.method, path, headers, body: bodyBytes(g.body) };
}

// ---------------------------------------------------------------------------------------------------------------
// The check (property 1's core)
// ---------------------------------------------------------------------------------------------------------------

const gatewayShape = z.object({ error_code: z.number().int().min(1), message: z.string(), field: z.string().optional() }).strict();
const oauthShape = z.object({ error: z.string().min(1), error_description: z.string() }).strict();
/** vn06's own shape, for a path outside every system (a `../` that left /npd). */
const vn06Shape = z.object({ error: z.object({ code: z.string(), message: z.string() }).strict() }).strict();

/** The error shape a route declares: the OAuth one where its 4xx responses are `oauthError`, else the system's (the gateway's). */
const shapeOf = (route: RouteInfo): 'oauth' | 'gateway' =>
  Object.entries(route.responses).some(([status, r]) => Number(status) >= 400 && r.schema === oauthError) ? 'oauth' : 'gateway';

const patternOf = (system: SystemInfo, route: RouteInfo): RegExp =>
  new RegExp(`^${(system.basePath + route.path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z0-9_]+/g, '[^/]+')}$`);

/** Which route the server will run for this method and path (static paths first, as the router does), if any. */
function routeAt(system: SystemInfo, method: string, pathname: string): RouteInfo | undefined {
  const p = pathname.replace(/\/{2,}/g, '/').replace(/(.)\/$/, '$1');
  const candidates = system.routes.filter((r) => r.method === method && patternOf(system, r).test(p));
  return candidates.find((r) => !r.path.includes(':')) ?? candidates[0];
}

interface CheckOptions {
  /** Check that the status is < 500 and the connection holds. */
  readonly status: boolean;
  /** Check that every 4xx parses as JSON in the shape of the route that answered. */
  readonly shape: boolean;
  /** KNOWN BUG 2 (see the describe block at the end): accept the gateway shape for the token route's pipeline errors 413 and 415. */
  readonly tolerateTokenPipelineShape: boolean;
}

function describeRequest(req: RawRequest): string {
  const body = req.body === undefined ? 'none' : req.body.byteLength > 300 ? `${req.body.byteLength} bytes` : JSON.stringify(req.body.toString('utf8'));
  return `${req.method} ${req.path.length > 300 ? `${req.path.slice(0, 300)}… (${req.path.length} chars)` : req.path} headers=${JSON.stringify(req.headers)} body=${body}`;
}

/** Throws (so fast-check records a failure) unless the reply is a non-5xx, and each 4xx is in the right shape. */
function checkReply(system: SystemInfo, req: RawRequest, reply: RawReply | Error, options: CheckOptions): void {
  const where = describeRequest(req);
  if (reply instanceof Error) {
    if (options.status) throw new Error(`connection dropped (${reply.message}) for ${where}`);
    return;
  }
  const { status, text } = reply;
  if (options.status && (status >= 500 || status < 200)) throw new Error(`status ${status} for ${where}: ${text.slice(0, 300)}`);
  if (!options.shape || status < 400 || status >= 500) return;
  const pathname = new URL(req.path, 'http://localhost').pathname;
  if (pathname === '/__admin' || pathname.startsWith('/__admin/')) return; // a `../` reached the admin API: not an NPD reply
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`status ${status} with a body that is not JSON for ${where}: ${JSON.stringify(text.slice(0, 300))}`);
  }
  const inSystem = pathname === system.basePath || pathname.startsWith(`${system.basePath}/`);
  const answering = inSystem ? routeAt(system, req.method, pathname) : undefined;
  let shape: 'oauth' | 'gateway' | 'vn06' = !inSystem ? 'vn06' : answering ? shapeOf(answering) : 'gateway';
  if (shape === 'oauth' && options.tolerateTokenPipelineShape && (status === 413 || status === 415) && gatewayShape.safeParse(body).success) shape = 'gateway';
  const schema = shape === 'oauth' ? oauthShape : shape === 'gateway' ? gatewayShape : vn06Shape;
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`status ${status} not in the ${shape} error shape (${parsed.error.issues[0]?.message ?? ''}) for ${where}: ${text.slice(0, 300)}`);
  if (status === 405 && !reply.headers.allow) throw new Error(`405 without Allow for ${where}`);
}

/** KNOWN BUG 1 (see the end): HTTP Basic credentials that are not valid percent-encoding make the token route throw. */
function basicCredentialsThrow(req: RawRequest): boolean {
  const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!basic) return false;
  const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return false;
  try {
    decodeURIComponent(decoded.slice(0, colon));
    decodeURIComponent(decoded.slice(colon + 1));
    return false;
  } catch {
    return true;
  }
}

interface Target {
  readonly url: string;
  readonly system: SystemInfo;
  readonly route: RouteInfo;
}

function routeProperty(target: Target, tokens: Tokens, noScope: string | undefined, options: CheckOptions & { readonly tolerateBasicCredentials: boolean }) {
  return fc.asyncProperty(requestArb(target.route, tokens, noScope), async (g) => {
    const req = build(target.system, target.route, g);
    if (options.tolerateBasicCredentials && shapeOf(target.route) === 'oauth' && basicCredentialsThrow(req)) fc.pre(false);
    const reply = await send(target.url, req).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    checkReply(target.system, req, reply, options);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Setup
// ---------------------------------------------------------------------------------------------------------------

async function tokensFor(s: Served): Promise<Tokens> {
  const procedure = defaultClients.find((c) => c.id === 'procedure-system')!;
  const issue = async (auth: Auth): Promise<string> => {
    const grant = await auth.issue(procedure.id, procedure.secret);
    if (isMockError(grant)) throw new Error(grant.message);
    return grant.access_token;
  };
  return {
    valid: await s.token(),
    clinic: await s.token('clinic'),
    bank: await s.token('bank'),
    expired: await issue(new Auth({ seed: 1, clock: createClock({ start: '2025-01-01T00:00:00Z', frozen: true }), clients: defaultClients })),
    foreign: await issue(new Auth({ seed: 2, clock: s.harness.clock, clients: defaultClients })),
  };
}

/** A valid token of a client that lacks every scope the route accepts (none for a public route). */
async function tokenWithoutScope(s: Served, route: RouteInfo & Pick<Route<unknown>, 'scopes'>): Promise<string | undefined> {
  const scopes = route.scopes;
  if (scopes === null || scopes.length === 0) return undefined;
  for (const client of defaultClients) for (const scope of client.scopes) if (!scopes.includes(scope)) return s.token(client.id, scope);
  return undefined;
}

const params = (extra: Partial<fc.Parameters<unknown>> = {}): fc.Parameters<unknown> => ({ seed: SEED, numRuns: RUNS, includeErrorInReport: true, ...extra });
/** The main properties' options: every check on (the bugs the properties first found are fixed and pinned by the regression tests at the end). */
const TOLERANT = { status: true, shape: true, tolerateTokenPipelineShape: false, tolerateBasicCredentials: false } as const;

let s: Served;
let tokens: Tokens;
beforeAll(async () => {
  s = await serve();
  tokens = await tokensFor(s);
});
afterAll(async () => {
  await s.server.close();
});

const population = testPopulation();
const sampleCitizens = Array.from({ length: 40 }, (_, i) => population.at(Math.floor((i * population.size) / 40)));
const refusal = new Map(personas().flatMap((p): [string, { status: number; code: number }][] =>
  p.kind === 'revoked-id' ? [[p.personalId, { status: 410, code: 10 }]] : p.kind === 'duplicate-records' ? [[p.personalId, { status: 409, code: 11 }]] : [],
));

// ---------------------------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------------------------

describe('NPD properties (fast-check, fixed seed)', () => {
  // Property 1, once per route of npd.routes: a new route is covered without touching this file.
  for (const route of npd.routes) {
    it(`1. ${route.id} (${route.method} ${route.path}): random IDs, queries, headers, bodies and tokens give no 5xx, no dropped connection, each 4xx in the route's error shape`, async () => {
      const noScope = await tokenWithoutScope(s, route);
      await fc.assert(routeProperty({ url: s.server.url, system: npd, route }, tokens, noScope, TOLERANT), params());
    });
  }

  it('2a. lookup with a valid token: any 12-digit ID gives 200 or 404 (410/409 for the revoked and duplicate personas)', async () => {
    const id = fc.oneof(digits(12, 12), fc.constantFrom(...personaIds), fc.constantFrom(...sampleCitizens.map((c) => c.personalId)));
    await fc.assert(
      fc.asyncProperty(id, async (soDinhDanh) => {
        const r = await s.call('GET', `/npd/v1/citizens/${soDinhDanh}`, { token: tokens.valid });
        const body = r.json();
        const refused = refusal.get(soDinhDanh);
        if (refused) expect([r.status, body.error_code]).toEqual([refused.status, refused.code]);
        else if (population.byPersonalId(soDinhDanh)) expect([r.status, body.error_code, body.data?.SoDinhDanh]).toEqual([200, 0, soDinhDanh]);
        else expect([r.status, body.error_code]).toEqual([404, 4]);
      }),
      params(),
    );
  });

  /** Not exactly 12 ASCII digits; '', '.' and '..' name no ID (an empty segment; dot segments are removed from every URL). */
  const notAnId = (maxLength: number) =>
    fc
      .oneof(
        anyText,
        digits(0, 30),
        fc.tuple(digits(12, 12), fc.nat(11), fc.constantFrom(' ', 'a', '٣', '３', '𝟙', '-', '/', '%', '\u0000', '.')).map(([d, i, c]) => d.slice(0, i) + c + d.slice(i + 1)),
        fc.tuple(digits(12, 12), fc.constantFrom(' ', '\t', '0', '/', '%20', '\n', '.0')).map(([d, c]) => d + c),
        fc.array(fc.constantFrom(...junkPieces), { minLength: 1, maxLength: 8 }).map((p) => p.join('')),
        fc.record({ n: fc.integer({ min: 13, max: maxLength }), c: fc.constantFrom('1', 'a', 'é', '%') }).map(({ n, c }) => c.repeat(n)),
      )
      .filter((v) => !/^\d{12}$/.test(v) && v !== '' && v !== '.' && v !== '..' && v.length <= maxLength);

  const expect400 = async (soDinhDanh: string): Promise<void> => {
    const r = await s.call('GET', `/npd/v1/citizens/${pct(soDinhDanh, COMPONENT)}`, { token: tokens.valid });
    if (r.status !== 400) throw new Error(`status ${r.status} for ${JSON.stringify(soDinhDanh.length > 60 ? `${soDinhDanh.slice(0, 60)}… (${soDinhDanh.length} chars)` : soDinhDanh)}: ${r.text.slice(0, 200)}`);
    expect(gatewayShape.parse(r.json()).error_code).toBe(1);
  };

  it('2b. lookup with a valid token: any ID that is not exactly 12 ASCII digits (up to 200 characters) gives 400, error_code 1', async () => {
    await fc.assert(fc.asyncProperty(notAnId(200), expect400), params());
  });

  it('3. verify for a verify-only client: right keys, arbitrary strings give 200/404/422 (409/410 for the personas); a 200 holds verdicts only', async () => {
    const field = (real: fc.Arbitrary<string>) => fc.oneof(real, anyText, fc.string({ unit: 'binary', maxLength: 220 }));
    const arb = fc
      .record({ citizen: fc.constantFrom(...sampleCitizens), useRealId: fc.boolean(), otherId: fc.oneof(digits(12, 12), fc.constantFrom(...personaIds), anyText) })
      .chain(({ citizen, useRealId, otherId }) => {
        const [y, m, d] = citizen.dateOfBirth.split('-');
        return fc.record(
          {
            citizen: fc.constant(citizen),
            SoDinhDanh: fc.constant(useRealId ? citizen.personalId : otherId),
            HoVaTen: field(fc.constantFrom(citizen.fullName, citizen.fullName.normalize('NFD'), ` ${citizen.fullName}  `, citizen.givenName)),
            NgayThangNamSinh: field(fc.constantFrom(citizen.dateOfBirth, `${d}/${m}/${y}`, y ?? '', `${y}${m}${d}`)),
            GioiTinh: field(fc.constantFrom('1', '2')),
          },
          { requiredKeys: ['citizen', 'SoDinhDanh', 'HoVaTen', 'NgayThangNamSinh'] },
        );
      });
    await fc.assert(
      fc.asyncProperty(arb, async ({ citizen, ...json }) => {
        const r = await s.call('POST', '/npd/v1/citizens/verify', { token: tokens.bank, json });
        const refused = refusal.get(json.SoDinhDanh);
        expect(refused ? [refused.status, 422] : [200, 404, 422]).toContain(r.status);
        const body = r.json();
        if (r.status !== 200) {
          gatewayShape.parse(body);
          return;
        }
        expect(Object.keys(body).sort()).toEqual(['data', 'error_code', 'message']);
        expect(body.error_code).toBe(0);
        const data = body.data as Record<string, unknown>;
        expect(Object.keys(data).sort()).toEqual(['ConSong', 'HoVaTen', 'NgayThangNamSinh', 'SoDinhDanh', ...(json.GioiTinh === undefined ? [] : ['GioiTinh'])].sort());
        expect(data.SoDinhDanh).toBe('match');
        expect(typeof data.ConSong).toBe('boolean');
        for (const key of ['HoVaTen', 'NgayThangNamSinh', 'GioiTinh'] as const) if (key in data) expect(['match', 'mismatch']).toContain(data[key]);
        // No personal data: neither the stored name nor the stored date of birth anywhere in the reply.
        const stored = population.byPersonalId(json.SoDinhDanh);
        if (stored) {
          for (const secret of [stored.fullName, stored.surname + ' ' + stored.middleName, stored.dateOfBirth, stored.dateOfBirth.replaceAll('-', '')]) expect(r.text).not.toContain(secret);
          expect(data.ConSong).toBe(stored.dateOfDeath === null);
          if (json.SoDinhDanh === citizen.personalId && json.HoVaTen === citizen.fullName) expect(data.HoVaTen).toBe('match');
        }
      }),
      params(),
    );
  });

  it('4. afterwards the server is healthy and the journal recorded no 5xx', async () => {
    const health = await s.call('GET', '/__admin/health');
    expect(health.status).toBe(200);
    expect(health.json().status).toBe('ok');
    for (const status of [500, 501, 502, 503, 504]) {
      const journal = await s.call('GET', `/__admin/journal?status=${status}`);
      expect(journal.status).toBe(200);
      expect(journal.json().entries).toEqual([]);
    }
    // The properties above did reach the routes (and the journal did not overflow and hide anything).
    const all = s.harness.journal;
    expect(all.dropped).toBe(0);
    for (const route of npd.routes) expect(all.list({ route: route.id }).length).toBeGreaterThan(RUNS / 2);
  });
});

describe('the properties can fail', () => {
  it("property 1's check finds the 500 of a route whose handler throws on some input", async () => {
    const broken = defineMockSystem<null>({
      id: 'broken',
      title: 'a deliberately broken system',
      version: '0.0.0',
      basePath: '/broken',
      createState: () => null,
      errorBody: npd.errorBody,
      routes: [
        defineRoute<null, { id: string }>({
          id: 'broken.thing',
          method: 'GET',
          path: '/v1/things/:id',
          summary: 'throws on a non-ASCII ID',
          scopes: null,
          params: z.object({ id: z.string() }),
          responses: {},
          handle({ params: p }) {
            if (/[^\x00-\x7f]/.test(p.id)) throw new Error('cannot handle non-ASCII');
            return { status: 404, body: { error_code: 4, message: 'no such thing' } };
          },
        }),
      ],
    });
    const harness = createHarness({ seed: 1, populationIndex: testPopulation(), systems: [broken as MockSystem<unknown>], clients: defaultClients, clock: { start: '2026-01-01T00:00:00Z', frozen: true } });
    const server = await startServer({ harness, port: 0 });
    try {
      const route = broken.routes[0]!;
      await expect(fc.assert(routeProperty({ url: server.url, system: broken, route }, tokens, undefined, TOLERANT), params())).rejects.toThrow(/status 500 for GET \/broken\/v1\/things\//);
      expect(harness.journal.list({ status: 500 }).length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });
});

/**
 * Regressions: three bugs the properties found (a 500 from malformed percent-encoding in HTTP Basic credentials; pipeline
 * errors of the token route in the gateway shape instead of RFC 6749 §5.2; over-long IDs answered 404 instead of 400).
 * They run on their own harness, so a regression's 5xx stays out of property 4's journal check.
 */
describe('regressions: the bugs the properties found', () => {
  let b: Served;
  let bTokens: Tokens;
  beforeAll(async () => {
    b = await serve();
    bTokens = await tokensFor(b);
  });
  afterAll(async () => {
    await b.server.close();
  });
  const token = npd.routes.find((r) => shapeOf(r) === 'oauth')!;

  // Regression: POST /npd/oauth/token with `Authorization: Basic <base64 of "%:">` (an id or secret that is not
  // valid percent-encoding) once answered 500; it must be 401 invalid_client.
  it('token route: never a 5xx, whatever the HTTP Basic credentials', async () => {
    await fc.assert(
      routeProperty({ url: b.server.url, system: npd, route: token }, bTokens, undefined, { status: true, shape: false, tolerateTokenPipelineShape: true, tolerateBasicCredentials: false }),
      // The failing input is rare (first met after 50–100 runs at this seed): extra runs keep a wide margin.
      params({ numRuns: 500 }),
    );
  });

  // Regression: the token route's pipeline errors (415 for a non-form content type, 413 for a body over 1 MiB) once
  // came in the gateway shape; like every token error they must use the RFC 6749 §5.2 shape { error, error_description }.
  it('token route: every 4xx in the RFC 6749 §5.2 shape, pipeline errors included', async () => {
    await fc.assert(
      routeProperty({ url: b.server.url, system: npd, route: token }, bTokens, undefined, { status: true, shape: true, tolerateTokenPipelineShape: false, tolerateBasicCredentials: true }),
      params(),
    );
  });

  // Regression: an ID of more than 200 characters once got 404 "no route" (the router's parameter length limit) instead
  // of 400 error_code 1.
  it('2c. lookup with a valid token: an over-long ID (201–1,000 characters) also gives 400, error_code 1', async () => {
    const long = fc.record({ n: fc.integer({ min: 201, max: 1000 }), c: fc.constantFrom('1', 'a', 'é', '%') }).map(({ n, c }) => c.repeat(n));
    await fc.assert(
      fc.asyncProperty(long, async (id) => {
        const r = await b.call('GET', `/npd/v1/citizens/${pct(id, COMPONENT)}`, { token: bTokens.valid });
        expect([r.status, r.json().error_code]).toEqual([400, 1]);
      }),
      params({ numRuns: 20 }),
    );
  });
});
