/**
 * The HTTP driver contract: the reference system behind `startDriverServer` answers every scenario exactly as it
 * does in process, and the driver server refuses bad requests with clear errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driverOpenApi } from '../../src/scenario/sut/driver/contract.js';
import { httpSut } from '../../src/scenario/sut/driver/client.js';
import { startDriverServer, type DriverServer } from '../../src/scenario/sut/driver/server.js';
import { createReferenceSystem } from '../../src/scenario/sut/reference/system.js';
import { stimuli } from '../../src/scenario/sut/stimuli/index.js';
import { runOne, sourceScenarios } from './helpers.js';

let driver: DriverServer;
beforeAll(async () => {
  driver = await startDriverServer({ sut: createReferenceSystem(), port: 0 });
});
afterAll(async () => {
  await driver.close();
});

const post = (path: string, body: string, method = 'POST'): Promise<Response> => fetch(`${driver.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body });

describe('the driver server', () => {
  it('publishes its contract: one operation per stimulus', async () => {
    const res = await fetch(`${driver.url}/driver/openapi.json`);
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).sort()).toEqual(['/driver/session', ...Object.keys(stimuli).map((n) => `/driver/${n}`)].sort());
    expect(doc).toEqual(JSON.parse(JSON.stringify(driverOpenApi())));
  });

  it('refuses a stimulus before a session, an unknown operation, bad JSON and a bad session', async () => {
    const noSession = await post('/driver/exportLogs', '{}');
    expect(noSession.status).toBe(409);
    expect(((await noSession.json()) as { error: { message: string } }).error.message).toMatch(/POST \/driver\/session first/);
    expect((await post('/driver/fly', '{}')).status).toBe(404);
    expect((await post('/driver/session', '{not json')).status).toBe(400);
    const bad = await post('/driver/session', JSON.stringify({ mocksUrl: 'nope' }));
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/mocksUrl/);
    expect((await fetch(`${driver.url}/driver/session`, { method: 'GET' })).status).toBe(405);
  });

  it('refuses a stimulus input off its schema with 422 naming the field', async () => {
    await post('/driver/session', JSON.stringify({ mocksUrl: 'http://127.0.0.1:9', clientId: 'x', clientSecret: 'y', seed: 1 }));
    const res = await post('/driver/lookupCitizen', JSON.stringify({ id: 42 }));
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^id:/);
    await fetch(`${driver.url}/driver/session`, { method: 'DELETE' });
  });
});

describe('every scenario through the driver contract', async () => {
  const scenarios = await sourceScenarios();
  it.each(scenarios.map((s) => [s.id, s] as const))('%s gives the same verdicts over HTTP as in process', { timeout: 60_000 }, async (_id, scenario) => {
    const verdicts = (checks: Awaited<ReturnType<typeof runOne>>): string[] => checks.filter((c) => c.verdict !== 'info').map((c) => `${c.requirement} ${c.verdict} ${c.message}`);
    const inProcess = verdicts(await runOne(scenario, createReferenceSystem()));
    const overHttp = verdicts(await runOne(scenario, httpSut(driver.url)));
    expect(overHttp).toEqual(inProcess);
    expect(inProcess.every((v) => v.includes(' pass '))).toBe(true);
  });
});
