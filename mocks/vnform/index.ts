import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';
import { errorSchema } from './contract.js';
import { vnformRoutes } from './routes.js';
import { createVnformState, type VnformState } from './state.js';

/** The VNForm survey platform: surveys offered on completed dossiers, the citizens' answers, results read back. */
export const vnform = defineMockSystem<VnformState>({
  id: 'vnform',
  title: 'VNForm survey platform — vn06 simulation',
  version: '1.0.0',
  basePath: '/vnform',
  createState: createVnformState,
  routes: vnformRoutes,
  errorSchema,
  errorBody: defaultErrorBody,
});

export { VNFORM_SCOPES } from './routes.js';
export { questions } from './questions.js';
