import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClock } from '../../src/mock/clock.js';
import { Faults } from '../../src/mock/faults.js';
import { Journal } from '../../src/mock/journal.js';
import { serve, testPopulation, type Served } from '../mocks/helpers.js';

let s: Served;
beforeAll(async () => {
  s = await serve();
});
afterAll(async () => {
  await s.server.close();
});

describe('the journal', () => {
  it('keeps the newest entries only, counting what it dropped', () => {
    const journal = new Journal(3);
    for (let i = 0; i < 5; i++) {
      journal.add({ at: 0, system: 'x', route: `r${i}`, method: 'GET', path: '/', query: {}, client: null, requestHeaders: {}, requestBody: null, status: 200, responseHeaders: {}, responseBody: null, durationMs: 0, fault: null, violations: [] });
    }
    expect(journal.list().map((e) => e.route)).toEqual(['r2', 'r3', 'r4']);
    expect(journal.dropped).toBe(2);
  });

  it('never contains a client secret or an access token, in any export', async () => {
    s.harness.reset();
    const token = await s.token();
    const id = testPopulation().at(0).personalId;
    await s.call('GET', `/npd/v1/citizens/${id}`, { token });
    await s.call('GET', `/npd/v1/citizens/${id}?access_token=${token}`);
    const exported = await (await fetch(`${s.server.url}/__admin/journal.ndjson`)).text();
    expect(exported.split('\n').filter(Boolean).length).toBe(3);
    expect(exported).not.toContain('procedure-system-secret');
    expect(exported).not.toContain(token);
    expect(exported).not.toContain(token.split('.')[2]!);
    expect(exported).toContain('Bearer [redacted]');
  });

  it('filters by route, client, status and violation through the admin API', async () => {
    s.harness.reset();
    const token = await s.token('bank');
    await s.call('GET', `/npd/v1/citizens/${testPopulation().at(0).personalId}`, { token });
    const forbidden = (await (await fetch(`${s.server.url}/__admin/journal?status=403`)).json()) as { entries: { route: string; client: string | null }[] };
    expect(forbidden.entries).toHaveLength(1);
    expect(forbidden.entries[0]).toMatchObject({ route: 'npd.lookup', client: null });
    const bad = await fetch(`${s.server.url}/__admin/journal?colour=red`);
    expect(bad.status).toBe(400);
  });
});

describe('faults', () => {
  it('picks the same requests for a share on every run with the same seed, and others with another seed', () => {
    const clock = createClock({ start: '2026-01-01T00:00:00Z', frozen: true });
    const pick = (seed: number) => {
      const faults = new Faults(seed, clock);
      faults.add({ route: 'npd.*', kind: 'status', status: 503, share: 0.3 });
      return Array.from({ length: 200 }, () => faults.decide('npd.lookup') !== null);
    };
    expect(pick(4)).toEqual(pick(4));
    expect(pick(4)).not.toEqual(pick(5));
    const share = pick(4).filter(Boolean).length / 200;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.4);
  });

  it('applies a "next N" rule to exactly N requests of the matching routes only', () => {
    const faults = new Faults(1, createClock({ frozen: true }));
    faults.add({ route: 'npd.lookup', kind: 'reset', next: 2 });
    expect(faults.decide('npd.verify')).toBeNull();
    expect([faults.decide('npd.lookup'), faults.decide('npd.lookup'), faults.decide('npd.lookup')].map((f) => f?.kind ?? null)).toEqual(['reset', 'reset', null]);
  });

  it('lets a client with backoff get through a 429 burst, and not one that retries at once', async () => {
    // A real-time clock: the burst lasts 400 ms of it.
    const live = await serve({ clock: {} });
    try {
      const token = await live.token();
      const id = testPopulation().at(0).personalId;
      const addBurst = async () => {
        const r = await fetch(`${live.server.url}/__admin/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ route: 'npd.lookup', kind: 'status', status: 429, retryAfter: 1, forMs: 400 }) });
        expect(r.status).toBe(201);
      };
      const attempt = () => live.call('GET', `/npd/v1/citizens/${id}`, { token });
      const run = async (waitMs: (tries: number) => number): Promise<number> => {
        let status = 0;
        for (let tries = 0; tries < 5 && status !== 200; tries++) {
          if (tries > 0) await new Promise((resolve) => setTimeout(resolve, waitMs(tries)));
          status = (await attempt()).status;
        }
        return status;
      };
      await addBurst();
      expect(await run(() => 0)).toBe(429);
      await fetch(`${live.server.url}/__admin/faults`, { method: 'DELETE' });
      await addBurst();
      const first = await attempt();
      expect(first.headers.get('retry-after')).toBe('1');
      expect(await run((tries) => 100 * 2 ** tries)).toBe(200);
    } finally {
      await live.server.close();
    }
  });

  it('drops the connection on a reset fault and returns half a body on a malformed one', async () => {
    s.harness.reset();
    const token = await s.token();
    const id = testPopulation().at(0).personalId;
    s.harness.faults.add({ route: 'npd.lookup', kind: 'reset', next: 1 });
    await expect(s.call('GET', `/npd/v1/citizens/${id}`, { token })).rejects.toThrow();
    s.harness.faults.add({ route: 'npd.lookup', kind: 'malformed', next: 1 });
    const r = await s.call('GET', `/npd/v1/citizens/${id}`, { token });
    expect(r.status).toBe(200);
    expect(() => JSON.parse(r.text)).toThrow();
  });

  it('refuses an invalid rule through the admin API with 422 naming the field', async () => {
    const r = await fetch(`${s.server.url}/__admin/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ route: 'npd.lookup', kind: 'explode' }) });
    expect(r.status).toBe(422);
    expect(await r.text()).toContain('kind');
  });
});

describe('the clock', () => {
  it('starts at a fixed instant, stays frozen, and advances by hand', () => {
    let real = 1000;
    const clock = createClock({ start: '2026-01-01T00:00:00Z', frozen: true }, () => real);
    real += 5000;
    expect(new Date(clock.now()).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    clock.advance(60_000);
    expect(new Date(clock.now()).toISOString()).toBe('2026-01-01T00:01:00.000Z');
  });

  it('refuses a start that is not an instant', () => {
    expect(() => createClock({ start: 'soon' })).toThrow(/not an ISO 8601 instant/);
  });
});

describe('the HTTP server', () => {
  it('answers 413 to a body over the limit without reading it all', async () => {
    const r = await s.call('POST', '/npd/v1/citizens/verify', { token: await s.token('bank'), body: 'x'.repeat(2 * 1024 * 1024), headers: { 'content-type': 'application/json' } });
    expect(r.status).toBe(413);
    expect(r.json().error_code).toBe(6);
  });

  it('answers 404 outside every system in vn06’s own error shape, and serves health', async () => {
    const r = await s.call('GET', '/nowhere');
    expect(r.status).toBe(404);
    expect(r.json()).toMatchObject({ error: { code: 'not_found' } });
    const health = await (await fetch(`${s.server.url}/__admin/health`)).json();
    expect(health).toMatchObject({ status: 'ok', seed: 1, population: 3000 });
  });
});
