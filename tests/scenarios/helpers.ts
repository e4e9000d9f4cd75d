import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defaultClients, systems } from '../../mocks/index.js';
import { createHarness } from '../../src/mock/harness.js';
import { startServer } from '../../src/server/http-server.js';
import type { SutFactory } from '../../src/scenario/sut/types.js';
import type { CheckResult, Scenario } from '../../src/scenario/types.js';
import { testPopulation } from '../mocks/helpers.js';

const ROOT = new URL('../../scenarios/', import.meta.url).pathname;

/** Every scenario under scenarios/, from the TypeScript sources. */
export async function sourceScenarios(): Promise<Scenario[]> {
  const files = readdirSync(ROOT, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort();
  const found: Scenario[] = [];
  for (const file of files) {
    const module = (await import(join(ROOT, file))) as { default?: Scenario; scenarios?: Scenario[] };
    if (module.default) found.push(module.default);
    found.push(...(module.scenarios ?? []));
    if (!module.default && !module.scenarios) throw new Error(`${relative(ROOT, file)} exports no scenario`);
  }
  return found;
}

/** Runs one scenario against a SUT on a fresh harness served on loopback; the checks it made. */
export async function runOne(scenario: Scenario, sut: SutFactory, seed = 1): Promise<CheckResult[]> {
  const harness = createHarness({ seed, populationIndex: testPopulation(), systems, clients: defaultClients, clock: { start: '2026-06-01T01:00:00Z' } });
  const server = await startServer({ harness, port: 0 });
  const system = await sut({ mocksUrl: server.url, clientId: 'procedure-system', clientSecret: 'procedure-system-secret', seed });
  const checks: CheckResult[] = [];
  try {
    await scenario.run({
      sut: system,
      mocks: { harness, url: server.url },
      seed,
      check(requirement, condition, message, evidence) {
        checks.push({ requirement, verdict: condition ? 'pass' : 'fail', message, ...(evidence ? { evidence } : {}) });
        return condition;
      },
      figure(requirement, name, observed, published, unit) {
        checks.push({ requirement, verdict: 'info', message: name, figure: { name, observed, published, ...(unit ? { unit } : {}) } });
      },
      note(requirement, message, evidence) {
        checks.push({ requirement, verdict: 'info', message, ...(evidence ? { evidence } : {}) });
      },
    });
  } finally {
    await system.close();
    await server.close();
  }
  return checks;
}
