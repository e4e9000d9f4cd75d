import { defaultClients, systems } from '../../mocks/index.js';
import { createHarness, type Harness, type HarnessOptions } from '../../src/mock/harness.js';
import { defineRoute } from '../../src/mock/route.js';
import { defaultErrorBody, defineMockSystem, type MockSystem } from '../../src/mock/system.js';
import { buildPopulationIndex, type PopulationIndex } from '../../src/population/population-index.js';

let shared: PopulationIndex | undefined;

/** One small population for the transport tests (seed 1, 2,000 citizens), built once per test file. */
export function population(): PopulationIndex {
  shared ??= buildPopulationIndex({ seed: 1, size: 2000 });
  return shared;
}

/** A test-only system whose state is a counter, so a test can see whether a reset gave the routes fresh state. */
export const counterSystem: MockSystem<{ hits: number }> = defineMockSystem<{ hits: number }>({
  id: 'counter',
  title: 'counter',
  version: '0.0.0',
  basePath: '/counter',
  createState: () => ({ hits: 0 }),
  errorBody: defaultErrorBody,
  routes: [
    defineRoute<{ hits: number }>({
      id: 'counter.hit',
      method: 'POST',
      path: '/hits',
      summary: 'counts',
      scopes: null,
      responses: {},
      handle: ({ state }) => ({ status: 200, body: { hits: ++state.hits } }),
    }),
    defineRoute<{ hits: number }>({
      id: 'counter.empty',
      method: 'GET',
      path: '/empty',
      summary: 'answers 200 with no body at all',
      scopes: null,
      responses: {},
      handle: () => ({ status: 200, headers: { 'x-counter': 'empty' } }),
    }),
  ],
});

/** A harness of every system (plus the counter) over the shared population, with a frozen clock so tokens repeat. */
export function makeHarness(options: Partial<HarnessOptions> = {}): Harness {
  return createHarness({
    seed: 1,
    populationIndex: population(),
    systems: [...systems, counterSystem],
    clients: defaultClients,
    clock: { start: '2026-01-01T00:00:00Z', frozen: true },
    ...options,
  });
}

/** The form body of a client-credentials token request. */
export function tokenForm(clientId = 'procedure-system', secret = `${clientId}-secret`): string {
  return new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }).toString();
}

export const FORM = 'application/x-www-form-urlencoded';
