import { ErrorCode, HarnessError } from '../errors.js';
import { IdentifierIssuer } from '../generator/identifiers.js';
import { createSerials } from '../generator/keyed-permutation.js';
import { hashKeys } from '../generator/prng.js';
import { centurySexDigit } from '../identity/personal-id.js';
import { findPersona } from '../population/personas.js';
import type { BirthFacts } from './world-facts.js';

/** Households the world forms take generator indices from here up, far past any population's, so codes never repeat. */
const FIRST_NEW_HOUSEHOLD = 9_000_000_000;

/** The identifiers the world issues: personal IDs of newborns and codes of new households, none ever held before. */
export class NewIdentifiers {
  private readonly serials: (index: number) => string;
  /** Serials issued so far per ID prefix (place, century-sex digit, year). */
  private readonly issued = new Map<string, number>();
  private readonly populationSeed: number;
  private readonly taken: (personalId: string) => boolean;
  private issuer: IdentifierIssuer | undefined;
  private households = 0;

  /** `taken` says whether someone (the population or an earlier birth) already holds a personal ID. */
  constructor(seed: number, populationSeed: number, taken: (personalId: string) => boolean) {
    this.serials = createSerials(6, hashKeys(seed, 7001));
    this.populationSeed = populationSeed;
    this.taken = taken;
  }

  /** The next serial of the ID prefix, skipping IDs the population, a persona or an earlier birth holds; a keyed bijection, so serials never repeat. */
  personalId(facts: BirthFacts): string {
    const year = Number(facts.dateOfBirth.slice(0, 4));
    const prefix = `0${facts.birthRegistrationProvinceCode}${centurySexDigit(year, facts.sex)}${String(year % 100).padStart(2, '0')}`;
    for (let index = this.issued.get(prefix) ?? 0; index < 1_000_000; index++) {
      const id = `${prefix}${this.serials(index)}`;
      if (!this.taken(id) && findPersona(id) === undefined) {
        this.issued.set(prefix, index + 1);
        return id;
      }
    }
    throw new HarnessError(ErrorCode.Internal, `Failed to issue a personal ID: every serial of prefix ${prefix} is used`);
  }

  /** A household code no seeded household has. */
  householdId(): string {
    this.issuer ??= new IdentifierIssuer(this.populationSeed);
    return this.issuer.householdId(FIRST_NEW_HOUSEHOLD + this.households++);
  }
}
