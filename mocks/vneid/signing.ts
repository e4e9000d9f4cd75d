import { CompactSign, SignJWT, UnsecuredJWT } from 'jose';
import type { Citizen } from '../../src/contract/citizen.js';
import { VNEID_ACR, type Misbehaviour, type ServedDocument, type VneidAcr } from './contract.js';
import type { VneidKeys } from './keys.js';

/** The claims of an ID token (OIDC Core 2 and 5.1); `sub` is the personal ID. */
export interface IdTokenClaims {
  readonly iss: string;
  readonly sub: string;
  readonly aud: string;
  readonly iat: number;
  readonly exp: number;
  readonly auth_time: number;
  readonly nonce?: string;
  readonly acr: VneidAcr;
  readonly name: string;
  readonly family_name: string;
  readonly middle_name: string;
  readonly given_name: string;
  readonly birthdate: string;
  readonly gender: Citizen['sex'];
}

/** What VNeID knows of the citizen, as claims: the personal ID as subject, the name in its parts, the date of birth. */
export function citizenClaims(citizen: Citizen): Pick<IdTokenClaims, 'sub' | 'name' | 'family_name' | 'middle_name' | 'given_name' | 'birthdate' | 'gender'> {
  return {
    sub: citizen.personalId,
    name: citizen.fullName,
    family_name: citizen.surname,
    middle_name: citizen.middleName,
    given_name: citizen.givenName,
    birthdate: citizen.dateOfBirth,
    gender: citizen.sex,
  };
}

/** The claims as a misbehaving provider would write them (`ttl` in seconds, to backdate an expired token). */
function misbehave(claims: IdTokenClaims, mode: Misbehaviour | null, ttl: number): IdTokenClaims {
  switch (mode) {
    case 'wrong-iss':
      return { ...claims, iss: 'https://impostor.vneid.invalid' };
    case 'wrong-aud':
      return { ...claims, aud: 'another-relying-party' };
    case 'expired':
      return { ...claims, iat: claims.iat - 2 * ttl, auth_time: claims.auth_time - 2 * ttl, exp: claims.iat - ttl };
    case 'wrong-nonce':
      return { ...claims, nonce: `${claims.nonce ?? ''}-not-the-one-sent` };
    case 'level-downgrade':
      return { ...claims, acr: VNEID_ACR.level1 };
    default:
      return claims;
  }
}

/**
 * Signs an ID token with the published key (ES256), or misbehaves as asked: an unsigned token (`alg: none`), the
 * impostor's signature under the published `kid`, the published key under a `kid` the JWKS does not hold, or wrong claims.
 */
export async function signIdToken(keys: VneidKeys, claims: IdTokenClaims, mode: Misbehaviour | null, ttl: number): Promise<string> {
  const written = misbehave(claims, mode, ttl);
  if (mode === 'alg-none') return new UnsecuredJWT({ ...written }).encode();
  const key = mode === 'bad-signature' ? keys.impostor : keys.signing;
  const kid = mode === 'unknown-kid' ? `unknown-${keys.signing.kid}` : keys.signing.kid;
  return new SignJWT({ ...written }).setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid }).sign(key.privateKey);
}

/** A compact JWS (ES256, the published key) whose payload is the served document's JSON, so a reader can verify issuer, dates and holder. */
export async function signDocument(keys: VneidKeys, document: ServedDocument): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(document)))
    .setProtectedHeader({ alg: 'ES256', kid: keys.signing.kid, typ: 'vneid-document+jws', cty: 'json' })
    .sign(keys.signing.privateKey);
}
