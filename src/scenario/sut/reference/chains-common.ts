import type { StimulusInput } from '../types.js';
import type { ReferenceCore } from './core.js';
import type { GatewayReply } from './gateway.js';

/** What the reference system shares between the birth chain and the death chain. */

/** A step's outcome, as the stimuli report it. */
export type StepOutcome = 'done' | 'referred' | 'refused' | 'not-done' | 'unavailable';

/** One step of a chain, as the stimuli report it. */
export interface StepReport<P extends string> {
  procedure: P;
  outcome: StepOutcome;
  dossierId: string | null;
  result: string | null;
  fieldsAsked: string[];
  papersAsked: string[];
  message: string;
}

/** What the citizen is asked for at one step: fields (by their chain-wide keys) and papers (by name). */
export interface Asks {
  readonly fields: readonly string[];
  readonly papers: readonly string[];
}

export type MedicalCertificate = StimulusInput<'declareBirth'>['medicalCertificate'];

/** The paper household book, which a faulty chain still asks for at the residence step. */
export const HOUSEHOLD_BOOK = 'Sổ hộ khẩu';

/** The civil-status wire form of a medical certificate (`GiayChungSinh`, `GiayBaoTu`). */
export function certificateBody(certificate: MedicalCertificate): Record<string, string> {
  return certificate.kind === 'electronic' ? { kind: 'electronic', so: certificate.number, coSoYTe: certificate.facility } : { kind: 'paper', tepDinhKem: certificate.attachment };
}

/** The certificate as a paper of the first dossier: the scanned copy, or the electronic certificate's reference. */
export function certificatePaper(name: string, certificate: MedicalCertificate): { TenTepDinhKem: string; DuocSoHoa: '1' } {
  const text = certificate.kind === 'electronic' ? `${name} điện tử số ${certificate.number} (${certificate.facility})` : `${name} (bản chụp): ${certificate.attachment}`;
  return { TenTepDinhKem: text, DuocSoHoa: '1' };
}

/** The note that flags a dossier resting on a paper medical certificate (R-LT-5): an officer checks the original. */
export function paperCertificateNote(name: string): string {
  return `paper-medical-certificate: ${name} bản giấy/bản chụp, chưa có bản điện tử; cán bộ đối chiếu bản gốc`;
}

/** The error message of a refusal (`{ error: { message } }`, or the NPD's `{ error_code, message }`), or the status. */
export function refusalMessage(reply: GatewayReply): string {
  try {
    const body = reply.json() as { error?: { message?: string }; message?: string };
    const message = body.error?.message ?? body.message;
    if (message) return message;
  } catch {
    // Not JSON: the status says enough.
  }
  return `HTTP ${reply.status}`;
}

/** A refused or unanswered call as a step's outcome and message. */
export function failure(reply: GatewayReply, doing: string): { outcome: 'refused' | 'unavailable'; message: string } {
  const unavailable = reply.status >= 500 || reply.status === 429;
  return { outcome: unavailable ? 'unavailable' : 'refused', message: `${doing}: ${unavailable ? `no answer (HTTP ${reply.status})` : refusalMessage(reply)}` };
}

/** A person as the NPD holds them (basic fields): for the dossier's owner and to check who is alive. */
export interface NpdPerson {
  readonly personalId: string;
  readonly fullName: string;
  readonly deceased: boolean;
}

/** Looks a person up in the NPD (basic fields only); the person, or the refusal. */
export async function npdPerson(core: ReferenceCore, personalId: string): Promise<NpdPerson | { outcome: 'refused' | 'unavailable'; message: string }> {
  const reply = await core.gateway.call('GET', `/npd/v1/citizens/${personalId}?fields=`);
  if (reply.status !== 200) return failure(reply, `looking up ${personalId} in the NPD`);
  const data = reply.json().data as { HoVaTen: { Ho: string; ChuDem: string; Ten: string }; NgayMat?: string | null };
  const fullName = [data.HoVaTen.Ho, data.HoVaTen.ChuDem, data.HoVaTen.Ten].filter((part) => part !== '').join(' ');
  return { personalId, fullName, deceased: Boolean(data.NgayMat) };
}

export function isPerson(value: NpdPerson | { message: string }): value is NpdPerson {
  return 'personalId' in value;
}

/** The chain's outcome from its steps: completed when every step is done or referred. */
export function chainOutcome(steps: readonly StepReport<string>[]): 'completed' | 'partial' | 'refused' | 'unavailable' {
  const settled = (s: StepReport<string>): boolean => s.outcome === 'done' || s.outcome === 'referred';
  if (steps.every(settled)) return 'completed';
  if (steps.some(settled)) return 'partial';
  return steps.some((s) => s.outcome === 'unavailable') ? 'unavailable' : 'refused';
}

/** A step with nothing done yet: what it asked, and where its dossier is. */
export function pendingStep<P extends string>(procedure: P, asks: Asks, dossierId: string | undefined): StepReport<P> {
  return { procedure, outcome: 'not-done', dossierId: dossierId ?? null, result: null, fieldsAsked: [...asks.fields], papersAsked: [...asks.papers], message: 'not carried out' };
}

/** Today in Vietnam by the system's clock: the date a result is issued on. */
export function today(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}
