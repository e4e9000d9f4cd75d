import type { Address, Citizen } from '../contract/citizen.js';
import type { PopulationIndex } from '../population/population-index.js';
import { hashKeys } from '../generator/prng.js';
import type { Clock } from './clock.js';

/** Something that happened in one simulated system and that others may react to (a birth, a death, a move). */
export interface WorldEvent {
  /** 1, 2, 3, … in the order the events happened. */
  readonly seq: number;
  /** ISO 8601 instant, from the harness clock. */
  readonly at: string;
  /** The system that caused it, e.g. `civil-status`. */
  readonly system: string;
  /** What happened, e.g. `birth.registered`, `death.registered`, `residence.removed`. */
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
  /** Defaults to Kinh / none / VN. */
  readonly ethnicityCode?: string;
  readonly ethnicity?: string;
}

/** Where a citizen's permanent residence stands, as the residence database holds it. */
export type ResidenceStatus = 'registered' | 'not-registered' | 'removed';

/**
 * The changes the simulated systems make to the shared population, in one place, so that a birth registered in civil
 * status is a citizen in the NPD, and a death removes residence and makes the funeral allowance payable.
 * The seeded population stays read-only; the world is an overlay on it, fresh on every harness reset.
 */
export class World {
  private readonly population: PopulationIndex;
  private readonly clock: Clock;
  private readonly seed: number;
  private readonly overlay = new Map<string, Citizen>();
  private readonly residence = new Map<string, ResidenceStatus>();
  private readonly log: WorldEvent[] = [];
  private readonly listeners = new Map<string, ((event: WorldEvent) => void)[]>();
  private serial = 0;

  constructor(population: PopulationIndex, clock: Clock, seed: number) {
    this.population = population;
    this.clock = clock;
    this.seed = seed;
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

  /** The permanent-residence status: registered for everyone in the seeded population, unless a change says otherwise. */
  residenceStatus(personalId: string): ResidenceStatus | undefined {
    const own = this.residence.get(personalId);
    if (own !== undefined) return own;
    return this.population.byPersonalId(personalId) ? 'registered' : undefined;
  }

  /**
   * Registers a newborn: issues a 12-digit personal ID (birth province, century and sex, birth year, a serial no one
   * holds), and places the child, not yet resident, in the mother's (else the father's) household.
   */
  registerBirth(system: string, facts: BirthFacts): Citizen {
    const year = Number(facts.dateOfBirth.slice(0, 4));
    const centurySex = (year >= 2000 ? 2 : 0) + (facts.sex === 'female' ? 1 : 0);
    const prefix = `0${facts.birthRegistrationProvinceCode}${centurySex}${String(year % 100).padStart(2, '0')}`;
    let personalId: string;
    do {
      // Serials 980000–989999, scrambled by the seed, skipping any the population already holds.
      const serial = 980_000 + ((hashKeys(this.seed, 7001, this.serial++) % 10_000) >>> 0);
      personalId = `${prefix}${serial}`;
    } while (this.citizen(personalId) !== undefined);
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
      permanentAddress: parent?.permanentAddress ?? { detail: '', wardCode: '00000', ward: '', provinceCode: '00', province: '' },
      permanentAddressBefore2025: parent?.permanentAddressBefore2025 ?? { detail: '', wardCode: '', ward: '', district: '', provinceCode: '00', province: '' },
      temporaryAddress: null,
      householdId: parent?.householdId ?? '0000000000',
      relationshipToHead: parent?.relationshipToHead === 'Chủ hộ' || parent?.relationshipToHead === 'Vợ' || parent?.relationshipToHead === 'Chồng' ? 'Con' : 'Cháu',
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
    this.emit(system, 'birth.registered', personalId, { fatherId: facts.fatherId, motherId: facts.motherId });
    return child;
  }

  /** Marks a citizen deceased on a date (ISO); returns the updated record, or undefined when no such citizen exists. */
  recordDeath(system: string, personalId: string, dateOfDeath: string): Citizen | undefined {
    const updated = this.update(system, personalId, { dateOfDeath }, 'death.registered', { dateOfDeath });
    return updated;
  }

  /** Registers a permanent address (a move or a newborn's first registration). */
  registerResidence(system: string, personalId: string, address: Address, householdId?: string): Citizen | undefined {
    const updated = this.update(system, personalId, { permanentAddress: address, ...(householdId ? { householdId } : {}) }, 'residence.registered', { address });
    if (updated) this.residence.set(personalId, 'registered');
    return updated;
  }

  /** Removes a permanent registration (after a death, or when someone leaves the country). */
  removeResidence(system: string, personalId: string, reason: string): Citizen | undefined {
    const updated = this.update(system, personalId, {}, 'residence.removed', { reason });
    if (updated) this.residence.set(personalId, 'removed');
    return updated;
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
}

/** The kinds of paper a VNeID wallet shows (R-LOOK-8, -9, R-PORT-15). */
export type WalletDocumentType = 'health-insurance-card' | 'driving-licence' | 'criminal-record-certificate' | 'e-health-book' | 'birth-certificate' | 'death-extract' | 'residence-confirmation';

/**
 * A document a system issued into a citizen's VNeID wallet; carried as the `data.document` of a
 * `wallet.document.issued` event (a later event with the same `id` replaces it, e.g. a revocation or an update).
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
