import type { StateDeps } from '../../src/mock/system.js';
import type { World } from '../../src/mock/world.js';
import { createLegacyLinks, type LegacyLinks } from './links.js';

/** The tax authority's state: citizens from the shared world, and the links between legacy codes and personal IDs. */
export interface TaxState {
  readonly world: World;
  readonly links: LegacyLinks;
}

export function createTaxState(deps: StateDeps): TaxState {
  return { world: deps.world, links: createLegacyLinks(deps.population) };
}
