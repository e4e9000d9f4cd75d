import type { z } from 'zod';
import { IdentifierIssuer } from '../../src/generator/identifiers.js';
import type { StateDeps } from '../../src/mock/system.js';
import type { World } from '../../src/mock/world.js';
import type { cardSchema, funeralReply, HealthRecord } from './contract.js';

/** The system ID social insurance writes its world events under. */
export const SYSTEM_ID = 'social-insurance';
/** The issuing agency on the documents it puts in VNeID wallets. */
export const ISSUER = 'Bảo hiểm xã hội Việt Nam';

export type Card = z.infer<typeof cardSchema>;
export type FuneralDecision = z.infer<typeof funeralReply>;

/** A citizen's e-health book with the number of times it was written, and whether its basic fields reached VNeID. */
export interface StoredHealthRecord {
  readonly record: HealthRecord;
  readonly version: number;
  readonly pushed: boolean;
}

/** Social insurance's state: what it issued and decided since the last reset; citizens come from the shared world. */
export interface SocialInsuranceState {
  readonly seed: number;
  readonly world: World;
  /** Cards issued here (children under 6), by personal ID; the seeded population's cards are read from the NPD record. */
  readonly cards: Map<string, Card>;
  /** Funeral-allowance decisions, by the deceased's personal ID: one claim per death. */
  readonly claims: Map<string, FuneralDecision>;
  /** E-health books, by personal ID. */
  readonly healthRecords: Map<string, StoredHealthRecord>;
  /** A 10-digit social insurance code no citizen of the population holds (for a child who has none yet). */
  newSocialInsuranceCode(): string;
  /** The next funeral-allowance claim ID, MT000001, MT000002, … */
  nextClaimId(): string;
}

/**
 * New codes come from the generator's own keyed permutation at indexes far past any population (9,000,000,000 on), so
 * they never collide with a code the population issued.
 */
const FIRST_NEW_CODE_INDEX = 9_000_000_000;

export function createSocialInsuranceState(deps: StateDeps): SocialInsuranceState {
  let issuer: IdentifierIssuer | undefined;
  let codes = 0;
  let claims = 0;
  return {
    seed: deps.seed,
    world: deps.world,
    cards: new Map(),
    claims: new Map(),
    healthRecords: new Map(),
    newSocialInsuranceCode() {
      issuer ??= new IdentifierIssuer(deps.seed);
      return issuer.socialInsuranceCode(FIRST_NEW_CODE_INDEX + codes++);
    },
    nextClaimId() {
      claims += 1;
      return `MT${String(claims).padStart(6, '0')}`;
    },
  };
}
