import { z } from 'zod';
import { defineRoute } from '../../src/mock/route.js';
import { refuse } from './errors.js';
import { answer, clientOf, refusals } from './responses.js';
import { accommodationBody, accommodationParam, accommodationQuery, accommodationView, type AccommodationBody } from './services-contract.js';
import { PORTAL, type PortalState } from './state.js';

export const ACCOMMODATION_SCOPE = 'portal.accommodation';

export const accommodationRoutes = [
  defineRoute<PortalState, Record<string, string>, Record<string, string>, AccommodationBody>({
    id: 'portal.accommodation.notify',
    method: 'POST',
    path: '/v1/accommodation-notices',
    summary: 'Declare a guest’s stay (thông báo lưu trú, R-PORT-8): a citizen by personal ID (must be a living citizen in the NPD) or a foreigner by passport',
    scopes: [ACCOMMODATION_SCOPE],
    body: accommodationBody,
    responses: { 201: { description: 'the accepted notice', schema: accommodationView }, ...refusals.unprocessable },
    handle(ctx) {
      const { body, state } = ctx;
      return answer(state.accommodation.accept(body, clientOf(ctx), state.clock.now()), (notice) => {
        state.world.emit(PORTAL, 'accommodation.notice.accepted', notice.guest.SoDinhDanh ?? '', { id: notice.id, from: notice.from, to: notice.to, passport: notice.guest.passport?.number ?? null });
        return { status: 201, headers: { location: `/portal/v1/accommodation-notices/${notice.id}` }, body: notice };
      });
    },
  }),
  defineRoute<PortalState, z.infer<typeof accommodationParam>>({
    id: 'portal.accommodation.get',
    method: 'GET',
    path: '/v1/accommodation-notices/:id',
    summary: 'One accommodation notice',
    scopes: [ACCOMMODATION_SCOPE],
    params: accommodationParam,
    responses: { 200: { description: 'the notice', schema: accommodationView }, ...refusals.notFound },
    handle({ params, state }) {
      const notice = state.accommodation.get(params.id);
      return notice ? { status: 200, body: notice } : refuse(404, `Failed to find accommodation notice ${params.id}`);
    },
  }),
  defineRoute<PortalState, Record<string, string>, z.infer<typeof accommodationQuery>>({
    id: 'portal.accommodation.by-guest',
    method: 'GET',
    path: '/v1/accommodation-notices',
    summary: 'The notices about one guest (?guest= personal ID or passport number)',
    scopes: [ACCOMMODATION_SCOPE],
    query: accommodationQuery,
    responses: { 200: { description: 'the notices, oldest first', schema: z.object({ total: z.number(), notices: z.array(accommodationView) }) } },
    handle({ query, state }) {
      const notices = state.accommodation.forGuest(query.guest);
      return { status: 200, body: { total: notices.length, notices } };
    },
  }),
];
