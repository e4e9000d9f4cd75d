import { formatDay, parseDay } from '../../src/generator/civil-date.js';
import type { Harness } from '../../src/mock/harness.js';
import type { JournalEntry } from '../../src/mock/journal.js';
import type { WorldEvent } from '../../src/mock/world.js';
import { citizenExtras, type PaymentAccount } from '../../src/population/extras.js';
import type { StimulusInput, StimulusOutput } from '../../src/scenario/sut/types.js';
import type { ScenarioContext } from '../../src/scenario/types.js';

/**
 * What the lien-thong scenarios share: the families that declare, the declarations, and what one declaration made
 * the mocks see (journal entries and world events since it was sent).
 */

/** The parents of the birth chain: the VNeID-level-1 persona (mother, head of her household) and the ordinary adult (father, VNeID level 2, who declares). */
export const MOTHER = '048195999008';
export const FATHER = '001085999001';

/** The day `days` before an ISO date. */
export function daysBefore(date: string, days: number): string {
  return formatDay(parseDay(date)! - days);
}

type MedicalCertificate = StimulusInput<'declareBirth'>['medicalCertificate'];

/** An electronic medical certificate from a hospital (a reference into Health's system). */
export function electronicCertificate(number: string): MedicalCertificate {
  return { kind: 'electronic', number, facility: 'Bệnh viện Phụ sản Hà Nội' };
}

/** A paper certificate the family scanned and attached (Health's system had none, R-LT-5). */
export function paperCertificate(file: string): MedicalCertificate {
  return { kind: 'paper', attachment: file };
}

/** A birth declared by the father, the child joining the mother's household; born three days before today. */
export function birthDeclaration(harness: Harness, medicalCertificate: MedicalCertificate, givenName = 'Khang'): StimulusInput<'declareBirth'> {
  return {
    declarantId: FATHER,
    child: { surname: 'Nguyễn', middleName: 'Minh', givenName, sex: 'male', dateOfBirth: daysBefore(harness.world.today(), 3), placeOfBirth: 'Bệnh viện Phụ sản Hà Nội' },
    motherId: MOTHER,
    fatherId: FATHER,
    registrationProvinceCode: '01',
    residenceWith: 'mother',
    medicalCertificate,
  };
}

/** Who dies in a death-chain scenario, and the relative who declares and claims the allowance. */
export interface DeathFamily {
  readonly deceasedId: string;
  readonly claimantId: string;
  /** The account the claimant registered, where the allowance must go (R-PORT-14). */
  readonly account: PaymentAccount | null;
}

const adultOn = (dateOfBirth: string, today: string): boolean => Number(today.slice(0, 4)) - Number(dateOfBirth.slice(0, 4)) >= 19;

/**
 * The first living citizen of the population, 60 or older, with a permanent residence and meritorious service or
 * not as asked, and a living adult of their household whose registered account is in their own name: the relative
 * who declares and is paid. When no such household exists, the first such citizen with the ordinary-adult persona
 * (a Vietcombank account in their name) as the declarant.
 */
export function findDeathFamily(harness: Harness, seed: number, meritorious: boolean): DeathFamily | undefined {
  const { world, population } = harness;
  const today = world.today();
  const ownAccount = (id: string): PaymentAccount | null => {
    const account = citizenExtras(seed, world.citizen(id)!, today).paymentAccount;
    return account?.holderId === id ? account : null;
  };
  let alone: string | undefined;
  for (let i = 0; i < population.size; i++) {
    const person = world.citizen(population.at(i).personalId)!;
    if (person.dateOfDeath !== null || person.dateOfBirth > daysBefore(today, 60 * 366) || world.residenceStatus(person.personalId) !== 'registered') continue;
    if (citizenExtras(seed, person, today).meritoriousService !== meritorious) continue;
    const relative = (population.withHousehold(person.personalId)?.members ?? [])
      .map((m) => world.citizen(m.personalId)!)
      .find((m) => m.personalId !== person.personalId && m.dateOfDeath === null && adultOn(m.dateOfBirth, today) && ownAccount(m.personalId) !== null);
    if (relative) return { deceasedId: person.personalId, claimantId: relative.personalId, account: ownAccount(relative.personalId) };
    alone ??= person.personalId;
  }
  return alone === undefined ? undefined : { deceasedId: alone, claimantId: FATHER, account: ownAccount(FATHER) };
}

/** A death declared by the relative, the day before today. */
export function deathDeclaration(harness: Harness, family: DeathFamily, medicalCertificate: MedicalCertificate): StimulusInput<'declareDeath'> {
  return {
    declarantId: family.claimantId,
    deceasedId: family.deceasedId,
    dateOfDeath: daysBefore(harness.world.today(), 1),
    placeOfDeath: 'Bệnh viện Bạch Mai',
    causeOfDeath: 'Bệnh tuổi già',
    medicalCertificate,
  };
}

/** A JSON body as the journal keeps it: parsed, or text for a route that answered a string. */
export function json<T = Record<string, any>>(body: unknown): T {
  return (typeof body === 'string' ? JSON.parse(body) : body) as T;
}

/** What one declaration made the mocks see: the SUT's answer, and the journal entries and world events since it was sent. */
export interface ChainRun<A> {
  readonly answer: A;
  /** The journal entries of one route (e.g. `civil-status.birth`) since the declaration. */
  entries(route: string): JournalEntry[];
  /** The world events of one kind since the declaration, optionally about one person. */
  events(kind: string, personalId?: string): WorldEvent[];
}

/** Sends one declaration and keeps what the mocks saw from the moment it was sent to the moment the SUT answered. */
async function watch<A>(harness: Harness, declare: () => Promise<A>): Promise<ChainRun<A>> {
  const [sinceSeq, eventsBefore] = [harness.journal.mark, harness.world.events().length];
  const answer = await declare();
  const [untilSeq, eventsAfter] = [harness.journal.mark, harness.world.events().length];
  return {
    answer,
    entries: (route) => harness.journal.list({ route, sinceSeq }).filter((e) => e.seq < untilSeq),
    events: (kind, personalId) => harness.world.events({ kind, ...(personalId === undefined ? {} : { personalId }) }).filter((e) => e.seq > eventsBefore && e.seq <= eventsAfter),
  };
}

/** Sends a birth declaration to the SUT and watches what follows. */
export function declareBirth(ctx: ScenarioContext, input: StimulusInput<'declareBirth'>): Promise<ChainRun<StimulusOutput<'declareBirth'>>> {
  return watch(ctx.mocks.harness, () => ctx.sut.call('declareBirth', input));
}

/** Sends a death declaration to the SUT and watches what follows. */
export function declareDeath(ctx: ScenarioContext, input: StimulusInput<'declareDeath'>): Promise<ChainRun<StimulusOutput<'declareDeath'>>> {
  return watch(ctx.mocks.harness, () => ctx.sut.call('declareDeath', input));
}

/** The successful calls of a route (2xx), oldest first. */
export function succeeded(entries: readonly JournalEntry[]): JournalEntry[] {
  return entries.filter((e) => e.response.status >= 200 && e.response.status < 300);
}

/** A dossier as the portal saw it: submitted (with its procedure and notes), the statuses it entered, the warehouse documents stored for it. */
export interface PortalTrail {
  readonly MaHoSo: string;
  readonly submitted: JournalEntry | undefined;
  readonly statuses: readonly string[];
  readonly documents: readonly WorldEvent[];
}

/** The portal's trail of a dossier the SUT names, from the journal and the portal's world events. */
export function portalTrail(run: ChainRun<unknown>, maHoSo: string | null): PortalTrail {
  const code = maHoSo ?? '';
  return {
    MaHoSo: code,
    submitted: succeeded(run.entries('portal.dossier.submit')).find((e) => json(e.request.body).MaHoSo === code),
    statuses: run.events('dossier.status-changed').filter((e) => e.data.MaHoSo === code).map((e) => String(e.data.to)),
    documents: run.events('warehouse.document.stored').filter((e) => e.data.MaHoSo === code),
  };
}

/** True when the dossier reached the portal, was returned with its result (status 10), and a result is in the warehouse. */
export function returnedWithResult(trail: PortalTrail): boolean {
  return trail.submitted !== undefined && trail.statuses.includes('10') && trail.documents.length > 0;
}

/** A trail in a line, in English and Vietnamese: "1.001193: 4 → 9 → 10, 1 warehouse document(s)". */
export function describeTrail(trail: PortalTrail): { en: string; vi: string } {
  const code = trail.submitted ? String(json(trail.submitted.request.body).MaTTHC) : undefined;
  const statuses = trail.statuses.length > 0 ? trail.statuses.join(' → ') : undefined;
  return {
    en: `${code ?? 'not on the portal'}: ${statuses ?? 'no status change'}, ${trail.documents.length} warehouse document(s)`,
    vi: `${code ?? 'không có trên Cổng'}: ${statuses ?? 'không có thay đổi trạng thái'}, ${trail.documents.length} tài liệu trong Kho quản lý dữ liệu điện tử`,
  };
}
