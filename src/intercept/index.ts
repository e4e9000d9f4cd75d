export { DEFAULT_ORIGIN } from './core.js';
export { createMswHandlers, type InterceptOptions } from './msw-handlers.js';
export { createUndiciDispatcher, HarnessDispatcher, type UndiciDispatcherOptions } from './undici-dispatcher.js';
export { setupMocks, useMocks, type Mocks, type MocksInUse, type SetupMocksOptions, type TestHooks } from './setup-mocks.js';
