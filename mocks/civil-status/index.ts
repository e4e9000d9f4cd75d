import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';
import { civilStatusRoutes } from './routes.js';
import { createCivilStatusState, type CivilStatusState } from './state.js';

/** The electronic civil-status system (hộ tịch điện tử, Ministry of Justice): births, deaths, and the justice-records source of criminal record certificates. */
export const civilStatus = defineMockSystem<CivilStatusState>({
  id: 'civil-status',
  title: 'Electronic civil-status registration (hộ tịch điện tử) — vn06 simulation',
  version: '1.0.0',
  basePath: '/civil-status',
  createState: createCivilStatusState,
  routes: civilStatusRoutes,
  errorBody: defaultErrorBody,
});

export { CIVIL_STATUS_SCOPES } from './routes.js';
