import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';
import { errorSchema } from './contract.js';
import { taxRoutes } from './routes.js';
import { createTaxState, type TaxState } from './state.js';

/** The tax authority (Cục Thuế, Bộ Tài chính; Tổng cục Thuế until 1 March 2025): taxpayers keyed by personal ID and the legacy 10-digit codes linked to them. */
export const tax = defineMockSystem<TaxState>({
  id: 'tax',
  title: 'Tax administration (Cục Thuế, Bộ Tài chính; Tổng cục Thuế until 1 March 2025) — vn06 simulation',
  version: '1.0.0',
  basePath: '/tax',
  createState: createTaxState,
  routes: taxRoutes,
  errorSchema,
  errorBody: defaultErrorBody,
});

export { TAX_SCOPES } from './routes.js';
export { LEGACY_CODE_FIXTURES, UNKNOWN_LEGACY_CODE } from './fixtures.js';
