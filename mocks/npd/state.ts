import type { Auth } from '../../src/mock/auth.js';
import type { StateDeps } from '../../src/mock/system.js';
import type { PopulationIndex } from '../../src/population/population-index.js';
import type { World } from '../../src/mock/world.js';
import { BatchStore } from './batch.js';

/** The NPD's state: the shared population, and the world of changes other systems made to it (births, deaths, moves). */
export interface NpdState {
  readonly population: PopulationIndex;
  readonly world: World;
  readonly auth: Auth;
  /** Batch matching jobs; their results live in temporary files, not in memory. */
  readonly batches: BatchStore;
  /** Recent lookup replies, already serialised (the population is read-only, so they never go stale). */
  readonly replies: ReplyCache;
}

/** A small least-recently-used cache of serialised replies. */
export class ReplyCache {
  private readonly entries = new Map<string, string>();
  private readonly capacity: number;
  /** The most recently used key: a hit on it has nothing to move. */
  private newest: string | undefined;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  get(key: string): string | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined && key !== this.newest) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      this.newest = key;
    }
    return hit;
  }

  set(key: string, value: string): void {
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, value);
    this.newest = key;
  }
}

export function createNpdState(deps: StateDeps): NpdState {
  return { population: deps.population, world: deps.world, auth: deps.auth, batches: new BatchStore(deps.world, deps.clock), replies: new ReplyCache(10_000) };
}
