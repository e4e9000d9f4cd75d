import type { Citizen } from '../../src/contract/citizen.js';
import { parseTaxCode } from '../../src/identity/tax-code.js';
import { sameBirthDate, sameName } from '../npd/compare.js';
import type { MatchResult, TaxRecord } from './contract.js';
import type { LegacyLinks } from './links.js';

/** Where a matcher finds citizens and code links. */
export interface MatchSources {
  citizen(personalId: string): Citizen | undefined;
  readonly links: LegacyLinks;
}

/** A citizen the tax authority knows: an adult with the personal ID as tax code, or anyone a legacy code links to. */
export function isTaxpayer(citizen: Citizen, links: LegacyLinks): boolean {
  return citizen.taxCode !== null || links.codesOf(citizen).length > 0;
}

/** The fields of a record that differ from the NPD: name (Unicode-normalisation and space insensitive) and date of birth when given. */
function mismatches(record: TaxRecord, citizen: Citizen): ('HoVaTen' | 'NgayThangNamSinh')[] {
  const fields: ('HoVaTen' | 'NgayThangNamSinh')[] = [];
  if (!sameName(record.HoVaTen, citizen.fullName)) fields.push('HoVaTen');
  if (record.NgayThangNamSinh !== undefined && !sameBirthDate(record.NgayThangNamSinh.trim(), citizen.dateOfBirth)) fields.push('NgayThangNamSinh');
  return fields;
}

/** The personal IDs a record's tax code points to: the ID itself for a 12-digit code, the linked IDs for a legacy one. */
function candidatesOf(record: TaxRecord, sources: MatchSources): readonly string[] {
  if (record.MST.length === 12) {
    const citizen = sources.citizen(record.MST);
    return citizen && isTaxpayer(citizen, sources.links) ? [record.MST] : [];
  }
  return sources.links.idsOf(record.MST);
}

/** The verdict for a resolved taxpayer: deceased, mismatch or matched (two-codes-one-id is checked before). */
function verdictFor(base: Pick<MatchResult, 'line' | 'ref' | 'MST'>, record: TaxRecord, citizen: Citizen): MatchResult {
  const SoDinhDanh = citizen.personalId;
  const differ = mismatches(record, citizen);
  if (differ.length > 0) return { ...base, verdict: 'mismatch', SoDinhDanh, mismatches: differ, reason: `the record's ${differ.join(' and ')} differ from the NPD's for ${SoDinhDanh}` };
  if (citizen.dateOfDeath !== null) return { ...base, verdict: 'deceased', SoDinhDanh, NgayMat: citizen.dateOfDeath, reason: `${SoDinhDanh} died on ${citizen.dateOfDeath}` };
  return { ...base, verdict: 'matched', SoDinhDanh, reason: `the code links to ${SoDinhDanh} alone and the record agrees with the NPD` };
}

/**
 * Matches one tax record to the NPD (R-MATCH-7): a code must lead to exactly one personal ID, agree with the record's
 * own ID when it has one, and that ID must hold no other legacy code; any conflict is reported with every ID and code
 * involved, never resolved by picking one.
 */
export function matchTaxRecord(record: TaxRecord, line: number, sources: MatchSources): MatchResult {
  const base = { line, ...(record.ref === undefined ? {} : { ref: record.ref }), MST: record.MST };
  const parsed = parseTaxCode(record.MST);
  if (!parsed.ok) return { ...base, verdict: 'invalid', reason: parsed.problems.map((p) => p.message).join('; ') };
  const candidates = candidatesOf(record, sources);
  if (candidates.length === 0) return { ...base, verdict: 'not-found', reason: `the tax code ${record.MST} links to no personal ID` };
  if (candidates.length > 1) {
    return { ...base, verdict: 'conflict', conflict: 'one-code-two-ids', candidates: [...candidates], reason: `the legacy code ${record.MST} is linked to ${candidates.length} personal IDs: ${candidates.join(', ')}` };
  }
  const SoDinhDanh = candidates[0]!;
  if (record.SoDinhDanh !== undefined && record.SoDinhDanh !== SoDinhDanh) {
    return { ...base, verdict: 'conflict', conflict: 'code-id-mismatch', candidates: [SoDinhDanh, record.SoDinhDanh], reason: `the tax code links to ${SoDinhDanh}, the record names ${record.SoDinhDanh}` };
  }
  const citizen = sources.citizen(SoDinhDanh);
  if (!citizen) return { ...base, verdict: 'not-found', reason: `the tax code links to ${SoDinhDanh}, whom the NPD does not know` };
  const codes = sources.links.codesOf(citizen);
  if (record.MST.length === 10 && codes.length > 1) {
    return { ...base, verdict: 'conflict', conflict: 'two-codes-one-id', SoDinhDanh, legacyCodes: [...codes], reason: `${SoDinhDanh} is linked to ${codes.length} legacy codes: ${codes.join(', ')}` };
  }
  return verdictFor(base, record, citizen);
}

/** Matches a batch, in order, with the count of each verdict. */
export function matchTaxRecords(records: readonly TaxRecord[], sources: MatchSources): { counts: Record<MatchResult['verdict'], number>; results: MatchResult[] } {
  const counts: Record<MatchResult['verdict'], number> = { matched: 0, conflict: 0, deceased: 0, mismatch: 0, 'not-found': 0, invalid: 0 };
  const results = records.map((record, i) => matchTaxRecord(record, i + 1, sources));
  for (const result of results) counts[result.verdict] += 1;
  return { counts, results };
}
