import { z } from 'zod';
import { defineRoute, type RouteResult } from '../../src/mock/route.js';
import { callbackModeBody, callbackRegistrationBody, callbackRegistrationView, deliverySchema } from './contract.js';
import { DOSSIER_SCOPE } from './dossier-routes.js';
import { refuse } from './errors.js';
import { clientOf, refusals } from './responses.js';
import type { PortalState } from './state.js';

/** The client's registration, or 404 when it registered no URL. */
function registrationOf(state: PortalState, client: string): RouteResult {
  const registration = state.callbacks.registration(client);
  return registration ? { status: 200, body: registration } : refuse(404, `Failed to find a callback registration: client ${client} registered no URL (PUT /portal/v1/callbacks)`);
}

export const callbackRoutes = [
  defineRoute<PortalState, Record<string, string>, Record<string, string>, z.infer<typeof callbackRegistrationBody>>({
    id: 'portal.callbacks.register',
    method: 'PUT',
    path: '/v1/callbacks',
    summary: 'Register (or replace) the URL the portal POSTs status and payment callbacks to, and the secret that signs them (HMAC-SHA256, x-vn06-signature)',
    scopes: [DOSSIER_SCOPE],
    body: callbackRegistrationBody,
    responses: { 200: { description: 'the registration', schema: callbackRegistrationView } },
    handle(ctx) {
      const client = clientOf(ctx);
      ctx.state.callbacks.register(client, ctx.body.url, ctx.body.secret);
      return registrationOf(ctx.state, client);
    },
  }),
  defineRoute<PortalState>({
    id: 'portal.callbacks.get',
    method: 'GET',
    path: '/v1/callbacks',
    summary: 'The caller’s callback registration and delivery mode (the secret is not shown)',
    scopes: [DOSSIER_SCOPE],
    responses: { 200: { description: 'the registration', schema: callbackRegistrationView }, ...refusals.notFound },
    handle: (ctx) => registrationOf(ctx.state, clientOf(ctx)),
  }),
  defineRoute<PortalState, Record<string, string>, Record<string, string>, z.infer<typeof callbackModeBody>>({
    id: 'portal.callbacks.mode',
    method: 'PUT',
    path: '/v1/callbacks/mode',
    summary: 'Test control: deliver the next callbacks normally, twice each (duplicate), in swapped pairs (out-of-order) or after delayMs of real time (delayed)',
    scopes: [DOSSIER_SCOPE],
    body: callbackModeBody,
    responses: { 200: { description: 'the registration', schema: callbackRegistrationView }, ...refusals.notFound },
    handle(ctx) {
      const client = clientOf(ctx);
      ctx.state.callbacks.setMode(client, ctx.body.mode, ctx.body.delayMs);
      return registrationOf(ctx.state, client);
    },
  }),
  defineRoute<PortalState>({
    id: 'portal.callbacks.flush',
    method: 'POST',
    path: '/v1/callbacks/flush',
    summary: 'Test control: send the callback held back in out-of-order mode, if any',
    scopes: [DOSSIER_SCOPE],
    responses: { 200: { description: 'the registration', schema: callbackRegistrationView }, ...refusals.notFound },
    handle(ctx) {
      const client = clientOf(ctx);
      ctx.state.callbacks.flush(client);
      return registrationOf(ctx.state, client);
    },
  }),
  defineRoute<PortalState>({
    id: 'portal.callbacks.deliveries',
    method: 'GET',
    path: '/v1/callbacks/deliveries',
    summary: 'Every callback attempt made to the caller, in the order sent, with the receiver’s status (evidence for idempotent handling)',
    scopes: [DOSSIER_SCOPE],
    responses: { 200: { description: 'the attempts', schema: z.object({ deliveries: z.array(deliverySchema) }) } },
    handle: (ctx) => ({ status: 200, body: { deliveries: ctx.state.callbacks.deliveriesOf(clientOf(ctx)) } }),
  }),
];
