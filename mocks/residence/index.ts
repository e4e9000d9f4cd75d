import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';

/** Placeholder until the system's routes are written. */
export const residence = defineMockSystem<Record<string, never>>({
  id: 'residence',
  title: 'Residence database (CSDL về cư trú) — vn06 simulation',
  version: '1.0.0',
  basePath: '/residence',
  createState: () => ({}),
  routes: [],
  errorBody: defaultErrorBody,
});
