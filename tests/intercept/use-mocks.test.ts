import { http, HttpResponse } from 'msw';
import { getGlobalDispatcher, request as undiciRequest } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupMocks, useMocks } from '../../src/intercept/index.js';
import { makeHarness } from './helpers.js';

const outside = getGlobalDispatcher();

describe('useMocks with vitest’s hooks (harness factory)', () => {
  const m = useMocks(() => makeHarness(), { beforeAll, afterEach, afterAll });
  const hit = async (): Promise<Response> => fetch(`${m.origin}/counter/hits`, { method: 'POST' });

  it('listens: fetch and undici reach the harness; a fault is added here', async () => {
    expect(getGlobalDispatcher()).toBe(m.mocks.dispatcher);
    expect(await (await hit()).json()).toEqual({ hits: 1 });
    const r = await undiciRequest(`${m.origin}/counter/hits`, { method: 'POST' });
    expect(await r.body.json()).toEqual({ hits: 2 });
    m.harness.faults.add({ route: 'counter.hit', kind: 'status', status: 503 });
    expect((await hit()).status).toBe(503);
    m.mocks.server.use(http.get(`${m.origin}/counter/override`, () => HttpResponse.json({ overridden: true })));
    expect(await (await fetch(`${m.origin}/counter/override`)).json()).toEqual({ overridden: true });
  });

  it('gives the next test fresh state: the fault, the count, the journal and run-time handlers are gone', async () => {
    expect(m.harness.faults.list()).toEqual([]);
    expect(m.harness.journal.list({})).toEqual([]);
    const r = await hit();
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ hits: 1 });
    expect((await fetch(`${m.origin}/counter/override`)).status).toBe(404);
  });
});

describe('useMocks with a harness and a custom origin', () => {
  const harness = makeHarness();
  const m = useMocks(harness, { beforeAll, afterEach, afterAll }, { origin: 'https://csdl.dan-cu.test' });

  it('answers on the given origin', async () => {
    expect(m.harness).toBe(harness);
    const r = await fetch('https://csdl.dan-cu.test/npd/v1/nothing');
    expect(r.status).toBe(404);
  });
});

describe('useMocks before its beforeAll has run', () => {
  it('says so instead of returning undefined', () => {
    const hooks = { beforeAll: () => undefined, afterEach: () => undefined, afterAll: () => undefined };
    const m = useMocks(() => makeHarness(), hooks);
    expect(() => m.harness).toThrow(/beforeAll/);
  });
});

describe('setupMocks lifecycle', () => {
  it('restores the previous global dispatcher on close, and can listen again', async () => {
    expect(getGlobalDispatcher()).toBe(outside);
    const mocks = setupMocks(makeHarness(), { origin: 'http://second.test' });
    mocks.listen();
    expect(getGlobalDispatcher()).toBe(mocks.dispatcher);
    await mocks.close();
    expect(getGlobalDispatcher()).toBe(outside);
    mocks.listen();
    expect(await (await fetch('http://second.test/counter/hits', { method: 'POST' })).json()).toEqual({ hits: 1 });
    await mocks.close();
    expect(getGlobalDispatcher()).toBe(outside);
  });
});
