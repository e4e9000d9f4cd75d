import { describe, expect, it } from 'vitest';
import { HarnessError } from '../../src/errors.js';
import { runSuite, type RunSuiteOptions } from '../../src/scenario/runner.js';
import { defineScenario, type Scenario, type ScenarioResult } from '../../src/scenario/types.js';
import { PERSONA, toySut, type ToySut } from './toy-sut.js';

const base = { sutName: 'toy', seed: 3, population: 300 } as const;

function run(scenarios: Scenario[], options: Partial<RunSuiteOptions> = {}) {
  const toy = toySut();
  return runSuite({ ...base, scenarios, sut: toy.factory, ...options }).then((result) => ({ result, made: toy.made }));
}

const byId = (results: readonly ScenarioResult[], id: string): ScenarioResult => results.find((r) => r.id === id)!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const passing = (id: string, extra: Partial<Scenario> = {}): Scenario =>
  defineScenario({ id, title: `passes ${id}`, requirements: ['R-LOOK-1'], run: async ({ check }) => void check('R-LOOK-1', true, 'ok'), ...extra });

describe('runSuite: isolation', () => {
  it('gives each scenario fresh mocks and a fresh SUT: what one scenario did is not seen by the next', async () => {
    const dirty = defineScenario({
      id: 'a/dirty',
      title: 'leaves requests, a fault and SUT state behind',
      requirements: ['R-LOOK-1'],
      async run({ sut, mocks, check }) {
        const toy = sut as ToySut;
        const res = await toy.lookup(PERSONA);
        mocks.harness.faults.add({ route: 'npd.lookup', kind: 'status', status: 503 });
        check('R-LOOK-1', res.status === 200 && mocks.harness.journal.list().length === 2, 'looked a persona up');
      },
    });
    const clean = defineScenario({
      id: 'b/clean',
      title: 'sees nothing of the previous scenario',
      requirements: ['R-LOOK-1'],
      async run({ sut, mocks, check }) {
        const toy = sut as ToySut;
        check('R-LOOK-1', mocks.harness.journal.list().length === 0, 'the journal starts empty');
        check('R-LOOK-1', mocks.harness.faults.list().length === 0, 'no fault is left over');
        check('R-LOOK-1', toy.lookups === 0, 'the SUT is a new one');
        check('R-LOOK-1', (await toy.lookup(PERSONA)).status === 200, 'the fault of the previous scenario does not apply');
      },
    });
    const { result, made } = await run([clean, dirty]);
    expect(result.scenarios.map((r) => [r.id, r.status])).toEqual([
      ['a/dirty', 'pass'],
      ['b/clean', 'pass'],
    ]);
    expect(made).toHaveLength(2);
    expect(made[0]).not.toBe(made[1]);
    expect(made.every((s) => s.closed)).toBe(true);
    expect(result.failed).toBe(false);
  });

  it('hands the SUT the loopback URL of the mocks, the procedure-system credentials and the seed, and serves nothing once done', async () => {
    let url = '';
    const { result, made } = await run([
      defineScenario({
        id: 'a/url',
        title: 'url',
        requirements: ['R-LOOK-1'],
        async run({ mocks, check, seed }) {
          url = mocks.url;
          check('R-LOOK-1', seed === 3, 'seed');
        },
      }),
    ]);
    expect(result.scenarios[0]!.status).toBe('pass');
    expect(made[0]!.env).toEqual({ mocksUrl: url, clientId: 'procedure-system', clientSecret: 'procedure-system-secret', seed: 3 });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect(fetch(`${url}/npd/oauth/token`)).rejects.toThrow();
  });
});

describe('runSuite: timeouts and errors', () => {
  it('reports a scenario that outlives its timeout as `timeout`, closes its SUT and its mocks, and ignores what it records later', async () => {
    let url = '';
    const slow = defineScenario({
      id: 'a/slow',
      title: 'never finishes in time',
      requirements: ['R-LOOK-1'],
      async run({ mocks, check }) {
        url = mocks.url;
        check('R-LOOK-1', true, 'before the timeout');
        await sleep(600);
        check('R-LOOK-1', false, 'after the timeout');
      },
    });
    const { result, made } = await run([slow, passing('b/next')], { timeoutMs: 150 });
    const r = byId(result.scenarios, 'a/slow');
    expect(r.status).toBe('timeout');
    expect(r.error).toBe('timed out after 150 ms');
    expect(r.durationMs).toBeLessThan(550);
    expect(made[0]!.closed).toBe(true);
    await expect(fetch(`${url}/npd/oauth/token`)).rejects.toThrow();
    await sleep(600);
    expect(r.checks.map((c) => c.message)).toEqual(['before the timeout']);
    expect(byId(result.scenarios, 'b/next').status).toBe('pass');
    expect(result.failed).toBe(true);
  });

  it("lets a scenario's own timeoutMs win over the runner's", async () => {
    const slow = passing('a/own', {
      timeoutMs: 50,
      async run({ check }) {
        await sleep(300);
        check('R-LOOK-1', true, 'late');
      },
    });
    const { result } = await run([slow], { timeoutMs: 10_000 });
    expect(result.scenarios[0]!.status).toBe('timeout');
    expect(result.scenarios[0]!.error).toBe('timed out after 50 ms');
  });

  it('times out a SUT that is slow to start, and closes it once it has started', async () => {
    const toy = toySut({ startDelayMs: 200 });
    const result = await runSuite({ ...base, scenarios: [passing('a/x')], sut: toy.factory, timeoutMs: 50 });
    expect(result.scenarios[0]!.status).toBe('timeout');
    await sleep(300);
    expect(toy.made).toHaveLength(1);
    expect(toy.made[0]!.closed).toBe(true);
  });

  it('reports a thrown error as `error` in one line with no stack, and still closes the SUT', async () => {
    const throws = defineScenario({
      id: 'a/throws',
      title: 'throws',
      requirements: ['R-LOOK-1'],
      async run({ check }) {
        check('R-LOOK-1', true, 'first');
        throw new TypeError('boom\n    at somewhere (file.js:1:1)');
      },
    });
    const { result, made } = await run([throws]);
    const r = result.scenarios[0]!;
    expect(r.status).toBe('error');
    expect(r.error).toBe('TypeError: boom');
    expect(r.checks).toHaveLength(1);
    expect(made[0]!.closed).toBe(true);
    expect(result.failed).toBe(true);
  });

  it('reports a SUT that fails to start, or to close, as an error of the scenario', async () => {
    const start = await runSuite({ ...base, scenarios: [passing('a/x')], sut: toySut({ failStart: 'no config' }).factory });
    expect(start.scenarios[0]).toMatchObject({ status: 'error', error: 'Failed to start the system under test: no config' });
    const close = await runSuite({ ...base, scenarios: [passing('a/x')], sut: toySut({ failClose: 'stuck' }).factory });
    expect(close.scenarios[0]).toMatchObject({ status: 'error', error: 'Failed to close the system under test: stuck' });
  });

  it('makes a scenario that checks nothing an error, notes alone included', async () => {
    const silent = defineScenario({ id: 'a/silent', title: 'silent', requirements: ['R-LOOK-1'], run: async () => undefined });
    const notes = defineScenario({ id: 'b/notes', title: 'notes only', requirements: ['R-LOOK-1'], run: async ({ note }) => note('R-LOOK-1', 'a fact') });
    const { result } = await run([silent, notes]);
    expect(result.scenarios.map((r) => [r.status, r.error])).toEqual([
      ['error', 'made no checks'],
      ['error', 'made no checks'],
    ]);
    expect(result.failed).toBe(true);
  });

  it('refuses a check on a requirement the scenario does not cite', async () => {
    const stray = defineScenario({ id: 'a/stray', title: 'stray', requirements: ['R-LOOK-1'], run: async ({ check }) => void check('R-LOOK-2', true, 'not mine') });
    const { result } = await run([stray]);
    expect(result.scenarios[0]!.status).toBe('error');
    expect(result.scenarios[0]!.error).toMatch(/R-LOOK-2 is not one of the requirements it cites \(R-LOOK-1\)/);
  });
});

describe('runSuite: how each kind of requirement counts', () => {
  it('fails a scenario on a failing duty check and passes it when all its duty checks pass', async () => {
    const failing = defineScenario({
      id: 'a/duty',
      title: 'duty',
      requirements: ['R-LOOK-1', 'R-LOOK-2'],
      run: async ({ check }) => void (check('R-LOOK-1', true, 'fine'), check('R-LOOK-2', false, 'asked for sổ hộ khẩu', { data: { field: 'soHoKhau' } })),
    });
    const { result } = await run([failing, passing('b/ok')]);
    const r = byId(result.scenarios, 'a/duty');
    expect(r.status).toBe('fail');
    expect(r.checks[1]).toEqual({ requirement: 'R-LOOK-2', verdict: 'fail', message: 'asked for sổ hộ khẩu', evidence: { data: { field: 'soHoKhau' } } });
    expect(byId(result.scenarios, 'b/ok').status).toBe('pass');
    expect(result.failed).toBe(true);
  });

  it('records a failing pilot check as a failure that does not fail the scenario or the run', async () => {
    const pilot = defineScenario({
      id: 'a/pilot',
      title: 'pilot',
      requirements: ['R-LOOK-1', 'R-PORT-11'],
      run: async ({ check }) => void (check('R-LOOK-1', true, 'fine'), check('R-PORT-11', false, 'paper taken on a no-paper day')),
    });
    const { result } = await run([pilot]);
    expect(result.scenarios[0]!.status).toBe('pass');
    expect(result.scenarios[0]!.checks[1]).toMatchObject({ requirement: 'R-PORT-11', verdict: 'fail' });
    expect(result.failed).toBe(false);
  });

  it('records a calibration figure as information beside the published one', async () => {
    const calibration = defineScenario({
      id: 'a/rate',
      title: 'rate',
      requirements: ['R-MATCH-5'],
      run: async ({ figure }) => figure('R-MATCH-5', 'matching rate', 70.2, 69.9, '%'),
    });
    const { result } = await run([calibration]);
    expect(result.scenarios[0]!.status).toBe('pass');
    expect(result.scenarios[0]!.checks).toEqual([
      { requirement: 'R-MATCH-5', verdict: 'info', message: 'matching rate: observed 70.2 %, published 69.9 %', figure: { name: 'matching rate', observed: 70.2, published: 69.9, unit: '%' } },
    ]);
  });

  it('marks checks on a derived row as derived, and fails the scenario when one fails', async () => {
    const derived = defineScenario({ id: 'a/retry', title: 'retry', requirements: ['R-CONN-3'], run: async ({ check }) => void check('R-CONN-3', false, 'retried at once') });
    const { result } = await run([derived, passing('b/duty')]);
    expect(byId(result.scenarios, 'a/retry')).toMatchObject({ status: 'fail', checks: [{ requirement: 'R-CONN-3', verdict: 'fail', derived: true }] });
    expect(byId(result.scenarios, 'b/duty').checks[0]!.derived).toBeUndefined();
  });
});

describe('runSuite: selection and order', () => {
  const tagged = [
    passing('lookup/one', { title: 'Looks up ONE citizen', tags: ['npd'] }),
    passing('lookup/two', { requirements: ['R-LOOK-1', 'R-LOOK-2'], run: async ({ check }) => void check('R-LOOK-2', true, 'ok'), tags: ['npd', 'slow'] }),
    passing('portal/three', { tags: ['portal'] }),
  ];

  it.each([
    [{ grep: 'one citizen' }, ['lookup/one']],
    [{ grep: 'LOOKUP/' }, ['lookup/one', 'lookup/two']],
    [{ requirement: 'R-LOOK-2' }, ['lookup/two']],
    [{ tag: 'npd' }, ['lookup/one', 'lookup/two']],
    [{ tag: 'npd', grep: 'two' }, ['lookup/two']],
    [{}, ['lookup/one', 'lookup/two', 'portal/three']],
  ])('with %j runs only the matching scenarios and reports the others skipped', async (filters, ran) => {
    const seen: string[] = [];
    const { result, made } = await run(tagged, { ...filters, onScenario: (r) => seen.push(r.id) });
    expect(result.scenarios.filter((r) => r.status !== 'skipped').map((r) => r.id)).toEqual(ran);
    expect(result.scenarios.filter((r) => r.status === 'skipped').every((r) => r.checks.length === 0 && r.durationMs === 0)).toBe(true);
    expect(result.scenarios).toHaveLength(3);
    expect(seen).toEqual(ran);
    expect(made).toHaveLength(ran.length);
  });

  it('runs and reports scenarios sorted by ID whatever their given order', async () => {
    const { result } = await run([tagged[2]!, tagged[0]!, tagged[1]!]);
    expect(result.scenarios.map((r) => r.id)).toEqual(['lookup/one', 'lookup/two', 'portal/three']);
  });

  it('refuses filters that select nothing, and a requirement ID the catalogue does not hold', async () => {
    await expect(run(tagged, { grep: 'nothing like this' })).rejects.toThrow(/Failed to select scenarios: none of 3 matches grep "nothing like this"/);
    await expect(run(tagged, { requirement: 'R-LOOK-99' })).rejects.toThrow(HarnessError);
    await expect(run(tagged, { requirement: 'R-LOOK-99' })).rejects.toThrow(/"R-LOOK-99" is not a requirement ID/);
    await expect(run([])).rejects.toThrow(/there are none to run/);
  });
});

describe('runSuite: determinism', () => {
  const seeded = [
    defineScenario({
      id: 'a/lookup',
      title: 'looks a citizen of the population up',
      requirements: ['R-LOOK-1'],
      async run({ sut, mocks, check }) {
        const citizen = mocks.harness.population.at(7);
        const res = await (sut as ToySut).lookup(citizen.personalId);
        check('R-LOOK-1', res.status === 200, `looked ${citizen.personalId} up`, { journal: mocks.harness.journal.list({ route: 'npd.lookup' }), data: res.body });
      },
    }),
    defineScenario({ id: 'b/fail', title: 'fails', requirements: ['R-LOOK-2'], run: async ({ check, seed }) => void check('R-LOOK-2', false, `seed ${seed}`) }),
  ];
  /** The result without what may differ run to run: durations, the start time, journal times. */
  const stable = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'durationMs' || key === 'startedAt' || key === 'time' ? undefined : v)));

  it('gives the same result for the same seed, durations and timestamps aside, and another for another seed', async () => {
    const a = await run(seeded, { seed: 11 });
    const b = await run(seeded, { seed: 11 });
    const c = await run(seeded, { seed: 12 });
    expect(stable(a.result)).toEqual(stable(b.result));
    expect(stable(a.result)).not.toEqual(stable(c.result));
    const journal = a.result.scenarios[0]!.checks[0]!.evidence?.journal;
    expect(journal).toHaveLength(1);
    // The mocks listen on a new port each scenario: evidence names them by a stable host instead.
    expect(journal![0]!.request.headers.host).toBe('mocks.vn06');
  });
});
