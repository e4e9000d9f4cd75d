import { http as mswHttp, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import { getGlobalDispatcher, setGlobalDispatcher, fetch as undiciFetch, request as undiciRequest } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMswHandlers, createUndiciDispatcher, DEFAULT_ORIGIN, type HarnessDispatcher } from '../../src/intercept/index.js';
import type { Harness } from '../../src/mock/harness.js';
import { makeHarness } from './helpers.js';

/** Separate harnesses for MSW and for the dispatcher, so each test drives exactly one transport. */
const viaMsw: Harness = makeHarness();
const viaUndici: Harness = makeHarness();
const dispatcher: HarnessDispatcher = createUndiciDispatcher(viaUndici);
const server = setupServer(...createMswHandlers(viaMsw));

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  viaMsw.reset();
  viaUndici.reset();
  server.resetHandlers();
});
afterAll(async () => {
  server.close();
  await dispatcher.close();
});

const hits = `${DEFAULT_ORIGIN}/counter/hits`;
const reset = { route: 'counter.hit', kind: 'reset' as const };

/** The error and its causes, outermost first, as `name/code: message` lines. */
function chain(error: unknown): { name: string; code?: string; message: string }[] {
  const out: { name: string; code?: string; message: string }[] = [];
  for (let e = error as (Error & { code?: string; cause?: unknown }) | undefined; e instanceof Error; e = e.cause as typeof e) out.push({ name: e.name, code: e.code, message: e.message });
  return out;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('the request succeeded; a reset fault must fail it');
}

describe('a reset fault', () => {
  it('is a socket error (UND_ERR_SOCKET) on undici.request', async () => {
    viaUndici.faults.add(reset);
    const error = await failure(undiciRequest(hits, { method: 'POST', dispatcher }));
    expect(chain(error)[0]).toMatchObject({ name: 'SocketError', code: 'UND_ERR_SOCKET' });
  });

  it('is "fetch failed" caused by a socket error on undici.fetch', async () => {
    viaUndici.faults.add(reset);
    const error = await failure(undiciFetch(hits, { method: 'POST', dispatcher }));
    const [outer, cause] = chain(error);
    expect(outer).toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    expect(cause).toMatchObject({ code: 'UND_ERR_SOCKET' });
  });

  it('is a failed fetch in process through MSW (global fetch)', async () => {
    viaMsw.faults.add(reset);
    const error = await failure(fetch(hits, { method: 'POST' }));
    expect(error).toBeInstanceOf(TypeError);
    expect(viaMsw.journal.list({}).map((e) => e.fault)).toEqual(['reset']);
  });

  it('reaches Node’s own global fetch as a socket error when the dispatcher is the global dispatcher', async () => {
    // MSW is listening here: let these requests through to the network, that is to the global dispatcher.
    server.use(mswHttp.post(hits, () => passthrough()));
    const previous = getGlobalDispatcher();
    setGlobalDispatcher(dispatcher);
    try {
      viaUndici.faults.add({ ...reset, next: 1 });
      const error = await failure(fetch(hits, { method: 'POST' }));
      expect(error).toBeInstanceOf(TypeError);
      expect(chain(error)[1]).toMatchObject({ code: 'UND_ERR_SOCKET' });
      // The pipeline ran the route before dropping the connection (as the HTTP server does), so this is the second hit.
      const ok = await fetch(hits, { method: 'POST' });
      expect(await ok.json()).toEqual({ hits: 2 });
    } finally {
      setGlobalDispatcher(previous);
    }
  });
});

describe('a latency fault', () => {
  const delayMs = 250;

  it('delays undici.request by at least its latency', async () => {
    viaUndici.faults.add({ route: 'counter.hit', kind: 'latency', latencyMs: delayMs });
    const started = performance.now();
    const r = await undiciRequest(hits, { method: 'POST', dispatcher });
    expect(await r.body.json()).toEqual({ hits: 1 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(delayMs - 5);
  });

  it('delays global fetch through MSW by at least its latency', async () => {
    viaMsw.faults.add({ route: 'counter.hit', kind: 'latency', latencyMs: delayMs });
    const started = performance.now();
    const r = await fetch(hits, { method: 'POST' });
    expect(await r.json()).toEqual({ hits: 1 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(delayMs - 5);
  });

  it('can be aborted by the caller: the request fails with the abort, it does not hang', async () => {
    viaUndici.faults.add({ route: 'counter.hit', kind: 'latency', latencyMs: 60_000 });
    const signal = AbortSignal.timeout(50);
    const error = await failure(undiciRequest(hits, { method: 'POST', dispatcher, signal }));
    expect(chain(error).map((e) => e.name)).toContain('TimeoutError');
  });
});
