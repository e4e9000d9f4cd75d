import type { StimulusOutput } from '../types.js';
import type { Handlers, ReferenceCore, Variant } from './core.js';

/** The NPD's answer to a lookup, as far as the reference system reads it. */
interface CongDan {
  readonly SoDinhDanh: string;
  readonly HoVaTen: { readonly Ho: string; readonly ChuDem: string; readonly Ten: string };
  readonly NgayThangNamSinh: { readonly NgayThangNam: string };
  readonly NgayMat?: string;
}

const isoFromCompact = (yyyymmdd: string): string => `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
const fullName = (name: CongDan['HoVaTen']): string => [name.Ho, name.ChuDem, name.Ten].filter((p) => p !== '').join(' ');

/** Resolves an old 9-digit ID through the NPD's confirmation service (R-LOOK-3); the personal ID or undefined. */
async function resolveLegacyId(core: ReferenceCore, legacyId: string): Promise<{ personalId?: string; status: number }> {
  const reply = await core.gateway.call('GET', `/npd/v1/legacy-ids/${legacyId}`);
  return reply.status === 200 ? { personalId: reply.json().data.SoDinhDanh as string, status: 200 } : { status: reply.status };
}

function unavailable(status: number): { outcome: 'unavailable' | 'refused'; message: string } {
  return status === 410 || status === 409
    ? { outcome: 'refused', message: `the NPD will not serve this ID (${status}); the citizen is sent to the police to correct the record` }
    : { outcome: 'unavailable', message: `the NPD answered ${status}; the request is kept and retried later` };
}

/**
 * The habit `verify-by-lookup`: a verification done by reading the whole record and comparing it locally, with the
 * NPD's values put in the answer "to help" — personal data a bank-style caller is not entitled to (R-LOOK-5).
 */
async function verifyByLookup(core: ReferenceCore, given: { personalId: string; fullName: string; dateOfBirth: string }): Promise<StimulusOutput<'verifyCitizen'>> {
  const reply = await core.gateway.call('GET', `/npd/v1/citizens/${given.personalId}`);
  if (reply.status === 404) return { outcome: 'not-found', fields: {}, message: `no citizen with personal ID ${given.personalId}` };
  if (reply.status !== 200) return { ...unavailable(reply.status), fields: {} };
  const citizen = reply.json().data as CongDan;
  const held = { HoVaTen: fullName(citizen.HoVaTen), NgayThangNamSinh: isoFromCompact(citizen.NgayThangNamSinh.NgayThangNam) };
  const fields = { SoDinhDanh: 'match' as const, HoVaTen: held.HoVaTen === given.fullName.normalize('NFC').trim() ? ('match' as const) : ('mismatch' as const), NgayThangNamSinh: held.NgayThangNamSinh === given.dateOfBirth ? ('match' as const) : ('mismatch' as const) };
  if (citizen.NgayMat) return { outcome: 'deceased', fields, message: `deceased on ${isoFromCompact(citizen.NgayMat)}` };
  const mismatch = Object.values(fields).includes('mismatch');
  return { outcome: mismatch ? 'mismatch' : 'verified', fields, message: mismatch ? `the NPD holds ${held.HoVaTen}, born ${held.NgayThangNamSinh}` : 'every field matches the NPD' };
}

export const lookupHandlers: Handlers<'lookupCitizen' | 'verifyCitizen' | 'exportLogs'> = {
  async lookupCitizen(core, { id }) {
    const trimmed = id.trim();
    if (!/^\d{9}$|^\d{12}$/.test(trimmed)) return { outcome: 'not-found', requestedFromCitizen: [], message: 'not a 12-digit personal ID nor an old 9-digit ID' };
    let personalId = trimmed;
    if (trimmed.length === 9) {
      if (core.has('demand-legacy-id-confirmation')) {
        return { outcome: 'refused', requestedFromCitizen: ['Giấy xác nhận số Chứng minh nhân dân 9 số'], message: 'an old ID needs a paper confirming the 12-digit number' };
      }
      const resolved = await resolveLegacyId(core, trimmed);
      if (!resolved.personalId) return resolved.status === 404 ? { outcome: 'not-found', requestedFromCitizen: [], message: `no citizen held the old ID ${trimmed}` } : { ...unavailable(resolved.status), requestedFromCitizen: [] };
      personalId = resolved.personalId;
    }
    // Data minimisation: the core fields only (no optional ones), unless the habit asks for everything.
    const fields = core.has('over-broad-lookup') ? '' : '?fields=';
    const reply = await core.gateway.call('GET', `/npd/v1/citizens/${personalId}${fields}`);
    if (reply.status === 404) return { outcome: 'not-found', requestedFromCitizen: [], message: `no citizen with personal ID ${personalId}` };
    if (reply.status !== 200) return { ...unavailable(reply.status), requestedFromCitizen: [] };
    const citizen = reply.json().data as CongDan;
    const found = { personalId: citizen.SoDinhDanh, fullName: fullName(citizen.HoVaTen), dateOfBirth: isoFromCompact(citizen.NgayThangNamSinh.NgayThangNam), requestedFromCitizen: [] };
    return citizen.NgayMat && !core.has('ignore-date-of-death')
      ? { outcome: 'deceased', ...found, message: `deceased on ${isoFromCompact(citizen.NgayMat)}` }
      : { outcome: 'found', ...found, message: 'found in the NPD' };
  },

  async verifyCitizen(core, { personalId, fullName: name, dateOfBirth }) {
    if (core.has('verify-by-lookup')) return verifyByLookup(core, { personalId, fullName: name, dateOfBirth });
    const reply = await core.gateway.call('POST', '/npd/v1/citizens/verify', { json: { SoDinhDanh: personalId, HoVaTen: name, NgayThangNamSinh: dateOfBirth } });
    if (reply.status === 404) return { outcome: 'not-found', fields: {}, message: `no citizen with personal ID ${personalId}` };
    if (reply.status !== 200) return { ...unavailable(reply.status), fields: {} };
    const { ConSong, ...fields } = reply.json().data as Record<string, 'match' | 'mismatch'> & { ConSong: boolean };
    if (!ConSong && !core.has('ignore-date-of-death')) return { outcome: 'deceased', fields, message: 'the person is recorded as deceased' };
    const mismatch = Object.values(fields).includes('mismatch');
    return { outcome: mismatch ? 'mismatch' : 'verified', fields, message: mismatch ? 'some fields do not match the NPD' : 'every field matches the NPD' };
  },

  async exportLogs(core) {
    return { lines: [...core.logs] };
  },
};

export const lookupVariants: readonly Variant[] = [
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
];
