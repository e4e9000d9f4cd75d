import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';
import { portalErrorSchema } from './contract.js';
import { portalRoutes } from './routes.js';
import { createPortalState, type PortalState } from './state.js';

/** The national public service portal (Cổng Dịch vụ công quốc gia), as a ministry or provincial procedure system reaches it. */
export const portal = defineMockSystem<PortalState>({
  id: 'portal',
  title: 'National public service portal (Cổng Dịch vụ công quốc gia) — vn06 simulation',
  version: '1.0.0',
  basePath: '/portal',
  createState: createPortalState,
  routes: portalRoutes,
  errorSchema: portalErrorSchema,
  errorBody: defaultErrorBody,
});

export type { PortalState } from './state.js';
