import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';

/** Placeholder until the system's routes are written. */
export const portal = defineMockSystem<Record<string, never>>({
  id: 'portal',
  title: 'National public service portal (Cổng Dịch vụ công quốc gia) — vn06 simulation',
  version: '1.0.0',
  basePath: '/portal',
  createState: () => ({}),
  routes: [],
  errorBody: defaultErrorBody,
});
