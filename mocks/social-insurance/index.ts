import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';

/** Placeholder until the system's routes are written. */
export const socialInsurance = defineMockSystem<Record<string, never>>({
  id: 'social-insurance',
  title: 'Social insurance (BHXH Việt Nam) — vn06 simulation',
  version: '1.0.0',
  basePath: '/social-insurance',
  createState: () => ({}),
  routes: [],
  errorBody: defaultErrorBody,
});
