import type { Auth } from '../../src/mock/auth.js';
import type { StateDeps } from '../../src/mock/system.js';
import type { PopulationIndex } from '../../src/population/population-index.js';
import { BatchStore } from './batch.js';

/** The NPD's state: the shared population (mutations from other systems will live in an overlay here). */
export interface NpdState {
  readonly population: PopulationIndex;
  readonly auth: Auth;
  /** Batch matching jobs; their results live in temporary files, not in memory. */
  readonly batches: BatchStore;
}

export function createNpdState(deps: StateDeps): NpdState {
  return { population: deps.population, auth: deps.auth, batches: new BatchStore(deps.population, deps.clock) };
}
