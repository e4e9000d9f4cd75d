import type { MockSystem } from '../src/mock/system.js';
import { npd } from './npd/index.js';

export { defaultClients } from './clients.js';

/** Every simulated system vn06 serves; a new system is one folder and one line here. */
export const systems: readonly MockSystem<any>[] = [npd];
