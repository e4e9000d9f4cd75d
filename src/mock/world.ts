import type { Address, Citizen } from '../contract/citizen.js';
import { ErrorCode, HarnessError } from '../errors.js';
import { formatDay, parseDay } from '../generator/civil-date.js';
import type { PopulationIndex } from '../population/population-index.js';
import type { Clock } from './clock.js';
import type { WalletDocument } from './wallet-document.js';
import { NewIdentifiers } from './world-ids.js';
import { birthRefusal, conflict, refuse, type BirthFacts, type HouseholdPlacement, type RemovalReason, type Refusal, type ResidenceStatus, type TemporaryResidence, type WorldEvent } from './world-facts.js';

export { walletDocumentSchema, walletDocumentTypes, type WalletDocument, type WalletDocumentType } from './wallet-document.js';
export { birthRefusal, conflict, refuse, removalReasons, type BirthFacts, type HouseholdPlacement, type RemovalReason, type Refusal, type ResidenceStatus, type TemporaryResidence, type WorldEvent } from './world-facts.js';

/** A newborn's permanent address until the first registration: empty names, all-zero codes. */
export const NO_ADDRESS: Address = { detail: '', wardCode: '00000', ward: '', provinceCode: '00', province: '' };
const NO_LEGACY_ADDRESS: Citizen['permanentAddressBefore2025'] = { detail: '', wardCode: '', ward: '', district: '', provinceCode: '00', province: '' };
const NO_HOUSEHOLD = '0000000000';
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

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
  private readonly identifiers: NewIdentifiers;

  constructor(population: PopulationIndex, clock: Clock, seed: number) {
    this.population = population;
    this.clock = clock;
    this.identifiers = new NewIdentifiers(seed, population.seed, (id) => this.citizen(id) !== undefined);
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
    return birthRefusal(facts, this.today(), (id) => this.citizen(id));
  }

  /**
   * Registers a newborn: issues a 12-digit personal ID (birth province, century and sex, birth year, a serial no one
   * holds), declared into the mother's (else the father's) household, so the NPD shows the family at once, but with no
   * permanent residence (`NO_ADDRESS`, status `not-registered`) until the residence database registers one.
   * `data` joins the event's data (e.g. the registration number).
   */
  registerBirth(system: string, facts: BirthFacts, data: Record<string, unknown> = {}): Citizen {
    this.enforce('register the birth', this.birthRefusal(facts));
    const personalId = this.identifiers.personalId(facts);
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
      : { householdId: this.identifiers.householdId(), headOfHouseholdId: personalId, relationshipToHead: 'Chủ hộ' as const };
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
}
