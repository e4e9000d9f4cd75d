import { loadScenarios } from '../../src/scenario/discover.js';
import { runSuite } from '../../src/scenario/runner.js';
import type { SutFactory } from '../../src/scenario/sut/types.js';
import type { CheckResult, Scenario, ScenarioResult } from '../../src/scenario/types.js';
import { testPopulation } from '../mocks/helpers.js';

/** Every scenario under scenarios/ (the TypeScript sources, under vitest). */
export async function sourceScenarios(): Promise<Scenario[]> {
  return [...(await loadScenarios())];
}

/** Runs one scenario with the suite runner (fresh mocks on loopback, the shared test population); its result. */
export async function runScenario(scenario: Scenario, sut: SutFactory, seed = 1): Promise<ScenarioResult> {
  const result = await runSuite({ scenarios: [scenario], sut, sutName: 'test', seed, populationIndex: testPopulation() });
  return result.scenarios[0]!;
}

/** Runs one scenario; the checks it made (an error or a timeout throws, naming it). */
export async function runOne(scenario: Scenario, sut: SutFactory, seed = 1): Promise<readonly CheckResult[]> {
  const result = await runScenario(scenario, sut, seed);
  if (result.status === 'error' || result.status === 'timeout') throw new Error(`${scenario.id}: ${result.status}: ${result.error ?? ''}`);
  return result.checks;
}
