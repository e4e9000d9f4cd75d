import type { StateDeps } from '../../src/mock/system.js';
import { Surveys } from './surveys.js';

/** VNForm's state: the surveys offered and their answers. */
export interface VnformState {
  readonly surveys: Surveys;
}

export function createVnformState(deps: StateDeps): VnformState {
  return { surveys: new Surveys(deps.world, deps.clock) };
}
