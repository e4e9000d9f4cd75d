import type { Address, Citizen } from '../contract/citizen.js';
import { parseDay } from '../generator/civil-date.js';
import { provinceIndex } from '../identity/provinces.js';

/** Something that happened in one simulated system and that others may react to (a birth, a death, a move). */
export interface WorldEvent {
  /** 1, 2, 3, … in the order the events happened. */
  readonly seq: number;
  /** ISO 8601 instant, from the harness clock. */
  readonly at: string;
  /** The system that caused it, e.g. `civil-status`. */
  readonly system: string;
  /**
   * What happened: `birth.registered`, `death.registered`, `residence.registered`, `residence.removed`,
   * `residence.temporary.registered` (data: address, from, until), `wallet.document.issued` (data: document), or a
   * kind a system documents.
   */
  readonly kind: string;
  readonly personalId: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** The facts about a newborn that a birth registration records. */
export interface BirthFacts {
  readonly surname: string;
  readonly middleName: string;
  readonly givenName: string;
  readonly sex: Citizen['sex'];
  readonly dateOfBirth: string;
  /** Old (pre-2025) 2-digit code of the province where the birth is registered: it gives the ID's first three digits. */
  readonly birthRegistrationProvinceCode: string;
  readonly birthRegistrationProvince: string;
  readonly fatherId: string | null;
  readonly motherId: string | null;
  /** Defaults to the parent's, else Kinh. */
  readonly ethnicityCode?: string;
  readonly ethnicity?: string;
}

/** Where a citizen's permanent residence stands, as the residence database holds it. */
export type ResidenceStatus = 'registered' | 'not-registered' | 'removed';

/** Why a permanent residence is removed (Law on Residence 2020 Art. 24(1)); `death` needs the death registered first. */
export const removalReasons = ['death', 'emigration', 'nationality-renounced', 'registration-cancelled', 'absent-12-months'] as const;
export type RemovalReason = (typeof removalReasons)[number];

/** A household a person joins: its head, and the person's relationship to the head. */
export interface HouseholdPlacement {
  readonly headId: string;
  readonly relationship: Exclude<Citizen['relationshipToHead'], 'Chủ hộ'>;
}

/** A temporary residence: the address and its term (null where the seeded population does not say). */
export interface TemporaryResidence {
  readonly address: Address;
  readonly from: string | null;
  readonly until: string | null;
}

/**
 * Why the world refuses a change: `conflict` when it clashes with what already happened (a second death), else the
 * facts are not acceptable. `fact` names the fact at fault (`motherId`, `dateOfDeath`, `personalId`, `headId`, …).
 */
export interface Refusal {
  readonly conflict: boolean;
  readonly fact: string;
  readonly message: string;
}

/** A refusal of facts that are not acceptable. */
export const refuse = (fact: string, message: string): Refusal => ({ conflict: false, fact, message });
/** A refusal of a change that clashes with what already happened. */
export const conflict = (fact: string, message: string): Refusal => ({ conflict: true, fact, message });

const MOTHER_AGE = { min: 13, max: 60 } as const;
const FATHER_MIN_AGE = 13;
/** A child born up to this many days after the father's death is still his (Civil Code 2015 Art. 88(1)). */
const POSTHUMOUS_DAYS = 300;

/** Whole years from one ISO date to another. */
function ageOn(dateOfBirth: string, date: string): number {
  return Number(date.slice(0, 4)) - Number(dateOfBirth.slice(0, 4)) - (date.slice(5) < dateOfBirth.slice(5) ? 1 : 0);
}

/**
 * Why a birth cannot be registered, as of `today` (Vietnam's date), finding parents with `citizen`: a date that is not
 * real or still to come, an unknown province, implausible parents.
 */
export function birthRefusal(facts: BirthFacts, today: string, citizen: (id: string) => Citizen | undefined): Refusal | undefined {
  const born = parseDay(facts.dateOfBirth);
  if (born === undefined) return refuse('dateOfBirth', `${facts.dateOfBirth} is not a calendar date (yyyy-mm-dd)`);
  if (facts.dateOfBirth > today) return refuse('dateOfBirth', `the date of birth ${facts.dateOfBirth} is after today (${today})`);
  if (facts.dateOfBirth < '1900-01-01') return refuse('dateOfBirth', 'personal IDs cover births from 1900 on');
  if (!provinceIndex().oldByCode.has(facts.birthRegistrationProvinceCode)) {
    return refuse('birthRegistrationProvinceCode', `${facts.birthRegistrationProvinceCode} is not one of the 63 pre-2025 province codes`);
  }
  if (facts.motherId !== null) {
    const mother = citizen(facts.motherId);
    if (!mother) return refuse('motherId', `no citizen with personal ID ${facts.motherId}`);
    if (mother.sex !== 'female') return refuse('motherId', `${facts.motherId} is not a woman`);
    if (mother.dateOfDeath !== null && mother.dateOfDeath < facts.dateOfBirth) return refuse('motherId', `the mother ${facts.motherId} died on ${mother.dateOfDeath}, before the birth`);
    const age = ageOn(mother.dateOfBirth, facts.dateOfBirth);
    if (age < MOTHER_AGE.min || age > MOTHER_AGE.max) return refuse('motherId', `the mother ${facts.motherId} would be ${age} at the birth; expected ${MOTHER_AGE.min} to ${MOTHER_AGE.max}`);
  }
  if (facts.fatherId !== null) {
    const father = citizen(facts.fatherId);
    if (!father) return refuse('fatherId', `no citizen with personal ID ${facts.fatherId}`);
    if (father.sex !== 'male') return refuse('fatherId', `${facts.fatherId} is not a man`);
    if (father.dateOfDeath !== null && parseDay(father.dateOfDeath)! + POSTHUMOUS_DAYS < born) {
      return refuse('fatherId', `the father ${facts.fatherId} died on ${father.dateOfDeath}, more than ${POSTHUMOUS_DAYS} days before the birth`);
    }
    const age = ageOn(father.dateOfBirth, facts.dateOfBirth);
    if (age < FATHER_MIN_AGE) return refuse('fatherId', `the father ${facts.fatherId} would be ${age} at the birth; expected ${FATHER_MIN_AGE} or more`);
  }
  return undefined;
}
