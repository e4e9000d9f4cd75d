import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';
import { VNEID_BASE_PATH, vneidRoutes } from './routes.js';
import { createVneidState, type VneidState } from './state.js';

/** VNeID: an OpenID Connect provider for citizens (assurance levels 1 and 2) and their document wallet. */
export const vneid = defineMockSystem<VneidState>({
  id: 'vneid',
  title: 'VNeID electronic identification (OpenID Connect provider and document wallet) — vn06 simulation',
  version: '1.0.0',
  basePath: VNEID_BASE_PATH,
  createState: createVneidState,
  routes: vneidRoutes,
  errorBody: defaultErrorBody,
});

export { VNEID_ACR, misbehaviours, type Misbehaviour } from './contract.js';
export { WALLET_DOCUMENT_ISSUED } from './wallet.js';
export { SIGNED_IN } from './token.js';
