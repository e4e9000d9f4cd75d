import type { StimulusOutput } from '../types.js';
import type { Handlers, ReferenceCore, Variant } from './core.js';
import { clinicHandlers, clinicVariants } from './lookup-clinic.js';
import { criminalRecordHandlers, criminalRecordVariants } from './lookup-criminal-record.js';
import { licenceHandlers, licenceVariants } from './lookup-licence.js';
import { npdLookup, npdRefusal, resolveLegacyId, sameName, toPerson, type CongDan } from './lookup-npd.js';
import { ASKS_FOR_PAPERS } from './lookup-papers.js';
import { procedureHandlers, residenceVariants } from './lookup-residence.js';
import { taxHandlers, taxVariants } from './lookup-tax.js';
import { walletHandlers, walletVariants } from './lookup-wallet.js';

type Verdict = 'match' | 'mismatch';
const verdict = (same: boolean): Verdict => (same ? 'match' : 'mismatch');

/**
 * The habit `verify-by-lookup`: a verification done by reading the whole record and comparing it locally, with the
 * NPD's values put in the answer "to help" — personal data a bank-style caller is not entitled to (R-LOOK-5).
 */
async function verifyByLookup(core: ReferenceCore, given: { personalId: string; fullName: string; dateOfBirth: string }): Promise<StimulusOutput<'verifyCitizen'>> {
  const reply = await core.gateway.call('GET', `/npd/v1/citizens/${given.personalId}`);
  if (reply.status === 404) return { outcome: 'not-found', fields: {}, message: `no citizen with personal ID ${given.personalId}` };
  if (reply.status !== 200) return { ...npdRefusal(reply.status), fields: {} };
  const person = toPerson(reply.json().data as CongDan);
  const fields = { SoDinhDanh: verdict(true), HoVaTen: verdict(sameName(person.fullName, given.fullName)), NgayThangNamSinh: verdict(person.dateOfBirth === given.dateOfBirth) };
  if (person.dateOfDeath) return { outcome: 'deceased', fields, message: `deceased on ${person.dateOfDeath}` };
  const mismatch = Object.values(fields).includes('mismatch');
  return { outcome: mismatch ? 'mismatch' : 'verified', fields, message: mismatch ? `the NPD holds ${person.fullName}, born ${person.dateOfBirth}` : 'every field matches the NPD' };
}

/** The handlers of the NPD lookup stimuli (R-LOOK-3, -4, -5) and the log export (R-CONN-2). */
const npdHandlers: Handlers<'lookupCitizen' | 'verifyCitizen' | 'exportLogs'> = {
  async lookupCitizen(core, { id }) {
    const trimmed = id.trim();
    if (!/^\d{9}$|^\d{12}$/.test(trimmed)) return { outcome: 'not-found', requestedFromCitizen: [], message: 'not a 12-digit personal ID nor an old 9-digit ID' };
    let personalId = trimmed;
    if (trimmed.length === 9) {
      if (core.has('demand-legacy-id-confirmation')) {
        return { outcome: 'refused', requestedFromCitizen: ['Giấy xác nhận số Chứng minh nhân dân 9 số'], message: 'an old ID needs a paper confirming the 12-digit number' };
      }
      const resolved = await resolveLegacyId(core, trimmed);
      if (!resolved.personalId) return resolved.status === 404 ? { outcome: 'not-found', requestedFromCitizen: [], message: `no citizen held the old ID ${trimmed}` } : { ...npdRefusal(resolved.status), requestedFromCitizen: [] };
      personalId = resolved.personalId;
    }
    const answer = await npdLookup(core, personalId);
    if (answer.status === 404) return { outcome: 'not-found', requestedFromCitizen: [], message: `no citizen with personal ID ${personalId}` };
    if (!answer.person) return { ...npdRefusal(answer.status), requestedFromCitizen: [] };
    const { person } = answer;
    const found = { personalId: person.personalId, fullName: person.fullName, dateOfBirth: person.dateOfBirth, requestedFromCitizen: [] };
    return person.dateOfDeath && !core.has('ignore-date-of-death')
      ? { outcome: 'deceased', ...found, message: `deceased on ${person.dateOfDeath}` }
      : { outcome: 'found', ...found, message: 'found in the NPD' };
  },

  async verifyCitizen(core, { personalId, fullName, dateOfBirth }) {
    if (core.has('verify-by-lookup')) return verifyByLookup(core, { personalId, fullName, dateOfBirth });
    const reply = await core.gateway.call('POST', '/npd/v1/citizens/verify', { json: { SoDinhDanh: personalId, HoVaTen: fullName, NgayThangNamSinh: dateOfBirth } });
    if (reply.status === 404) return { outcome: 'not-found', fields: {}, message: `no citizen with personal ID ${personalId}` };
    if (reply.status !== 200) return { ...npdRefusal(reply.status), fields: {} };
    const { ConSong, ...fields } = reply.json().data as Record<string, Verdict> & { ConSong: boolean };
    if (!ConSong && !core.has('ignore-date-of-death')) return { outcome: 'deceased', fields, message: 'the person is recorded as deceased' };
    const mismatch = Object.values(fields).includes('mismatch');
    return { outcome: mismatch ? 'mismatch' : 'verified', fields, message: mismatch ? 'some fields do not match the NPD' : 'every field matches the NPD' };
  },

  async exportLogs(core) {
    return { lines: [...core.logs] };
  },
};

/** The reference system's handlers of the lookup stimuli. */
export const lookupHandlers = { ...npdHandlers, ...clinicHandlers, ...taxHandlers, ...walletHandlers, ...licenceHandlers, ...procedureHandlers, ...criminalRecordHandlers };

export const lookupVariants: readonly Variant[] = [
  {
    id: 'trusts-unsigned-documents',
    description: 'Takes a wallet document as VNeID served it without verifying its signature, so a forged copy passes',
    habits: ['trust-unsigned-documents'],
    breaks: ['R-LOOK-8', 'R-LOOK-9'],
    scenarios: ['lookup/wallet-documents', 'lookup/criminal-record'],
  },
  { id: 'demands-legacy-id-paper', description: 'Asks for a paper confirming the old 9-digit ID instead of resolving it through the NPD', habits: ['demand-legacy-id-confirmation'], breaks: ['R-LOOK-3'], scenarios: ['lookup/legacy-id'] },
  {
    id: 'ignores-date-of-death',
    description: 'Reads the record but not its date of death, so a deceased citizen is found and verified like a living one',
    habits: ['ignore-date-of-death'],
    breaks: ['R-LOOK-4'],
    scenarios: ['lookup/id-verdicts'],
  },
  {
    id: 'leaks-personal-data',
    description: 'Verifies by reading the whole record and tells the caller what the NPD holds when a field does not match',
    habits: ['verify-by-lookup'],
    breaks: ['R-LOOK-5'],
    scenarios: ['lookup/bank-verification'],
  },
  {
    id: 'asks-for-papers',
    description: 'Asks for the paper (insurance card, licence, criminal record, health certificate) even when the same data is online',
    habits: [ASKS_FOR_PAPERS],
    breaks: ['R-LOOK-6', 'R-LOOK-8', 'R-LOOK-9', 'R-LOOK-10'],
    scenarios: ['lookup/clinic-card', 'lookup/wallet-documents', 'lookup/criminal-record', 'lookup/licence-health-check'],
  },
  ...clinicVariants,
  ...taxVariants,
  ...walletVariants,
  ...licenceVariants,
  ...residenceVariants,
  ...criminalRecordVariants,
];
