import type { Auth } from '../../src/mock/auth.js';
import type { Clock } from '../../src/mock/clock.js';
import type { StateDeps } from '../../src/mock/system.js';
import type { World } from '../../src/mock/world.js';
import type { Misbehaviour } from './contract.js';
import { createVneidKeys, type VneidKeys } from './keys.js';
import { Sessions } from './sessions.js';
import { Wallet } from './wallet.js';

/** VNeID's state: its keys, the codes and tokens it issued, the wallets, and the misbehaviour a test asked for. */
export interface VneidState {
  readonly world: World;
  /** The harness's clients: every one of them may sign citizens in (client secret as registered there). */
  readonly auth: Auth;
  readonly clock: Clock;
  readonly keys: VneidKeys;
  readonly sessions: Sessions;
  readonly wallet: Wallet;
  /** The misbehaviour applied to the ID tokens issued from now on, or null for a well-behaved provider. */
  misbehaviour: Misbehaviour | null;
}

/** The clock's date in Vietnam (UTC+7, no daylight saving), yyyy-mm-dd: the date every system of the harness uses. */
export function today(clock: Clock): string {
  return new Date(clock.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

export function createVneidState(deps: StateDeps): VneidState {
  return {
    world: deps.world,
    auth: deps.auth,
    clock: deps.clock,
    keys: createVneidKeys(deps.seed),
    sessions: new Sessions(deps.seed, deps.clock, deps.auth.tokenTtlSeconds),
    wallet: new Wallet(deps.world, deps.seed, () => today(deps.clock)),
    misbehaviour: null,
  };
}
