import type { Route } from '../../src/mock/route.js';
import { accommodationRoutes } from './accommodation-routes.js';
import { callbackRoutes } from './callback-routes.js';
import { catalogueRoutes } from './catalogue-routes.js';
import { dossierRoutes } from './dossier-routes.js';
import { monitoringRoutes } from './monitoring-routes.js';
import type { PortalState } from './state.js';
import { warehouseRoutes } from './warehouse-routes.js';

/** The portal's route table, one file per service. */
export const portalRoutes: readonly Route<PortalState>[] = [...dossierRoutes, ...callbackRoutes, ...catalogueRoutes, ...warehouseRoutes, ...monitoringRoutes, ...accommodationRoutes];
