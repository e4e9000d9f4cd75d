import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';

/** Placeholder until the system's routes are written. */
export const vnform = defineMockSystem<Record<string, never>>({
  id: 'vnform',
  title: 'VNForm survey platform — vn06 simulation',
  version: '1.0.0',
  basePath: '/vnform',
  createState: () => ({}),
  routes: [],
  errorBody: defaultErrorBody,
});
