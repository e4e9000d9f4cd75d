import type { Handlers, ReferenceCore, Variant } from './core.js';
import { isoFromDayFirst, npdLookup } from './lookup-npd.js';
import { papersAsked } from './lookup-papers.js';

/** The card as social insurance's clinic lookup answers it (dates dd/MM/yyyy). */
interface ClinicCard {
  readonly maThe: string;
  readonly tuNgayDt: string;
  readonly denNgayDt: string;
  readonly maKCB: string;
  readonly trangThaiThe: 'valid' | 'expired' | 'holder-deceased';
}

type Biometric = 'match' | 'no-match' | 'not-done';

/**
 * The biometric pilot (TB299 III.8, III.9): the face read at the desk against the one enrolled for the ID. A pilot
 * result is reported, never a gate; when the service cannot be used the check is simply not done.
 */
async function biometricPilot(core: ReferenceCore, personalId: string, faceTemplateHash: string | undefined): Promise<Biometric> {
  if (faceTemplateHash === undefined) return 'not-done';
  const reply = await core.gateway.call('POST', '/social-insurance/v1/biometric-verifications', { json: { SoDinhDanh: personalId, faceTemplateHash } });
  if (reply.status !== 200) {
    core.log(`biometric pilot not done for a patient: social insurance answered ${reply.status}`);
    return 'not-done';
  }
  return reply.json<{ result: 'match' | 'no-match' }>().result;
}

/** The reference system's handler of a clinic admission (R-LOOK-6). */
export const clinicHandlers: Handlers<'admitPatient'> = {
  async admitPatient(core, { personalId, faceTemplateHash }) {
    const requestedFromCitizen = papersAsked(core, 'Thẻ bảo hiểm y tế (bản giấy)');
    const biometric = await biometricPilot(core, personalId, faceTemplateHash);
    if (core.has('biometric-gate') && biometric !== 'match') {
      return { outcome: 'refused', biometric, requestedFromCitizen, message: `the face check gave ${biometric}; the patient is sent to the counter` };
    }
    const npd = await npdLookup(core, personalId);
    if (npd.status === 404) return { outcome: 'not-found', biometric, requestedFromCitizen, message: `no citizen with personal ID ${personalId}` };
    if (!npd.person) return { outcome: 'unavailable', biometric, requestedFromCitizen, message: `the NPD answered ${npd.status}` };
    const reply = await core.gateway.call('GET', `/social-insurance/v1/health-insurance-cards/${personalId}`);
    if (reply.status === 404) return { outcome: 'no-card', biometric, requestedFromCitizen, message: `${npd.person.fullName} holds no health-insurance card: treated as a fee-paying patient` };
    if (reply.status !== 200) return { outcome: 'unavailable', biometric, requestedFromCitizen, message: `social insurance answered ${reply.status}` };
    const card = reply.json<ClinicCard>();
    const read = { number: card.maThe, validFrom: isoFromDayFirst(card.tuNgayDt), validUntil: isoFromDayFirst(card.denNgayDt), clinicCode: card.maKCB, status: card.trangThaiThe };
    const pilot = biometric === 'not-done' ? '' : ` (biometric pilot: ${biometric}, reported only)`;
    return card.trangThaiThe === 'valid'
      ? { outcome: 'admitted', card: read, biometric, requestedFromCitizen, message: `admitted on card ${card.maThe}${pilot}` }
      : { outcome: 'card-not-valid', card: read, biometric, requestedFromCitizen, message: `the card ${card.maThe} is ${card.trangThaiThe}${pilot}` };
  },
};

export const clinicVariants: readonly Variant[] = [
  {
    id: 'biometric-gate',
    description: 'Turns a patient away when the biometric pilot does not say match (a pilot used as a gate)',
    habits: ['biometric-gate'],
    breaks: ['R-LOOK-6'],
    scenarios: ['lookup/clinic-card'],
  },
];
