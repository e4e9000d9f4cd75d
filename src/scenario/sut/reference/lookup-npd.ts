import type { ReferenceCore } from './core.js';

/** The NPD's answer to a lookup, as far as the reference system reads it. */
export interface CongDan {
  readonly SoDinhDanh: string;
  readonly HoVaTen: { readonly Ho: string; readonly ChuDem: string; readonly Ten: string };
  readonly NgayThangNamSinh: { readonly NgayThangNam: string };
  readonly NgayMat?: string | null;
}

/** A citizen as the reference system keeps them after a lookup: the personal ID, the NFC name, ISO dates. */
export interface Person {
  readonly personalId: string;
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly dateOfDeath: string | null;
}

export const isoFromCompact = (yyyymmdd: string): string => `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
export const isoFromDayFirst = (ddmmyyyy: string): string => `${ddmmyyyy.slice(6, 10)}-${ddmmyyyy.slice(3, 5)}-${ddmmyyyy.slice(0, 2)}`;
export const joinName = (name: CongDan['HoVaTen']): string => [name.Ho, name.ChuDem, name.Ten].filter((p) => p !== '').join(' ');

export function toPerson(citizen: CongDan): Person {
  return {
    personalId: citizen.SoDinhDanh,
    fullName: joinName(citizen.HoVaTen),
    dateOfBirth: isoFromCompact(citizen.NgayThangNamSinh.NgayThangNam),
    dateOfDeath: citizen.NgayMat ? isoFromCompact(citizen.NgayMat) : null,
  };
}

/** The same name once both are NFC with single spaces (how the NPD itself compares names). */
export const sameName = (a: string, b: string): boolean => a.normalize('NFC').trim().replace(/\s+/g, ' ') === b.normalize('NFC').trim().replace(/\s+/g, ' ');

/** What the NPD says about a personal ID: the person, or the HTTP status it refused with. */
export type NpdAnswer = { readonly person: Person; readonly status: 200 } | { readonly person?: undefined; readonly status: number };

/**
 * Looks a citizen up by personal ID, asking for the core fields only (data minimisation, R-CONN-2) unless the habit
 * `over-broad-lookup` asks for everything the client may see.
 */
export async function npdLookup(core: ReferenceCore, personalId: string): Promise<NpdAnswer> {
  const fields = core.has('over-broad-lookup') ? '' : '?fields=';
  const reply = await core.gateway.call('GET', `/npd/v1/citizens/${personalId}${fields}`);
  return reply.status === 200 ? { person: toPerson(reply.json().data as CongDan), status: 200 } : { status: reply.status };
}

/** Resolves an old 9-digit ID through the NPD's confirmation service (R-LOOK-3); the personal ID or the status. */
export async function resolveLegacyId(core: ReferenceCore, legacyId: string): Promise<{ personalId?: string; status: number }> {
  const reply = await core.gateway.call('GET', `/npd/v1/legacy-ids/${legacyId}`);
  return reply.status === 200 ? { personalId: reply.json().data.SoDinhDanh as string, status: 200 } : { status: reply.status };
}

/** An NPD refusal in words: 409/410 are IDs the NPD will not serve, anything else an outage. */
export function npdRefusal(status: number): { outcome: 'unavailable' | 'refused'; message: string } {
  return status === 410 || status === 409
    ? { outcome: 'refused', message: `the NPD will not serve this ID (${status}); the citizen is sent to the police to correct the record` }
    : { outcome: 'unavailable', message: `the NPD answered ${status}; the request is kept and retried later` };
}
