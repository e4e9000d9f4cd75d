import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';

/** Placeholder until the system's routes are written. */
export const tax = defineMockSystem<Record<string, never>>({
  id: 'tax',
  title: 'Tax administration (Tổng cục Thuế) — vn06 simulation',
  version: '1.0.0',
  basePath: '/tax',
  createState: () => ({}),
  routes: [],
  errorBody: defaultErrorBody,
});
