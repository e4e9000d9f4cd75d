import type { z } from 'zod';
import type { Citizen } from '../../src/contract/citizen.js';
import { defineRoute, type RouteResult } from '../../src/mock/route.js';
import type { SCOPES } from '../clients.js';
import { cardDocument, childCard, childCardRefusal, clinicView, currentCard } from './cards.js';
import {
  biometricBody,
  biometricReply,
  cardSchema,
  childCardBody,
  clinicCardSchema,
  coverageReply,
  errorSchema,
  funeralBody,
  funeralReply,
  healthCheckReply,
  healthRecordBody,
  healthRecordReply,
  personalIdParam,
} from './contract.js';
import { decideFuneralAllowance } from './funeral.js';
import { BASIC_HEALTH_FIELDS, enrolledFaceTemplate, healthBookDocument, healthCheckOf, WITHHELD_HEALTH_FIELDS } from './health.js';
import { SYSTEM_ID, type SocialInsuranceState } from './state.js';

/** The scopes social insurance's routes accept, by name; each one of `SCOPES.socialInsurance`. */
export const SOCIAL_INSURANCE_SCOPES = {
  card: 'social-insurance.card',
  cardLookup: 'social-insurance.card.lookup',
  benefit: 'social-insurance.benefit',
  healthCheck: 'social-insurance.health-check',
  biometric: 'social-insurance.biometric',
} as const satisfies Record<string, (typeof SCOPES.socialInsurance)[number]>;
const { card: CARD, cardLookup: CARD_LOOKUP, benefit: BENEFIT, healthCheck: HEALTH_CHECK, biometric: BIOMETRIC } = SOCIAL_INSURANCE_SCOPES;

type IdParam = z.infer<typeof personalIdParam>;

const errorCodes = { 404: 'not_found', 409: 'conflict', 422: 'unprocessable' } as const;

/** A domain refusal in vn06's error shape. */
function refuse(status: keyof typeof errorCodes, message: string, field?: string): RouteResult {
  return { status, body: { error: { code: errorCodes[status], message, ...(field === undefined ? {} : { field }) } } };
}

/** The citizen the NPD holds now, or the 404 that names the ID. */
function citizenOr404(state: SocialInsuranceState, id: string, doing: string, field = 'SoDinhDanh'): Citizen | RouteResult {
  return state.world.citizen(id) ?? refuse(404, `Failed to ${doing}: no citizen with personal ID ${id} in the NPD`, field);
}

const isRefusal = (found: Citizen | RouteResult): found is RouteResult => 'status' in found;

const errors = {
  401: { description: 'no valid token', schema: errorSchema },
  403: { description: 'the token lacks the scope', schema: errorSchema },
  404: { description: 'no such citizen (or nothing held for them)', schema: errorSchema },
};

export const socialInsuranceRoutes = [
  defineRoute<SocialInsuranceState, Record<string, string>, Record<string, string>, z.infer<typeof childCardBody>>({
    id: 'social-insurance.card.child',
    method: 'POST',
    path: '/v1/health-insurance-cards/children',
    summary: 'Issue the health-insurance card of a child under 6 (group TE1), the third step of R-LT-1; the card also goes to VNeID',
    scopes: [CARD],
    body: childCardBody,
    responses: {
      201: { description: 'the card', schema: cardSchema },
      ...errors,
      409: { description: 'the child already holds a card', schema: errorSchema },
      422: { description: 'deceased, not born yet, or 6 or older', schema: errorSchema },
    },
    handle({ body, state }) {
      const child = citizenOr404(state, body.SoDinhDanh, 'issue a card');
      if (isRefusal(child)) return child;
      const day = state.world.today();
      const refusal = childCardRefusal(child, currentCard(state.seed, state.cards, child, day), day);
      if (refusal) return refuse(refusal.status, refusal.message, 'SoDinhDanh');
      const card = childCard(state.seed, child, child.socialInsuranceCode ?? state.newSocialInsuranceCode());
      state.cards.set(child.personalId, card);
      state.world.update(SYSTEM_ID, child.personalId, { healthInsuranceCard: card.maThe, socialInsuranceCode: card.maSoBHXH }, 'health-insurance.card.issued', {
        card: card.maThe,
        validFrom: card.tuNgayDt,
        validUntil: card.denNgayDt,
        maKCB: card.maKCB,
      });
      state.world.issueDocument(SYSTEM_ID, child.personalId, cardDocument(card, child, day));
      return { status: 201, body: card };
    },
  }),
  defineRoute<SocialInsuranceState, IdParam>({
    id: 'social-insurance.card.lookup',
    method: 'GET',
    path: '/v1/health-insurance-cards/:SoDinhDanh',
    summary: 'The health-insurance card linked to a personal ID, as a clinic needs it at admission (R-LOOK-6)',
    scopes: [CARD_LOOKUP, CARD],
    params: personalIdParam,
    responses: { 200: { description: 'the card, sex coded 0 nữ / 1 nam', schema: clinicCardSchema }, ...errors },
    handle({ params, state }) {
      const citizen = citizenOr404(state, params.SoDinhDanh, 'look up a card');
      if (isRefusal(citizen)) return citizen;
      const day = state.world.today();
      const card = currentCard(state.seed, state.cards, citizen, day);
      if (!card) return refuse(404, `Failed to look up a card: the citizen ${citizen.personalId} holds no health-insurance card`, 'SoDinhDanh');
      return { status: 200, body: clinicView(card, citizen, day) };
    },
  }),
  defineRoute<SocialInsuranceState, Record<string, string>, Record<string, string>, z.infer<typeof biometricBody>>({
    id: 'social-insurance.biometric',
    method: 'POST',
    path: '/v1/biometric-verifications',
    summary: 'Biometric check of the chip card holder at a clinic or counter: match or no-match; a pilot, reported, never a gate (R-LOOK-6)',
    scopes: [BIOMETRIC],
    body: biometricBody,
    responses: { 200: { description: 'the verdict', schema: biometricReply }, ...errors },
    handle({ body, state }) {
      const citizen = citizenOr404(state, body.SoDinhDanh, 'verify a face');
      if (isRefusal(citizen)) return citizen;
      const result = body.faceTemplateHash === enrolledFaceTemplate(state.seed, citizen.personalId) ? 'match' : 'no-match';
      return { status: 200, body: { SoDinhDanh: citizen.personalId, result, pilot: true } };
    },
  }),
  defineRoute<SocialInsuranceState, Record<string, string>, Record<string, string>, z.infer<typeof funeralBody>>({
    id: 'social-insurance.funeral-allowance',
    method: 'POST',
    path: '/v1/funeral-allowances',
    summary: 'Claim the funeral allowance of a deceased citizen (R-LT-2): standard amount, or routed to the meritorious-service regime (R-LT-5)',
    scopes: [BENEFIT],
    body: funeralBody,
    responses: {
      201: { description: 'the decision', schema: funeralReply },
      ...errors,
      409: { description: 'the allowance was already claimed for this death', schema: errorSchema },
      422: { description: 'not registered as deceased; or the claimant is the deceased, or is deceased', schema: errorSchema },
    },
    handle({ body, state }) {
      const doing = 'decide the funeral allowance';
      const deceased = citizenOr404(state, body.SoDinhDanh, doing);
      if (isRefusal(deceased)) return deceased;
      const claimant = citizenOr404(state, body.claimant.SoDinhDanh, doing, 'claimant.SoDinhDanh');
      if (isRefusal(claimant)) return claimant;
      const { dateOfDeath } = deceased;
      if (dateOfDeath === null) return refuse(422, `Failed to ${doing}: ${deceased.personalId} is not registered as deceased in the NPD`, 'SoDinhDanh');
      if (claimant.personalId === deceased.personalId) return refuse(422, `Failed to ${doing}: the claimant is the deceased`, 'claimant.SoDinhDanh');
      if (claimant.dateOfDeath !== null) return refuse(422, `Failed to ${doing}: the claimant ${claimant.personalId} is registered as deceased`, 'claimant.SoDinhDanh');
      const earlier = state.claims.get(deceased.personalId);
      if (earlier) return refuse(409, `Failed to ${doing}: the allowance for ${deceased.personalId} was already claimed (claim ${earlier.claimId}, regime ${earlier.regime})`, 'SoDinhDanh');
      const decision = decideFuneralAllowance({ seed: state.seed, claimId: state.nextClaimId(), deceased: { ...deceased, dateOfDeath }, claimant, account: body.account, today: state.world.today() });
      state.claims.set(deceased.personalId, decision);
      const approved = decision.regime === 'standard';
      state.world.emit(SYSTEM_ID, approved ? 'funeral-allowance.approved' : 'funeral-allowance.referred', deceased.personalId, {
        claimId: decision.claimId,
        claimantId: claimant.personalId,
        regime: decision.regime,
        amount: decision.amount,
        ...(approved ? { payment: decision.payment } : { handledBy: decision.handledBy }),
      });
      return { status: 201, body: decision };
    },
  }),
  defineRoute<SocialInsuranceState, IdParam>({
    id: 'social-insurance.health-check',
    method: 'GET',
    path: '/v1/health-checks/:SoDinhDanh',
    summary: 'The latest electronic health-check result for drivers, with its validity, for a driving-licence renewal (R-LOOK-10)',
    scopes: [HEALTH_CHECK],
    params: personalIdParam,
    responses: { 200: { description: 'the result', schema: healthCheckReply }, ...errors },
    handle({ params, state }) {
      const citizen = citizenOr404(state, params.SoDinhDanh, 'fetch a health check');
      if (isRefusal(citizen)) return citizen;
      const check = healthCheckOf(state.seed, citizen, state.world.today());
      if (!check) return refuse(404, `Failed to fetch a health check: no electronic health-check result for ${citizen.personalId}`, 'SoDinhDanh');
      return { status: 200, body: check };
    },
  }),
  defineRoute<SocialInsuranceState, IdParam, Record<string, string>, z.infer<typeof healthRecordBody>>({
    id: 'social-insurance.health-record.put',
    method: 'PUT',
    path: '/v1/health-records/:SoDinhDanh',
    summary: 'Write a citizen’s e-health book; only the basic fields are pushed to VNeID, replacing the previous push (R-PORT-15)',
    scopes: [HEALTH_CHECK],
    params: personalIdParam,
    body: healthRecordBody,
    responses: { 200: { description: 'what was stored and pushed', schema: healthRecordReply }, ...errors, 422: { description: 'the citizen is deceased', schema: errorSchema } },
    handle({ params, body, state }) {
      const citizen = citizenOr404(state, params.SoDinhDanh, 'write a health record');
      if (isRefusal(citizen)) return citizen;
      if (citizen.dateOfDeath !== null) return refuse(422, `Failed to write a health record: ${citizen.personalId} is registered as deceased (${citizen.dateOfDeath})`, 'SoDinhDanh');
      const version = (state.healthRecords.get(citizen.personalId)?.version ?? 0) + 1;
      const pushed = citizen.vneidLevel > 0;
      state.healthRecords.set(citizen.personalId, { record: body, version, pushed });
      const withheld = [...WITHHELD_HEALTH_FIELDS];
      if (!pushed) return { status: 200, body: { SoDinhDanh: citizen.personalId, version, pushed: null, notPushedReason: `${citizen.personalId} has no VNeID account`, withheld } };
      const document = healthBookDocument(citizen.personalId, body, state.world.today());
      state.world.issueDocument(SYSTEM_ID, citizen.personalId, document);
      return { status: 200, body: { SoDinhDanh: citizen.personalId, version, pushed: { documentId: document.id, fields: document.fields }, withheld } };
    },
  }),
  defineRoute<SocialInsuranceState>({
    id: 'social-insurance.health-record.coverage',
    method: 'GET',
    path: '/v1/health-records/coverage',
    summary: 'How many e-health books were written and how many were pushed to VNeID (R-PORT-15; target 70%, CT05 B6)',
    scopes: [HEALTH_CHECK],
    responses: { 200: { description: 'the coverage', schema: coverageReply }, 401: errors[401], 403: errors[403] },
    handle({ state }) {
      const records = state.healthRecords.size;
      const pushed = [...state.healthRecords.values()].filter((r) => r.pushed).length;
      return { status: 200, body: { records, pushed, share: records === 0 ? 0 : pushed / records, pushedFields: [...BASIC_HEALTH_FIELDS] } };
    },
  }),
];
