import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getGlobalDispatcher, fetch as undiciFetch, request as undiciRequest } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from '../../src/mock/harness.js';
import { createUndiciDispatcher, DEFAULT_ORIGIN, setupMocks, type Mocks } from '../../src/intercept/index.js';
import { FORM, makeHarness, tokenForm } from './helpers.js';

let harness: Harness;
let mocks: Mocks;
let other: Server;
let otherUrl: string;

beforeAll(async () => {
  harness = makeHarness();
  mocks = setupMocks(harness);
  mocks.listen();
  other = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('a real server'));
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await mocks.close();
  await new Promise((resolve) => other.close(resolve));
});

const url = (path: string): string => `${DEFAULT_ORIGIN}${path}`;
const target = () => harness.population.at(3);

describe('in-process requests reach the NPD mock', () => {
  it('uses http://vn06.test by default', () => {
    expect(mocks.origin).toBe('http://vn06.test');
    expect(mocks.dispatcher.origin).toBe('http://vn06.test');
  });

  it('global fetch (through MSW): token, then lookup', async () => {
    const t = await fetch(url('/npd/oauth/token'), { method: 'POST', headers: { 'content-type': FORM }, body: tokenForm() });
    expect(t.status).toBe(200);
    const { access_token } = (await t.json()) as { access_token: string };
    const r = await fetch(url(`/npd/v1/citizens/${target().personalId}`), { headers: { authorization: `Bearer ${access_token}` } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(((await r.json()) as { data: { SoDinhDanh: string } }).data.SoDinhDanh).toBe(target().personalId);
  });

  it('undici.request with the dispatcher (explicit, and as the global dispatcher)', async () => {
    const t = await undiciRequest(url('/npd/oauth/token'), { method: 'POST', headers: { 'content-type': FORM }, body: tokenForm(), dispatcher: mocks.dispatcher });
    expect(t.statusCode).toBe(200);
    const { access_token } = (await t.body.json()) as { access_token: string };
    for (const dispatcher of [mocks.dispatcher, undefined]) {
      const r = await undiciRequest(url(`/npd/v1/citizens/${target().personalId}`), { headers: { authorization: `Bearer ${access_token}` }, ...(dispatcher ? { dispatcher } : {}) });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(((await r.body.json()) as { data: { SoDinhDanh: string } }).data.SoDinhDanh).toBe(target().personalId);
    }
  });

  it('undici.fetch with the dispatcher (explicit, and as the global dispatcher)', async () => {
    const t = await undiciFetch(url('/npd/oauth/token'), { method: 'POST', headers: { 'content-type': FORM }, body: tokenForm(), dispatcher: mocks.dispatcher });
    expect(t.status).toBe(200);
    const { access_token } = (await t.json()) as { access_token: string };
    for (const dispatcher of [mocks.dispatcher, undefined]) {
      const r = await undiciFetch(url(`/npd/v1/citizens/${target().personalId}`), { headers: { authorization: `Bearer ${access_token}` }, ...(dispatcher ? { dispatcher } : {}) });
      expect(r.status).toBe(200);
      expect(r.statusText).toBe('OK');
      expect(((await r.json()) as { data: { SoDinhDanh: string } }).data.SoDinhDanh).toBe(target().personalId);
    }
  });

  it('reads streamed and binary request bodies (undici.request with a Readable, fetch with a Uint8Array)', async () => {
    const { Readable } = await import('node:stream');
    const r = await undiciRequest(url('/npd/oauth/token'), { method: 'POST', headers: { 'content-type': FORM }, body: Readable.from([tokenForm().slice(0, 10), tokenForm().slice(10)]), dispatcher: mocks.dispatcher });
    expect(r.statusCode).toBe(200);
    await r.body.dump();
    const f = await undiciFetch(url('/npd/oauth/token'), { method: 'POST', headers: { 'content-type': FORM }, body: new TextEncoder().encode(tokenForm('bank')), dispatcher: mocks.dispatcher });
    expect(((await f.json()) as { scope: string }).scope).toBe('npd.citizen.verify');
  });

  it('passes other origins to a real agent (undici.request and fetch)', async () => {
    const r = await undiciRequest(otherUrl);
    expect(await r.body.text()).toBe('a real server');
    const f = await undiciFetch(otherUrl, { dispatcher: mocks.dispatcher });
    expect(await f.text()).toBe('a real server');
  });

  it('answers the HTTP server’s 404 and 405 in process, and the admin API', async () => {
    const missing = await fetch(url('/npd/v1/nothing'));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error_code: 4 });
    const wrong = await fetch(url('/npd/oauth/token'));
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    const health = await undiciRequest(url('/__admin/health'));
    expect(await health.body.json()).toMatchObject({ status: 'ok', seed: 1, population: 2000 });
  });

  it('honours harness.reset(): routes re-mounted with fresh state, in both transports', async () => {
    const hit = async (via: 'msw' | 'undici'): Promise<number> => {
      const r = via === 'msw' ? await fetch(url('/counter/hits'), { method: 'POST' }) : await undiciRequest(url('/counter/hits'), { method: 'POST', dispatcher: mocks.dispatcher });
      const body = (via === 'msw' ? await (r as Response).json() : await (r as Awaited<ReturnType<typeof undiciRequest>>).body.json()) as { hits: number };
      return body.hits;
    };
    const first = await hit('msw');
    expect(await hit('undici')).toBe(first + 1);
    harness.reset();
    expect(await hit('undici')).toBe(1);
    expect(await hit('msw')).toBe(2);
  });
});

describe('the dispatcher alone (no MSW)', () => {
  it('serves undici.request through its own harness', async () => {
    const own = makeHarness();
    const dispatcher = createUndiciDispatcher(own, { origin: 'https://npd.example.test/' });
    expect(dispatcher.origin).toBe('https://npd.example.test');
    const r = await undiciRequest('https://npd.example.test/counter/hits', { method: 'POST', dispatcher });
    expect(await r.body.json()).toEqual({ hits: 1 });
    await dispatcher.close();
  });

  it('refuses an origin that is not http(s)', () => {
    expect(() => createUndiciDispatcher(harness, { origin: 'ftp://vn06.test' })).toThrow(/http or https/);
  });
});

describe('setupMocks lifecycle', () => {
  it('installed its dispatcher globally while listening, and MSW fails unknown origins by default', async () => {
    expect(getGlobalDispatcher()).toBe(mocks.dispatcher);
    await expect(fetch('http://unknown.vn06.invalid/x')).rejects.toThrow();
  });

});
