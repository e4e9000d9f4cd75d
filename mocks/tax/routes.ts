import type { z } from 'zod';
import type { Citizen } from '../../src/contract/citizen.js';
import { defineRoute, type RouteResult } from '../../src/mock/route.js';
import type { SCOPES } from '../clients.js';
import { errorSchema, legacyCodeParam, legacyLinkSchema, matchBody, matchReply, personalIdParam, taxpayerSchema } from './contract.js';
import type { LegacyLinks } from './links.js';
import { isTaxpayer, matchTaxRecords } from './match.js';
import type { TaxState } from './state.js';

/** The scopes the tax authority's routes accept, by name. */
export const TAX_SCOPES = { read: 'tax.read' } as const satisfies Record<string, (typeof SCOPES.tax)[number]>;

const errorCodes = { 404: 'not_found', 409: 'conflict' } as const;

/** A domain refusal in vn06's error shape. */
function refuse(status: keyof typeof errorCodes, message: string, field: string): RouteResult {
  return { status, body: { error: { code: errorCodes[status], message, field } } };
}

/** A taxpayer as the tax authority answers: the personal ID as tax code, the legacy codes, and any conflict among them. */
function taxpayerView(citizen: Citizen, links: LegacyLinks): z.infer<typeof taxpayerSchema> {
  return {
    MaSoThue: citizen.personalId,
    SoDinhDanh: citizen.personalId,
    HoVaTen: citizen.fullName,
    NgayThangNamSinh: citizen.dateOfBirth,
    status: citizen.dateOfDeath === null ? 'active' : 'deceased',
    NgayMat: citizen.dateOfDeath,
    legacyCodes: [...links.codesOf(citizen)],
    conflicts: [...links.conflictsOf(citizen)],
  };
}

const errors = {
  401: { description: 'no valid token', schema: errorSchema },
  403: { description: 'the token lacks tax.read', schema: errorSchema },
};

export const taxRoutes = [
  defineRoute<TaxState, z.infer<typeof personalIdParam>>({
    id: 'tax.taxpayer',
    method: 'GET',
    path: '/v1/taxpayers/:SoDinhDanh',
    summary: 'The taxpayer whose tax code is this personal ID, with the legacy 10-digit codes linked to it and their conflicts (R-LOOK-7)',
    scopes: [TAX_SCOPES.read],
    params: personalIdParam,
    responses: { 200: { description: 'the taxpayer', schema: taxpayerSchema }, ...errors, 404: { description: 'unknown personal ID, or not a taxpayer', schema: errorSchema } },
    handle({ params, state }) {
      const citizen = state.world.citizen(params.SoDinhDanh);
      if (!citizen) return refuse(404, `Failed to find a taxpayer: no citizen with personal ID ${params.SoDinhDanh} in the NPD`, 'SoDinhDanh');
      if (!isTaxpayer(citizen, state.links)) return refuse(404, `Failed to find a taxpayer: ${citizen.personalId} is not registered for tax (no tax code, no legacy code)`, 'SoDinhDanh');
      return { status: 200, body: taxpayerView(citizen, state.links) };
    },
  }),
  defineRoute<TaxState, z.infer<typeof legacyCodeParam>>({
    id: 'tax.legacy-code',
    method: 'GET',
    path: '/v1/taxpayers/by-legacy-code/:MST',
    summary: 'The personal ID a legacy 10-digit tax code links to; a code linked to two IDs is refused, not resolved (R-MATCH-7)',
    scopes: [TAX_SCOPES.read],
    params: legacyCodeParam,
    responses: {
      200: { description: 'the taxpayer the code links to', schema: legacyLinkSchema },
      400: { description: 'not 10 digits, or a wrong check digit', schema: errorSchema },
      ...errors,
      404: { description: 'the code links to nobody', schema: errorSchema },
      409: { description: 'the code links to several personal IDs', schema: errorSchema },
    },
    handle({ params, state }) {
      const ids = state.links.idsOf(params.MST);
      if (ids.length > 1) return refuse(409, `Failed to resolve the legacy tax code ${params.MST}: it is linked to ${ids.length} personal IDs (${ids.join(', ')}); the link must be corrected before use`, 'MST');
      const citizen = ids[0] === undefined ? undefined : state.world.citizen(ids[0]);
      if (!citizen) return refuse(404, `Failed to resolve the legacy tax code ${params.MST}: it links to no personal ID`, 'MST');
      return { status: 200, body: { MST: params.MST, ...taxpayerView(citizen, state.links) } };
    },
  }),
  defineRoute<TaxState, Record<string, string>, Record<string, string>, z.infer<typeof matchBody>>({
    id: 'tax.match',
    method: 'POST',
    path: '/v1/taxpayer-matches',
    summary: 'Match up to 10,000 tax records to personal IDs: matched, conflict (with the reason), deceased, mismatch, not-found or invalid per record (R-MATCH-7)',
    scopes: [TAX_SCOPES.read],
    body: matchBody,
    responses: { 200: { description: 'one result per record, in order, and the counts', schema: matchReply }, ...errors, 422: { description: 'no records, more than 10,000, or a record off the contract', schema: errorSchema } },
    handle({ body, state }) {
      return { status: 200, body: matchTaxRecords(body.records, { citizen: (id) => state.world.citizen(id), links: state.links }) };
    },
  }),
];
