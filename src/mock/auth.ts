import { createSecretKey, type KeyObject } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { hashKeys } from '../generator/prng.js';
import type { Clock } from './clock.js';
import type { Eventually } from './eventually.js';
import type { Client } from './route.js';
import { MockErrorCode, type MockError } from './system.js';

/** A system-to-system client registered with the harness (client-credentials grant). */
export interface ClientConfig {
  readonly id: string;
  readonly secret: string;
  readonly name: string;
  readonly scopes: readonly string[];
}

export interface TokenGrant {
  readonly access_token: string;
  readonly token_type: 'Bearer';
  readonly expires_in: number;
  readonly scope: string;
}

export interface AuthOptions {
  readonly seed: number;
  readonly clock: Clock;
  readonly clients: readonly ClientConfig[];
  /** Lifetime of an access token, in seconds. */
  readonly tokenTtlSeconds?: number;
  readonly issuer?: string;
}

const AUDIENCE = 'vn06-mocks';

/** OAuth2 client credentials: tokens are HS256 JWTs with a key derived from the seed, so they replay exactly with a fixed clock. */
export class Auth {
  readonly issuer: string;
  readonly tokenTtlSeconds: number;
  private readonly clock: Clock;
  private readonly key: KeyObject;
  private readonly clients: Map<string, ClientConfig>;
  /** Tokens already verified, with their expiry (seconds): a token is checked once, then only its expiry. Bounded. */
  private readonly verified = new Map<string, { client: Client; exp: number }>();
  /** The last Authorization header read and its token: a client sends the same header request after request. */
  private lastHeader = '';
  private lastToken: string | undefined;

  constructor(options: AuthOptions) {
    this.clock = options.clock;
    this.issuer = options.issuer ?? 'https://auth.vn06.test';
    this.tokenTtlSeconds = options.tokenTtlSeconds ?? 300;
    this.clients = new Map(options.clients.map((c) => [c.id, c]));
    const words = Array.from({ length: 8 }, (_, i) => hashKeys(options.seed, 500, i));
    this.key = createSecretKey(new Uint8Array(new Uint32Array(words).buffer));
  }

  client(id: string): ClientConfig | undefined {
    return this.clients.get(id);
  }

  /** Issues a token for a client whose secret matches, narrowed to the requested scopes (all of the client's when none). */
  async issue(clientId: string, secret: string, requested?: string): Promise<TokenGrant | MockError> {
    const client = this.clients.get(clientId);
    if (!client || client.secret !== secret) {
      return { status: 401, code: MockErrorCode.Unauthorized, message: 'invalid_client: unknown client or wrong secret' };
    }
    const wanted = requested === undefined || requested.trim() === '' ? client.scopes : requested.trim().split(/\s+/);
    const refused = wanted.filter((s) => !client.scopes.includes(s));
    if (refused.length > 0) {
      return { status: 400, code: MockErrorCode.BadRequest, message: `invalid_scope: ${refused.join(' ')} not granted to ${clientId}`, field: 'scope' };
    }
    const now = Math.floor(this.clock.now() / 1000);
    const token = await new SignJWT({ scope: wanted.join(' ') })
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
      .setIssuer(this.issuer)
      .setAudience(AUDIENCE)
      .setSubject(clientId)
      .setIssuedAt(now)
      .setExpirationTime(now + this.tokenTtlSeconds)
      .sign(this.key);
    return { access_token: token, token_type: 'Bearer', expires_in: this.tokenTtlSeconds, scope: wanted.join(' ') };
  }

  /** The token of an `Authorization: Bearer <token>` header (RFC 6750 §2.1), or undefined when the header is of another form. */
  bearerToken(header: string): string | undefined {
    if (header !== this.lastHeader) {
      this.lastHeader = header;
      this.lastToken = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    }
    return this.lastToken;
  }

  /** Verifies a bearer token against the harness clock; answers the caller or why it is refused (at once for a token already verified). */
  verify(token: string): Eventually<Client | MockError> {
    const known = this.verified.get(token);
    if (known) {
      if (Math.floor(this.clock.now() / 1000) < known.exp) return known.client;
      return { status: 401, code: MockErrorCode.Unauthorized, message: 'the access token has expired' };
    }
    return this.verifyJwt(token);
  }

  private async verifyJwt(token: string): Promise<Client | MockError> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: this.issuer,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: new Date(this.clock.now()),
      });
      const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [];
      const client: Client = { id: String(payload.sub), scopes };
      if (this.verified.size >= 10_000) this.verified.clear();
      this.verified.set(token, { client, exp: payload.exp ?? 0 });
      return client;
    } catch (error) {
      const message = error instanceof errors.JWTExpired ? 'the access token has expired' : 'the access token is invalid';
      return { status: 401, code: MockErrorCode.Unauthorized, message };
    }
  }
}

export function isMockError(value: unknown): value is MockError {
  return typeof value === 'object' && value !== null && 'status' in value && 'code' in value && 'message' in value;
}
