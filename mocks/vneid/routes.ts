import type { z } from 'zod';
import { defineRoute, type RouteResult } from '../../src/mock/route.js';
import { defaultErrorBody, MockErrorCode, type MockError } from '../../src/mock/system.js';
import type { WalletDocument } from '../../src/mock/world.js';
import { authorize } from './authorize.js';
import { challenge, citizenGrant, isBearerFailure, WALLET_READ_SCOPE, walletReader, type BearerFailure, type WalletReader } from './bearer.js';
import {
  authorizeParams,
  CLAIMS,
  coverageSchema,
  discoverySchema,
  documentListSchema,
  documentParam,
  documentQuery,
  jwksSchema,
  misbehaviourBody,
  misbehaviourReply,
  misbehaviours,
  oauthError,
  OIDC_SCOPES,
  signedDocumentSchema,
  tokenParams,
  tokenReply,
  userInfoSchema,
  VNEID_ACR,
  walletListQuery,
} from './contract.js';
import { citizenClaims, signDocument } from './signing.js';
import { today, type VneidState } from './state.js';
import { tokenEndpoint } from './token.js';
import { serveDocument } from './wallet.js';

export const VNEID_BASE_PATH = '/vneid';

/** The issuer as the caller reached the provider: `http://127.0.0.1:8606/vneid` over HTTP, `http://vn06.test/vneid` in process. */
const issuerOf = (origin: string): string => `${origin}${VNEID_BASE_PATH}`;

/** OpenID Connect Discovery 1.0 §3 metadata. */
function discovery(issuer: string): z.infer<typeof discoverySchema> {
  return {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    userinfo_endpoint: `${issuer}/userinfo`,
    jwks_uri: `${issuer}/jwks`,
    scopes_supported: [...OIDC_SCOPES],
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'client_credentials'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['ES256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    code_challenge_methods_supported: ['S256'],
    acr_values_supported: Object.values(VNEID_ACR),
    claims_supported: [...CLAIMS],
    claims_parameter_supported: false,
    request_parameter_supported: false,
    request_uri_parameter_supported: false,
    authorization_response_iss_parameter_supported: true,
  };
}

/** The pipeline's own errors (wrong content type, injected faults) in the OAuth shape, for the OAuth endpoints. */
const oauthErrorBody = (error: MockError): unknown => ({
  error: error.status === 401 ? 'invalid_client' : error.status >= 500 || error.status === 429 ? 'temporarily_unavailable' : 'invalid_request',
  error_description: error.message,
});

const failureCodes: Readonly<Record<BearerFailure['status'], MockError['code']>> = { 400: MockErrorCode.BadRequest, 401: MockErrorCode.Unauthorized, 403: MockErrorCode.Forbidden };

/** A refused wallet read, in vn06's error shape with the RFC 6750 challenge. */
const walletFailure = (failure: BearerFailure): RouteResult => ({
  status: failure.status,
  headers: challenge(failure),
  body: defaultErrorBody({ status: failure.status, code: failureCodes[failure.status], message: failure.description }),
});

async function signed(state: VneidState, document: WalletDocument): Promise<z.infer<typeof signedDocumentSchema>> {
  const served = serveDocument(document, today(state.clock));
  const jws = await signDocument(state.keys, served);
  // forged-document: the same payload, its signature's last bytes changed, so it no longer verifies.
  return { document: served, jws: state.misbehaviour === 'forged-document' ? `${jws.slice(0, -6)}${jws.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA'}` : jws };
}

const whose = (reader: WalletReader): string => (reader.via === 'citizen-token' ? `the signed-in citizen ${reader.holder}` : `${reader.holder}, the citizen who authorised ${reader.clientId}`);

async function userInfo({ headers, query, state }: { headers: Readonly<Record<string, string>>; query: Readonly<Record<string, string>>; state: VneidState }): Promise<RouteResult> {
  const grant = citizenGrant(state, headers, query);
  if (isBearerFailure(grant)) return { status: grant.status, headers: challenge(grant), body: { error: grant.error ?? 'invalid_token', error_description: grant.description } };
  const citizen = state.world.citizen(grant.subject)!;
  return { status: 200, headers: { 'cache-control': 'no-store' }, body: { ...citizenClaims(citizen), acr: grant.acr } };
}

const oauthErrors = { 400: { description: 'invalid request', schema: oauthError } };
const bearerErrors = { 401: { description: 'missing, unknown, expired or revoked token (WWW-Authenticate: Bearer error="invalid_token")' }, 403: { description: 'the token does not reach this wallet or document' } };

const authorizeRoute = (method: 'GET' | 'POST') =>
  defineRoute<VneidState, Record<string, string>, Record<string, string>, Record<string, string>>({
    id: method === 'GET' ? 'vneid.authorize' : 'vneid.authorize.post',
    method,
    path: '/authorize',
    summary: 'Authorization endpoint (OIDC Core 3.1.2): code flow with PKCE S256; the citizen is named by login_hint = personal ID',
    scopes: null,
    ...(method === 'GET' ? { query: authorizeParams } : { bodyFormat: 'form' as const, body: authorizeParams }),
    errorSchema: oauthError,
    errorBody: oauthErrorBody,
    responses: { 302: { description: 'to redirect_uri with code, state and iss, or with error and error_description' }, ...oauthErrors },
    handle: ({ query, body, state, origin }) => authorize(state, method === 'GET' ? query : body, issuerOf(origin)),
  });

const userInfoRoute = (method: 'GET' | 'POST') =>
  defineRoute<VneidState>({
    id: method === 'GET' ? 'vneid.userinfo' : 'vneid.userinfo.post',
    method,
    path: '/userinfo',
    summary: 'UserInfo endpoint (OIDC Core 5.3): the citizen’s claims for a citizen access token in the Authorization header',
    scopes: null,
    errorSchema: oauthError,
    errorBody: oauthErrorBody,
    responses: { 200: { description: 'the claims', schema: userInfoSchema }, 401: { description: 'no valid citizen token', schema: oauthError } },
    handle: userInfo,
  });

export const vneidRoutes = [
  defineRoute<VneidState>({
    id: 'vneid.discovery',
    method: 'GET',
    path: '/.well-known/openid-configuration',
    summary: 'OpenID Connect Discovery 1.0 metadata; the issuer is the origin the caller used plus /vneid',
    scopes: null,
    responses: { 200: { description: 'the provider metadata', schema: discoverySchema } },
    handle: ({ origin }) => ({ status: 200, body: discovery(issuerOf(origin)) }),
  }),
  defineRoute<VneidState>({
    id: 'vneid.jwks',
    method: 'GET',
    path: '/jwks',
    summary: 'The JSON Web Key Set: one ES256 key derived from the seed, which signs ID tokens and wallet documents',
    scopes: null,
    responses: { 200: { description: 'the keys', schema: jwksSchema } },
    handle: ({ state }) => ({ status: 200, body: { keys: [state.keys.signing.publicJwk] } }),
  }),
  authorizeRoute('GET'),
  authorizeRoute('POST'),
  defineRoute<VneidState, Record<string, string>, Record<string, string>, Record<string, string>>({
    id: 'vneid.token',
    method: 'POST',
    path: '/token',
    summary: 'Token endpoint: authorization code + PKCE verifier for an access token and a signed ID token (OIDC Core 3.1.3); or client credentials (RFC 6749 §4.4)',
    scopes: null,
    bodyFormat: 'form',
    body: tokenParams,
    errorSchema: oauthError,
    errorBody: oauthErrorBody,
    responses: { 200: { description: 'the tokens', schema: tokenReply }, ...oauthErrors, 401: { description: 'client authentication failed', schema: oauthError } },
    handle: ({ headers, body, state, origin }) => tokenEndpoint(state, headers, body, issuerOf(origin)),
  }),
  userInfoRoute('GET'),
  userInfoRoute('POST'),
  defineRoute<VneidState, Record<string, string>, z.infer<typeof walletListQuery>>({
    id: 'vneid.wallet.documents',
    method: 'GET',
    path: '/wallet/documents',
    summary: 'The documents in a citizen’s wallet, each with status and a JWS: citizen token with scope wallet, or vneid.wallet.read plus consent and ?holder=',
    scopes: null,
    query: walletListQuery,
    responses: { 200: { description: 'the documents', schema: documentListSchema }, ...bearerErrors },
    async handle({ headers, query, state }) {
      const reader = await walletReader(state, headers, query, query.holder);
      if (isBearerFailure(reader)) return walletFailure(reader);
      const documents = state.wallet.documentsOf(reader.holder).filter((d) => query.type === undefined || d.type === query.type);
      return { status: 200, body: { holderId: reader.holder, documents: await Promise.all(documents.map((d) => signed(state, d))) } };
    },
  }),
  defineRoute<VneidState, z.infer<typeof documentParam>, z.infer<typeof documentQuery>>({
    id: 'vneid.wallet.document',
    method: 'GET',
    path: '/wallet/documents/:documentId',
    summary: 'One document of the reader’s citizen, with status and a JWS; another person’s document is refused with 403',
    scopes: null,
    params: documentParam,
    query: documentQuery,
    responses: { 200: { description: 'the document', schema: signedDocumentSchema }, ...bearerErrors, 404: { description: 'no such document' } },
    async handle({ params, headers, query, state }) {
      const reader = await walletReader(state, headers, query, query.holder);
      if (isBearerFailure(reader)) return walletFailure(reader);
      const document = state.wallet.document(params.documentId);
      if (!document) return { status: 404, body: defaultErrorBody({ status: 404, code: MockErrorCode.NotFound, message: `no document ${params.documentId}` }) };
      if (document.holderId !== reader.holder) {
        return walletFailure({ status: 403, description: `document ${params.documentId} is not held by ${whose(reader)}: a wallet shows only its holder’s documents` });
      }
      return { status: 200, body: await signed(state, document) };
    },
  }),
  defineRoute<VneidState>({
    id: 'vneid.wallet.coverage',
    method: 'GET',
    path: '/wallet/coverage',
    summary: 'How many documents of each type other systems pushed to wallets, and to how many citizens (R-PORT-15)',
    scopes: [WALLET_READ_SCOPE],
    responses: { 200: { description: 'counts by document type', schema: coverageSchema } },
    handle: ({ state }) => ({ status: 200, body: { asOf: today(state.clock), byType: state.wallet.coverage() } }),
  }),
  defineRoute<VneidState>({
    id: 'vneid.test.misbehaviour',
    method: 'GET',
    path: '/test/misbehaviour',
    summary: 'Test control: the misbehaviour applied to ID tokens now (null when none)',
    scopes: null,
    responses: { 200: { description: 'the mode and the modes there are', schema: misbehaviourReply } },
    handle: ({ state }) => ({ status: 200, body: { mode: state.misbehaviour, modes: [...misbehaviours] } }),
  }),
  defineRoute<VneidState, Record<string, string>, Record<string, string>, z.infer<typeof misbehaviourBody>>({
    id: 'vneid.test.misbehaviour.set',
    method: 'PUT',
    path: '/test/misbehaviour',
    summary: 'Test control: make the ID tokens issued from now on misbehave in one way, or behave again with null',
    scopes: null,
    body: misbehaviourBody,
    responses: { 200: { description: 'the mode now applied', schema: misbehaviourReply } },
    handle({ body, state }) {
      state.misbehaviour = body.mode;
      return { status: 200, body: { mode: state.misbehaviour, modes: [...misbehaviours] } };
    },
  }),
];
