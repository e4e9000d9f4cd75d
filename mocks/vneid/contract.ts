import { z } from 'zod';
import { isoDateSchema, personalIdSchema } from '../../src/contract/primitives.js';

/**
 * VNeID's wire shapes. No public OpenID Connect discovery document or claim list of VNeID exists (research notes §4.4),
 * so the provider speaks standard OpenID Connect (Core 1.0, Discovery 1.0, RFC 7636 PKCE, RFC 9207 `iss`); the acr
 * values, the `wallet` scope and the wallet endpoints are vn06's own, marked so in README.md.
 */

/** The assurance levels as `acr` values (vn06's own names): level 1 is a self-registered account, level 2 one issued by the police. */
export const VNEID_ACR = {
  level1: 'http://vneid.gov.vn/acr/level1',
  level2: 'http://vneid.gov.vn/acr/level2',
} as const;
export type VneidAcr = (typeof VNEID_ACR)[keyof typeof VNEID_ACR];

/** The account level an `acr` value stands for. */
export const acrLevel: Readonly<Record<VneidAcr, 1 | 2>> = { [VNEID_ACR.level1]: 1, [VNEID_ACR.level2]: 2 };

/** The scopes a relying party may ask for: `wallet` lets it read the citizen's document wallet (vn06's own). */
export const OIDC_SCOPES = ['openid', 'profile', 'wallet'] as const;

/** The claims of the ID token and of userinfo; `sub` is the 12-digit personal ID (R-PORT-13's harness assumption). */
export const CLAIMS = ['sub', 'name', 'family_name', 'middle_name', 'given_name', 'birthdate', 'gender', 'acr', 'auth_time', 'nonce'] as const;

/**
 * Ways the provider can misbehave on request, one at a time, so an integrator can watch their relying-party code refuse
 * each: they change the ID tokens issued until cleared.
 */
/** ID-token misbehaviours, and `forged-document`: wallet documents served with a signature that does not verify. */
export const misbehaviours = ['wrong-iss', 'wrong-aud', 'expired', 'bad-signature', 'alg-none', 'wrong-nonce', 'unknown-kid', 'level-downgrade', 'forged-document'] as const;
export type Misbehaviour = (typeof misbehaviours)[number];

export const discoverySchema = z.object({
  issuer: z.string(),
  authorization_endpoint: z.string(),
  token_endpoint: z.string(),
  userinfo_endpoint: z.string(),
  jwks_uri: z.string(),
  scopes_supported: z.array(z.string()),
  response_types_supported: z.array(z.string()),
  response_modes_supported: z.array(z.string()),
  grant_types_supported: z.array(z.string()),
  subject_types_supported: z.array(z.string()),
  id_token_signing_alg_values_supported: z.array(z.string()),
  token_endpoint_auth_methods_supported: z.array(z.string()),
  code_challenge_methods_supported: z.array(z.string()),
  acr_values_supported: z.array(z.string()),
  claims_supported: z.array(z.string()),
  claims_parameter_supported: z.boolean(),
  request_parameter_supported: z.boolean(),
  request_uri_parameter_supported: z.boolean(),
  authorization_response_iss_parameter_supported: z.boolean(),
});

export const jwksSchema = z.object({
  keys: z.array(z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string(), y: z.string(), kid: z.string(), use: z.literal('sig'), alg: z.literal('ES256') })),
});

/** Parameters of an authorization request (OIDC Core 3.1.2.1), checked by the route so that errors can be redirected. */
export const authorizeParams = z.record(z.string(), z.string());
export const tokenParams = z.record(z.string(), z.string());

export const tokenReply = z.object({
  access_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number(),
  /** Absent for the client-credentials grant. */
  id_token: z.string().optional(),
  scope: z.string(),
});

/** The OAuth error shape (RFC 6749 §5.2), used by the authorization, token and userinfo endpoints. */
export const oauthError = z.object({ error: z.string(), error_description: z.string() });

export const userInfoSchema = z.object({
  sub: personalIdSchema,
  name: z.string(),
  family_name: z.string(),
  middle_name: z.string(),
  given_name: z.string(),
  birthdate: isoDateSchema,
  gender: z.enum(['male', 'female']),
  acr: z.string(),
});

export { walletDocumentTypes } from '../../src/mock/world.js';
import { walletDocumentTypes } from '../../src/mock/world.js';

/** A `WalletDocument` (src/mock/world.ts) as another system puts it in a `wallet.document.issued` event. */
export const walletDocumentSchema = z.object({
  id: z.string().min(1).max(200),
  type: z.enum(walletDocumentTypes),
  holderId: personalIdSchema,
  issuer: z.string().min(1),
  issuedOn: isoDateSchema,
  validUntil: isoDateSchema.nullable(),
  status: z.enum(['valid', 'revoked']),
  fields: z.record(z.string(), z.string()),
});

/** A document as the wallet shows it: its status on the date `asOf` (`expired` when `validUntil` is before it). */
export const servedDocumentSchema = walletDocumentSchema.extend({
  title: z.string(),
  status: z.enum(['valid', 'expired', 'revoked']),
  asOf: isoDateSchema,
});
export type ServedDocument = z.infer<typeof servedDocumentSchema>;

/** A served document with VNeID's compact JWS (ES256, a key of the JWKS) whose payload is exactly `document`. */
export const signedDocumentSchema = z.object({ document: servedDocumentSchema, jws: z.string() });
export const documentListSchema = z.object({ holderId: personalIdSchema, documents: z.array(signedDocumentSchema) });

export const walletListQuery = z
  .object({
    /** Whose wallet: required with a client-credentials token, optional (and must be the signed-in citizen) with a citizen token. */
    holder: personalIdSchema.optional(),
    type: z.enum(walletDocumentTypes).optional(),
  })
  .strict();
export const documentParam = z.object({ documentId: z.string().min(1).max(200) });
export const documentQuery = z.object({ holder: personalIdSchema.optional() }).strict();

export const coverageSchema = z.object({
  asOf: isoDateSchema,
  byType: z.record(z.string(), z.object({ documents: z.number(), holders: z.number() })),
});

export const misbehaviourBody = z.object({ mode: z.enum(misbehaviours).nullable() }).strict();
export const misbehaviourReply = z.object({ mode: z.enum(misbehaviours).nullable(), modes: z.array(z.string()) });
