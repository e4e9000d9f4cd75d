import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';

/** Placeholder until the system's routes are written. */
export const treasury = defineMockSystem<Record<string, never>>({
  id: 'treasury',
  title: 'State Treasury and online payment (Kho bạc Nhà nước) — vn06 simulation',
  version: '1.0.0',
  basePath: '/treasury',
  createState: () => ({}),
  routes: [],
  errorBody: defaultErrorBody,
});
