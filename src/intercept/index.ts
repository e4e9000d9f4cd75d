export { DEFAULT_ORIGIN, type InterceptOptions } from './core.js';
export { createMswHandlers } from './msw-handlers.js';
export { createUndiciDispatcher, HarnessDispatcher, type UndiciDispatcherOptions } from './undici-dispatcher.js';
export { setupMocks, useMocks, type Mocks, type MocksInUse, type SetupMocksOptions, type TestHooks } from './setup-mocks.js';
