import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';

/** Placeholder until the system's routes are written. */
export const civilStatus = defineMockSystem<Record<string, never>>({
  id: 'civil-status',
  title: 'Electronic civil-status registration (hộ tịch điện tử) — vn06 simulation',
  version: '1.0.0',
  basePath: '/civil-status',
  createState: () => ({}),
  routes: [],
  errorBody: defaultErrorBody,
});
