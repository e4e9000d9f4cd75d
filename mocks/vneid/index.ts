import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';

/** Placeholder until the system's routes are written. */
export const vneid = defineMockSystem<Record<string, never>>({
  id: 'vneid',
  title: 'VNeID electronic identification (OpenID Connect provider and document wallet) — vn06 simulation',
  version: '1.0.0',
  basePath: '/vneid',
  createState: () => ({}),
  routes: [],
  errorBody: defaultErrorBody,
});
