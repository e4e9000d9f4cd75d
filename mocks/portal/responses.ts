import type { RouteResult } from '../../src/mock/route.js';
import { portalErrorSchema } from './contract.js';
import { Refusal } from './errors.js';

/** The portal's own refusals, described once for the OpenAPI documents. */
export const refusals = {
  notFound: { 404: { description: 'not found (or not this client’s)', schema: portalErrorSchema } },
  conflict: { 409: { description: 'conflicts with the state (a transition the life-cycle forbids, a code reused with other content)', schema: portalErrorSchema } },
  unprocessable: { 422: { description: 'well-formed but not allowed (an unknown citizen, a signature that does not verify, …)', schema: portalErrorSchema } },
} as const;

/** The refusal's answer, or the value's. */
export function answer<T>(outcome: T | Refusal, ok: (value: T) => RouteResult): RouteResult {
  return outcome instanceof Refusal ? outcome.toResult() : ok(outcome);
}

/** The caller's client ID: every portal route has a scope, so the pipeline has authenticated a client. */
export function clientOf(ctx: { readonly client: { readonly id: string } | null }): string {
  return ctx.client?.id ?? '';
}
