import { createHash } from 'node:crypto';
import { isMockError } from '../../src/mock/auth.js';
import type { RouteResult } from '../../src/mock/route.js';
import { oauthFailure } from './authorize.js';
import { citizenClaims, signIdToken } from './signing.js';
import type { VneidState } from './state.js';

/** The event VNeID emits when a citizen signs in to a relying party: `data` = { clientId, acr, scope }. */
export const SIGNED_IN = 'vneid.signed-in';

type Credentials = { readonly id: string; readonly secret: string; readonly basic: boolean };

/** Form-urlencoded decoding of an HTTP Basic user or password (RFC 6749 §2.3.1). */
function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** The client's credentials from HTTP Basic (client_secret_basic) or the body (client_secret_post); two methods at once are refused (RFC 6749 §2.3). */
function clientCredentials(headers: Readonly<Record<string, string>>, body: Readonly<Record<string, string>>): Credentials | 'none' | 'both' | 'malformed' {
  const basic = /^Basic\s+(\S+)$/i.exec(headers.authorization ?? '');
  const posted = body.client_secret !== undefined;
  if (basic && posted) return 'both';
  if (posted) return body.client_id === undefined ? 'malformed' : { id: body.client_id, secret: body.client_secret!, basic: false };
  if (!basic) return 'none';
  const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const id = colon > 0 ? formDecode(decoded.slice(0, colon)) : undefined;
  const secret = colon > 0 ? formDecode(decoded.slice(colon + 1)) : undefined;
  return id === undefined || secret === undefined ? 'malformed' : { id, secret, basic: true };
}

const invalidGrant = (description: string): RouteResult => oauthFailure(400, 'invalid_grant', description);

/** RFC 7636 §4.6: BASE64URL(SHA256(code_verifier)) must equal the challenge sent with the authorization request. */
function pkceMatches(verifier: string, challenge: string): boolean {
  return /^[A-Za-z0-9._~-]{43,128}$/.test(verifier) && createHash('sha256').update(verifier).digest('base64url') === challenge;
}

/** Authenticates the client (client_secret_basic or client_secret_post): its registration, or the refusal. */
function authenticateClient(state: VneidState, headers: Readonly<Record<string, string>>, body: Readonly<Record<string, string>>): { id: string; secret: string } | RouteResult {
  const credentials = clientCredentials(headers, body);
  if (credentials === 'both') return oauthFailure(400, 'invalid_request', 'use one client authentication method, HTTP Basic or client_secret in the body, not both');
  if (credentials === 'none' || credentials === 'malformed') {
    return oauthFailure(401, 'invalid_client', 'client authentication is required (client_secret_basic or client_secret_post)', { 'www-authenticate': 'Basic realm="vneid"' });
  }
  const client = state.auth.client(credentials.id);
  if (!client || client.secret !== credentials.secret) {
    return oauthFailure(401, 'invalid_client', 'unknown client or wrong secret', credentials.basic ? { 'www-authenticate': 'Basic realm="vneid"' } : {});
  }
  return client;
}

/**
 * The token endpoint. `authorization_code` (OIDC Core 3.1.3, RFC 6749 §4.1.3): checks the code (known, unused, unexpired,
 * issued to this client for this redirect URI) and the PKCE verifier, then answers an access token and a signed ID
 * token; a code presented twice is refused and the tokens issued with it are revoked. `client_credentials` (RFC 6749
 * §4.4): the harness's system-to-system token, the same the gateway issues, e.g. with scope `vneid.wallet.read`.
 */
export async function tokenEndpoint(state: VneidState, headers: Readonly<Record<string, string>>, body: Readonly<Record<string, string>>, issuer: string): Promise<RouteResult> {
  if (body.grant_type === undefined) return oauthFailure(400, 'invalid_request', 'grant_type is required');
  if (body.grant_type !== 'authorization_code' && body.grant_type !== 'client_credentials') {
    return oauthFailure(400, 'unsupported_grant_type', 'grant_type must be authorization_code or client_credentials');
  }
  const client = authenticateClient(state, headers, body);
  if ('status' in client) return client;
  if (body.grant_type === 'authorization_code') return exchangeCode(state, client.id, body, issuer);
  const grant = await state.auth.issue(client.id, client.secret, body.scope);
  if (isMockError(grant)) return oauthFailure(400, 'invalid_scope', grant.message);
  return { status: 200, headers: { 'cache-control': 'no-store', pragma: 'no-cache' }, body: grant };
}

async function exchangeCode(state: VneidState, clientId: string, body: Readonly<Record<string, string>>, issuer: string): Promise<RouteResult> {
  if (body.code === undefined) return oauthFailure(400, 'invalid_request', 'code is required');
  const found = state.sessions.presentCode(body.code);
  if ('refused' in found) {
    const why = { unknown: 'the code is unknown', expired: 'the code has expired (codes live 60 seconds)', used: 'the code was already used; the tokens issued with it are now revoked' };
    return invalidGrant(why[found.refused]);
  }
  const { grant } = found;
  if (grant.clientId !== clientId) return invalidGrant(`the code was issued to another client, not ${clientId}`);
  if (body.redirect_uri !== grant.redirectUri) return invalidGrant('redirect_uri must be the one sent with the authorization request');
  if (body.code_verifier === undefined) return invalidGrant('code_verifier is required (PKCE, RFC 7636 §4.5)');
  if (!pkceMatches(body.code_verifier, grant.codeChallenge)) return invalidGrant('the code_verifier does not match the code_challenge (RFC 7636 §4.6)');

  const citizen = state.world.citizen(grant.subject);
  if (!citizen || citizen.dateOfDeath !== null) return invalidGrant(`the citizen ${grant.subject} can no longer sign in`);
  const { token, grant: access } = state.sessions.redeemCode(body.code);
  const now = state.sessions.now();
  const ttl = state.sessions.tokenTtlSeconds;
  const idToken = await signIdToken(
    state.keys,
    {
      ...citizenClaims(citizen),
      iss: issuer,
      aud: clientId,
      iat: now,
      exp: now + ttl,
      auth_time: grant.authTime,
      ...(grant.nonce === undefined ? {} : { nonce: grant.nonce }),
      acr: grant.acr,
    },
    state.misbehaviour,
    ttl,
  );
  state.world.emit('vneid', SIGNED_IN, grant.subject, { clientId, acr: grant.acr, scope: access.scopes.join(' ') });
  return {
    status: 200,
    headers: { 'cache-control': 'no-store', pragma: 'no-cache' },
    body: { access_token: token, token_type: 'Bearer', expires_in: ttl, id_token: idToken, scope: access.scopes.join(' ') },
  };
}
