import { defaultClients, systems } from '../../mocks/index.js';
import { ErrorCode, HarnessError } from '../errors.js';
import { createHarness, DEFAULT_POPULATION } from '../mock/harness.js';
import { buildPopulationIndex, type PopulationIndex } from '../population/population-index.js';
import { startServer } from '../server/http-server.js';
import { requirementById } from './catalogue.js';
import { createRecorder, gates } from './context.js';
import { markExpectedFailure, settleExpectedFailures, type ExpectedFailure } from './expect-fail.js';
import type { SutFactory, SystemUnderTest } from './sut/types.js';
import { english, vietnamese, type Scenario, type ScenarioResult, type SuiteResult } from './types.js';

/** Where the clock of every scenario starts: a fixed instant, so that tokens, deadlines and journal times repeat run to run. */
export const SUITE_CLOCK_START = '2026-06-01T08:00:00+07:00';

/** The credentials the runner's harness issues to the system under test. */
export const SUT_CLIENT = { id: 'procedure-system', secret: 'procedure-system-secret' } as const;

/** Per-scenario timeout when neither the scenario nor the caller sets one. */
export const DEFAULT_TIMEOUT_MS = 20_000;

/** What `runSuite` runs, against what, and how it reports progress. */
export interface RunSuiteOptions {
  readonly scenarios: readonly Scenario[];
  readonly sut: SutFactory;
  readonly sutName: string;
  readonly seed: number;
  /** Citizens in the simulated population (default 10,000); the index is built once per suite. */
  readonly population?: number;
  /** A population index already built for this seed (tests share one between suites). */
  readonly populationIndex?: PopulationIndex;
  /** Runs only scenarios whose ID or title contains this text (case-insensitive). */
  readonly grep?: string;
  /** Runs only scenarios citing this requirement ID. */
  readonly requirement?: string;
  /** Runs only scenarios carrying this tag. */
  readonly tag?: string;
  /** Default per-scenario timeout; a scenario's own `timeoutMs` wins. */
  readonly timeoutMs?: number;
  readonly expectFail?: readonly ExpectedFailure[];
  /** Called as each selected scenario finishes (an expected failure that now passes by requirement is known only at the end). */
  readonly onScenario?: (result: ScenarioResult) => void;
}

/** True when the scenario passes the filters (all given filters must match). */
function selects(scenario: Scenario, filters: Pick<RunSuiteOptions, 'grep' | 'requirement' | 'tag'>): boolean {
  const grep = filters.grep?.toLowerCase();
  return (
    (grep === undefined || scenario.id.toLowerCase().includes(grep) || english(scenario.title).toLowerCase().includes(grep)) &&
    (filters.requirement === undefined || scenario.requirements.some((r) => r === filters.requirement)) &&
    (filters.tag === undefined || (scenario.tags ?? []).includes(filters.tag))
  );
}

/** One line, no stack: what a report shows for an error. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n').find((l) => l.trim() !== '')?.trim() ?? 'no message';
  const named = error instanceof Error && error.name !== 'Error' && error.name !== 'HarnessError';
  return named ? `${error.name}: ${first}` : first;
}

const TIMED_OUT = Symbol('timeout');

/** A result's ID and titles, in English and (when the scenario gave one) Vietnamese. */
function titles(scenario: Scenario): Pick<ScenarioResult, 'id' | 'title' | 'titleVi'> {
  const vi = vietnamese(scenario.title);
  return { id: scenario.id, title: english(scenario.title), ...(vi === undefined ? {} : { titleVi: vi }) };
}

/** Runs one scenario in isolation: fresh mocks on a loopback port, a fresh SUT, the scenario under its timeout, then everything closed. */
async function runScenario(scenario: Scenario, options: RunSuiteOptions, population: PopulationIndex): Promise<ScenarioResult> {
  const started = performance.now();
  const harness = createHarness({ seed: options.seed, populationIndex: population, systems, clients: defaultClients, clock: { start: SUITE_CLOCK_START } });
  const server = await startServer({ harness, port: 0 });
  const recorder = createRecorder(scenario, options.seed, server.url);
  const timeoutMs = scenario.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let sut: SystemUnderTest | undefined;
  let abandoned = false;
  let status: ScenarioResult['status'] | undefined;
  let error: string | undefined;

  const work = (async () => {
    let made: SystemUnderTest;
    try {
      made = await options.sut({ mocksUrl: server.url, clientId: SUT_CLIENT.id, clientSecret: SUT_CLIENT.secret, seed: options.seed });
    } catch (cause) {
      throw new Error(`Failed to start the system under test: ${oneLine(cause)}`);
    }
    // A SUT that finished starting after the timeout is closed at once.
    if (abandoned) return void (await made.close().catch(() => undefined));
    sut = made;
    await scenario.run(recorder.context(made, { harness, url: server.url }));
  })();
  // After a timeout, `run` may still settle: its outcome is no longer anyone's business.
  work.catch(() => undefined);

  let timer: NodeJS.Timeout | undefined;
  try {
    const outcome = await Promise.race([work, new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs)))]);
    if (outcome === TIMED_OUT) {
      status = 'timeout';
      error = `timed out after ${timeoutMs} ms`;
    }
  } catch (cause) {
    status = 'error';
    error = oneLine(cause);
  } finally {
    clearTimeout(timer);
    abandoned = true;
    recorder.close();
    try {
      await sut?.close();
    } catch (cause) {
      if (status === undefined) {
        status = 'error';
        error = `Failed to close the system under test: ${oneLine(cause)}`;
      }
    }
    await server.close();
    harness.dispose();
  }

  if (status === undefined && recorder.made === 0) {
    status = 'error';
    error = 'made no checks';
  }
  status ??= recorder.checks.some((c) => c.verdict === 'fail' && gates(c.requirement)) ? 'fail' : 'pass';
  return {
    ...titles(scenario),
    requirements: scenario.requirements,
    status,
    durationMs: Math.round(performance.now() - started),
    checks: recorder.checks,
    ...(error === undefined ? {} : { error }),
  };
}

const skipped = (scenario: Scenario): ScenarioResult => ({ ...titles(scenario), requirements: scenario.requirements, status: 'skipped', durationMs: 0, checks: [] });

/**
 * Runs the scenarios selected by the filters, one after another, each against fresh mocks and a fresh SUT; the
 * others are reported `skipped`. The same seed gives the same result, durations and timestamps aside.
 */
export async function runSuite(options: RunSuiteOptions): Promise<SuiteResult> {
  if (options.requirement !== undefined && requirementById(options.requirement) === undefined) {
    throw new HarnessError(ErrorCode.BadValue, `Failed to select scenarios: ${JSON.stringify(options.requirement)} is not a requirement ID of the catalogue (e.g. R-CONN-3)`);
  }
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const ordered = [...options.scenarios].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const selected = ordered.filter((s) => selects(s, options));
  if (selected.length === 0) {
    const filters = [
      options.grep === undefined ? '' : `grep ${JSON.stringify(options.grep)}`,
      options.requirement === undefined ? '' : `requirement ${options.requirement}`,
      options.tag === undefined ? '' : `tag ${JSON.stringify(options.tag)}`,
    ].filter(Boolean);
    throw new HarnessError(ErrorCode.BadValue, `Failed to select scenarios: ${ordered.length === 0 ? 'there are none to run' : `none of ${ordered.length} matches ${filters.join(', ')}`}`);
  }
  const population = options.populationIndex ?? buildPopulationIndex({ seed: options.seed, size: options.population ?? DEFAULT_POPULATION });
  const expected = options.expectFail ?? [];
  const results: ScenarioResult[] = [];
  for (const scenario of ordered) {
    if (!selected.includes(scenario)) {
      results.push(skipped(scenario));
      continue;
    }
    const result = await runScenario(scenario, options, population);
    results.push(result);
    options.onScenario?.(markExpectedFailure(result, expected));
  }
  const settled = settleExpectedFailures(results, expected);
  return {
    sut: options.sutName,
    seed: options.seed,
    startedAt,
    durationMs: Math.round(performance.now() - started),
    scenarios: settled.results,
    failed: settled.failed,
  };
}
