import { setupServer } from 'msw/node';
import { request as undiciRequest, type Dispatcher } from 'undici';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMswHandlers, createUndiciDispatcher, DEFAULT_ORIGIN } from '../../src/intercept/index.js';
import type { Harness } from '../../src/mock/harness.js';
import { startServer } from '../../src/server/http-server.js';
import { FORM, makeHarness, population, tokenForm } from './helpers.js';

/** Tokens captured from earlier answers of the same run (deterministic: the clock is frozen). */
interface Ctx {
  token: string;
  bank: string;
}

interface Case {
  readonly name: string;
  /** The status this case is about, so a case cannot silently test something else. */
  readonly expect: number;
  readonly before?: (harness: Harness) => void;
  readonly method: string;
  readonly path: (c: Ctx) => string;
  readonly headers?: (c: Ctx) => Record<string, string>;
  readonly body?: string;
  readonly capture?: keyof Ctx;
}

interface Outcome {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  text: string;
  bytes: string;
}

const citizen = population().at(3);
const withLegacy = (() => {
  for (let i = 0; i < population().size; i++) if (population().at(i).legacyId) return population().at(i);
  throw new Error('no citizen with an old ID');
})();
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const json = (token: string) => ({ ...bearer(token), 'content-type': 'application/json' });
const lookup = (id: string) => () => `/npd/v1/citizens/${id}`;
const verify = '/npd/v1/citizens/verify';
const body = (fields: Record<string, unknown>) => JSON.stringify({ SoDinhDanh: citizen.personalId, HoVaTen: citizen.fullName, NgayThangNamSinh: citizen.dateOfBirth, ...fields });

const cases: readonly Case[] = [
  { name: 'token: good secret', expect: 200, method: 'POST', path: () => '/npd/oauth/token', headers: () => ({ 'content-type': FORM }), body: tokenForm(), capture: 'token' },
  { name: 'token: bad secret', expect: 401, method: 'POST', path: () => '/npd/oauth/token', headers: () => ({ 'content-type': FORM }), body: tokenForm('bank', 'nope') },
  { name: 'token: bad grant', expect: 400, method: 'POST', path: () => '/npd/oauth/token', headers: () => ({ 'content-type': FORM }), body: 'grant_type=password&client_id=bank&client_secret=bank-secret' },
  {
    name: 'token: HTTP Basic (bank)', expect: 200, method: 'POST', path: () => '/npd/oauth/token', body: 'grant_type=client_credentials', capture: 'bank',
    headers: () => ({ 'content-type': FORM, authorization: `Basic ${Buffer.from('bank:bank-secret').toString('base64')}` }),
  },
  { name: 'lookup: ok', expect: 200, method: 'GET', path: lookup(citizen.personalId), headers: (c) => bearer(c.token) },
  { name: 'lookup: some fields, repeated query parameter', expect: 200, method: 'GET', path: () => `/npd/v1/citizens/${citizen.personalId}?fields=SoCMND&fields=Cha,Me`, headers: (c) => bearer(c.token) },
  { name: 'lookup: XML format', expect: 200, method: 'GET', path: () => `/npd/v1/citizens/${citizen.personalId}?format=xml`, headers: (c) => bearer(c.token) },
  { name: 'lookup: trailing slash', expect: 200, method: 'GET', path: () => `/npd/v1/citizens/${citizen.personalId}/`, headers: (c) => bearer(c.token) },
  { name: 'lookup: duplicate slashes', expect: 200, method: 'GET', path: () => `/npd//v1/citizens/${citizen.personalId}`, headers: (c) => bearer(c.token) },
  { name: 'lookup: unknown ID', expect: 404, method: 'GET', path: lookup('999999999999'), headers: (c) => bearer(c.token) },
  { name: 'lookup: malformed ID', expect: 400, method: 'GET', path: lookup('12345'), headers: (c) => bearer(c.token) },
  { name: 'lookup: no token', expect: 401, method: 'GET', path: lookup(citizen.personalId) },
  { name: 'lookup: token in the query', expect: 401, method: 'GET', path: (c) => `/npd/v1/citizens/${citizen.personalId}?access_token=${c.token}` },
  { name: 'lookup: insufficient scope (bank)', expect: 403, method: 'GET', path: lookup(citizen.personalId), headers: (c) => bearer(c.bank) },
  { name: 'verify: match', expect: 200, method: 'POST', path: () => verify, headers: (c) => json(c.token), body: body({}) },
  { name: 'verify: mismatch', expect: 200, method: 'POST', path: () => verify, headers: (c) => json(c.token), body: body({ HoVaTen: 'Nguyễn Văn Không', GioiTinh: '1' }) },
  { name: 'verify: NFD name with spaces', expect: 200, method: 'POST', path: () => verify, headers: (c) => json(c.bank), body: body({ HoVaTen: ` ${citizen.fullName.normalize('NFD')}  ` }) },
  { name: 'verify: malformed JSON', expect: 400, method: 'POST', path: () => verify, headers: (c) => json(c.token), body: '{"SoDinhDanh": ' },
  { name: 'verify: wrong content type', expect: 415, method: 'POST', path: () => verify, headers: (c) => ({ ...bearer(c.token), 'content-type': 'text/plain' }), body: body({}) },
  { name: 'verify: schema error', expect: 422, method: 'POST', path: () => verify, headers: (c) => json(c.token), body: JSON.stringify({ SoDinhDanh: citizen.personalId }) },
  { name: 'verify: body over the limit', expect: 413, method: 'POST', path: () => verify, headers: (c) => json(c.token), body: `"${'x'.repeat(1_100_000)}"` },
  { name: 'legacy ID: ok', expect: 200, method: 'GET', path: () => `/npd/v1/legacy-ids/${withLegacy.legacyId}`, headers: (c) => bearer(c.token) },
  { name: 'legacy ID: not found', expect: 404, method: 'GET', path: () => '/npd/v1/legacy-ids/000000001', headers: (c) => bearer(c.token) },
  { name: 'unknown path under /npd', expect: 404, method: 'GET', path: () => '/npd/v1/nothing' },
  { name: 'the root path', expect: 404, method: 'GET', path: () => '/' },
  { name: 'unknown path outside any system', expect: 404, method: 'GET', path: () => '/nothing/here' },
  { name: 'wrong method', expect: 405, method: 'GET', path: () => '/npd/oauth/token' },
  { name: 'HEAD (not a route method: 405, no body)', expect: 405, method: 'HEAD', path: lookup(citizen.personalId) },
  { name: 'OPTIONS (405)', expect: 405, method: 'OPTIONS', path: () => '/npd/v1/citizens/verify' },
  { name: 'wrong method on a parameter route', expect: 405, method: 'DELETE', path: lookup(citizen.personalId), headers: (c) => bearer(c.token) },
  {
    name: 'injected 429 with Retry-After', expect: 429, method: 'GET', path: lookup(citizen.personalId), headers: (c) => bearer(c.token),
    before: (h) => h.faults.add({ route: 'npd.lookup', kind: 'status', status: 429, retryAfter: 7, next: 1 }),
  },
  { name: 'a 200 with no body (no Content-Type either)', expect: 200, method: 'GET', path: () => '/counter/empty' },
  { name: 'admin: health', expect: 200, method: 'GET', path: () => '/__admin/health' },
  { name: 'admin: add a fault (malformed body, next 1)', expect: 201, method: 'POST', path: () => '/__admin/faults', headers: () => ({ 'content-type': 'application/json' }), body: JSON.stringify({ route: 'npd.lookup', kind: 'malformed', next: 1 }) },
  { name: 'lookup: malformed-body fault', expect: 200, method: 'GET', path: lookup(citizen.personalId), headers: (c) => bearer(c.token) },
  { name: 'admin: clear faults (204, no body)', expect: 204, method: 'DELETE', path: () => '/__admin/faults' },
  { name: 'lookup: expired token', expect: 401, method: 'GET', path: lookup(citizen.personalId), headers: (c) => bearer(c.token), before: (h) => h.clock.advance(301_000) },
];

/** Headers the transports add themselves (the HTTP server's framing and date); everything else must match. */
const TRANSPORT_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

function comparable(entries: Iterable<[string, string | string[] | undefined]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of entries) if (!TRANSPORT_HEADERS.has(k.toLowerCase()) && v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

function outcome(status: number, statusText: string, headers: Record<string, string>, bytes: Buffer): Outcome {
  return { status, statusText, headers, text: bytes.toString('utf8'), bytes: bytes.toString('hex') };
}

type Send = (method: string, path: string, headers: Record<string, string>, body: string | undefined) => Promise<Outcome>;

/** A sender over global fetch (MSW intercepts it in process; over HTTP it reaches the server). */
const viaFetch = (base: string): Send => async (method, path, headers, body) => {
  const r = await fetch(`${base}${path}`, { method, headers, body });
  return outcome(r.status, r.statusText, comparable(r.headers), Buffer.from(await r.arrayBuffer()));
};

/** A sender over undici.request with a given dispatcher (the in-process one, or undici's default agent over HTTP). */
const viaUndici = (base: string, dispatcher?: Dispatcher): Send => async (method, path, headers, body) => {
  const r = await undiciRequest(`${base}${path}`, { method: method as Dispatcher.HttpMethod, headers, body, ...(dispatcher ? { dispatcher } : {}) });
  const bytes = Buffer.from(await r.body.arrayBuffer());
  return outcome(r.statusCode, r.statusText, comparable(Object.entries(r.headers)), bytes);
};

async function run(harness: Harness, send: Send): Promise<Outcome[]> {
  const ctx: Ctx = { token: '', bank: '' };
  const out: Outcome[] = [];
  for (const c of cases) {
    c.before?.(harness);
    const result = await send(c.method, c.path(ctx), c.headers?.(ctx) ?? {}, c.body);
    if (c.capture) ctx[c.capture] = (JSON.parse(result.text) as { access_token: string }).access_token;
    out.push(result);
  }
  return out;
}

const results: Record<'httpFetch' | 'msw' | 'httpUndici' | 'dispatcher', Outcome[]> = { httpFetch: [], msw: [], httpUndici: [], dispatcher: [] };

beforeAll(async () => {
  // Four harnesses of the same seed, population and frozen clock: one per transport and client, each driven through the same list.
  const [h1, h2, h3, h4] = [makeHarness(), makeHarness(), makeHarness(), makeHarness()] as const;
  const served = [await startServer({ harness: h1, port: 0 }), await startServer({ harness: h3, port: 0 })] as const;
  try {
    results.httpFetch = await run(h1, viaFetch(served[0].url));
    results.httpUndici = await run(h3, viaUndici(served[1].url));
  } finally {
    await Promise.all(served.map((s) => s.close()));
  }
  const server = setupServer(...createMswHandlers(h2));
  server.listen({ onUnhandledRequest: 'error' });
  try {
    results.msw = await run(h2, viaFetch(DEFAULT_ORIGIN));
  } finally {
    server.close();
  }
  const dispatcher = createUndiciDispatcher(h4);
  results.dispatcher = await run(h4, viaUndici(DEFAULT_ORIGIN, dispatcher));
  await dispatcher.close();
});

describe('the in-process transports answer exactly as the HTTP server', () => {
  it('covers at least 15 requests', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(results.httpFetch).toHaveLength(cases.length);
  });

  describe.each(cases.map((c, i) => [c.name, i, c.expect] as const))('%s', (_name, i, status) => {
    it(`over HTTP answers ${status}`, () => {
      expect(results.httpFetch[i]!.status).toBe(status);
      expect(results.httpUndici[i]!.status).toBe(status);
    });

    it('MSW (global fetch) = HTTP (global fetch): status, headers, bytes', () => {
      expect(results.msw[i]).toEqual(results.httpFetch[i]);
    });

    it('dispatcher (undici.request) = HTTP (undici.request): status, headers, bytes', () => {
      expect(results.dispatcher[i]).toEqual(results.httpUndici[i]);
    });
  });
});

describe('repeated request headers are folded as Node’s HTTP server folds them', () => {
  it('keeps the first Authorization and Content-Type, joins the rest: the same answer in process and over HTTP', async () => {
    const [overHttp, inProcess] = [makeHarness(), makeHarness()] as const;
    const served = await startServer({ harness: overHttp, port: 0 });
    const dispatcher = createUndiciDispatcher(inProcess);
    try {
      const send = async (base: string, d?: Dispatcher) => {
        const token = await undiciRequest(`${base}/npd/oauth/token`, {
          method: 'POST', body: tokenForm(), headers: ['content-type', FORM, 'content-type', 'application/json'], ...(d ? { dispatcher: d } : {}),
        });
        const { access_token } = (await token.body.json()) as { access_token: string };
        const twice = (first: string, second: string) => undiciRequest(`${base}/npd/v1/citizens/${citizen.personalId}`, {
          headers: ['authorization', first, 'authorization', second], ...(d ? { dispatcher: d } : {}),
        });
        const good = await twice(`Bearer ${access_token}`, 'Bearer nope');
        const bad = await twice('Bearer nope', `Bearer ${access_token}`);
        return [token.statusCode, good.statusCode, bad.statusCode, await good.body.text(), await bad.body.text()];
      };
      const http = await send(served.url);
      expect(http.slice(0, 3)).toEqual([200, 200, 401]);
      expect(await send(DEFAULT_ORIGIN, dispatcher)).toEqual(http);
    } finally {
      await served.close();
      await dispatcher.close();
    }
  });
});
