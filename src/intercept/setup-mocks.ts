import type { UnhandledRequestStrategy } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { getGlobalDispatcher, setGlobalDispatcher, type Dispatcher } from 'undici';
import type { Harness } from '../mock/harness.js';
import { createMswHandlers } from './msw-handlers.js';
import { createUndiciDispatcher, type HarnessDispatcher, type UndiciDispatcherOptions } from './undici-dispatcher.js';

/** Options of `setupMocks` and `useMocks`. */
export interface SetupMocksOptions extends UndiciDispatcherOptions {
  /** What MSW does with a request no handler answers (default `'error'`: the request fails and MSW names it). */
  readonly onUnhandledRequest?: UnhandledRequestStrategy;
}

/** The in-process transport, started and stopped as one: MSW for global fetch, http and XMLHttpRequest, the dispatcher for undici. */
export interface Mocks {
  readonly server: SetupServer;
  readonly dispatcher: HarnessDispatcher;
  readonly origin: string;
  /** Starts MSW and installs the dispatcher as undici's global dispatcher, remembering the one it replaces. */
  listen(): void;
  /** Stops MSW, restores the previous global dispatcher and closes the dispatcher's own fallback agent. */
  close(): Promise<void>;
  /** Drops handlers added at run time with `server.use(...)`; the harness's own handlers stay. */
  resetHandlers(): void;
}

/** Creates the in-process transport for a harness: MSW handlers plus the undici dispatcher, ready to `listen()`. */
export function setupMocks(harness: Harness, options: SetupMocksOptions = {}): Mocks {
  const dispatcher = createUndiciDispatcher(harness, options);
  const server = setupServer(...createMswHandlers(harness, { origin: dispatcher.origin }));
  let previous: Dispatcher | undefined;
  let listening = false;
  return {
    server,
    dispatcher,
    origin: dispatcher.origin,
    listen() {
      if (listening) return;
      server.listen({ onUnhandledRequest: options.onUnhandledRequest ?? 'error' });
      previous = getGlobalDispatcher();
      setGlobalDispatcher(dispatcher);
      listening = true;
    },
    async close() {
      if (!listening) return;
      listening = false;
      server.close();
      if (previous !== undefined && getGlobalDispatcher() === dispatcher) setGlobalDispatcher(previous);
      previous = undefined;
      await dispatcher.close();
    },
    resetHandlers() {
      server.resetHandlers();
    },
  };
}

/** The test-runner hooks `useMocks` registers with; pass vitest's (or Jest's, or node:test's `before`/`after` under these names). */
export interface TestHooks {
  beforeAll(fn: () => unknown): unknown;
  afterEach(fn: () => unknown): unknown;
  afterAll(fn: () => unknown): unknown;
}

/** What `useMocks` gives a test file: the harness and the transport, available once the suite's `beforeAll` has run. */
export interface MocksInUse {
  readonly harness: Harness;
  readonly mocks: Mocks;
  readonly origin: string;
}

/**
 * Registers the in-process transport with a test runner in one call: `beforeAll` creates the harness (when given a factory) and
 * listens, `afterEach` resets the harness (fresh state, empty journal, no faults) and drops run-time handlers, `afterAll` closes.
 * The hooks are passed in, so this module never imports vitest: `useMocks(() => createHarness(...), { beforeAll, afterEach, afterAll })`.
 */
export function useMocks(source: Harness | (() => Harness), hooks: TestHooks, options: SetupMocksOptions = {}): MocksInUse {
  let harness: Harness | undefined = typeof source === 'function' ? undefined : source;
  let mocks: Mocks | undefined;
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useMocks: the ${what} is available once the suite's beforeAll has run`);
    return value;
  };
  hooks.beforeAll(() => {
    harness ??= (source as () => Harness)();
    mocks = setupMocks(harness, options);
    mocks.listen();
  });
  hooks.afterEach(() => {
    harness?.reset();
    mocks?.resetHandlers();
  });
  hooks.afterAll(async () => {
    await mocks?.close();
  });
  return {
    get harness() {
      return ready(harness, 'harness');
    },
    get mocks() {
      return ready(mocks, 'transport');
    },
    get origin() {
      return ready(mocks, 'transport').origin;
    },
  };
}
