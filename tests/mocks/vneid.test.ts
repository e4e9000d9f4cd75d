import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { compactVerify, createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverySchema, documentListSchema, signedDocumentSchema, userInfoSchema, VNEID_ACR } from '../../mocks/vneid/contract.js';
import { createVneidKeys } from '../../mocks/vneid/keys.js';
import { serve, type Served } from './helpers.js';

const ORDINARY = '001085999001';
const LEVEL1 = '048195999008';
const LEVEL2 = '048096999009';
const CHILD_NO_ACCOUNT = '001322999002';
const DECEASED = '038050999003';
const UNKNOWN = '001090999004';
const REVOKED_ID = '079188999005';
const LEGACY_ONLY = '001076999007';
const REDIRECT = 'http://127.0.0.1:4999/callback';
const VERIFIER = 'v'.repeat(43);
const CHALLENGE = createHash('sha256').update(VERIFIER).digest('base64url');
const BASIC = `Basic ${Buffer.from('procedure-system:procedure-system-secret').toString('base64')}`;
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

let s: Served;
beforeAll(async () => {
  s = await serve();
});
afterAll(async () => {
  await s.server.close();
});

const issuer = () => `${s.server.url}/vneid`;

/** A GET /authorize whose redirect is not followed: the status and the Location's parameters. */
async function authorize(overrides: Record<string, string | undefined> = {}, on: Served = s): Promise<{ status: number; location: URL | null; body: string }> {
  const params: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: 'procedure-system',
    redirect_uri: REDIRECT,
    scope: 'openid',
    state: 'st-1',
    nonce: 'n-1',
    code_challenge: CHALLENGE,
    code_challenge_method: 'S256',
    login_hint: ORDINARY,
    ...overrides,
  };
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));
  const res = await fetch(`${on.server.url}/vneid/authorize?${query}`, { redirect: 'manual' });
  const location = res.headers.get('location');
  return { status: res.status, location: location === null ? null : new URL(location), body: await res.text() };
}

async function codeFor(overrides: Record<string, string | undefined> = {}, on: Served = s): Promise<string> {
  const { location } = await authorize(overrides, on);
  const code = location?.searchParams.get('code');
  if (!code) throw new Error(`no code: ${location?.href}`);
  return code;
}

const tokenRequest = (fields: Record<string, string>, headers: Record<string, string> = { authorization: BASIC }, on: Served = s) =>
  on.call('POST', '/vneid/token', { body: new URLSearchParams(fields).toString(), headers: { ...FORM, ...headers } });

/** Signs a citizen in and exchanges the code: the token response. */
async function signIn(personalId: string, scope = 'openid', on: Served = s): Promise<{ access_token: string; id_token: string; scope: string }> {
  const code = await codeFor({ login_hint: personalId, scope }, on);
  const res = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: VERIFIER }, { authorization: BASIC }, on);
  if (res.status !== 200) throw new Error(`token exchange failed: ${res.text}`);
  return res.json();
}

/** A GET with another Host header (fetch does not let a caller set it). */
function getWithHost(path: string, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(`${s.server.url}${path}`, { headers: { host } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve(text));
    });
    req.on('error', reject).end();
  });
}

const jwks = async (): Promise<JSONWebKeySet> => (await s.call('GET', '/vneid/jwks')).json();

describe('discovery and keys', () => {
  it('publishes OpenID Connect metadata whose issuer is the origin the caller used plus /vneid', async () => {
    const r = await s.call('GET', '/vneid/.well-known/openid-configuration');
    expect(r.status).toBe(200);
    const doc = discoverySchema.parse(r.json());
    expect(doc.issuer).toBe(issuer());
    expect(doc.token_endpoint).toBe(`${issuer()}/token`);
    expect(doc.code_challenge_methods_supported).toEqual(['S256']);
    expect(doc.acr_values_supported).toEqual([VNEID_ACR.level1, VNEID_ACR.level2]);
    expect(doc.scopes_supported).toContain('wallet');
    expect(JSON.parse(await getWithHost('/vneid/.well-known/openid-configuration', 'localhost:1234')).issuer).toBe('http://localhost:1234/vneid');
  });

  it('publishes one ES256 key derived from the seed: the same for the same seed, another for another seed', async () => {
    const { keys } = await jwks();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', kid: createVneidKeys(1).signing.kid });
    expect(createVneidKeys(1).signing.publicJwk).toEqual(keys[0]);
    expect(createVneidKeys(2).signing.kid).not.toBe(keys[0]!.kid);
    expect(keys[0]).not.toHaveProperty('d');
  });
});

describe('the authorization endpoint', () => {
  it('redirects a citizen named by login_hint with a code, the state and the issuer (RFC 9207)', async () => {
    const r = await authorize();
    expect(r.status).toBe(302);
    expect(`${r.location!.origin}${r.location!.pathname}`).toBe(REDIRECT);
    expect(r.location!.searchParams.get('code')).toMatch(/^[0-9a-f]{32}$/);
    expect(r.location!.searchParams.get('state')).toBe('st-1');
    expect(r.location!.searchParams.get('iss')).toBe(issuer());
  });

  it('accepts any port on loopback, localhost, the in-process callback, and POST with a form body', async () => {
    for (const uri of ['http://127.0.0.1:61000/callback', 'http://localhost:3000/callback', 'http://vn06.test/callback']) {
      const r = await authorize({ redirect_uri: uri });
      expect(r.location!.href.startsWith(`${uri}?code=`)).toBe(true);
    }
    const form = new URLSearchParams({ response_type: 'code', client_id: 'clinic', redirect_uri: REDIRECT, scope: 'openid', code_challenge: CHALLENGE, code_challenge_method: 'S256', login_hint: LEVEL2 });
    const posted = await fetch(`${s.server.url}/vneid/authorize`, { method: 'POST', body: form, redirect: 'manual' });
    expect(posted.status).toBe(302);
    expect(new URL(posted.headers.get('location')!).searchParams.get('code')).toBeTruthy();
  });

  it('answers 400 without redirecting when the client or the redirect URI cannot be trusted (OIDC Core 3.1.2.6)', async () => {
    const cases: Record<string, string | undefined>[] = [
      { redirect_uri: 'https://evil.example/callback' },
      { redirect_uri: 'http://127.0.0.1:4999/other' },
      { redirect_uri: 'http://127.0.0.1:4999/callback?next=x' },
      { redirect_uri: 'http://127.0.0.1:4999/callback#frag' },
      { redirect_uri: 'http://10.0.0.1:4999/callback' },
      { redirect_uri: undefined },
      { client_id: 'nobody' },
      { client_id: undefined },
    ];
    for (const overrides of cases) {
      const r = await authorize(overrides);
      expect(r.status, JSON.stringify(overrides)).toBe(400);
      expect(r.location).toBeNull();
      expect(JSON.parse(r.body).error).toBe('invalid_request');
    }
  });

  it('redirects every other refusal as an error with the state and the issuer', async () => {
    const cases: [Record<string, string | undefined>, string, string][] = [
      [{ response_type: 'token' }, 'unsupported_response_type', 'code'],
      [{ scope: 'profile' }, 'invalid_scope', 'openid'],
      [{ scope: 'openid email' }, 'invalid_scope', 'email'],
      [{ code_challenge: undefined }, 'invalid_request', 'PKCE'],
      [{ code_challenge_method: 'plain' }, 'invalid_request', 'S256'],
      [{ code_challenge: 'short' }, 'invalid_request', '43'],
      [{ request: 'eyJ' }, 'request_not_supported', 'request'],
      [{ login_hint: undefined }, 'login_required', 'login_hint'],
      [{ login_hint: '12345' }, 'invalid_request', '12-digit'],
      [{ login_hint: UNKNOWN }, 'access_denied', 'no citizen'],
      [{ login_hint: DECEASED }, 'access_denied', 'deceased'],
      [{ login_hint: CHILD_NO_ACCOUNT }, 'access_denied', 'no VNeID account'],
      [{ login_hint: REVOKED_ID }, 'access_denied', 'locked'],
      [{ login_hint: LEVEL1, acr_values: VNEID_ACR.level2 }, 'unmet_authentication_requirements', 'level-1 account'],
      [{ acr_values: 'level-9' }, 'invalid_request', 'acr_values'],
    ];
    for (const [overrides, error, mentions] of cases) {
      const r = await authorize(overrides);
      expect(r.status, JSON.stringify(overrides)).toBe(302);
      const p = r.location!.searchParams;
      expect([p.get('error'), p.get('state'), p.get('iss'), p.get('code')], JSON.stringify(overrides)).toEqual([error, 'st-1', issuer(), null]);
      expect(p.get('error_description')).toContain(mentions);
    }
  });
});

describe('the token endpoint', () => {
  it('exchanges a code and its PKCE verifier for an access token and an ES256 ID token about the citizen (client_secret_basic)', async () => {
    const tokens = await signIn(LEVEL2);
    expect(tokens).toMatchObject({ token_type: 'Bearer', expires_in: 300, scope: 'openid' });
    const { payload, protectedHeader } = await jwtVerify(tokens.id_token, createLocalJWKSet(await jwks()), {
      issuer: issuer(),
      audience: 'procedure-system',
      currentDate: new Date(s.harness.clock.now()),
      algorithms: ['ES256'],
    });
    expect(protectedHeader.kid).toBe(createVneidKeys(1).signing.kid);
    expect(payload).toMatchObject({ sub: LEVEL2, name: 'Phan Đức Thắng', family_name: 'Phan', given_name: 'Thắng', birthdate: '1996-07-07', acr: VNEID_ACR.level2, nonce: 'n-1' });
    expect(payload.exp! - payload.iat!).toBe(300);
  });

  it('accepts client_secret_post, and gives a level-1 citizen acr level 1', async () => {
    const code = await codeFor({ login_hint: LEVEL1 });
    const r = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: VERIFIER, client_id: 'procedure-system', client_secret: 'procedure-system-secret' }, {});
    expect(r.status).toBe(200);
    expect(decodeJwt(r.json().id_token).acr).toBe(VNEID_ACR.level1);
    const level2 = await codeFor({ login_hint: LEVEL2, acr_values: `${VNEID_ACR.level1}` });
    const downgraded = await tokenRequest({ grant_type: 'authorization_code', code: level2, redirect_uri: REDIRECT, code_verifier: VERIFIER });
    expect(decodeJwt(downgraded.json().id_token).acr).toBe(VNEID_ACR.level1);
  });

  it('refuses a wrong or missing PKCE verifier and another redirect URI with invalid_grant', async () => {
    const code = await codeFor();
    const base = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: VERIFIER };
    for (const fields of [{ ...base, code_verifier: 'w'.repeat(43) }, { ...base, code_verifier: '' }, { ...base, redirect_uri: 'http://127.0.0.1:5000/callback' }]) {
      const r = await tokenRequest(fields);
      expect([r.status, r.json().error]).toEqual([400, 'invalid_grant']);
      expect(r.headers.get('cache-control')).toBe('no-store');
    }
    const { code_verifier: _, ...without } = base;
    const missing = await tokenRequest(without);
    expect(missing.json().error_description).toContain('code_verifier is required');
  });

  it('refuses a reused code and revokes the tokens issued with it (RFC 6749 §4.1.2)', async () => {
    const code = await codeFor();
    const fields = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: VERIFIER };
    const first = await tokenRequest(fields);
    expect(first.status).toBe(200);
    const token = first.json().access_token as string;
    expect((await s.call('GET', '/vneid/userinfo', { token })).status).toBe(200);
    const again = await tokenRequest(fields);
    expect([again.status, again.json().error]).toEqual([400, 'invalid_grant']);
    expect(again.json().error_description).toContain('already used');
    const revoked = await s.call('GET', '/vneid/userinfo', { token });
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(revoked.json().error_description).toContain('revoked');
  });

  it('refuses a code after 60 seconds, an unknown code, and a code issued to another client', async () => {
    const code = await codeFor();
    s.harness.clock.advance(60_000);
    const late = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: VERIFIER });
    expect([late.status, late.json().error, late.json().error_description]).toEqual([400, 'invalid_grant', 'the code has expired (codes live 60 seconds)']);
    const unknown = await tokenRequest({ grant_type: 'authorization_code', code: 'f'.repeat(32), redirect_uri: REDIRECT, code_verifier: VERIFIER });
    expect(unknown.json().error).toBe('invalid_grant');
    const fresh = await codeFor();
    const clinic = `Basic ${Buffer.from('clinic:clinic-secret').toString('base64')}`;
    const stolen = await tokenRequest({ grant_type: 'authorization_code', code: fresh, redirect_uri: REDIRECT, code_verifier: VERIFIER }, { authorization: clinic });
    expect([stolen.status, stolen.json().error]).toEqual([400, 'invalid_grant']);
  });

  it('refuses bad client authentication, an unknown grant type and a JSON body, in the OAuth error shape', async () => {
    const code = await codeFor();
    const fields = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, code_verifier: VERIFIER };
    const wrong = await tokenRequest(fields, { authorization: `Basic ${Buffer.from('procedure-system:nope').toString('base64')}` });
    expect([wrong.status, wrong.json().error]).toEqual([401, 'invalid_client']);
    expect(wrong.headers.get('www-authenticate')).toContain('Basic');
    const none = await tokenRequest(fields, {});
    expect([none.status, none.json().error]).toEqual([401, 'invalid_client']);
    const both = await tokenRequest({ ...fields, client_id: 'procedure-system', client_secret: 'procedure-system-secret' });
    expect([both.status, both.json().error]).toEqual([400, 'invalid_request']);
    const grant = await tokenRequest({ ...fields, grant_type: 'password' });
    expect([grant.status, grant.json().error]).toEqual([400, 'unsupported_grant_type']);
    const json = await s.call('POST', '/vneid/token', { json: fields, headers: { authorization: BASIC } });
    expect([json.status, json.json().error]).toEqual([415, 'invalid_request']);
  });

  it('issues the harness’s client-credentials token too, narrowed to the scopes the client holds', async () => {
    const r = await tokenRequest({ grant_type: 'client_credentials', scope: 'vneid.wallet.read' });
    expect([r.status, r.json().scope, r.json().id_token]).toEqual([200, 'vneid.wallet.read', undefined]);
    const coverage = await s.call('GET', '/vneid/wallet/coverage', { token: r.json().access_token });
    expect(coverage.status).toBe(200);
    const clinic = `Basic ${Buffer.from('clinic:clinic-secret').toString('base64')}`;
    const refused = await tokenRequest({ grant_type: 'client_credentials', scope: 'vneid.wallet.read' }, { authorization: clinic });
    expect([refused.status, refused.json().error]).toEqual([400, 'invalid_scope']);
  });
});

describe('the userinfo endpoint', () => {
  it('answers the citizen’s claims for their access token, by GET and by POST', async () => {
    const { access_token: token } = await signIn(ORDINARY);
    for (const method of ['GET', 'POST']) {
      const r = await s.call(method, '/vneid/userinfo', { token });
      expect(r.status).toBe(200);
      expect(userInfoSchema.parse(r.json())).toEqual({ sub: ORDINARY, name: 'Nguyễn Văn An', family_name: 'Nguyễn', middle_name: 'Văn', given_name: 'An', birthdate: '1985-04-12', gender: 'male', acr: VNEID_ACR.level2 });
    }
  });

  it('refuses a missing, unknown, query-string or expired token as RFC 6750 says', async () => {
    const missing = await s.call('GET', '/vneid/userinfo');
    expect([missing.status, missing.headers.get('www-authenticate')]).toEqual([401, 'Bearer realm="vneid"']);
    const unknown = await s.call('GET', '/vneid/userinfo', { token: 'nope' });
    expect([unknown.status, unknown.json().error]).toEqual([401, 'invalid_token']);
    const { access_token: token } = await signIn(ORDINARY);
    const inQuery = await s.call('GET', `/vneid/userinfo?access_token=${token}`);
    expect([inQuery.status, inQuery.json().error]).toEqual([400, 'invalid_request']);
    s.harness.clock.advance(300_000);
    const expired = await s.call('GET', '/vneid/userinfo', { token });
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toBe('Bearer realm="vneid", error="invalid_token", error_description="the access token has expired"');
  });
});

describe('the misbehaviour test control', () => {
  it('is off by default, applies one mode to the next ID tokens, clears with null, and is cleared by a reset', async () => {
    expect((await s.call('GET', '/vneid/test/misbehaviour')).json()).toMatchObject({ mode: null, modes: expect.arrayContaining(['alg-none', 'level-downgrade']) });
    expect((await s.call('PUT', '/vneid/test/misbehaviour', { json: { mode: 'wrong-aud' } })).json().mode).toBe('wrong-aud');
    expect(decodeJwt((await signIn(LEVEL2)).id_token).aud).toBe('another-relying-party');
    await s.call('PUT', '/vneid/test/misbehaviour', { json: { mode: null } });
    expect(decodeJwt((await signIn(LEVEL2)).id_token).aud).toBe('procedure-system');
    await s.call('PUT', '/vneid/test/misbehaviour', { json: { mode: 'expired' } });
    s.harness.reset();
    expect((await s.call('GET', '/vneid/test/misbehaviour')).json().mode).toBeNull();
  });

  it('refuses an unknown mode with 422 naming the field', async () => {
    const r = await s.call('PUT', '/vneid/test/misbehaviour', { json: { mode: 'chaos' } });
    expect([r.status, r.json().error.field]).toEqual([422, 'mode']);
  });
});

describe('the document wallet', () => {
  const list = async (token: string, query = '') => s.call('GET', `/vneid/wallet/documents${query}`, { token });

  it('shows the citizen’s papers with issuer, validity, holder and status, each signed with the JWKS key', async () => {
    const { access_token: token } = await signIn(ORDINARY, 'openid wallet');
    const r = await list(token);
    expect(r.status).toBe(200);
    const body = documentListSchema.parse(r.json());
    expect(body.holderId).toBe(ORDINARY);
    const byType = Object.fromEntries(body.documents.map((d) => [d.document.type, d.document]));
    expect(byType['health-insurance-card']).toMatchObject({ id: `bhyt-${ORDINARY}`, issuer: 'Bảo hiểm xã hội Việt Nam', holderId: ORDINARY, validUntil: '2026-12-31', status: 'valid', title: 'Thẻ bảo hiểm y tế' });
    expect(byType['driving-licence']).toMatchObject({ id: `gplx-${ORDINARY}`, issuer: 'Sở Giao thông vận tải Hà Nội', validUntil: '2026-05-20', status: 'valid' });
    expect(byType['criminal-record-certificate']).toMatchObject({ status: 'revoked', holderId: ORDINARY });
    const keys = createLocalJWKSet(await jwks());
    for (const { document, jws } of body.documents) {
      const verified = await compactVerify(jws, keys);
      expect(JSON.parse(new TextDecoder().decode(verified.payload))).toEqual(document);
    }
    const tampered = body.documents[0]!.jws.replace(/\.([^.]+)\./, (_, p: string) => `.${Buffer.from(JSON.stringify({ ...body.documents[0]!.document, holderId: LEVEL2 })).toString('base64url')}.`);
    await expect(compactVerify(tampered, keys)).rejects.toThrow();
    expect((await list(token, '?type=driving-licence')).json().documents).toHaveLength(1);
  });

  it('shows an expired document as expired once the clock passes its validity', async () => {
    const later = await serve({ clock: { start: '2026-06-01T00:00:00Z', frozen: true } });
    try {
      const { access_token: token } = await signIn(ORDINARY, 'openid wallet', later);
      const r = await later.call('GET', `/vneid/wallet/documents/gplx-${ORDINARY}`, { token });
      expect(signedDocumentSchema.parse(r.json()).document).toMatchObject({ status: 'expired', validUntil: '2026-05-20', asOf: '2026-06-01' });
    } finally {
      await later.server.close();
    }
  });

  it('refuses another person’s document with 403, an unknown one with 404, a token without scope wallet, and no token', async () => {
    const { access_token: token } = await signIn(ORDINARY, 'openid wallet');
    const own = await s.call('GET', `/vneid/wallet/documents/bhyt-${ORDINARY}`, { token });
    expect(own.json().document.holderId).toBe(ORDINARY);
    const other = await s.call('GET', `/vneid/wallet/documents/bhyt-${LEVEL2}`, { token });
    expect(other.status).toBe(403);
    expect(other.headers.get('www-authenticate')).toBeNull();
    expect(other.json().error.message).toBe(`document bhyt-${LEVEL2} is not held by the signed-in citizen ${ORDINARY}: a wallet shows only its holder’s documents`);
    expect((await list(token, `?holder=${LEVEL2}`)).status).toBe(403);
    const unknown = await s.call('GET', '/vneid/wallet/documents/bhyt-nobody', { token });
    expect([unknown.status, unknown.json().error.code]).toEqual([404, 'not_found']);
    const { access_token: plain } = await signIn(ORDINARY, 'openid');
    const noScope = await list(plain);
    expect(noScope.status).toBe(403);
    expect(noScope.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
    const none = await s.call('GET', '/vneid/wallet/documents');
    expect([none.status, none.json().error.code]).toEqual([401, 'unauthorized']);
  });

  it('shows documents other systems issue through the world, a later issue replacing an earlier one, and counts them', async () => {
    const document = {
      id: `skdt-${LEVEL1}`,
      type: 'e-health-book',
      holderId: LEVEL1,
      issuer: 'Bộ Y tế',
      issuedOn: '2025-12-01',
      validUntil: null,
      status: 'valid',
      fields: { bloodGroup: 'O', chronicConditions: 'Không' },
    };
    s.harness.world.emit('social-insurance', 'wallet.document.issued', LEVEL1, { document });
    s.harness.world.emit('social-insurance', 'wallet.document.issued', LEVEL1, { document: { ...document, id: 'broken', holderId: 'not-an-id' } });
    const { access_token: token } = await signIn(LEVEL1, 'openid wallet');
    const shown = (await list(token, '?type=e-health-book')).json().documents;
    expect(shown.map((d: { document: { id: string } }) => d.document.id)).toEqual([`skdt-${LEVEL1}`]);
    s.harness.world.emit('social-insurance', 'wallet.document.issued', LEVEL1, { document: { ...document, status: 'revoked' } });
    expect((await s.call('GET', `/vneid/wallet/documents/skdt-${LEVEL1}`, { token })).json().document.status).toBe('revoked');
    const { access_token: other } = await signIn(LEVEL2, 'openid wallet');
    expect((await list(other, '?type=e-health-book')).json().documents).toEqual([]);
    const coverage = await s.call('GET', '/vneid/wallet/coverage', { token: await s.token('procedure-system', 'vneid.wallet.read') });
    expect(coverage.json().byType).toEqual({ 'e-health-book': { documents: 1, holders: 1 } });
  });

  it('lets a procedure system read with its gateway token the wallet of a citizen who consented, and no other', async () => {
    await signIn(ORDINARY, 'openid wallet');
    await signIn(LEGACY_ONLY, 'openid');
    const gateway = await s.token('procedure-system', 'vneid.wallet.read');
    const consented = await list(gateway, `?holder=${ORDINARY}`);
    expect([consented.status, consented.json().holderId]).toEqual([200, ORDINARY]);
    const other = await s.call('GET', `/vneid/wallet/documents/bhyt-${LEVEL2}?holder=${ORDINARY}`, { token: gateway });
    expect(other.json().error.message).toContain(`not held by ${ORDINARY}, the citizen who authorised procedure-system`);
    const noConsent = await list(gateway, `?holder=${LEGACY_ONLY}`);
    expect([noConsent.status, noConsent.json().error.message]).toEqual([403, `the citizen ${LEGACY_ONLY} has not authorised procedure-system to read their wallet: they sign in through VNeID with scope "openid wallet"`]);
    expect((await list(gateway)).status).toBe(400);
    expect((await list(await s.token('clinic'), `?holder=${ORDINARY}`)).status).toBe(403);
  });

  it('records each sign-in as a world event', async () => {
    await signIn(LEVEL2, 'openid wallet');
    const events = s.harness.world.events({ kind: 'vneid.signed-in', personalId: LEVEL2 });
    expect(events.at(-1)).toMatchObject({ system: 'vneid', data: { clientId: 'procedure-system', acr: VNEID_ACR.level2, scope: 'openid wallet' } });
  });
});
