import { hashKeys } from '../../src/generator/prng.js';
import type { Clock } from '../../src/mock/clock.js';
import type { VneidAcr } from './contract.js';

/** What a citizen granted a relying party at the authorization endpoint; a code carries it to the token endpoint. */
export interface AuthorizationGrant {
  readonly clientId: string;
  readonly redirectUri: string;
  /** RFC 7636 S256 challenge. */
  readonly codeChallenge: string;
  readonly nonce?: string;
  readonly scopes: readonly string[];
  /** The citizen's personal ID. */
  readonly subject: string;
  readonly acr: VneidAcr;
  /** Seconds since the epoch. */
  readonly authTime: number;
}

/** A citizen access token's grant: who, for which client, with which scopes, until when (seconds). */
export interface AccessGrant {
  readonly subject: string;
  readonly clientId: string;
  readonly scopes: readonly string[];
  readonly acr: VneidAcr;
  readonly expiresAt: number;
}

interface CodeEntry {
  readonly grant: AuthorizationGrant;
  readonly expiresAt: number;
  used: boolean;
  /** Access tokens issued with the code, revoked if the code is presented again (RFC 6749 §4.1.2). */
  readonly tokens: string[];
}

interface TokenEntry {
  readonly grant: AccessGrant;
  readonly expiresAt: number;
  revoked: boolean;
}

export type CodeLookup = { readonly grant: AuthorizationGrant } | { readonly refused: 'unknown' | 'expired' | 'used' };
export type TokenLookup = { readonly grant: AccessGrant } | { readonly refused: 'unknown' | 'expired' | 'revoked' };

/** Authorization codes live 60 seconds (OAuth 2.0 Security BCP: short-lived, single use). */
const CODE_TTL_SECONDS = 60;
const CAPACITY = 10_000;

/** The provider's codes, citizen access tokens and wallet consents; opaque values drawn from the seed, so runs repeat. */
export class Sessions {
  private readonly seed: number;
  private readonly clock: Clock;
  private readonly tokenTtl: number;
  private readonly codes = new Map<string, CodeEntry>();
  private readonly tokens = new Map<string, TokenEntry>();
  /** personal ID → client IDs the citizen let read their wallet. */
  private readonly consents = new Map<string, Set<string>>();
  private serial = 0;

  constructor(seed: number, clock: Clock, tokenTtlSeconds: number) {
    this.seed = seed;
    this.clock = clock;
    this.tokenTtl = tokenTtlSeconds;
  }

  get tokenTtlSeconds(): number {
    return this.tokenTtl;
  }

  /** The clock in whole seconds. */
  now(): number {
    return Math.floor(this.clock.now() / 1000);
  }

  /** Issues a single-use code for a grant. */
  issueCode(grant: AuthorizationGrant): string {
    prune(this.codes, this.now());
    const code = this.opaque(1);
    this.codes.set(code, { grant, expiresAt: this.now() + CODE_TTL_SECONDS, used: false, tokens: [] });
    return code;
  }

  /** A code presented at the token endpoint: its grant, not yet used up (see `redeemCode`); a code presented after its use revokes the tokens issued with it. */
  presentCode(code: string): CodeLookup {
    const entry = this.codes.get(code);
    if (!entry) return { refused: 'unknown' };
    if (entry.used) {
      for (const token of entry.tokens) {
        const issued = this.tokens.get(token);
        if (issued) issued.revoked = true;
      }
      return { refused: 'used' };
    }
    if (this.now() >= entry.expiresAt) return { refused: 'expired' };
    return { grant: entry.grant };
  }

  /** Uses up a code (checked with `presentCode`) and issues the access token for its grant. */
  redeemCode(code: string): { readonly token: string; readonly grant: AccessGrant } {
    const entry = this.codes.get(code)!;
    entry.used = true;
    prune(this.tokens, this.now());
    const token = this.opaque(2);
    const { subject, clientId, scopes, acr } = entry.grant;
    const grant: AccessGrant = { subject, clientId, scopes, acr, expiresAt: this.now() + this.tokenTtl };
    this.tokens.set(token, { grant, expiresAt: grant.expiresAt, revoked: false });
    entry.tokens.push(token);
    if (scopes.includes('wallet')) this.grantConsent(subject, clientId);
    return { token, grant };
  }

  /** A citizen access token's grant, or why it is refused. */
  accessToken(token: string): TokenLookup {
    const entry = this.tokens.get(token);
    if (!entry) return { refused: 'unknown' };
    if (entry.revoked) return { refused: 'revoked' };
    if (this.now() >= entry.expiresAt) return { refused: 'expired' };
    return { grant: entry.grant };
  }

  /** True when the citizen let this client read their wallet (by signing in with scope `wallet`). */
  consented(personalId: string, clientId: string): boolean {
    return this.consents.get(personalId)?.has(clientId) ?? false;
  }

  private grantConsent(personalId: string, clientId: string): void {
    const clients = this.consents.get(personalId) ?? new Set<string>();
    clients.add(clientId);
    this.consents.set(personalId, clients);
  }

  /** 128 bits as hex from the seed, a purpose and a serial. */
  private opaque(purpose: number): string {
    const serial = this.serial++;
    return Array.from({ length: 4 }, (_, i) => hashKeys(this.seed, 6200 + purpose, serial, i).toString(16).padStart(8, '0')).join('');
  }
}

/** Drops expired entries once a map is full, so a long run stays bounded. */
function prune(map: Map<string, { readonly expiresAt: number }>, now: number): void {
  if (map.size < CAPACITY) return;
  for (const [key, entry] of map) if (entry.expiresAt <= now) map.delete(key);
}
