import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';
import { errorSchema } from './contract.js';
import { treasuryRoutes } from './routes.js';
import { createTreasuryState, type TreasuryState } from './state.js';

/** The State Treasury and the online payment of fees (Kho bạc Nhà nước): fee payment orders and benefit payments. */
export const treasury = defineMockSystem<TreasuryState>({
  id: 'treasury',
  title: 'State Treasury and online payment (Kho bạc Nhà nước) — vn06 simulation',
  version: '1.0.0',
  basePath: '/treasury',
  createState: createTreasuryState,
  routes: treasuryRoutes,
  errorSchema,
  errorBody: defaultErrorBody,
});

export { TREASURY_SCOPES } from './routes.js';
export { feeSchedule } from './fee-schedule.js';
