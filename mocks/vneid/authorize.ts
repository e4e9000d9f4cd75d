import type { RouteResult } from '../../src/mock/route.js';
import { findPersona } from '../../src/population/personas.js';
import { acrLevel, OIDC_SCOPES, VNEID_ACR, type VneidAcr } from './contract.js';
import type { VneidState } from './state.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** The redirect URI for relying parties in process (the in-process origin's `/callback`). */
export const IN_PROCESS_REDIRECT_URI = 'http://vn06.test/callback';

/** An OAuth error without a redirect (OIDC Core 3.1.2.6: the client or redirect URI cannot be trusted). */
export const oauthFailure = (status: number, error: string, description: string, headers: Record<string, string> = {}): RouteResult => ({
  status,
  headers: { 'cache-control': 'no-store', ...headers },
  body: { error, error_description: description },
});

/**
 * The redirect URIs every relying party may use: `http://<loopback>:<any port>/callback` (RFC 8252 §7.3 lets the port
 * vary on loopback) and `http://vn06.test/callback` for in-process use; written exactly, no query, no fragment.
 */
export function allowedRedirectUri(uri: string): boolean {
  if (uri === IN_PROCESS_REDIRECT_URI) return true;
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  return url.href === uri && !uri.includes('#') && url.search === '' && url.username === '' && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && url.pathname === '/callback';
}

/** The answer to a trusted redirect URI: a 302 whose Location carries the parameters and RFC 9207's `iss`. */
function redirect(redirectUri: string, issuer: string, params: Record<string, string | undefined>): RouteResult {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries({ ...params, iss: issuer })) if (value !== undefined) url.searchParams.set(name, value);
  return { status: 302, headers: { location: url.href, 'cache-control': 'no-store' } };
}

/** Why an authorization request fails once the redirect URI is trusted (OIDC Core 3.1.2.6, RFC 6749 §4.1.2.1). */
interface Refusal {
  readonly error: string;
  readonly description: string;
}

const refuse = (error: string, description: string): Refusal => ({ error, description });

/** The requested acr values (space-separated, OIDC Core 3.1.2.1), or a refusal naming the ones allowed. */
function requestedAcr(value: string | undefined): readonly VneidAcr[] | Refusal {
  const values = (value ?? '').split(' ').filter(Boolean);
  const allowed = Object.values(VNEID_ACR) as string[];
  const unknown = values.filter((v) => !allowed.includes(v));
  if (unknown.length > 0) return refuse('invalid_request', `unknown acr_values ${unknown.join(' ')}; allowed: ${allowed.join(' ')}`);
  return values as VneidAcr[];
}

/** The checks of the request itself, before the citizen: response type, scopes, PKCE (required, S256). */
function checkRequest(params: Readonly<Record<string, string>>): Refusal | readonly string[] {
  if (params.request !== undefined) return refuse('request_not_supported', 'request objects are not supported; send the parameters in the query');
  if (params.request_uri !== undefined) return refuse('request_uri_not_supported', 'request_uri is not supported; send the parameters in the query');
  if (params.response_type !== 'code') return refuse('unsupported_response_type', `response_type must be code (the authorization code flow), got ${JSON.stringify(params.response_type ?? '')}`);
  if (params.response_mode !== undefined && params.response_mode !== 'query') return refuse('invalid_request', 'response_mode must be query');
  const scopes = (params.scope ?? '').split(' ').filter(Boolean);
  if (!scopes.includes('openid')) return refuse('invalid_scope', 'scope must include openid');
  const unknown = scopes.filter((s) => !(OIDC_SCOPES as readonly string[]).includes(s));
  if (unknown.length > 0) return refuse('invalid_scope', `unknown scope ${unknown.join(' ')}; allowed: ${OIDC_SCOPES.join(' ')}`);
  if (params.code_challenge === undefined) return refuse('invalid_request', 'PKCE is required: send code_challenge and code_challenge_method=S256 (RFC 7636)');
  if (params.code_challenge_method !== 'S256') return refuse('invalid_request', `code_challenge_method must be S256, got ${JSON.stringify(params.code_challenge_method ?? 'plain')}`);
  if (!/^[A-Za-z0-9_-]{43}$/.test(params.code_challenge)) return refuse('invalid_request', 'code_challenge must be the 43-character base64url SHA-256 of the code verifier');
  return scopes;
}

/** The citizen named by `login_hint` (vn06 has no sign-in page), and the level they sign in at, or why they cannot. */
function checkCitizen(state: VneidState, hint: string | undefined, wanted: readonly VneidAcr[]): Refusal | { subject: string; acr: VneidAcr } {
  if (hint === undefined) return refuse('login_required', 'vn06 has no sign-in page: name the citizen with login_hint=<12-digit personal ID>');
  if (!/^\d{12}$/.test(hint)) return refuse('invalid_request', 'login_hint must be a 12-digit personal ID');
  const citizen = state.world.citizen(hint);
  const persona = findPersona(hint);
  if (!citizen) return refuse('access_denied', `no citizen has the personal ID ${hint}`);
  if (citizen.dateOfDeath !== null) return refuse('access_denied', `the citizen ${hint} is deceased; the account is closed`);
  if (persona?.kind === 'revoked-id' || persona?.kind === 'duplicate-records') return refuse('access_denied', `the account of ${hint} is locked (${persona.kind})`);
  if (citizen.vneidLevel === 0) return refuse('access_denied', `the citizen ${hint} has no VNeID account`);
  const levels = wanted.map((acr) => acrLevel[acr]);
  const met = levels.filter((level) => level <= citizen.vneidLevel);
  if (levels.length > 0 && met.length === 0) {
    return refuse('unmet_authentication_requirements', `the citizen ${hint} has a level-${citizen.vneidLevel} account; level ${Math.min(...levels)} was required`);
  }
  // The highest requested level the account meets, so the acr returned is one the client asked for; else the account's.
  const level = met.length > 0 ? Math.max(...met) : citizen.vneidLevel;
  return { subject: hint, acr: level === 2 ? VNEID_ACR.level2 : VNEID_ACR.level1 };
}

const isRefusal = (value: unknown): value is Refusal => typeof value === 'object' && value !== null && 'error' in value;

/**
 * Handles an authorization request (OIDC Core 3.1.2): an untrusted client or redirect URI gets 400 without a redirect;
 * any other problem is redirected as an error; a citizen who may sign in is redirected with a single-use code.
 */
export function authorize(state: VneidState, params: Readonly<Record<string, string>>, issuer: string): RouteResult {
  const { client_id: clientId, redirect_uri: redirectUri } = params;
  if (clientId === undefined) return oauthFailure(400, 'invalid_request', 'client_id is required');
  if (!state.auth.client(clientId)) return oauthFailure(400, 'invalid_request', `unknown client_id ${JSON.stringify(clientId)}`);
  if (redirectUri === undefined) return oauthFailure(400, 'invalid_request', 'redirect_uri is required');
  if (!allowedRedirectUri(redirectUri)) {
    return oauthFailure(400, 'invalid_request', `redirect_uri ${JSON.stringify(redirectUri)} is not registered; use http://127.0.0.1:<port>/callback, http://localhost:<port>/callback or ${IN_PROCESS_REDIRECT_URI}`);
  }
  const back = (refusal: Refusal): RouteResult => redirect(redirectUri, issuer, { error: refusal.error, error_description: refusal.description, state: params.state });
  const scopes = checkRequest(params);
  if (isRefusal(scopes)) return back(scopes);
  const wanted = requestedAcr(params.acr_values);
  if (isRefusal(wanted)) return back(wanted);
  const who = checkCitizen(state, params.login_hint, wanted);
  if (isRefusal(who)) return back(who);
  const code = state.sessions.issueCode({
    clientId,
    redirectUri,
    codeChallenge: params.code_challenge!,
    ...(params.nonce === undefined ? {} : { nonce: params.nonce }),
    scopes,
    subject: who.subject,
    acr: who.acr,
    authTime: state.sessions.now(),
  });
  return redirect(redirectUri, issuer, { code, state: params.state });
}
