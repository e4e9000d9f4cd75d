// A real relying-party library, openid-client, signs citizens in through the VNeID mock end to end, and refuses each
// way the provider can be told to misbehave.
import * as client from 'openid-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultClients, systems } from '../../mocks/index.js';
import { VNEID_ACR, type Misbehaviour } from '../../mocks/vneid/contract.js';
import { createHarness } from '../../src/mock/harness.js';
import { setupMocks } from '../../src/intercept/setup-mocks.js';
import { serve, testPopulation, type Served } from './helpers.js';

const LEVEL1 = '048195999008';
const LEVEL2 = '048096999009';
const REDIRECT = 'http://127.0.0.1:4999/callback';
const SECRET = 'procedure-system-secret';

let s: Served;
beforeAll(async () => {
  s = await serve();
});
afterEach(async () => {
  await s.call('PUT', '/vneid/test/misbehaviour', { json: { mode: null } });
});
afterAll(async () => {
  await s.server.close();
});

/**
 * The relying party's configuration from discovery: plain HTTP allowed (loopback), ID token signatures checked against
 * the JWKS (openid-client skips them by default for tokens from the token endpoint), and its clock set to the harness's.
 */
function relyingParty(auth: client.ClientAuth = client.ClientSecretBasic(SECRET), origin = s.server.url, harnessNow = s.harness.clock.now()): Promise<client.Configuration> {
  const skew = Math.round((harnessNow - Date.now()) / 1000);
  return client.discovery(new URL(`${origin}/vneid`), 'procedure-system', { [client.clockSkew]: skew }, auth, {
    execute: [client.allowInsecureRequests, client.enableNonRepudiationChecks],
  });
}

/** The whole sign-in: authorization URL with PKCE, nonce and state; the provider's redirect followed by hand; the code grant. */
async function signIn(config: client.Configuration, personalId: string, acr?: string, redirectUri = REDIRECT) {
  const verifier = client.randomPKCECodeVerifier();
  const nonce = client.randomNonce();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid',
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    nonce,
    state,
    login_hint: personalId,
    ...(acr === undefined ? {} : { acr_values: acr }),
  });
  const res = await fetch(url, { redirect: 'manual' });
  expect(res.status).toBe(302);
  const callback = new URL(res.headers.get('location')!);
  return client.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedNonce: nonce, expectedState: state, idTokenExpected: true });
}

/** The detailed reason openid-client gives for refusing (its ClientError wraps oauth4webapi's check in `cause`). */
async function refusalOf(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    expect(error).toBeInstanceOf(client.ClientError);
    return ((error as Error).cause as Error).message;
  }
  throw new Error('openid-client accepted the sign-in');
}

/** The relying party's own assurance check (OIDC Core 3.1.3.7 step 12): openid-client hands `acr` over without judging it. */
function requireLevel2(claims: client.IDToken | undefined): client.IDToken {
  if (claims?.acr !== VNEID_ACR.level2) throw new Error(`level 2 was required, the ID token says acr ${String(claims?.acr)}`);
  return claims;
}

describe('signing in with openid-client', () => {
  it('signs a level-2 citizen in at level 2 and reads userinfo (client_secret_basic)', async () => {
    const config = await relyingParty();
    expect(config.serverMetadata().issuer).toBe(`${s.server.url}/vneid`);
    const tokens = await signIn(config, LEVEL2, VNEID_ACR.level2);
    const claims = requireLevel2(tokens.claims());
    expect(claims).toMatchObject({ sub: LEVEL2, name: 'Phan Đức Thắng', birthdate: '1996-07-07', aud: 'procedure-system' });
    const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    expect(info).toMatchObject({ sub: LEVEL2, given_name: 'Thắng', acr: VNEID_ACR.level2 });
  });

  it('signs a level-1 citizen in at level 1 with client_secret_post, and surfaces the refusal when level 2 is asked', async () => {
    const config = await relyingParty(client.ClientSecretPost(SECRET));
    const tokens = await signIn(config, LEVEL1);
    expect(tokens.claims()).toMatchObject({ sub: LEVEL1, acr: VNEID_ACR.level1 });
    const refused = signIn(config, LEVEL1, VNEID_ACR.level2);
    await expect(refused).rejects.toBeInstanceOf(client.AuthorizationResponseError);
    await expect(refused).rejects.toMatchObject({ error: 'unmet_authentication_requirements' });
  });

  it('signs in the same way in process, at http://vn06.test', async () => {
    const harness = createHarness({ seed: 1, populationIndex: testPopulation(), systems, clients: defaultClients, clock: { start: '2026-01-01T00:00:00Z', frozen: true } });
    const mocks = setupMocks(harness);
    mocks.listen();
    try {
      const config = await relyingParty(undefined, mocks.origin, harness.clock.now());
      expect(config.serverMetadata().issuer).toBe('http://vn06.test/vneid');
      const tokens = await signIn(config, LEVEL2, VNEID_ACR.level2, 'http://vn06.test/callback');
      expect(tokens.claims()).toMatchObject({ iss: 'http://vn06.test/vneid', sub: LEVEL2 });
    } finally {
      await mocks.close();
    }
  });

  it('refuses a userinfo answer about another subject', async () => {
    const config = await relyingParty();
    const tokens = await signIn(config, LEVEL2);
    expect(await refusalOf(client.fetchUserInfo(config, tokens.access_token, LEVEL1))).toBe('unexpected "response" body "sub" property value');
  });
});

describe('openid-client refuses each misbehaviour of the provider', () => {
  const cases: [Misbehaviour, string][] = [
    ['wrong-iss', 'unexpected JWT "iss" (issuer) claim value'],
    ['wrong-aud', 'unexpected JWT "aud" (audience) claim value'],
    ['expired', 'unexpected JWT "exp" (expiration time) claim value, expiration is past current timestamp'],
    ['bad-signature', 'JWT signature verification failed'],
    ['alg-none', 'unexpected JWT "alg" header parameter'],
    ['wrong-nonce', 'unexpected ID Token "nonce" claim value'],
    ['unknown-kid', 'error when selecting a JWT verification key, no applicable keys found'],
  ];

  it.each(cases)('%s: refused with “%s”', async (mode, message) => {
    const config = await relyingParty();
    await expect(signIn(config, LEVEL2, VNEID_ACR.level2)).resolves.toBeDefined();
    await s.call('PUT', '/vneid/test/misbehaviour', { json: { mode } });
    expect(await refusalOf(signIn(config, LEVEL2, VNEID_ACR.level2))).toBe(message);
  });

  it('level-downgrade: openid-client passes acr level 1 through, and the relying party’s level check refuses it', async () => {
    const config = await relyingParty();
    await s.call('PUT', '/vneid/test/misbehaviour', { json: { mode: 'level-downgrade' } });
    const tokens = await signIn(config, LEVEL2, VNEID_ACR.level2);
    expect(tokens.claims()?.acr).toBe(VNEID_ACR.level1);
    expect(() => requireLevel2(tokens.claims())).toThrow(`level 2 was required, the ID token says acr ${VNEID_ACR.level1}`);
  });
});
