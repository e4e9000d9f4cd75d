import { isMockError } from '../../src/mock/auth.js';
import { SCOPES } from '../clients.js';
import type { AccessGrant } from './sessions.js';
import type { VneidState } from './state.js';

/** Why a bearer token is refused (RFC 6750 §3.1); `error` is absent when the request carried no token at all. */
export interface BearerFailure {
  readonly status: 400 | 401 | 403;
  readonly error?: 'invalid_request' | 'invalid_token' | 'insufficient_scope';
  readonly description: string;
  /** The scope that would do, for `insufficient_scope`. */
  readonly scope?: string;
}

/** Who reads a wallet: a citizen with their own token, or a procedure system with its gateway token and the citizen's consent. */
export interface WalletReader {
  readonly via: 'citizen-token' | 'client-token';
  readonly clientId: string;
  /** The personal ID whose wallet the reader may see. */
  readonly holder: string;
}

export const WALLET_READ_SCOPE = SCOPES.vneid[0];

export const isBearerFailure = (value: unknown): value is BearerFailure => typeof value === 'object' && value !== null && 'description' in value && 'status' in value;

/** The `WWW-Authenticate` challenge of a refusal (RFC 6750 §3; the description keeps the characters §3 allows): for a token problem, not for a wallet the token does not reach. */
export function challenge(failure: BearerFailure): Record<string, string> {
  if (failure.status !== 401 && failure.error === undefined) return {};
  const parts = ['realm="vneid"'];
  if (failure.error) parts.push(`error="${failure.error}"`, `error_description="${failure.description.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, '')}"`);
  if (failure.scope) parts.push(`scope="${failure.scope}"`);
  return { 'www-authenticate': `Bearer ${parts.join(', ')}` };
}

/** The bearer token of the Authorization header; a token in the query string is refused (R-CONN-2, RFC 6750 §2.1). */
function bearerToken(headers: Readonly<Record<string, string>>, query: Readonly<Record<string, string>>): string | BearerFailure {
  if ('access_token' in query) return { status: 400, error: 'invalid_request', description: 'a token in the query string is refused: send it in the Authorization header (RFC 6750 §2.1)' };
  const match = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
  return match ? match[1]! : { status: 401, description: 'missing bearer token: send Authorization: Bearer <access token>' };
}

const tokenRefusals = { unknown: 'the access token is unknown', expired: 'the access token has expired', revoked: 'the access token was revoked' } as const;

/** The grant of a citizen access token issued by this provider, or why it is refused. */
export function citizenGrant(state: VneidState, headers: Readonly<Record<string, string>>, query: Readonly<Record<string, string>>): AccessGrant | BearerFailure {
  const token = bearerToken(headers, query);
  if (typeof token !== 'string') return token;
  const found = state.sessions.accessToken(token);
  return 'refused' in found ? { status: 401, error: 'invalid_token', description: tokenRefusals[found.refused] } : found.grant;
}

/**
 * Who may read a wallet: a citizen access token with scope `wallet` reads its subject's; a gateway client-credentials
 * token with `vneid.wallet.read` reads the wallet of `holder` if that citizen consented (signed in to that client with
 * scope `wallet`). `holder`, when given with a citizen token, must be the signed-in citizen.
 */
export async function walletReader(state: VneidState, headers: Readonly<Record<string, string>>, query: Readonly<Record<string, string>>, holder: string | undefined): Promise<WalletReader | BearerFailure> {
  const token = bearerToken(headers, query);
  if (typeof token !== 'string') return token;
  const own = state.sessions.accessToken(token);
  if ('grant' in own) {
    const { grant } = own;
    if (!grant.scopes.includes('wallet')) return { status: 403, error: 'insufficient_scope', description: 'the citizen did not grant scope wallet: sign in with scope "openid wallet"', scope: 'openid wallet' };
    if (holder !== undefined && holder !== grant.subject) return { status: 403, description: `holder ${holder} is not the signed-in citizen ${grant.subject}` };
    return { via: 'citizen-token', clientId: grant.clientId, holder: grant.subject };
  }
  if (own.refused !== 'unknown') return { status: 401, error: 'invalid_token', description: tokenRefusals[own.refused] };
  const client = await state.auth.verify(token);
  if (isMockError(client)) return { status: 401, error: 'invalid_token', description: client.message };
  if (!client.scopes.includes(WALLET_READ_SCOPE)) return { status: 403, error: 'insufficient_scope', description: `the token lacks scope ${WALLET_READ_SCOPE}`, scope: WALLET_READ_SCOPE };
  if (holder === undefined) return { status: 400, description: `a client-credentials token must name the citizen: add ?holder=<personal ID>` };
  if (!state.sessions.consented(holder, client.id)) {
    return { status: 403, description: `the citizen ${holder} has not authorised ${client.id} to read their wallet: they sign in through VNeID with scope "openid wallet"` };
  }
  return { via: 'client-token', clientId: client.id, holder };
}
