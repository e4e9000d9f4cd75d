/**
 * The worked example under examples/driver-adapter: started as its own process, it serves the driver contract, and
 * the whole suite run through it (`vn06 run --sut URL`) gives the same verdicts as the reference system in process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpSut } from '../../src/scenario/sut/driver/client.js';
import { createReferenceSystem } from '../../src/scenario/sut/reference/system.js';
import { runSuite } from '../../src/scenario/runner.js';
import { testPopulation } from '../mocks/helpers.js';
import { sourceScenarios } from '../scenarios/helpers.js';

let adapter: ChildProcess;
let url: string;

beforeAll(async () => {
  adapter = spawn(process.execPath, ['examples/driver-adapter/adapter.mjs', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(adapter.stdout!, 'data')) as [Buffer];
  url = /listening on (http:\/\/\S+)/.exec(line.toString())![1]!;
});
afterAll(async () => {
  adapter.kill('SIGTERM');
  await once(adapter, 'exit');
});

describe('the example driver adapter', () => {
  it('refuses an unknown operation and a stimulus before a session, in the contract’s error shape', async () => {
    const unknown = await fetch(`${url}/driver/fly`, { method: 'POST', body: '{}' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
    const early = await fetch(`${url}/driver/exportLogs`, { method: 'POST', body: '{}' });
    expect(early.status).toBe(409);
  });

  it('runs the whole suite with the same verdicts as the reference system in process', { timeout: 600_000 }, async () => {
    const scenarios = await sourceScenarios();
    const common = { scenarios, seed: 1, populationIndex: testPopulation() };
    const verdicts = (r: Awaited<ReturnType<typeof runSuite>>) => r.scenarios.map((s) => `${s.id} ${s.status} ${s.checks.filter((c) => c.verdict !== 'info').map((c) => c.verdict).join(',')}`);
    const through = await runSuite({ ...common, sut: httpSut(url), sutName: url });
    const inProcess = await runSuite({ ...common, sut: createReferenceSystem(), sutName: 'reference' });
    expect(verdicts(through)).toEqual(verdicts(inProcess));
    expect(through.failed).toBe(false);
  });
});
