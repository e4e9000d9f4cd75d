import { z } from 'zod';
import type { Address, Citizen } from '../contract/citizen.js';
import { ErrorCode, HarnessError } from '../errors.js';
import { formatDay, parseDay } from '../generator/civil-date.js';
import { IdentifierIssuer } from '../generator/identifiers.js';
import { createSerials } from '../generator/keyed-permutation.js';
import { hashKeys } from '../generator/prng.js';
import { centurySexDigit } from '../identity/personal-id.js';
import { provinceIndex } from '../identity/provinces.js';
import type { PopulationIndex } from '../population/population-index.js';
import { findPersona } from '../population/personas.js';
import type { Clock } from './clock.js';

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

/** A newborn's permanent address until the first registration: empty names, all-zero codes. */
export const NO_ADDRESS: Address = { detail: '', wardCode: '00000', ward: '', provinceCode: '00', province: '' };
const NO_LEGACY_ADDRESS: Citizen['permanentAddressBefore2025'] = { detail: '', wardCode: '', ward: '', district: '', provinceCode: '00', province: '' };
const NO_HOUSEHOLD = '0000000000';
/** Households the world forms take generator indices from here up, far past any population's, so codes never repeat. */
const FIRST_NEW_HOUSEHOLD = 9_000_000_000;
const MOTHER_AGE = { min: 13, max: 60 } as const;
const FATHER_MIN_AGE = 13;
/** A child born up to this many days after the father's death is still his (Civil Code 2015 Art. 88(1)). */
const POSTHUMOUS_DAYS = 300;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

const refuse = (fact: string, message: string): Refusal => ({ conflict: false, fact, message });
const conflict = (fact: string, message: string): Refusal => ({ conflict: true, fact, message });

/** Whole years from one ISO date to another. */
function ageOn(dateOfBirth: string, date: string): number {
  return Number(date.slice(0, 4)) - Number(dateOfBirth.slice(0, 4)) - (date.slice(5) < dateOfBirth.slice(5) ? 1 : 0);
}

/** How a newborn relates to the head of the household of the parent it is declared into. */
function childRelationship(parent: Citizen): Citizen['relationshipToHead'] {
  if (parent.relationshipToHead === 'Chủ hộ' || parent.relationshipToHead === 'Vợ' || parent.relationshipToHead === 'Chồng') return 'Con';
  return parent.relationshipToHead === 'Cha' || parent.relationshipToHead === 'Mẹ' ? 'Em' : 'Cháu';
}

/**
 * The changes the simulated systems make to the shared population, in one place, so that a birth registered in civil
 * status is a citizen in the NPD, and a death removes residence and makes the funeral allowance payable.
 * The seeded population stays read-only; the world is an overlay on it, fresh on every harness reset.
 * Births, deaths, registrations and removals each have a `…Refusal` check; a system asks it first and answers the
 * refusal, since the change itself throws on facts the world refuses (a caller's bug, never a reply).
 */
export class World {
  private readonly population: PopulationIndex;
  private readonly clock: Clock;
  private readonly overlay = new Map<string, Citizen>();
  private readonly residence = new Map<string, ResidenceStatus>();
  private readonly log: WorldEvent[] = [];
  private readonly listeners = new Map<string, ((event: WorldEvent) => void)[]>();
  private readonly serials: (index: number) => string;
  /** Serials issued so far per ID prefix (place, century-sex digit, year). */
  private readonly issued = new Map<string, number>();
  private issuer: IdentifierIssuer | undefined;
  private households = 0;

  constructor(population: PopulationIndex, clock: Clock, seed: number) {
    this.population = population;
    this.clock = clock;
    this.serials = createSerials(6, hashKeys(seed, 7001));
  }

  /** Today's date (ISO) in Vietnam (UTC+7) by the harness clock. */
  today(): string {
    return formatDay(Math.floor((this.clock.now() + VIETNAM_OFFSET_MS) / 86_400_000));
  }

  /** The citizen as the NPD holds them now: the population with every change applied. */
  citizen(personalId: string): Citizen | undefined {
    return this.overlay.get(personalId) ?? this.population.byPersonalId(personalId);
  }

  /** The same as `citizen`: the world reads like a population to the code that matches records. */
  byPersonalId(personalId: string): Citizen | undefined {
    return this.citizen(personalId);
  }

  /** The current record of whoever held this old 9-digit ID. */
  byLegacyId(legacyId: string): Citizen | undefined {
    const held = this.population.byLegacyId(legacyId);
    return held && this.citizen(held.personalId);
  }

  /** True when a system changed this citizen (or registered them): cached replies about them are stale. */
  changed(personalId: string): boolean {
    return this.overlay.has(personalId);
  }

  /** The permanent-residence status: registered for the living of the seeded population, removed for its dead, unless a change says otherwise. */
  residenceStatus(personalId: string): ResidenceStatus | undefined {
    const own = this.residence.get(personalId);
    if (own !== undefined) return own;
    const seeded = this.population.byPersonalId(personalId);
    if (!seeded) return undefined;
    return seeded.dateOfDeath === null ? 'registered' : 'removed';
  }

  /** Why a birth cannot be registered: a date that is not real or still to come, an unknown province, implausible parents. */
  birthRefusal(facts: BirthFacts): Refusal | undefined {
    const born = parseDay(facts.dateOfBirth);
    if (born === undefined) return refuse('dateOfBirth', `${facts.dateOfBirth} is not a calendar date (yyyy-mm-dd)`);
    if (facts.dateOfBirth > this.today()) return refuse('dateOfBirth', `the date of birth ${facts.dateOfBirth} is after today (${this.today()})`);
    if (facts.dateOfBirth < '1900-01-01') return refuse('dateOfBirth', 'personal IDs cover births from 1900 on');
    if (!provinceIndex().oldByCode.has(facts.birthRegistrationProvinceCode)) {
      return refuse('birthRegistrationProvinceCode', `${facts.birthRegistrationProvinceCode} is not one of the 63 pre-2025 province codes`);
    }
    if (facts.motherId !== null) {
      const mother = this.citizen(facts.motherId);
      if (!mother) return refuse('motherId', `no citizen with personal ID ${facts.motherId}`);
      if (mother.sex !== 'female') return refuse('motherId', `${facts.motherId} is not a woman`);
      if (mother.dateOfDeath !== null && mother.dateOfDeath < facts.dateOfBirth) return refuse('motherId', `the mother ${facts.motherId} died on ${mother.dateOfDeath}, before the birth`);
      const age = ageOn(mother.dateOfBirth, facts.dateOfBirth);
      if (age < MOTHER_AGE.min || age > MOTHER_AGE.max) return refuse('motherId', `the mother ${facts.motherId} would be ${age} at the birth; expected ${MOTHER_AGE.min} to ${MOTHER_AGE.max}`);
    }
    if (facts.fatherId !== null) {
      const father = this.citizen(facts.fatherId);
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

  /**
   * Registers a newborn: issues a 12-digit personal ID (birth province, century and sex, birth year, a serial no one
   * holds), declared into the mother's (else the father's) household, so the NPD shows the family at once, but with no
   * permanent residence (`NO_ADDRESS`, status `not-registered`) until the residence database registers one.
   * `data` joins the event's data (e.g. the registration number).
   */
  registerBirth(system: string, facts: BirthFacts, data: Record<string, unknown> = {}): Citizen {
    this.enforce('register the birth', this.birthRefusal(facts));
    const personalId = this.newPersonalId(facts);
    const parent = (facts.motherId ? this.citizen(facts.motherId) : undefined) ?? (facts.fatherId ? this.citizen(facts.fatherId) : undefined);
    const fullName = [facts.surname, facts.middleName, facts.givenName].filter((part) => part !== '').join(' ');
    const child: Citizen = {
      personalId,
      legacyId: null,
      fullName,
      surname: facts.surname,
      middleName: facts.middleName,
      givenName: facts.givenName,
      sex: facts.sex,
      dateOfBirth: facts.dateOfBirth,
      birthRegistrationProvinceCode: facts.birthRegistrationProvinceCode,
      birthRegistrationProvince: facts.birthRegistrationProvince,
      hometown: parent?.hometown ?? facts.birthRegistrationProvince,
      ethnicityCode: facts.ethnicityCode ?? parent?.ethnicityCode ?? '01',
      ethnicity: facts.ethnicity ?? parent?.ethnicity ?? 'Kinh',
      religionCode: '00',
      religion: 'Không',
      nationality: 'VN',
      maritalStatus: 'single',
      permanentAddress: NO_ADDRESS,
      permanentAddressBefore2025: NO_LEGACY_ADDRESS,
      temporaryAddress: null,
      householdId: parent?.householdId ?? NO_HOUSEHOLD,
      relationshipToHead: parent ? childRelationship(parent) : 'Chủ hộ',
      headOfHouseholdId: parent?.headOfHouseholdId ?? personalId,
      fatherId: facts.fatherId,
      motherId: facts.motherId,
      spouseId: null,
      socialInsuranceCode: null,
      healthInsuranceCard: null,
      taxCode: null,
      legacyTaxCode: null,
      phone: null,
      vneidLevel: 0,
      dateOfDeath: null,
    };
    this.overlay.set(personalId, child);
    this.residence.set(personalId, 'not-registered');
    this.emit(system, 'birth.registered', personalId, { fatherId: facts.fatherId, motherId: facts.motherId, dateOfBirth: facts.dateOfBirth, ...data });
    return child;
  }

  /** Why a death cannot be recorded: an unknown citizen, a death already recorded, a date not real, before the birth or to come. */
  deathRefusal(personalId: string, dateOfDeath: string): Refusal | undefined {
    const citizen = this.citizen(personalId);
    if (!citizen) return refuse('personalId', `no citizen with personal ID ${personalId}`);
    if (citizen.dateOfDeath !== null) return conflict('personalId', `the death of ${personalId} is already recorded (date of death ${citizen.dateOfDeath})`);
    if (parseDay(dateOfDeath) === undefined) return refuse('dateOfDeath', `${dateOfDeath} is not a calendar date (yyyy-mm-dd)`);
    if (dateOfDeath < citizen.dateOfBirth) return refuse('dateOfDeath', `the date of death ${dateOfDeath} is before the date of birth ${citizen.dateOfBirth}`);
    if (dateOfDeath > this.today()) return refuse('dateOfDeath', `the date of death ${dateOfDeath} is after today (${this.today()})`);
    return undefined;
  }

  /** Marks a citizen deceased on a date (ISO); returns the updated record, or undefined when no such citizen exists. */
  recordDeath(system: string, personalId: string, dateOfDeath: string, data: Record<string, unknown> = {}): Citizen | undefined {
    if (!this.citizen(personalId)) return undefined;
    this.enforce('record the death', this.deathRefusal(personalId, dateOfDeath));
    return this.update(system, personalId, { dateOfDeath }, 'death.registered', { dateOfDeath, ...data });
  }

  /** Why a permanent registration is refused: an unknown or deceased person, a head who cannot take them, a registration already in place (`address` counts only for a new household). */
  registrationRefusal(personalId: string, address: Address, household?: HouseholdPlacement): Refusal | undefined {
    const person = this.living(personalId);
    if ('fact' in person) return person;
    const registered = this.residenceStatus(personalId) === 'registered';
    if (!household) {
      const same = registered && person.headOfHouseholdId === personalId && person.permanentAddress.wardCode === address.wardCode && person.permanentAddress.detail === address.detail;
      return same ? conflict('personalId', `${personalId} is already registered as head of household ${person.householdId} at this address`) : undefined;
    }
    if (household.headId === personalId) return refuse('headId', 'a person cannot join their own household; leave the head out to form a new household');
    const head = this.living(household.headId, 'headId');
    if ('fact' in head) return head;
    if (head.headOfHouseholdId !== head.personalId) return refuse('headId', `${household.headId} is not the head of a household (the head of theirs is ${head.headOfHouseholdId})`);
    if (this.residenceStatus(household.headId) !== 'registered') return refuse('headId', `the head ${household.headId} has no permanent residence`);
    if (registered && person.householdId === head.householdId) return conflict('personalId', `${personalId} is already registered in household ${head.householdId}`);
    return undefined;
  }

  /**
   * Registers a permanent address (a move or a newborn's first registration): into the household of `household.headId`,
   * else as the head of a new household. The address is in current units only (the pre-2025 form is left empty), and a
   * temporary residence in the same ward ends (Law on Residence 2020 Art. 29).
   */
  registerResidence(system: string, personalId: string, address: Address, household?: HouseholdPlacement): Citizen | undefined {
    if (!this.citizen(personalId)) return undefined;
    this.enforce('register the permanent residence', this.registrationRefusal(personalId, address, household));
    const current = this.citizen(personalId)!;
    const placement = household
      ? { householdId: this.citizen(household.headId)!.householdId, headOfHouseholdId: household.headId, relationshipToHead: household.relationship }
      : { householdId: this.newHouseholdId(), headOfHouseholdId: personalId, relationshipToHead: 'Chủ hộ' as const };
    const temporaryAddress = current.temporaryAddress?.wardCode === address.wardCode ? null : current.temporaryAddress;
    this.residence.set(personalId, 'registered');
    return this.update(system, personalId, { permanentAddress: address, permanentAddressBefore2025: NO_LEGACY_ADDRESS, temporaryAddress, ...placement }, 'residence.registered', {
      address,
      householdId: placement.householdId,
      headId: placement.headOfHouseholdId,
    });
  }

  /** Why a permanent residence cannot be removed: nothing registered to remove, or the death is not recorded yet. */
  removalRefusal(personalId: string, reason: RemovalReason): Refusal | undefined {
    const citizen = this.citizen(personalId);
    if (!citizen) return refuse('personalId', `no citizen with personal ID ${personalId}`);
    const status = this.residenceStatus(personalId);
    if (status !== 'registered') return conflict('personalId', `${personalId} has no permanent residence to remove (status ${status})`);
    if (reason === 'death' && citizen.dateOfDeath === null) return refuse('reason', `no death of ${personalId} is recorded: register the death in civil status first`);
    return undefined;
  }

  /** Removes a permanent registration (after a death, or when someone leaves the country). */
  removeResidence(system: string, personalId: string, reason: RemovalReason): Citizen | undefined {
    if (!this.citizen(personalId)) return undefined;
    this.enforce('remove the permanent residence', this.removalRefusal(personalId, reason));
    this.residence.set(personalId, 'removed');
    return this.update(system, personalId, {}, 'residence.removed', { reason });
  }

  /** Registers a temporary residence of a living citizen for a term (ISO dates, both days included); the residence system checks the term. */
  registerTemporaryResidence(system: string, personalId: string, address: Address, from: string, until: string): Citizen | undefined {
    if (!this.citizen(personalId)) return undefined;
    const person = this.living(personalId);
    if ('fact' in person) this.enforce('register the temporary residence', person);
    return this.update(system, personalId, { temporaryAddress: address }, 'residence.temporary.registered', { address, from, until });
  }

  /** The citizen's temporary residence, with its term when a system registered it. */
  temporaryResidence(personalId: string): TemporaryResidence | undefined {
    const address = this.citizen(personalId)?.temporaryAddress;
    if (!address) return undefined;
    const registered = this.events({ personalId, kind: 'residence.temporary.registered' }).at(-1);
    return { address, from: (registered?.data.from as string | undefined) ?? null, until: (registered?.data.until as string | undefined) ?? null };
  }

  /** The members of a household with a permanent residence in it, head first, as they stand now. */
  householdMembers(householdId: string, headId: string): Citizen[] {
    const seeded = (this.population.withHousehold(headId)?.members ?? []).map((m) => this.citizen(m.personalId)!);
    const joined = [...this.overlay.values()].filter((c) => !seeded.some((s) => s.personalId === c.personalId));
    return [...seeded, ...joined]
      .filter((c) => c.householdId === householdId && this.residenceStatus(c.personalId) === 'registered')
      .sort((a, b) => Number(b.personalId === headId) - Number(a.personalId === headId));
  }

  /** Puts a document into a VNeID wallet: a `wallet.document.issued` event whose personal ID is the wallet's owner. */
  issueDocument(system: string, walletOwnerId: string, document: WalletDocument): WorldEvent {
    return this.emit(system, 'wallet.document.issued', walletOwnerId, { document });
  }

  /** Applies a change to one citizen and records it as an event; undefined when the citizen does not exist. */
  update(system: string, personalId: string, patch: Partial<Omit<Citizen, 'personalId'>>, kind: string, data: Record<string, unknown> = {}): Citizen | undefined {
    const current = this.citizen(personalId);
    if (!current) return undefined;
    const next = { ...current, ...patch };
    this.overlay.set(personalId, next);
    this.emit(system, kind, personalId, data);
    return next;
  }

  /** Records an event and tells the listeners of its kind. */
  emit(system: string, kind: string, personalId: string, data: Record<string, unknown> = {}): WorldEvent {
    const event: WorldEvent = { seq: this.log.length + 1, at: new Date(this.clock.now()).toISOString(), system, kind, personalId, data };
    this.log.push(event);
    for (const listener of this.listeners.get(kind) ?? []) listener(event);
    for (const listener of this.listeners.get('*') ?? []) listener(event);
    return event;
  }

  /** Calls `listener` on every later event of this kind (`*` for all). */
  on(kind: string, listener: (event: WorldEvent) => void): void {
    const list = this.listeners.get(kind) ?? [];
    list.push(listener);
    this.listeners.set(kind, list);
  }

  /** The events so far, optionally of one citizen or one kind. */
  events(filter: { personalId?: string; kind?: string } = {}): readonly WorldEvent[] {
    return this.log.filter((e) => (filter.personalId === undefined || e.personalId === filter.personalId) && (filter.kind === undefined || e.kind === filter.kind));
  }

  /** The citizen when known and alive, else the refusal naming `fact`. */
  private living(personalId: string, fact = 'personalId'): Citizen | Refusal {
    const citizen = this.citizen(personalId);
    if (!citizen) return refuse(fact, `no citizen with personal ID ${personalId}`);
    return citizen.dateOfDeath === null ? citizen : refuse(fact, `${personalId} died on ${citizen.dateOfDeath}`);
  }

  private enforce(action: string, refusal: Refusal | undefined): void {
    if (refusal) throw new HarnessError(ErrorCode.BadValue, `Failed to ${action}: ${refusal.message}`);
  }

  /** The next serial of the ID prefix, skipping IDs the population, a persona or an earlier birth holds; a keyed bijection, so serials never repeat. */
  private newPersonalId(facts: BirthFacts): string {
    const year = Number(facts.dateOfBirth.slice(0, 4));
    const prefix = `0${facts.birthRegistrationProvinceCode}${centurySexDigit(year, facts.sex)}${String(year % 100).padStart(2, '0')}`;
    for (let index = this.issued.get(prefix) ?? 0; index < 1_000_000; index++) {
      const id = `${prefix}${this.serials(index)}`;
      if (this.citizen(id) === undefined && findPersona(id) === undefined) {
        this.issued.set(prefix, index + 1);
        return id;
      }
    }
    throw new HarnessError(ErrorCode.Internal, `Failed to issue a personal ID: every serial of prefix ${prefix} is used`);
  }

  private newHouseholdId(): string {
    this.issuer ??= new IdentifierIssuer(this.population.seed);
    return this.issuer.householdId(FIRST_NEW_HOUSEHOLD + this.households++);
  }
}

/** The kinds of paper a VNeID wallet shows (R-LOOK-8, -9, R-PORT-15). */
export const walletDocumentTypes = [
  'health-insurance-card',
  'driving-licence',
  'criminal-record-certificate',
  'e-health-book',
  'birth-certificate',
  'death-extract',
  'residence-confirmation',
] as const;
export type WalletDocumentType = (typeof walletDocumentTypes)[number];

/**
 * A document a system issued into a citizen's VNeID wallet; carried as the `data.document` of a
 * `wallet.document.issued` event (a later event with the same `id` replaces it, e.g. a revocation or an update).
 * The event's `personalId` is whom the issuer delivers it to: the holder, except that civil status delivers a birth
 * certificate or a death extract to the declarant (a newborn has no VNeID account, the deceased no longer uses
 * theirs). The VNeID mock files every document under its `holderId`.
 */
export interface WalletDocument {
  readonly id: string;
  readonly type: WalletDocumentType;
  /** The personal ID of the person the document is about and belongs to. */
  readonly holderId: string;
  /** The issuing agency, e.g. `Bảo hiểm xã hội Việt Nam`. */
  readonly issuer: string;
  readonly issuedOn: string;
  /** ISO date, or null when the document does not expire. */
  readonly validUntil: string | null;
  readonly status: 'valid' | 'revoked';
  /** The document's own fields, as its issuer writes them. */
  readonly fields: Readonly<Record<string, string>>;
}

/** The wire shape of a `WalletDocument`, for the contracts of the systems that issue or show one. */
export const walletDocumentSchema = z.object({
  id: z.string(),
  type: z.enum(walletDocumentTypes),
  holderId: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
  validUntil: z.string().nullable(),
  status: z.enum(['valid', 'revoked']),
  fields: z.record(z.string(), z.string()),
});
