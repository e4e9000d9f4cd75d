import { z } from 'zod';
import { isMockError } from '../../src/mock/auth.js';
import { defineRoute, type RouteResult } from '../../src/mock/route.js';
import {
  congDanSchema,
  gatewayErrorSchema,
  legacyIdParam,
  legacyReply,
  lookupQuery,
  oauthError,
  personalIdParam,
  replySchema,
  tokenReply,
  verifyBody,
  verifyReply,
} from './contract.js';
import { findPersona } from '../../src/population/personas.js';
import { batchRecordSchema, type BatchJob } from './batch.js';
import { sameBirthDate, sameName } from './compare.js';
import { selectFields, sexCode, toCongDan, toSoapXml } from './record.js';
import type { NpdState } from './state.js';
import type { Citizen } from '../../src/contract/citizen.js';

export const NPD_SCOPES = {
  batch: 'npd.batch.match',
  read: 'npd.citizen.read',
  readBasic: 'npd.citizen.read.basic',
  verify: 'npd.citizen.verify',
  confirmLegacy: 'npd.legacy-id.confirm',
} as const;

const batchOpenBody = z.object({ format: z.enum(['ndjson', 'csv']) }).strict();
const batchParam = z.object({ batchId: z.string().regex(/^b\d{6}$/, 'a batch ID looks like b000001') });
const resultsQuery = z
  .object({ from: z.coerce.number().int().min(1).optional(), limit: z.coerce.number().int().min(1).max(100_000).optional() })
  .strict();
const batchSummarySchema = z.object({
  batchId: z.string(),
  status: z.enum(['open', 'receiving', 'done', 'failed']),
  format: z.enum(['ndjson', 'csv']),
  createdAt: z.string(),
  received: z.number(),
  processed: z.number(),
  counts: z.record(z.string(), z.number()),
  error: z.string().optional(),
});

function summary(job: BatchJob): z.infer<typeof batchSummarySchema> {
  return { batchId: job.id, status: job.status, format: job.format, createdAt: job.createdAt, received: job.received, processed: job.processed, counts: { ...job.counts }, ...(job.error ? { error: job.error } : {}) };
}

/** A batch is visible to the client that opened it only (others get 404, not a hint that it exists). */
function ownJob(state: NpdState, id: string, client: string): BatchJob | undefined {
  const job = state.batches.get(id);
  return job?.client === client ? job : undefined;
}

/** The lookup's replies are JSON already serialised (cached as text), so they name their type. */
const JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'content-type': 'application/json; charset=utf-8' });
const ok = (data: unknown): RouteResult => ({ status: 200, body: { error_code: 0, message: 'Thành công', data } });
const notFound = (message: string): RouteResult => ({ status: 404, body: { error_code: 4, message } });
const errors = {
  404: { description: 'not found', schema: gatewayErrorSchema },
  401: { description: 'no valid token', schema: gatewayErrorSchema },
  409: { description: 'two records hold the ID (persona duplicate-records)', schema: gatewayErrorSchema },
  410: { description: 'the ID is revoked (persona revoked-id)', schema: gatewayErrorSchema },
};

const oauth = (status: number, error: string, description: string, headers?: Record<string, string>): RouteResult => ({
  status,
  headers: { 'cache-control': 'no-store', ...headers },
  body: { error, error_description: description },
});

/** Client authentication by HTTP Basic (RFC 6749 §2.3.1) or by client_id/client_secret in the body. */
function clientCredentials(headers: Readonly<Record<string, string>>, body: Record<string, string>): { id: string; secret: string } | undefined {
  const basic = /^Basic\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (basic) {
    const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      try {
        return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
      } catch {
        return undefined;
      }
    }
  }
  if (body.client_id !== undefined && body.client_secret !== undefined) return { id: body.client_id, secret: body.client_secret };
  return undefined;
}

/** The answers of the personas whose ID the NPD will not serve: revoked (410) and held by two records (409). */
function personaRefusal(id: string): RouteResult | undefined {
  const persona = findPersona(id);
  if (persona?.kind === 'revoked-id') return { status: 410, body: { error_code: 10, message: `the personal ID ${id} is revoked` } };
  if (persona?.kind === 'duplicate-records') return { status: 409, body: { error_code: 11, message: `two records hold the personal ID ${id}; it cannot be served until they are resolved` } };
  return undefined;
}

/** A changed citizen with the current records of their household's members (a newborn joins a parent's household). */
function withChangedHousehold(state: NpdState, id: string): { citizen: Citizen; members: readonly Citizen[] } | undefined {
  const citizen = state.world.citizen(id);
  if (!citizen) return undefined;
  const head = citizen.headOfHouseholdId === id ? undefined : state.population.withHousehold(citizen.headOfHouseholdId);
  const others = (head?.members ?? []).filter((m) => m.personalId !== id && m.householdId === citizen.householdId).map((m) => state.world.citizen(m.personalId) ?? m);
  return { citizen, members: [...others, citizen] };
}

export const npdRoutes = [
    defineRoute<NpdState, Record<string, string>, Record<string, string>, Record<string, string>>({
      id: 'npd.token',
      method: 'POST',
      path: '/oauth/token',
      summary: 'OAuth2 client-credentials token (RFC 6749 §4.4); errors in the RFC 6749 §5.2 shape',
      scopes: null,
      bodyFormat: 'form',
      body: z.record(z.string(), z.string()),
      responses: { 200: { description: 'a bearer token', schema: tokenReply }, 400: { description: 'bad grant or scope', schema: oauthError }, 401: { description: 'unknown client or wrong secret', schema: oauthError } },
      // The pipeline's own errors (wrong content type, body too large, injected faults) in the RFC 6749 §5.2 shape too.
      errorSchema: oauthError,
      errorBody: (error) => ({ error: error.status === 401 ? 'invalid_client' : error.status >= 500 || error.status === 429 ? 'temporarily_unavailable' : 'invalid_request', error_description: error.message }),
      async handle({ headers, body, state }) {
        if (body.grant_type !== 'client_credentials') return oauth(400, 'unsupported_grant_type', 'only grant_type=client_credentials is supported');
        const credentials = clientCredentials(headers, body);
        if (!credentials) return oauth(401, 'invalid_client', 'client authentication is required (HTTP Basic or client_id and client_secret)', { 'www-authenticate': 'Basic realm="npd"' });
        const grant = await state.auth.issue(credentials.id, credentials.secret, body.scope);
        if (isMockError(grant)) {
          return grant.status === 401
            ? oauth(401, 'invalid_client', grant.message, { 'www-authenticate': 'Basic realm="npd"' })
            : oauth(400, 'invalid_scope', grant.message);
        }
        return { status: 200, headers: { 'cache-control': 'no-store' }, body: grant };
      },
    }),
    defineRoute<NpdState, z.infer<typeof personalIdParam>, z.infer<typeof lookupQuery>>({
      id: 'npd.lookup',
      method: 'GET',
      path: '/v1/citizens/:soDinhDanh',
      summary: 'The citizen with this 12-digit personal ID: the fields the client may see, optionally only those asked for',
      scopes: [NPD_SCOPES.read, NPD_SCOPES.readBasic],
      params: personalIdParam,
      query: lookupQuery,
      responses: { 200: { description: 'the citizen record', schema: replySchema(congDanSchema.partial()) }, ...errors },
      handle({ params, query, state, client }) {
        const refused = personaRefusal(params.soDinhDanh);
        if (refused) return refused;
        const full = client?.scopes.includes(NPD_SCOPES.read) ?? false;
        const key = `${params.soDinhDanh}|${full ? 'full' : 'basic'}|${query.fields ?? '*'}|${query.format ?? 'json'}`;
        // A citizen another system changed (born, died, moved) is answered from the world, never from the cache.
        const changed = state.world.changed(params.soDinhDanh);
        const cached = changed ? undefined : state.replies.get(key);
        if (cached !== undefined) return { status: 200, headers: JSON_HEADERS, body: cached };
        const found = changed ? withChangedHousehold(state, params.soDinhDanh) : state.population.withHousehold(params.soDinhDanh);
        if (!found) return notFound(`no citizen with personal ID ${params.soDinhDanh}`);
        const requested = query.fields?.split(',').map((f) => f.trim()).filter((f) => f !== '');
        const record = selectFields(toCongDan(found.citizen, found.members, changed ? (id) => state.world.citizen(id) : undefined), full, requested);
        const reply = query.format === 'xml' ? { error_code: 0, message: toSoapXml(record) } : { error_code: 0, message: 'Thành công', data: record };
        const text = JSON.stringify(reply);
        if (!changed) state.replies.set(key, text);
        return { status: 200, headers: JSON_HEADERS, body: text };
      },
    }),
    defineRoute<NpdState, Record<string, string>, Record<string, string>, z.infer<typeof verifyBody>>({
      id: 'npd.verify',
      method: 'POST',
      path: '/v1/citizens/verify',
      summary: 'Verify a personal ID with full name and date of birth (and sex): a verdict per field, no personal data returned',
      scopes: [NPD_SCOPES.verify],
      body: verifyBody,
      responses: { 200: { description: 'per-field verdicts', schema: verifyReply }, ...errors },
      handle({ body, state }) {
        const refused = personaRefusal(body.SoDinhDanh);
        if (refused) return refused;
        const citizen = state.world.citizen(body.SoDinhDanh);
        if (!citizen) return notFound(`no citizen with personal ID ${body.SoDinhDanh}`);
        const verdict = (same: boolean): 'match' | 'mismatch' => (same ? 'match' : 'mismatch');
        return ok({
          SoDinhDanh: 'match',
          HoVaTen: verdict(sameName(body.HoVaTen, citizen.fullName)),
          NgayThangNamSinh: verdict(sameBirthDate(body.NgayThangNamSinh.trim(), citizen.dateOfBirth)),
          ...(body.GioiTinh === undefined ? {} : { GioiTinh: verdict(body.GioiTinh === sexCode(citizen.sex)) }),
          ConSong: citizen.dateOfDeath === null,
        });
      },
    }),
    defineRoute<NpdState, z.infer<typeof legacyIdParam>>({
      id: 'npd.legacy-id',
      method: 'GET',
      path: '/v1/legacy-ids/:soCMND',
      summary: 'Confirm an old 9-digit ID: the 12-digit personal ID it became, with name and date of birth (R-LOOK-3)',
      scopes: [NPD_SCOPES.confirmLegacy],
      params: legacyIdParam,
      responses: { 200: { description: 'the confirmation', schema: legacyReply }, ...errors },
      handle({ params, state }) {
        const citizen = state.world.byLegacyId(params.soCMND);
        if (!citizen) return notFound(`no citizen held the old ID ${params.soCMND}`);
        const refused = personaRefusal(citizen.personalId);
        if (refused) return refused;
        return ok({
          SoCMND: params.soCMND,
          SoDinhDanh: citizen.personalId,
          HoVaTen: { Ho: citizen.surname, ChuDem: citizen.middleName, Ten: citizen.givenName },
          NgayThangNamSinh: { Nam: citizen.dateOfBirth.slice(0, 4), NgayThangNam: citizen.dateOfBirth.replaceAll('-', '') },
        });
      },
    }),
  defineRoute<NpdState, Record<string, string>, Record<string, string>, z.infer<typeof batchOpenBody>>({
    id: 'npd.batch.open',
    method: 'POST',
    path: '/v1/batches',
    summary: 'Open a batch matching job (R-MATCH-1, -2); then PUT its records and poll it',
    scopes: [NPD_SCOPES.batch],
    body: batchOpenBody,
    responses: { 201: { description: 'the job', schema: replySchema(batchSummarySchema) }, ...errors },
    handle({ body, state, client }) {
      return { status: 201, body: { error_code: 0, message: 'Thành công', data: summary(state.batches.open(client!.id, body.format)) } };
    },
  }),
  defineRoute<NpdState, z.infer<typeof batchParam>, Record<string, string>, AsyncIterable<Uint8Array>>({
    id: 'npd.batch.records',
    method: 'PUT',
    path: '/v1/batches/:batchId/records',
    summary: 'Upload the records of a batch as NDJSON or CSV; they are matched as they stream in, never held in memory; answers when all are matched',
    scopes: [NPD_SCOPES.batch],
    bodyFormat: 'stream',
    accepts: ['application/x-ndjson', 'text/csv'],
    params: batchParam,
    body: batchRecordSchema,
    responses: { ...errors, 200: { description: 'the finished job', schema: replySchema(batchSummarySchema) }, 409: { description: 'records already uploaded', schema: gatewayErrorSchema } },
    async handle({ params, body, state, client }) {
      const job = ownJob(state, params.batchId, client!.id);
      if (!job) return notFound(`no batch ${params.batchId}`);
      if (job.status !== 'open') return { status: 409, body: { error_code: 11, message: `batch ${job.id} already has its records (status ${job.status})` } };
      return ok(summary(await state.batches.feed(job, body)));
    },
  }),
  defineRoute<NpdState, z.infer<typeof batchParam>>({
    id: 'npd.batch.status',
    method: 'GET',
    path: '/v1/batches/:batchId',
    summary: 'Progress of a batch: status, records received and matched, counts per verdict',
    scopes: [NPD_SCOPES.batch],
    params: batchParam,
    responses: { 200: { description: 'the job', schema: replySchema(batchSummarySchema) }, ...errors },
    handle({ params, state, client }) {
      const job = ownJob(state, params.batchId, client!.id);
      return job ? ok(summary(job)) : notFound(`no batch ${params.batchId}`);
    },
  }),
  defineRoute<NpdState, z.infer<typeof batchParam>, z.infer<typeof resultsQuery>>({
    id: 'npd.batch.results',
    method: 'GET',
    path: '/v1/batches/:batchId/results',
    summary: 'The results so far, one NDJSON line per record, a page at a time (header x-vn06-next-from when there are more)',
    scopes: [NPD_SCOPES.batch],
    params: batchParam,
    query: resultsQuery,
    responses: { 200: { description: 'NDJSON: { line, ref?, verdict, SoDinhDanh?, mismatches?, NgayMat?, reason? } per record' }, ...errors },
    async handle({ params, query, state, client }) {
      const job = ownJob(state, params.batchId, client!.id);
      if (!job) return notFound(`no batch ${params.batchId}`);
      const page = await state.batches.page(job, query.from ?? 1, query.limit ?? 10_000);
      const headers: Record<string, string> = { 'content-type': 'application/x-ndjson; charset=utf-8', 'x-vn06-batch-status': job.status };
      if (page.next !== null) headers['x-vn06-next-from'] = String(page.next);
      return { status: 200, headers, body: page.text };
    },
  }),
];
