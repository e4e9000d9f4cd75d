import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';
import { errorSchema } from './contract.js';
import { socialInsuranceRoutes } from './routes.js';
import { createSocialInsuranceState, SYSTEM_ID, type SocialInsuranceState } from './state.js';

/** Vietnam Social Security (BHXH Việt Nam): children's cards, the clinics' card lookup, the funeral allowance, health checks and the e-health book. */
export const socialInsurance = defineMockSystem<SocialInsuranceState>({
  id: SYSTEM_ID,
  title: 'Social insurance (BHXH Việt Nam) — vn06 simulation',
  version: '1.0.0',
  basePath: '/social-insurance',
  createState: createSocialInsuranceState,
  routes: socialInsuranceRoutes,
  errorSchema,
  errorBody: defaultErrorBody,
});

export { SOCIAL_INSURANCE_SCOPES } from './routes.js';
export { enrolledFaceTemplate } from './health.js';
