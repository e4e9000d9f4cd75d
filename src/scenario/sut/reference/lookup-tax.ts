import type { StimulusOutput } from '../types.js';
import type { Handlers, ReferenceCore, Variant } from './core.js';
import { npdLookup, sameName, type Person } from './lookup-npd.js';

/** The tax register's taxpayer, as far as the reference system reads it. */
interface Taxpayer {
  readonly MaSoThue: string;
  readonly SoDinhDanh: string;
  readonly HoVaTen: string;
  readonly NgayThangNamSinh: string;
  readonly status: 'active' | 'deceased';
  readonly NgayMat: string | null;
  readonly legacyCodes: readonly string[];
  readonly conflicts: readonly { readonly kind: string }[];
}

type Answer = StimulusOutput<'lookupTaxpayer'>;

/**
 * Where the system looks the taxpayer up: by the personal ID, the tax code since 1 July 2025. The habit
 * `tax-by-legacy-code` keys on the old 10-digit code the citizen wrote instead, as systems built before did.
 */
function taxpayerPath(core: ReferenceCore, personalId: string, taxCode: string | undefined): string {
  return core.has('tax-by-legacy-code') && taxCode !== undefined ? `/tax/v1/taxpayers/by-legacy-code/${taxCode}` : `/tax/v1/taxpayers/${personalId}`;
}

/** The tax record and the NPD describe the same person: the same ID, name and date of birth. */
function samePerson(taxpayer: Taxpayer, person: Person): boolean {
  return taxpayer.SoDinhDanh === person.personalId && sameName(taxpayer.HoVaTen, person.fullName) && taxpayer.NgayThangNamSinh === person.dateOfBirth;
}

function refusedByTax(status: number, message: string): Answer {
  if (status === 404) return { outcome: 'not-a-taxpayer', conflicts: [], message };
  if (status === 409) return { outcome: 'conflict', conflicts: ['one-code-two-ids'], message };
  return { outcome: 'unavailable', conflicts: [], message: `the tax register answered ${status}: ${message}` };
}

/** The reference system's handler of a tax lookup (R-LOOK-7). */
export const taxHandlers: Handlers<'lookupTaxpayer'> = {
  async lookupTaxpayer(core, { personalId, taxCode }) {
    const npd = await npdLookup(core, personalId);
    if (npd.status === 404) return { outcome: 'not-found', conflicts: [], message: `no citizen with personal ID ${personalId} in the NPD` };
    if (!npd.person) return { outcome: 'unavailable', conflicts: [], message: `the NPD answered ${npd.status}` };
    const reply = await core.gateway.call('GET', taxpayerPath(core, personalId, taxCode));
    if (reply.status !== 200) return refusedByTax(reply.status, reply.json<{ error?: { message?: string } }>().error?.message ?? `status ${reply.status}`);
    const taxpayer = reply.json<Taxpayer>();
    const found = { personalId: taxpayer.SoDinhDanh, taxCode: taxpayer.MaSoThue, fullName: taxpayer.HoVaTen, dateOfBirth: taxpayer.NgayThangNamSinh, conflicts: taxpayer.conflicts.map((c) => c.kind) };
    if (!samePerson(taxpayer, npd.person)) {
      return { outcome: 'conflict', ...found, conflicts: [...found.conflicts, 'npd-disagrees'], message: `the tax record (${taxpayer.SoDinhDanh}, ${taxpayer.HoVaTen}) is not the NPD’s ${npd.person.personalId}, ${npd.person.fullName}` };
    }
    if (taxpayer.status === 'deceased') return { outcome: 'deceased', ...found, message: `the taxpayer died on ${taxpayer.NgayMat}` };
    const unlinked = taxCode !== undefined && taxCode !== taxpayer.MaSoThue && !taxpayer.legacyCodes.includes(taxCode) ? `; the code ${taxCode} on the form is not linked to this person` : '';
    return { outcome: 'found', ...found, message: `the taxpayer with tax code ${taxpayer.MaSoThue} is the NPD’s ${npd.person.fullName}${unlinked}` };
  },
};

export const taxVariants: readonly Variant[] = [
  {
    id: 'keys-tax-on-legacy-code',
    description: 'Looks the taxpayer up by the old 10-digit tax code the citizen wrote, not by the personal ID',
    habits: ['tax-by-legacy-code'],
    breaks: ['R-LOOK-7'],
    scenarios: ['lookup/tax-by-personal-id'],
  },
];
