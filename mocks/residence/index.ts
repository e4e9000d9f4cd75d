import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';
import { residenceRoutes } from './routes.js';
import { createResidenceState, type ResidenceState } from './state.js';

/** The residence database (CSDL về cư trú, Ministry of Public Security): permanent and temporary registration, removal, confirmation. */
export const residence = defineMockSystem<ResidenceState>({
  id: 'residence',
  title: 'Residence database (CSDL về cư trú) — vn06 simulation',
  version: '1.0.0',
  basePath: '/residence',
  createState: createResidenceState,
  routes: residenceRoutes,
  errorBody: defaultErrorBody,
});

export { RESIDENCE_SCOPES } from './routes.js';
