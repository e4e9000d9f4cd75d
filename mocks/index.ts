import type { MockSystem } from '../src/mock/system.js';
import { npd } from './npd/index.js';
import { vneid } from './vneid/index.js';
import { portal } from './portal/index.js';
import { civilStatus } from './civil-status/index.js';
import { residence } from './residence/index.js';
import { socialInsurance } from './social-insurance/index.js';
import { tax } from './tax/index.js';
import { treasury } from './treasury/index.js';
import { vnform } from './vnform/index.js';

export { defaultClients } from './clients.js';

/** Every simulated system vn06 serves; a new system is one folder and one line here. */
export const systems: readonly MockSystem<any>[] = [npd, vneid, portal, civilStatus, residence, socialInsurance, tax, treasury, vnform];
