/**
 * The reference system's synchronisation of tax records with the NPD (R-MATCH-7): each record is tidied, matched
 * through the tax authority's matching service, and checked against the rest of the batch, so that every taxpayer ends
 * up with one personal ID or a reported conflict; nothing is merged silently (unless the `merges-tax-conflicts` habit
 * picks one side the way careless synchronisations do).
 */
import type { StimulusOutput } from '../types.js';
import type { Handlers, ReferenceCore } from './core.js';
import { tidyDate, tidyId, tidyName } from './matching-normalise.js';

type TaxResult = StimulusOutput<'syncTaxpayers'>['results'][number];
type ConflictKind = NonNullable<TaxResult['conflict']>['kind'];

/** One result of the tax authority's matching service, as far as the reference system reads it. */
interface TaxMatch {
  readonly line: number;
  readonly MST: string;
  readonly verdict: 'matched' | 'conflict' | 'deceased' | 'mismatch' | 'not-found' | 'invalid';
  readonly SoDinhDanh?: string;
  readonly candidates?: readonly string[];
  readonly legacyCodes?: readonly string[];
  readonly conflict?: ConflictKind;
  readonly mismatches?: readonly string[];
  readonly NgayMat?: string;
  readonly reason: string;
}

/** A record ready for the service, or why it cannot be sent. */
type Tidied = { readonly ok: true; readonly body: Record<string, string> } | { readonly ok: false; readonly problem: string };

const CHUNK = 10_000;

function tidy(record: { MST: string; HoVaTen: string; NgayThangNamSinh?: string; SoDinhDanh?: string }, line: number): Tidied {
  const mst = tidyId(record.MST).value;
  if (!/^\d{10}$|^\d{12}$/.test(mst)) return { ok: false, problem: `${record.MST} is neither a 10-digit tax code nor a 12-digit personal ID` };
  const id = record.SoDinhDanh === undefined ? undefined : tidyId(record.SoDinhDanh).value;
  if (id !== undefined && !/^\d{12}$/.test(id)) return { ok: false, problem: `the record’s personal ID ${record.SoDinhDanh} is not 12 digits` };
  const date = record.NgayThangNamSinh === undefined ? undefined : tidyDate(record.NgayThangNamSinh)?.value;
  return {
    ok: true,
    body: { ref: String(line), MST: mst, HoVaTen: tidyName(record.HoVaTen).value, ...(date === undefined ? {} : { NgayThangNamSinh: date }), ...(id === undefined ? {} : { SoDinhDanh: id }) },
  };
}

/** Sends the records to the tax authority's matching service, 10,000 at a time; the results in order. */
async function matchAtTax(core: ReferenceCore, bodies: readonly Record<string, string>[]): Promise<TaxMatch[]> {
  const out: TaxMatch[] = [];
  for (let from = 0; from < bodies.length; from += CHUNK) {
    const reply = await core.gateway.call('POST', '/tax/v1/taxpayer-matches', { json: { records: bodies.slice(from, from + CHUNK) } });
    if (reply.status !== 200) throw new Error(`the tax authority refused to match: ${reply.status} ${reply.text.slice(0, 200)}`);
    out.push(...(reply.json().results as TaxMatch[]));
  }
  return out;
}

/** Our result for one service answer: the verdict, the one personal ID, or the conflict with everything involved. */
function resultOf(core: ReferenceCore, m: TaxMatch): TaxResult {
  const base = { MST: m.MST };
  switch (m.verdict) {
    case 'conflict': {
      const personalIds = [...(m.candidates ?? (m.SoDinhDanh ? [m.SoDinhDanh] : []))];
      const codes = [...(m.legacyCodes ?? [m.MST])];
      if (core.has('merges-tax-conflicts')) return { ...base, verdict: 'matched', personalId: m.SoDinhDanh ?? personalIds[0]!, explanation: `synchronised to ${m.SoDinhDanh ?? personalIds[0]}` };
      return { ...base, verdict: 'conflict', conflict: { kind: m.conflict!, personalIds, codes }, explanation: `${m.reason}; reported for correction, not merged` };
    }
    case 'mismatch':
      return { ...base, verdict: 'mismatched', personalId: m.SoDinhDanh!, explanation: `the code leads to ${m.SoDinhDanh}, but ${m.mismatches?.join(' and ')} differ from the NPD` };
    case 'deceased':
      return { ...base, verdict: 'deceased', personalId: m.SoDinhDanh!, NgayMat: m.NgayMat!, explanation: m.reason };
    case 'matched':
      return { ...base, verdict: 'matched', personalId: m.SoDinhDanh!, explanation: m.reason };
    default:
      return { ...base, verdict: m.verdict, explanation: m.reason };
  }
}

/**
 * Within the batch, one personal ID reached through several tax codes (an old code in one record, another code or the
 * personal ID itself in another) is the same taxpayer registered twice: every such record becomes a conflict.
 */
function batchConflicts(core: ReferenceCore, results: TaxResult[]): TaxResult[] {
  if (core.has('merges-tax-conflicts')) return results;
  const codesOf = new Map<string, Set<string>>();
  for (const r of results) if (r.personalId && r.verdict !== 'conflict') codesOf.set(r.personalId, (codesOf.get(r.personalId) ?? new Set()).add(r.MST));
  return results.map((r) => {
    const codes = r.personalId && r.verdict !== 'conflict' ? codesOf.get(r.personalId)! : undefined;
    if (!codes || codes.size < 2) return r;
    const { personalId: id, ...rest } = r;
    return { ...rest, verdict: 'conflict', conflict: { kind: 'two-codes-one-id', personalIds: [id!], codes: [...codes] }, explanation: `${id} is reached through ${codes.size} tax codes in this batch (${[...codes].join(', ')}): one taxpayer registered twice; reported for correction, not merged` };
  });
}

export const taxHandlers: Handlers<'syncTaxpayers'> = {
  async syncTaxpayers(core, { records }) {
    const tidied = records.map((r, i) => tidy(r, i + 1));
    const sendable = tidied.flatMap((t) => (t.ok ? [t.body] : []));
    const matches = new Map((await matchAtTax(core, sendable)).map((m, i) => [Number(sendable[i]!.ref), m]));
    const results = tidied.map((t, i): TaxResult => (t.ok ? resultOf(core, matches.get(i + 1)!) : { MST: records[i]!.MST, verdict: 'invalid', explanation: t.problem }));
    core.log(`synchronised ${records.length} tax records`);
    return { results: batchConflicts(core, results) };
  },
};
