import { describe, expect, it } from 'vitest';
import { citizenSchema, type Address, type Citizen } from '../../src/contract/citizen.js';
import { parsePersonalId } from '../../src/identity/personal-id.js';
import { createClock } from '../../src/mock/clock.js';
import { NO_ADDRESS, World, type BirthFacts, type WorldEvent } from '../../src/mock/world.js';
import { testPopulation } from '../mocks/helpers.js';

/** A world over the shared test population (seed 1), its clock frozen at 1 January 2026, 00:00 in Vietnam unless told. */
const world = (seed = 1, start = '2025-12-31T17:00:00Z') => new World(testPopulation(), createClock({ start, frozen: true }), seed);

const find = (label: string, test: (c: Citizen) => boolean): Citizen => {
  const p = testPopulation();
  for (let i = 0; i < p.size; i++) if (test(p.at(i))) return p.at(i);
  throw new Error(`no ${label} in the test population`);
};
const alive = (c: Citizen) => c.dateOfDeath === null;
/** A married woman born in the 1990s, wife of the head, whose husband is alive. */
const wife = () => find('wife', (c) => alive(c) && c.sex === 'female' && c.relationshipToHead === 'Vợ' && c.dateOfBirth >= '1990' && c.spouseId !== null && alive(testPopulation().byPersonalId(c.spouseId)!));
const daughterInLaw = () => find('daughter-in-law', (c) => alive(c) && c.relationshipToHead === 'Con dâu' && c.dateOfBirth >= '1990');
const seededDead = () => find('deceased citizen', (c) => !alive(c));

const facts = (mother: Citizen, overrides: Partial<BirthFacts> = {}): BirthFacts => ({
  surname: mother.surname,
  middleName: 'Minh',
  givenName: 'Khang',
  sex: 'male',
  dateOfBirth: '2025-12-20',
  birthRegistrationProvinceCode: '01',
  birthRegistrationProvince: 'Thành phố Hà Nội',
  fatherId: mother.spouseId,
  motherId: mother.personalId,
  ...overrides,
});
const hanoi: Address = { detail: 'Số 5 phố Huế', wardCode: '00004', ward: 'Phường Ba Đình', provinceCode: '01', province: 'Thành phố Hà Nội' };

describe('the world clock', () => {
  it('gives today’s date in Vietnam (UTC+7), not in UTC', () => {
    expect(world(1, '2025-12-31T17:00:00Z').today()).toBe('2026-01-01');
    expect(world(1, '2025-12-31T16:59:59Z').today()).toBe('2025-12-31');
  });
});

describe('registering a birth', () => {
  it('issues a valid personal ID for the birth province, century, sex and year, and a record the citizen schema accepts', () => {
    const w = world();
    const child = w.registerBirth('civil-status', facts(wife(), { sex: 'female' }));
    const parsed = parsePersonalId(child.personalId, { sex: 'female', birthYear: 2025, birthProvinceCode: '01' });
    expect(parsed.ok).toBe(true);
    expect(child.personalId.slice(0, 6)).toBe('001325');
    expect(citizenSchema.safeParse(child).success).toBe(true);
    expect(w.citizen(child.personalId)).toEqual(child);
    expect(w.changed(child.personalId)).toBe(true);
  });

  it('never issues an ID twice nor one the population or a persona holds, and issues the same IDs for the same seed', () => {
    const mother = wife();
    const issue = (seed: number) => {
      const w = world(seed);
      return Array.from({ length: 300 }, () => w.registerBirth('civil-status', facts(mother)).personalId);
    };
    const ids = issue(1);
    expect(new Set(ids).size).toBe(300);
    for (const id of ids) expect(testPopulation().byPersonalId(id)).toBeUndefined();
    expect(issue(1)).toEqual(ids);
    expect(issue(2)).not.toEqual(ids);
  });

  it('declares the child into the mother’s household, as a child of the head or as a grandchild, with no permanent residence yet', () => {
    const w = world();
    const mother = wife();
    const child = w.registerBirth('civil-status', facts(mother));
    expect([child.householdId, child.headOfHouseholdId, child.relationshipToHead]).toEqual([mother.householdId, mother.headOfHouseholdId, 'Con']);
    expect(child.permanentAddress).toEqual(NO_ADDRESS);
    expect(w.residenceStatus(child.personalId)).toBe('not-registered');
    const inLaw = daughterInLaw();
    expect(w.registerBirth('civil-status', facts(inLaw, { fatherId: null })).relationshipToHead).toBe('Cháu');
  });

  it('records a birth.registered event with the parents and the extra data', () => {
    const w = world();
    const mother = wife();
    const child = w.registerBirth('civil-status', facts(mother), { registrationNumber: 'KS-2026-000001' });
    const [event] = w.events({ kind: 'birth.registered' });
    expect(event).toMatchObject({ seq: 1, system: 'civil-status', personalId: child.personalId, data: { motherId: mother.personalId, fatherId: mother.spouseId, registrationNumber: 'KS-2026-000001' } });
    expect(event!.at).toBe('2025-12-31T17:00:00.000Z');
  });

  it('refuses a date to come, an unknown province, and mothers and fathers who cannot be the parents', () => {
    const w = world();
    const mother = wife();
    const man = testPopulation().byPersonalId(mother.spouseId!)!;
    const refusal = (overrides: Partial<BirthFacts>) => w.birthRefusal(facts(mother, overrides));
    expect(refusal({})).toBeUndefined();
    expect(refusal({ dateOfBirth: '2026-01-02' })).toMatchObject({ fact: 'dateOfBirth', conflict: false });
    expect(refusal({ dateOfBirth: '2025-02-30' })?.fact).toBe('dateOfBirth');
    expect(refusal({ birthRegistrationProvinceCode: '03' })?.fact).toBe('birthRegistrationProvinceCode');
    expect(refusal({ motherId: '001099999999' })?.message).toContain('no citizen');
    expect(refusal({ motherId: man.personalId })?.message).toContain('not a woman');
    expect(refusal({ fatherId: mother.personalId })?.message).toContain('not a man');
    expect(refusal({ dateOfBirth: `${Number(mother.dateOfBirth.slice(0, 4)) + 10}-06-01` })?.message).toMatch(/would be \d+ at the birth/);
    expect(refusal({ motherId: find('elderly woman', (c) => alive(c) && c.sex === 'female' && c.dateOfBirth < '1960').personalId })?.fact).toBe('motherId');
  });

  it('refuses a mother who died before the birth, and a father dead more than 300 days before it, but not one dead within 300 days', () => {
    const w = world();
    const mother = wife();
    w.recordDeath('civil-status', mother.spouseId!, '2025-03-01');
    expect(w.birthRefusal(facts(mother, { dateOfBirth: '2025-12-20' }))).toBeUndefined();
    expect(w.birthRefusal(facts(mother, { dateOfBirth: '2025-12-31' }))?.fact).toBe('fatherId');
    w.recordDeath('civil-status', mother.personalId, '2025-12-25');
    expect(w.birthRefusal(facts(mother, { dateOfBirth: '2025-12-24' }))).toBeUndefined();
    expect(w.birthRefusal(facts(mother, { dateOfBirth: '2025-12-26' }))?.fact).toBe('motherId');
  });

  it('throws on facts it refuses, so a system that skipped the check fails loudly', () => {
    expect(() => world().registerBirth('civil-status', facts(wife(), { dateOfBirth: '2027-01-01' }))).toThrow(/Failed to register the birth: the date of birth 2027-01-01 is after today/);
  });
});

describe('recording a death', () => {
  it('marks the citizen deceased and records a death.registered event', () => {
    const w = world();
    const person = wife();
    const updated = w.recordDeath('civil-status', person.personalId, '2025-12-30', { registrationNumber: 'KT-2026-000001' });
    expect(updated?.dateOfDeath).toBe('2025-12-30');
    expect(w.citizen(person.personalId)?.dateOfDeath).toBe('2025-12-30');
    expect(w.events({ personalId: person.personalId })[0]).toMatchObject({ kind: 'death.registered', data: { dateOfDeath: '2025-12-30', registrationNumber: 'KT-2026-000001' } });
  });

  it('refuses a second death as a conflict, and a date before the birth or to come', () => {
    const w = world();
    const person = wife();
    expect(w.deathRefusal(person.personalId, '2026-01-02')?.fact).toBe('dateOfDeath');
    expect(w.deathRefusal(person.personalId, '1980-01-01')?.message).toContain('before the date of birth');
    expect(w.deathRefusal(seededDead().personalId, '2025-12-30')).toMatchObject({ conflict: true, fact: 'personalId' });
    w.recordDeath('civil-status', person.personalId, '2025-12-30');
    expect(w.deathRefusal(person.personalId, '2025-12-31')?.conflict).toBe(true);
    expect(() => w.recordDeath('civil-status', person.personalId, '2025-12-31')).toThrow(/already recorded/);
  });

  it('returns undefined for an unknown citizen', () => {
    expect(world().recordDeath('civil-status', '001099999999', '2025-12-30')).toBeUndefined();
  });
});

describe('permanent residence', () => {
  it('is registered for the living of the seeded population, removed for its dead, unknown for an unknown ID', () => {
    const w = world();
    expect(w.residenceStatus(wife().personalId)).toBe('registered');
    expect(w.residenceStatus(seededDead().personalId)).toBe('removed');
    expect(w.residenceStatus('001099999999')).toBeUndefined();
  });

  it('registers a newborn into the parents’ household, which then lists the child among its members', () => {
    const w = world();
    const mother = wife();
    const child = w.registerBirth('civil-status', facts(mother));
    expect(w.householdMembers(mother.householdId, mother.headOfHouseholdId).map((m) => m.personalId)).not.toContain(child.personalId);
    expect(w.registrationRefusal(child.personalId, mother.permanentAddress, { headId: mother.headOfHouseholdId, relationship: 'Con' })).toBeUndefined();
    const registered = w.registerResidence('residence', child.personalId, mother.permanentAddress, { headId: mother.headOfHouseholdId, relationship: 'Con' });
    expect(registered?.permanentAddress).toEqual(mother.permanentAddress);
    expect(w.residenceStatus(child.personalId)).toBe('registered');
    const members = w.householdMembers(mother.householdId, mother.headOfHouseholdId);
    expect(members[0]!.personalId).toBe(mother.headOfHouseholdId);
    expect(members.map((m) => m.personalId)).toContain(child.personalId);
    expect(w.events({ personalId: child.personalId, kind: 'residence.registered' })).toHaveLength(1);
  });

  it('forms a new household with a code no seeded household has, the person at its head, in any province', () => {
    const w = world();
    const person = wife();
    const moved = w.registerResidence('residence', person.personalId, hanoi)!;
    expect(moved.householdId).not.toBe(person.householdId);
    expect(moved.householdId).toMatch(/^\d{10}$/);
    expect([moved.headOfHouseholdId, moved.relationshipToHead, moved.permanentAddress.provinceCode]).toEqual([person.personalId, 'Chủ hộ', '01']);
    const other = w.registerResidence('residence', daughterInLaw().personalId, hanoi)!;
    expect(other.householdId).not.toBe(moved.householdId);
    expect(w.registrationRefusal(person.personalId, hanoi)).toMatchObject({ conflict: true });
  });

  it('refuses the dead, a head who is not a head or has no residence, and joining one’s own household', () => {
    const w = world();
    const mother = wife();
    const inLaw = daughterInLaw();
    expect(w.registrationRefusal(seededDead().personalId, hanoi)?.message).toContain('died on');
    expect(w.registrationRefusal(inLaw.personalId, hanoi, { headId: mother.personalId, relationship: 'Con' })?.message).toContain('is not the head');
    expect(w.registrationRefusal(mother.headOfHouseholdId, hanoi, { headId: mother.headOfHouseholdId, relationship: 'Con' })?.fact).toBe('headId');
    expect(w.registrationRefusal(mother.personalId, hanoi, { headId: mother.headOfHouseholdId, relationship: 'Vợ' })).toMatchObject({ conflict: true });
    w.removeResidence('residence', mother.headOfHouseholdId, 'emigration');
    expect(w.registrationRefusal(inLaw.personalId, hanoi, { headId: mother.headOfHouseholdId, relationship: 'Con' })?.message).toContain('no permanent residence');
  });

  it('removes a residence for death only once the death is recorded, and only once', () => {
    const w = world();
    const person = wife();
    expect(w.removalRefusal(person.personalId, 'death')).toMatchObject({ conflict: false, fact: 'reason' });
    expect(w.removalRefusal(person.personalId, 'emigration')).toBeUndefined();
    w.recordDeath('civil-status', person.personalId, '2025-12-30');
    w.removeResidence('residence', person.personalId, 'death');
    expect(w.residenceStatus(person.personalId)).toBe('removed');
    expect(w.removalRefusal(person.personalId, 'death')?.conflict).toBe(true);
    expect(w.householdMembers(person.householdId, person.headOfHouseholdId).map((m) => m.personalId)).not.toContain(person.personalId);
  });
});

describe('temporary residence', () => {
  it('records the address with its term, and a permanent registration in the same ward ends it', () => {
    const w = world();
    const person = wife();
    w.registerTemporaryResidence('residence', person.personalId, hanoi, '2026-01-01', '2027-12-31');
    expect(w.temporaryResidence(person.personalId)).toEqual({ address: hanoi, from: '2026-01-01', until: '2027-12-31' });
    expect(w.citizen(person.personalId)?.temporaryAddress).toEqual(hanoi);
    w.registerResidence('residence', person.personalId, hanoi);
    expect(w.temporaryResidence(person.personalId)).toBeUndefined();
  });

  it('refuses the dead', () => {
    expect(() => world().registerTemporaryResidence('residence', seededDead().personalId, hanoi, '2026-01-01', '2026-06-30')).toThrow(/died on/);
  });
});

describe('events and wallets', () => {
  it('tells listeners of a kind and of every kind, in order', () => {
    const w = world();
    const seen: WorldEvent[] = [];
    const all: string[] = [];
    w.on('death.registered', (e) => seen.push(e));
    w.on('*', (e) => all.push(e.kind));
    w.recordDeath('civil-status', wife().personalId, '2025-12-30');
    w.emit('portal', 'dossier.updated', wife().personalId);
    expect(seen.map((e) => e.seq)).toEqual([1]);
    expect(all).toEqual(['death.registered', 'dossier.updated']);
  });

  it('puts a document in a wallet as a wallet.document.issued event of the wallet’s owner', () => {
    const w = world();
    const owner = wife().personalId;
    const document = { id: 'x:1', type: 'residence-confirmation', holderId: owner, issuer: 'test', issuedOn: '2026-01-01', validUntil: null, status: 'valid', fields: {} } as const;
    w.issueDocument('residence', owner, document);
    expect(w.events({ personalId: owner, kind: 'wallet.document.issued' })[0]?.data).toEqual({ document });
  });
});
