import { createECDH, createHash, createPrivateKey, type KeyObject } from 'node:crypto';
import { hashKeys } from '../../src/generator/prng.js';

/** The order of the P-256 group: a private scalar lies in [1, n). */
const P256_ORDER = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

/** The public half of an ES256 key as the JWKS publishes it. */
export interface PublicJwk {
  readonly kty: 'EC';
  readonly crv: 'P-256';
  readonly x: string;
  readonly y: string;
  readonly kid: string;
  readonly use: 'sig';
  readonly alg: 'ES256';
}

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicJwk: PublicJwk;
}

/** VNeID's keys: the one the JWKS publishes, and an impostor (same curve, never published) for the `bad-signature` misbehaviour. */
export interface VneidKeys {
  readonly signing: SigningKey;
  readonly impostor: SigningKey;
}

const b64u = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');

/** A P-256 private scalar from the seed: 32 bytes of `hashKeys`, drawn again in the (2^-32) case it falls outside [1, n). */
function privateScalar(seed: number, stream: number): Buffer {
  for (let attempt = 0; ; attempt++) {
    const bytes = Buffer.alloc(32);
    for (let i = 0; i < 8; i++) bytes.writeUInt32BE(hashKeys(seed, stream, attempt, i), i * 4);
    const d = BigInt(`0x${bytes.toString('hex')}`);
    if (d > 0n && d < P256_ORDER) return bytes;
  }
}

/**
 * An ES256 key derived from the seed, with its RFC 7638 thumbprint as `kid`: the same seed publishes the same JWKS on
 * every run. ECDSA signatures themselves are randomised (a fresh nonce per signature), so signed tokens differ between
 * runs even with a frozen clock; their claims and the keys that verify them do not.
 */
export function deriveSigningKey(seed: number, stream: number): SigningKey {
  const d = privateScalar(seed, stream);
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey();
  const x = b64u(point.subarray(1, 33));
  const y = b64u(point.subarray(33, 65));
  // RFC 7638 §3.2: the required members in lexicographic order, no whitespace.
  const kid = createHash('sha256').update(JSON.stringify({ crv: 'P-256', kty: 'EC', x, y })).digest('base64url');
  const privateKey = createPrivateKey({ key: { kty: 'EC', crv: 'P-256', x, y, d: b64u(d) }, format: 'jwk' });
  return { kid, privateKey, publicJwk: { kty: 'EC', crv: 'P-256', x, y, kid, use: 'sig', alg: 'ES256' } };
}

/** The provider's keys for one seed. */
export function createVneidKeys(seed: number): VneidKeys {
  return { signing: deriveSigningKey(seed, 6101), impostor: deriveSigningKey(seed, 6102) };
}
