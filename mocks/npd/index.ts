import { defineMockSystem, MockErrorCode, type MockError } from '../../src/mock/system.js';
import { gatewayErrorSchema } from './contract.js';
import { npdRoutes } from './routes.js';
import { createNpdState, type NpdState } from './state.js';

/** The gateway's numeric error codes (vn06's numbering; the envelope is the real one). */
export const npdErrorCodes: Readonly<Record<MockError['code'], number>> = {
  [MockErrorCode.BadRequest]: 1,
  [MockErrorCode.Unprocessable]: 1,
  [MockErrorCode.Unauthorized]: 2,
  [MockErrorCode.Forbidden]: 3,
  [MockErrorCode.NotFound]: 4,
  [MockErrorCode.MethodNotAllowed]: 5,
  [MockErrorCode.PayloadTooLarge]: 6,
  [MockErrorCode.UnsupportedMediaType]: 7,
  [MockErrorCode.TooManyRequests]: 8,
  [MockErrorCode.Unavailable]: 9,
};

/** The national population database (CSDLQG về dân cư), as reached through the data-exchange gateway. */
export const npd = defineMockSystem<NpdState>({
  id: 'npd',
  title: 'National population database (CSDLQG về dân cư) — vn06 simulation',
  version: '1.0.0',
  basePath: '/npd',
  createState: createNpdState,
  disposeState: (state) => state.batches.dispose(),
  routes: npdRoutes,
  errorSchema: gatewayErrorSchema,
  errorBody: (error) => ({ error_code: npdErrorCodes[error.code], message: error.message, ...(error.field === undefined ? {} : { field: error.field }) }),
});

export { NPD_SCOPES } from './routes.js';
