import { buildPopulationIndex, type PopulationIndex } from '../population/population-index.js';
import { Auth, type ClientConfig } from './auth.js';
import { createClock, type ClockOptions, type ControllableClock } from './clock.js';
import { dispatch, type IncomingRequest, type MountedRoute, type OutgoingResponse } from './dispatch.js';
import type { Eventually } from './eventually.js';
import { Faults, type FaultRule } from './faults.js';
import { Journal } from './journal.js';
import { defaultErrorBody, type MockError, type MockSystem } from './system.js';
import { World } from './world.js';

export interface HarnessOptions {
  readonly seed: number;
  /** Citizens in the simulated population database (default 10,000). */
  readonly population?: number;
  /** A population index already built, shared between harnesses of the same seed. */
  readonly populationIndex?: PopulationIndex;
  readonly systems: readonly MockSystem<any>[];
  readonly clients: readonly ClientConfig[];
  readonly clock?: ClockOptions;
  readonly faults?: readonly FaultRule[];
  readonly journalCapacity?: number;
  /** Largest accepted request body in bytes (default 1 MiB). */
  readonly bodyLimit?: number;
  readonly tokenTtlSeconds?: number;
}

/** Everything the simulated systems share: one seeded population, the clock, auth, the journal, the faults and the route table. */
export interface Harness {
  readonly seed: number;
  readonly population: PopulationIndex;
  readonly clock: ControllableClock;
  readonly auth: Auth;
  readonly journal: Journal;
  readonly faults: Faults;
  /** Largest accepted request body, in bytes (streamed bodies excepted). */
  readonly bodyLimit: number;
  readonly systems: readonly MockSystem<any>[];
  /** The changes the systems made to the population since the last reset (births, deaths, residence), with their events. */
  readonly world: World;
  /** Every route of every system, mounted at its full path. */
  readonly routes: readonly MountedRoute[];
  /** Runs one matched request through the shared pipeline; the answer comes at once unless a step waits (see `Eventually`). */
  handle(route: MountedRoute, params: Record<string, string>, request: IncomingRequest): Eventually<OutgoingResponse>;
  /** Answers a request that matched no route: 405 with Allow when the path exists for other methods, else 404. */
  unmatched(request: IncomingRequest, allowed: readonly string[]): OutgoingResponse;
  /** Refuses a request before routing (a path that is not valid percent-encoding), in the error shape of the system it aimed at. */
  reject(request: IncomingRequest, error: MockError, headers?: Readonly<Record<string, string>>): OutgoingResponse;
  /** Fresh state for every system (the population stays), an empty journal, no faults. */
  reset(): void;
  /** Releases what the systems' states hold outside memory (temporary files); the harness answers no more after it. */
  dispose(): void;
}

export const DEFAULT_POPULATION = 10_000;

/** Builds the shared state and the route table of the given systems; nothing here names a system. */
export function createHarness(options: HarnessOptions): Harness {
  const clock = createClock(options.clock);
  const population = options.populationIndex ?? buildPopulationIndex({ seed: options.seed, size: options.population ?? DEFAULT_POPULATION });
  const auth = new Auth({ seed: options.seed, clock, clients: options.clients, tokenTtlSeconds: options.tokenTtlSeconds });
  const journal = new Journal(options.journalCapacity);
  const faults = new Faults(options.seed, clock);
  for (const rule of options.faults ?? []) faults.add(rule);
  const deps = { auth, clock, faults, journal, bodyLimit: options.bodyLimit ?? 1024 * 1024 };

  let world = new World(population, clock, options.seed);
  let states: { system: MockSystem<unknown>; state: unknown }[] = [];
  const mount = (): MountedRoute[] => {
    states = options.systems.map((system) => ({ system: system as MockSystem<unknown>, state: system.createState({ seed: options.seed, population, clock, auth, world }) }));
    return states.flatMap(({ system, state }) => system.routes.map((route) => ({ system, route, path: `${system.basePath}${route.path}`, state })));
  };
  const disposeStates = (): void => {
    for (const { system, state } of states) system.disposeState?.(state);
  };
  let routes = mount();

  return {
    seed: options.seed,
    population,
    clock,
    auth,
    journal,
    faults,
    bodyLimit: deps.bodyLimit,
    systems: options.systems,
    get routes() {
      return routes;
    },
    get world() {
      return world;
    },
    handle: (route, params, request) => dispatch(deps, route, params, request),
    unmatched(request, allowed) {
      return allowed.length > 0
        ? this.reject(request, { status: 405, code: 'method_not_allowed', message: `${request.method} is not allowed here; allowed: ${allowed.join(', ')}` }, { allow: allowed.join(', ') })
        : this.reject(request, { status: 404, code: 'not_found', message: `no route for ${request.method} ${request.path}` });
    },
    reject(request, error, extraHeaders = {}) {
      const system = options.systems.find((s) => request.path === s.basePath || request.path.startsWith(`${s.basePath}/`));
      const { status } = error;
      const body = JSON.stringify((system?.errorBody ?? defaultErrorBody)(error));
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', ...extraHeaders };
      journal.add({
        at: clock.now(),
        system: system?.id ?? null,
        route: null,
        method: request.method,
        path: request.path,
        query: request.query,
        client: null,
        requestHeaders: request.headers,
        requestBody: null,
        status,
        responseHeaders: headers,
        responseBody: body,
        durationMs: 0,
        fault: null,
        violations: [],
      });
      return { status, headers, body, reset: false, delayMs: 0 };
    },
    reset() {
      disposeStates();
      world = new World(population, clock, options.seed);
      routes = mount();
      journal.clear();
      faults.clear();
    },
    dispose() {
      disposeStates();
      journal.clear();
    },
  };
}
