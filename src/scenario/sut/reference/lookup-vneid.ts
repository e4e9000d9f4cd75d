import { createHash, randomBytes } from 'node:crypto';
import { compactVerify, createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import { request } from 'undici';
import type { ReferenceCore } from './core.js';

/** Where VNeID sends the browser back; on loopback any port is registered (RFC 8252 §7.3), and nothing follows it here. */
const REDIRECT_URI = 'http://127.0.0.1:8080/callback';

/** A citizen signed in through VNeID: the personal ID the provider vouches for, and the token to read their wallet with. */
export interface VneidSession {
  readonly personalId: string;
  readonly accessToken: string;
  readonly acr: string;
  /** VNeID's published keys: they sign ID tokens and wallet documents. */
  readonly keys: ReturnType<typeof createLocalJWKSet>;
}

/** A wallet document as VNeID serves it: the document, its status as of the provider's date, and its JWS. */
export interface ServedDocument {
  readonly id: string;
  readonly type: string;
  /** The paper's Vietnamese name, e.g. Giấy phép lái xe. */
  readonly title: string;
  readonly holderId: string;
  readonly issuer: string;
  readonly issuedOn: string;
  readonly validUntil: string | null;
  readonly status: 'valid' | 'expired' | 'revoked';
  readonly asOf: string;
  readonly fields: Readonly<Record<string, string>>;
}

const base64url = (bytes: Buffer): string => bytes.toString('base64url');
const issuerOf = (core: ReferenceCore): string => `${core.env.mocksUrl}/vneid`;
const basicAuth = (core: ReferenceCore): string => `Basic ${Buffer.from(`${encodeURIComponent(core.env.clientId)}:${encodeURIComponent(core.env.clientSecret)}`).toString('base64')}`;

async function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const res = await request(url, { headers: { accept: 'application/json', ...headers } });
  const text = await res.body.text();
  return { status: res.statusCode, body: (text === '' ? {} : JSON.parse(text)) as T };
}

/** The authorization code VNeID redirects back with, or why it refused (access_denied for an unknown or locked account…). */
async function authorizationCode(core: ReferenceCore, personalId: string, scope: string, pkce: { challenge: string }, state: string, nonce: string): Promise<{ code: string } | { refused: string }> {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: core.env.clientId,
    redirect_uri: REDIRECT_URI,
    scope,
    state,
    nonce,
    login_hint: personalId,
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
  });
  const res = await request(`${issuerOf(core)}/authorize?${query}`);
  await res.body.dump();
  const location = res.headers.location;
  if (res.statusCode !== 302 || typeof location !== 'string') return { refused: `VNeID answered ${res.statusCode} to the sign-in` };
  const back = new URL(location);
  if (back.searchParams.get('state') !== state || back.searchParams.get('iss') !== issuerOf(core)) return { refused: 'the sign-in came back with another state or issuer' };
  const error = back.searchParams.get('error');
  if (error) return { refused: `VNeID refused the sign-in: ${error} (${back.searchParams.get('error_description') ?? ''})` };
  return { code: back.searchParams.get('code') ?? '' };
}

/**
 * Signs a citizen in through VNeID (OpenID Connect code flow with PKCE; the harness names the citizen by `login_hint`)
 * and checks the ID token: VNeID's signature, issuer, audience and nonce. Its times are checked against its own `iat`:
 * the harness clock may stand far from this machine's.
 */
export async function signIn(core: ReferenceCore, personalId: string, scope = 'openid wallet'): Promise<VneidSession | { refused: string }> {
  const verifier = base64url(randomBytes(32));
  const pkce = { challenge: base64url(createHash('sha256').update(verifier).digest()) };
  const state = base64url(randomBytes(12));
  const nonce = base64url(randomBytes(12));
  const authorised = await authorizationCode(core, personalId, scope, pkce, state, nonce);
  if ('refused' in authorised) return authorised;
  const form = new URLSearchParams({ grant_type: 'authorization_code', code: authorised.code, redirect_uri: REDIRECT_URI, code_verifier: verifier });
  const res = await request(`${issuerOf(core)}/token`, { method: 'POST', headers: { authorization: basicAuth(core), 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
  const grant = (await res.body.json()) as { access_token?: string; id_token?: string; error?: string };
  if (res.statusCode !== 200 || !grant.id_token || !grant.access_token) return { refused: `VNeID refused the code exchange: ${grant.error ?? res.statusCode}` };
  const jwks = await getJson<JSONWebKeySet>(`${issuerOf(core)}/jwks`);
  const keys = createLocalJWKSet(jwks.body);
  const issuedAt = decodeJwt(grant.id_token).iat ?? 0;
  const { payload } = await jwtVerify(grant.id_token, keys, { issuer: issuerOf(core), audience: core.env.clientId, algorithms: ['ES256'], currentDate: new Date(issuedAt * 1000) });
  if (payload.nonce !== nonce || typeof payload.sub !== 'string') return { refused: 'the ID token does not answer this sign-in (nonce or subject)' };
  core.log(`citizen ${payload.sub} signed in through VNeID (${String(payload.acr)})`);
  return { personalId: payload.sub, accessToken: grant.access_token, acr: String(payload.acr), keys };
}

/** Reads one document of the signed-in citizen's wallet and keeps what VNeID signed (the JWS payload), nothing unsigned. */
export async function readWalletDocument(session: VneidSession, core: ReferenceCore, documentId: string): Promise<{ document: ServedDocument } | { status: number; refused: string }> {
  const reply = await getJson<{ document?: ServedDocument; jws?: string; error?: { message?: string } }>(`${issuerOf(core)}/wallet/documents/${encodeURIComponent(documentId)}`, {
    authorization: `Bearer ${session.accessToken}`,
  });
  if (reply.status !== 200 || !reply.body.document || !reply.body.jws) return { status: reply.status, refused: reply.body.error?.message ?? `VNeID answered ${reply.status}` };
  if (core.has('trust-unsigned-documents')) return { document: reply.body.document };
  try {
    const { payload } = await compactVerify(reply.body.jws, session.keys);
    return { document: JSON.parse(new TextDecoder().decode(payload)) as ServedDocument };
  } catch {
    return { status: 200, refused: 'the document is not signed by VNeID' };
  }
}
