/**
 * Every route of every simulated system, generically: generated requests (valid-looking bodies built from each
 * route's own schema, wrong types, junk IDs, missing or foreign tokens) never get a 5xx or a dropped connection, every
 * 4xx is JSON, and the same requests get the same answers in process (MSW) as over HTTP.
 *
 * Repeatable: fixed fast-check seeds. The NPD has its own, stricter property tests (npd-properties.test.ts).
 */
import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { setupServer } from 'msw/node';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultClients, systems } from '../../mocks/index.js';
import { createMswHandlers, DEFAULT_ORIGIN } from '../../src/intercept/index.js';
import { createHarness, type Harness } from '../../src/mock/harness.js';
import type { Route } from '../../src/mock/route.js';
import type { MockSystem } from '../../src/mock/system.js';
import { personas } from '../../src/population/personas.js';
import { startServer, type RunningServer } from '../../src/server/http-server.js';
import { testPopulation } from './helpers.js';

const SEED = 20_261_123;
const RUNS = 40;

const harnessOf = (): Harness =>
  createHarness({ seed: 1, populationIndex: testPopulation(), systems, clients: defaultClients, clock: { start: '2026-06-01T01:00:00Z', frozen: true } });

const ids = [...personas().map((p) => p.personalId), ...personas().flatMap((p) => (p.legacyId ? [p.legacyId] : [])), testPopulation().at(5).personalId, testPopulation().at(40).personalId];
const scalar = fc.oneof(
  fc.constantFrom(...ids),
  fc.constantFrom('', ' ', 'Nguyễn Văn An', '2026-06-01', '20260601', '01/06/2026', 'email', 'sms', 'portal', 'online', 'bank', 'Vietcombank', '1', '0', 'A1', 'B', 'true', '%', '../', '\u0000'),
  fc.string({ maxLength: 20 }),
  fc.integer({ min: -5, max: 100_000 }),
  fc.boolean(),
  fc.constant(null),
);
const value: fc.Arbitrary<unknown> = fc.oneof({ weight: 6, arbitrary: scalar }, { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), scalar, { maxKeys: 3 }) });

/** The property names a route's body schema declares, at the top level (what a plausible body would carry). */
function bodyKeys(route: Route<unknown>): string[] {
  if (!route.body || route.bodyFormat === 'stream') return [];
  try {
    const json = z.toJSONSchema(route.body, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown> };
    return Object.keys(json.properties ?? {});
  } catch {
    return [];
  }
}

interface Generated {
  readonly params: readonly string[];
  readonly body: string | undefined;
  readonly token: 'procedure' | 'clinic' | 'none' | 'junk';
}

function requestArb(route: Route<unknown>): fc.Arbitrary<Generated> {
  const keys = bodyKeys(route);
  const params = fc.array(fc.oneof(fc.constantFrom(...ids), fc.string({ minLength: 1, maxLength: 15 }).map(encodeURIComponent), fc.constantFrom('b000001', 'HS-1', '1', 'x')), {
    minLength: route.path.match(/:[A-Za-z0-9_]+/g)?.length ?? 0,
    maxLength: route.path.match(/:[A-Za-z0-9_]+/g)?.length ?? 0,
  });
  const objectBody = keys.length > 0 ? fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.length }) : fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 3 });
  const body = route.method === 'GET' ? fc.constant(undefined) : fc.oneof({ weight: 6, arbitrary: objectBody.map((o) => JSON.stringify(o)) }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)) }, { weight: 1, arbitrary: fc.constantFrom('{', '', 'null', '[]') });
  const token = fc.constantFrom('procedure' as const, 'procedure' as const, 'procedure' as const, 'clinic' as const, 'none' as const, 'junk' as const);
  return fc.record({ params, body, token });
}

interface Reply {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly text: string;
}

type Sender = (method: string, path: string, headers: Record<string, string>, body: string | undefined) => Promise<Reply>;

const IGNORED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
const comparable = (entries: Iterable<[string, string]>): Record<string, string> =>
  Object.fromEntries([...entries].filter(([k]) => !IGNORED.has(k.toLowerCase())).sort(([a], [b]) => a.localeCompare(b)));

/** One request on a fresh connection over node:http (rejects when the connection is dropped). */
const overHttp = (base: string): Sender => (method, path, headers, body) => {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const r = httpRequest({ host: url.hostname, port: url.port, method, path, headers: body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: comparable(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)])), text: Buffer.concat(chunks).toString('utf8') }));
    });
    r.on('error', reject);
    r.end(body);
  });
};

const viaFetch = (base: string): Sender => async (method, path, headers, body) => {
  const res = await fetch(`${base}${path}`, { method, headers, body });
  return { status: res.status, headers: comparable(res.headers.entries()), text: await res.text() };
};

async function tokens(harness: Harness): Promise<Record<'procedure' | 'clinic', string>> {
  const issue = async (id: string): Promise<string> => {
    const client = defaultClients.find((c) => c.id === id)!;
    const grant = await harness.auth.issue(client.id, client.secret);
    if ('status' in grant) throw new Error(grant.message);
    return grant.access_token;
  };
  return { procedure: await issue('procedure-system'), clinic: await issue('clinic') };
}

function build(system: MockSystem<unknown>, route: Route<unknown>, g: Generated, tok: Record<'procedure' | 'clinic', string>) {
  let i = 0;
  const path = system.basePath + route.path.replace(/:[A-Za-z0-9_]+/g, () => g.params[i++] ?? 'x');
  const headers: Record<string, string> = {};
  if (g.token === 'procedure' || g.token === 'clinic') headers.authorization = `Bearer ${tok[g.token]}`;
  if (g.token === 'junk') headers.authorization = 'Bearer abc.def.ghi';
  if (g.body !== undefined) headers['content-type'] = route.bodyFormat === 'form' ? 'application/x-www-form-urlencoded' : 'application/json';
  return { path, headers };
}

const targets = systems.filter((s) => s.id !== 'npd').flatMap((system) => system.routes.filter((r) => r.bodyFormat !== 'stream').map((route) => ({ system: system as MockSystem<unknown>, route })));

let harness: Harness;
let server: RunningServer;
let tok: Record<'procedure' | 'clinic', string>;
beforeAll(async () => {
  harness = harnessOf();
  server = await startServer({ harness, port: 0 });
  tok = await tokens(harness);
});
afterAll(async () => {
  await server.close();
});

describe('every route of every system answers generated requests without a 5xx', () => {
  it('has routes to test', () => {
    expect(targets.length).toBeGreaterThan(0);
  });

  it.each(targets.map((t) => [t.route.id, t] as const))('%s', { timeout: 60_000 }, async (_id, { system, route }) => {
    const send = overHttp(server.url);
    await fc.assert(
      fc.asyncProperty(requestArb(route), async (g) => {
        const { path, headers } = build(system, route, g, tok);
        const reply = await send(route.method, path, headers, g.body);
        const where = `${route.method} ${path} ${g.body ?? ''}`;
        if (reply.status >= 500 || reply.status < 200) throw new Error(`status ${reply.status} for ${where}: ${reply.text.slice(0, 300)}`);
        if (reply.status >= 400 && reply.text !== '') JSON.parse(reply.text);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('the same requests get the same answers in process (MSW) and over HTTP', () => {
  it('for a sample of generated requests to every route, in order', { timeout: 120_000 }, async () => {
    const requests = targets.flatMap(({ system, route }) => fc.sample(requestArb(route), { seed: SEED, numRuns: 4 }).map((g) => ({ system, route, g })));
    const run = async (h: Harness, send: Sender): Promise<Reply[]> => {
      const t = await tokens(h);
      const out: Reply[] = [];
      for (const { system, route, g } of requests) {
        const { path, headers } = build(system, route, g, t);
        out.push(await send(route.method, path, headers, g.body));
      }
      return out;
    };
    const overHttpHarness = harnessOf();
    const served = await startServer({ harness: overHttpHarness, port: 0 });
    let http: Reply[];
    try {
      http = await run(overHttpHarness, viaFetch(served.url));
    } finally {
      await served.close();
    }
    const inProcess = harnessOf();
    const msw = setupServer(...createMswHandlers(inProcess));
    msw.listen({ onUnhandledRequest: 'error' });
    let mswReplies: Reply[];
    try {
      mswReplies = await run(inProcess, viaFetch(DEFAULT_ORIGIN));
    } finally {
      msw.close();
    }
    // Over HTTP the origin is the server's; in process it is http://vn06.test: compare with the origin written out.
    // ECDSA signatures are randomised (the keys come from the seed, the signatures do not): certificates, JWS and
    // signature values are compared by shape, not by bytes.
    const unsigned = (text: string): string =>
      text
        .replace(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g, 'CERTIFICATE')
        .replace(/eyJ[\w-]+\.[\w-]*\.[\w-]+/g, 'JWS')
        .replace(/("(?:signature|chuKy|ChuKy)":")[A-Za-z0-9+/=_-]{40,}"/g, '$1SIGNATURE"');
    const normalise = (replies: Reply[], origin: string): Reply[] =>
      replies.map((r) => ({ ...r, text: unsigned(r.text.replaceAll(origin, 'ORIGIN')), headers: Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, v.replaceAll(origin, 'ORIGIN')])) }));
    expect(normalise(mswReplies, DEFAULT_ORIGIN)).toEqual(normalise(http, served.url));
    expect(requests.length).toBeGreaterThan(targets.length);
  });
});
