import type { StimulusInput, StimulusOutput, SutEnvironment } from '../types.js';
import type { StimulusName } from '../stimuli/index.js';
import type { RequirementId } from '../../types.js';
import { GatewayClient, type GatewayHabits } from './gateway.js';

/**
 * A faulty habit of a procedure system, by name (e.g. `retry-without-backoff`). The reference system has none; each
 * faulty variant switches on a few, and the handlers ask `core.has(name)` where the habit changes what they do.
 */
export type Habit = string;

/** A faulty variant: the reference system with some habits switched on, and the requirements it is meant to break. */
export interface Variant {
  /** Kebab-case, e.g. `retries-without-backoff`. */
  readonly id: string;
  readonly description: string;
  readonly habits: readonly Habit[];
  readonly breaks: readonly RequirementId[];
  /** The scenarios it makes fail (on one of `breaks`): the tests run each of them against it. */
  readonly scenarios: readonly string[];
}

/** What every handler of the reference system shares: the environment, the gateway client, its habits and its log. */
export interface ReferenceCore {
  readonly env: SutEnvironment;
  readonly gateway: GatewayClient;
  /** The system's own log (scenarios read it through `exportLogs`). */
  readonly logs: string[];
  log(line: string): void;
  has(habit: Habit): boolean;
  /** Registers work to do when the system closes (a callback receiver to stop…); hooks run in order, then the gateway closes. */
  onClose(hook: () => Promise<void> | void): void;
  /** Runs the close hooks, then closes the gateway client. */
  close(): Promise<void>;
}

/** The gateway habits a set of habit names switches on. */
function gatewayHabits(habits: ReadonlySet<Habit>): GatewayHabits {
  return {
    retryWithoutBackoff: habits.has('retry-without-backoff'),
    ignoreRetryAfter: habits.has('ignore-retry-after'),
    tokenInUrl: habits.has('token-in-url'),
    ignoreTokenExpiry: habits.has('ignore-token-expiry'),
    freshIdempotencyKeyPerAttempt: habits.has('fresh-idempotency-key-per-attempt'),
    logsToken: habits.has('logs-token'),
  };
}

export function createCore(env: SutEnvironment, habits: ReadonlySet<Habit>): ReferenceCore {
  const logs: string[] = [];
  const log = (line: string): void => {
    logs.push(`${new Date().toISOString()} ${line}`);
  };
  const gateway = new GatewayClient({ baseUrl: env.mocksUrl, clientId: env.clientId, clientSecret: env.clientSecret, seed: env.seed, habits: gatewayHabits(habits), log });
  const closeHooks: (() => Promise<void> | void)[] = [];
  const close = async (): Promise<void> => {
    for (const hook of closeHooks.splice(0)) await hook();
    await gateway.close();
  };
  return { env, gateway, logs, log, has: (habit) => habits.has(habit), onClose: (hook) => void closeHooks.push(hook), close };
}

/** The handlers of some stimuli: one async function each, given the core and the validated input. */
export type Handlers<N extends StimulusName> = { readonly [K in N]: (core: ReferenceCore, input: StimulusOutputInput<K>) => Promise<StimulusOutput<K>> };

/** A stimulus input after validation (defaults applied). */
type StimulusOutputInput<N extends StimulusName> = Exclude<StimulusInput<N>, undefined>;
