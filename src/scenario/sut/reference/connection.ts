import type { Handlers, Variant } from './core.js';

/** The reference system's handlers of the connection stimuli. */
export const connectionHandlers: Handlers<never> = {};

/** The faulty variants that break the connection requirements. */
export const connectionVariants: readonly Variant[] = [
  { id: 'retries-without-backoff', description: 'Retries at once, again and again, whatever the server says', habits: ['retry-without-backoff'], breaks: ['R-CONN-3'], scenarios: ['connection/retry-backoff'] },
  { id: 'ignores-retry-after', description: 'Waits its own short backoff instead of the Retry-After the server asked for', habits: ['ignore-retry-after'], breaks: ['R-CONN-3'], scenarios: ['connection/retry-backoff'] },
  { id: 'new-idempotency-key-per-retry', description: 'Sends a new idempotency key on every retry, so a retried POST can be applied twice', habits: ['fresh-idempotency-key-per-attempt'], breaks: ['R-CONN-3'], scenarios: ['connection/retry-backoff'] },
  { id: 'token-in-url', description: 'Puts its access token in the query string instead of the Authorization header', habits: ['token-in-url'], breaks: ['R-CONN-1', 'R-CONN-2'], scenarios: ['connection/authenticated-lookup'] },
]
