/**
 * How a sector record gets its verdict (R-MATCH-1): its identity fields tidied, sent to the NPD's batch API, and the
 * NPD's answer read, telling a mistyped ID (someone else entirely) from a person whose fields differ. Shared by
 * `vn06 match` and the reference system.
 */
import type { NpdBatchRecord, NpdBatchResult } from './npd-batch.js';
import { namesAlike, tidyDate, tidyId, tidyName, tidySex, type Step, type Tidied } from './normalise.js';
import type { MatchVerdict } from './sectors.js';

/** The identity fields of a record as the sector holds it. */
export interface GivenIdentity {
  readonly SoDinhDanh?: string;
  readonly SoCMND?: string;
  readonly HoVaTen?: string;
  readonly NgayThangNamSinh?: string;
  readonly GioiTinh?: string;
}

/** A record tidied for matching: the values sent to the NPD and the steps that produced them. */
export interface Prepared<G extends GivenIdentity = GivenIdentity> {
  readonly given: G;
  readonly id?: string;
  readonly name?: string;
  readonly dateOfBirth?: string;
  readonly sex?: '1' | '2';
  readonly steps: readonly Step[];
  /** Why the record cannot be sent to the NPD at all. */
  readonly problem?: string;
}

/** A record's verdict before duplicates are looked for, with what the NPD said. */
export interface Classified<G extends GivenIdentity = GivenIdentity> {
  readonly prepared: Prepared<G>;
  readonly verdict: Exclude<MatchVerdict, 'duplicate'>;
  readonly personalId?: string;
  /** The NPD's values of the fields that differ (mismatched). */
  readonly differs: Readonly<Record<string, string>>;
  /** yyyy-MM-dd. */
  readonly NgayMat?: string;
  readonly reason: string;
}

/** Habits of a faulty reference variant that change tidying; `vn06 match` uses none. */
export interface PrepareHabits {
  /** Sends the fields exactly as given. */
  readonly exactMatchOnly?: boolean;
  /** Refuses old 9-digit IDs instead of resolving them. */
  readonly keepsLegacyId?: boolean;
}

export const isoFromCompact = (yyyymmdd: string): string => `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
const RESOLVED = new Set(['matched', 'mismatched', 'resolved-from-legacy-id', 'deceased']);

/** Whether the record was matched to a person the NPD knows (whose personal ID it now carries). */
export const isResolved = <G extends GivenIdentity>(c: Classified<G>): c is Classified<G> & { personalId: string } => c.personalId !== undefined && RESOLVED.has(c.verdict);

/** Tidies one record's identity fields (or, with the `exactMatchOnly` habit, takes them as given). */
export function prepareRecord<G extends GivenIdentity>(given: G, habits: PrepareHabits = {}): Prepared<G> {
  const exact = habits.exactMatchOnly === true;
  const steps: Step[] = [];
  const take = <T>(field: string, raw: string | undefined, tidy: (raw: string) => Tidied<T> | undefined): T | string | undefined => {
    if (raw === undefined || raw.trim() === '') return undefined;
    if (exact) return raw;
    const tidied = tidy(raw);
    if (!tidied) return raw;
    for (const how of tidied.steps) steps.push({ field, how });
    return tidied.value;
  };
  const [idField, rawId] = given.SoDinhDanh?.trim() ? ['SoDinhDanh', given.SoDinhDanh] : ['SoCMND', given.SoCMND];
  const id = take(idField, rawId, tidyId);
  const name = take('HoVaTen', given.HoVaTen, tidyName);
  const dateOfBirth = take('NgayThangNamSinh', given.NgayThangNamSinh, tidyDate);
  const sex = take('GioiTinh', given.GioiTinh, tidySex);
  const prepared: Prepared<G> = { given, id, name, dateOfBirth, sex: sex === '1' ? '1' : sex === '2' ? '2' : undefined, steps };
  if (id === undefined) return { ...prepared, problem: 'the record has no personal ID and no old ID' };
  if (/^\d{9}$/.test(id) && habits.keepsLegacyId) return { ...prepared, problem: `${id} is not a 12-digit personal ID` };
  if (!/^\d{12}$|^\d{9}$/.test(id)) return { ...prepared, problem: `${id} is neither a 12-digit personal ID nor a 9-digit old ID` };
  return prepared;
}

/** The record as the NPD's batch API takes it. */
export function toNpdRecord(p: Prepared, line: number): NpdBatchRecord {
  return {
    ref: line,
    ...(p.id!.length === 12 ? { SoDinhDanh: p.id } : { SoCMND: p.id }),
    ...(p.name === undefined ? {} : { HoVaTen: p.name }),
    ...(p.dateOfBirth === undefined ? {} : { NgayThangNamSinh: p.dateOfBirth }),
    ...(p.sex === undefined ? {} : { GioiTinh: p.sex }),
  };
}

/** The verdict on one record from the NPD's answer; an ID whose holder shares neither name nor birth date is someone else's. */
export function classifyRecord<G extends GivenIdentity>(prepared: Prepared<G>, npd: NpdBatchResult | undefined): Classified<G> {
  const base = { prepared, differs: {} };
  if (prepared.problem || !npd) return { ...base, verdict: 'invalid', reason: prepared.problem ?? 'the NPD gave no answer' };
  const id = prepared.id!;
  switch (npd.verdict) {
    case 'invalid':
      return { ...base, verdict: 'invalid', reason: `the NPD will not match it: ${npd.reason ?? 'invalid'}` };
    case 'not-found':
      return { ...base, verdict: 'not-found', reason: `no citizen holds the ${id.length === 9 ? 'old ID' : 'personal ID'} ${id}; it may be mistyped` };
    case 'deceased':
      return { ...base, verdict: 'deceased', personalId: npd.SoDinhDanh, NgayMat: isoFromCompact(npd.NgayMat!), reason: `${npd.SoDinhDanh} died on ${isoFromCompact(npd.NgayMat!)}` };
    case 'mismatched': {
      const differs = Object.fromEntries((npd.mismatches ?? []).map((m) => [m.field, m.canonical]));
      const nameDiffers = differs.HoVaTen !== undefined && !(prepared.name !== undefined && namesAlike(prepared.name, differs.HoVaTen));
      if (nameDiffers && (differs.NgayThangNamSinh !== undefined || prepared.dateOfBirth === undefined)) {
        return { ...base, verdict: 'not-found', reason: `the personal ID ${id} belongs to someone else: neither the name nor the date of birth agree; it may be mistyped` };
      }
      const list = Object.entries(differs).map(([field, value]) => `${field} ${value}`);
      return { ...base, verdict: 'mismatched', personalId: npd.SoDinhDanh, differs, reason: `the ID is ${npd.SoDinhDanh}'s, but the NPD holds ${list.join(' and ')}` };
    }
    case 'resolved-from-legacy-id':
      return { ...base, verdict: 'resolved-from-legacy-id', personalId: npd.SoDinhDanh, reason: `the old ID ${id} became the personal ID ${npd.SoDinhDanh}; every field agrees` };
    default:
      return { ...base, verdict: 'matched', personalId: npd.SoDinhDanh, reason: 'every field given agrees with the NPD' };
  }
}

/** Who a record is about: the personal ID once resolved, else its tidied ID, name and birth date. */
export function personKey(c: Classified): string {
  if (isResolved(c)) return `id:${c.personalId}`;
  const p = c.prepared;
  return `as-given:${p.id ?? ''}|${p.name ?? ''}|${p.dateOfBirth ?? ''}|${p.sex ?? ''}`;
}
