import { centurySexDigit } from '../identity/personal-id.js';
import { taxCheckDigit } from '../identity/tax-code.js';
import type { BeneficiaryGroup } from '../identity/health-insurance.js';
import { createSerials, padDigits } from './keyed-permutation.js';
import { hashKeys, type Rng } from './prng.js';
import type { SexId } from './model.js';

const SERIALS = 1_000_000;
const OFFSET_SPAN = 1_048_576;
/**
 * Issues the identifiers of one population run: unique 12-digit personal IDs (a counter per place, century-sex digit
 * and birth year, scrambled by a keyed permutation) and unique codes derived from each citizen's index.
 * Memory is bounded by the number of ID prefixes in use, never by the population size.
 */
export class IdentifierIssuer {
  /** Per ID prefix (place × 1000 + century-sex digit × 100 + year): serials issued × 2^20 + the prefix's offset, or NaN before the first. */
  private readonly counters = new Float64Array(300_000).fill(Number.NaN);
  private readonly serial: (i: number) => string;
  private readonly insurance: (i: number) => string;
  private readonly household: (i: number) => string;
  private readonly seven: (i: number) => string;
  private readonly six: (i: number) => string;
  private readonly eight: (i: number) => string;
  private readonly subscriber: (i: number) => string;

  private readonly seed: number;

  constructor(seed: number) {
    this.seed = seed;
    this.serial = createSerials(6, hashKeys(seed, 101));
    this.insurance = createSerials(10, hashKeys(seed, 102));
    this.household = createSerials(10, hashKeys(seed, 103));
    this.seven = createSerials(7, hashKeys(seed, 104));
    this.six = createSerials(6, hashKeys(seed, 105));
    this.eight = createSerials(8, hashKeys(seed, 106));
    this.subscriber = createSerials(7, hashKeys(seed, 108));
  }

  /** A new personal ID for a person registered at `placeCode` (3 digits), of this sex and birth year. */
  personalId(placeCode: string, sex: SexId, birthYear: number): string {
    const d4 = centurySexDigit(birthYear, sex);
    const yy = birthYear % 100;
    const key = Number(placeCode) * 1000 + d4 * 100 + yy;
    // Each prefix keeps its count of issued serials and its own starting offset, packed in one number.
    let state = this.counters[key]!;
    if (Number.isNaN(state)) state = hashKeys(this.seed, 107, key) % SERIALS;
    const count = Math.floor(state / OFFSET_SPAN);
    if (count >= SERIALS) throw new RangeError(`Failed to issue a personal ID: all ${SERIALS} serials of prefix ${placeCode}${d4}${padDigits(yy, 2)} are used`);
    const offset = state - count * OFFSET_SPAN;
    this.counters[key] = state + OFFSET_SPAN;
    return `${placeCode}${d4}${padDigits(yy, 2)}${this.serial((count + offset) % SERIALS)}`;
  }

  /** A 10-digit social insurance code, unique per citizen index. */
  socialInsuranceCode(citizenIndex: number): string {
    return this.insurance(citizenIndex);
  }

  /** A 10-digit household code, unique per household index. */
  householdId(householdIndex: number): string {
    return this.household(householdIndex);
  }

  /** An old 9-digit ID with the issuing province block's prefix; unique per prefix for the first 10^(9 − prefix length) citizens. */
  legacyId(cmndPrefix: string, citizenIndex: number): string {
    const rest = 9 - cmndPrefix.length;
    return cmndPrefix + (rest === 7 ? this.seven(citizenIndex % 10_000_000) : this.six(citizenIndex % 1_000_000));
  }

  /** A legacy 10-digit personal tax code (8xxxxxxxxC, mod-11 check digit), or null when this index's digits admit no check digit. */
  legacyTaxCode(citizenIndex: number): string | null {
    const nine = `8${this.eight(citizenIndex % 100_000_000)}`;
    const check = taxCheckDigit(nine);
    return check === undefined ? null : `${nine}${check}`;
  }

  /** A 10-digit mobile number under a carrier prefix. */
  phone(prefix: string, citizenIndex: number): string {
    return prefix + this.subscriber(citizenIndex % 10_000_000);
  }
}

/** The health-insurance beneficiary group a person most plausibly belongs to, by age and ethnicity (heuristic shares). */
export function drawBeneficiaryGroup(rng: Rng, age: number, minority: boolean): BeneficiaryGroup {
  if (age < 6) return 'TE';
  if (age < 18) return 'HS';
  if (minority && rng.chance(0.55)) return 'DT';
  const u = rng.float();
  if (age < 23 && u < 0.45) return 'SV';
  if (age < 60) return u < 0.4 ? 'DN' : u < 0.47 ? 'HC' : u < 0.5 ? (rng.chance(0.5) ? 'QN' : 'CA') : u < 0.55 ? 'HN' : u < 0.59 ? 'CN' : 'GD';
  if (age >= 80 && u < 0.3) return 'BT';
  return u < 0.4 ? 'HT' : u < 0.43 ? 'CC' : u < 0.48 ? 'HN' : 'GD';
}
