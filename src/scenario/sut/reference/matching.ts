import type { z } from 'zod';
import { classifyRecord as classify, isoFromCompact, isResolved, personKey, prepareRecord, toNpdRecord as toNpd, type Classified as ClassifiedOf, type Prepared as PreparedOf } from '../../../match/classify.js';
import { matchThroughNpd } from '../../../match/npd-batch.js';
import { sectorFields, sectorProfiles, type diaChi, type MatchResult, type Sector, type SectorRecord, type StandardisedRecord } from '../stimuli/matching.js';
import type { Handlers, ReferenceCore, Variant } from './core.js';
import { taxHandlers } from './matching-tax.js';

type DiaChi = z.infer<typeof diaChi>;

/** What the NPD holds about a matched person, as far as the standardised record needs it. */
interface Canonical {
  HoVaTen?: string;
  NgayThangNamSinh?: string;
  GioiTinh?: '1' | '2';
  ThuongTru?: DiaChi;
}

type Prepared = PreparedOf<SectorRecord>;
type Classified = ClassifiedOf<SectorRecord>;

const LOOKUP_CONCURRENCY = 8;

/** Tidies one record's identity fields (or, with the `exact-match-only` habit, takes them as given). */
const prepare = (core: ReferenceCore, given: SectorRecord): Prepared => prepareRecord(given, { exactMatchOnly: core.has('exact-match-only'), keepsLegacyId: core.has('keeps-legacy-id') });

/** The value of the sector's distinguishing field (subscriber number, dose, account), or '' where it has none. */
function sectorKey(sector: Sector, record: SectorRecord): string {
  const key = sectorProfiles[sector].key;
  return key === null ? '' : String((record as Record<string, unknown>)[key] ?? '');
}

/** For each record, the index of the first record of the same person (and sector key), if it repeats one. */
function findDuplicates(core: ReferenceCore, sector: Sector, classified: readonly Classified[]): (number | undefined)[] {
  if (core.has('keeps-duplicates')) return classified.map(() => undefined);
  const bySector = !core.has('merges-duplicates-silently');
  const first = new Map<string, number>();
  return classified.map((c, i) => {
    const key = `${personKey(c)}#${bySector ? sectorKey(sector, c.prepared.given) : ''}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    return earlier;
  });
}

/** Whether the standardised record of a resolved person needs the NPD's full record: a field missing, a year alone, an address, a death. */
function needsLookup(core: ReferenceCore, sector: Sector, c: Classified): boolean {
  if (!isResolved(c)) return false;
  const keeps = sectorProfiles[sector].keeps;
  const p = c.prepared;
  if (c.verdict === 'deceased') return true;
  if (keeps.includes('ThuongTru') && !core.has('keeps-outdated-address')) return true;
  // A year alone is a date to complete; a system that does not tidy dates does not know the difference.
  const partialDate = p.dateOfBirth === undefined || (!core.has('exact-match-only') && !/^\d{4}-\d{2}-\d{2}$/.test(p.dateOfBirth));
  if (keeps.includes('NgayThangNamSinh') && partialDate && c.differs.NgayThangNamSinh === undefined) return true;
  return keeps.includes('GioiTinh') && p.sex === undefined && c.differs.GioiTinh === undefined;
}

/** The NPD's current record of a person (basic fields only: data minimisation), as the standardised record needs it. */
async function canonicalOf(core: ReferenceCore, personalId: string): Promise<Canonical | undefined> {
  const reply = await core.gateway.call('GET', `/npd/v1/citizens/${personalId}?fields=`);
  if (reply.status !== 200) return undefined;
  const c = reply.json().data;
  const address = c.ThuongTru as Record<string, string>;
  return {
    HoVaTen: [c.HoVaTen.Ho, c.HoVaTen.ChuDem, c.HoVaTen.Ten].filter((part: string) => part !== '').join(' '),
    NgayThangNamSinh: isoFromCompact(c.NgayThangNamSinh.NgayThangNam),
    GioiTinh: c.GioiTinh,
    ThuongTru: { MaTinhThanh: address.MaTinhThanh, TenTinhThanh: address.TenTinhThanh, MaPhuongXa: address.MaPhuongXa, TenPhuongXa: address.TenPhuongXa, ChiTiet: address.ChiTiet },
  };
}

/** Runs `task` over the items with at most `limit` in flight. */
async function pooled<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** The sector's own fields of a record, unchanged (none with the `drops-sector-fields` habit). */
function ownFields(core: ReferenceCore, sector: Sector, record: SectorRecord): Record<string, unknown> {
  if (core.has('drops-sector-fields')) return {};
  const names = Object.keys(sectorFields[sector]);
  return Object.fromEntries(names.filter((n) => (record as Record<string, unknown>)[n] !== undefined).map((n) => [n, (record as Record<string, unknown>)[n]]));
}

/** The cleaned record: the NPD's values for a resolved person, the tidied values as given otherwise. */
function standardise(core: ReferenceCore, sector: Sector, c: Classified, looked: Canonical | undefined): StandardisedRecord {
  const p = c.prepared;
  const own = ownFields(core, sector, p.given);
  if (!isResolved(c)) {
    const given = p.given;
    return {
      ref: given.ref,
      ...(p.id === undefined ? {} : p.id.length === 9 ? { SoCMND: p.id } : { SoDinhDanh: p.id }),
      ...(p.name === undefined ? {} : { HoVaTen: p.name }),
      ...(p.dateOfBirth === undefined ? {} : { NgayThangNamSinh: p.dateOfBirth }),
      ...(p.sex === undefined ? {} : { GioiTinh: p.sex }),
      ...(given.ThuongTru === undefined ? {} : { ThuongTru: given.ThuongTru }),
      ...own,
    };
  }
  const keeps = sectorProfiles[sector].keeps;
  const pick = <T>(field: keyof Canonical, mine: T | undefined): T | undefined => (c.differs[field] as T | undefined) ?? (looked?.[field] as T | undefined) ?? mine;
  const fields: Partial<StandardisedRecord> = {
    HoVaTen: pick('HoVaTen', p.name),
    NgayThangNamSinh: pick('NgayThangNamSinh', p.dateOfBirth),
    GioiTinh: pick('GioiTinh', p.sex),
    ThuongTru: core.has('keeps-outdated-address') ? p.given.ThuongTru : (looked?.ThuongTru ?? p.given.ThuongTru),
  };
  const kept = Object.fromEntries(Object.entries(fields).filter(([name, value]) => value !== undefined && (keeps as readonly string[]).includes(name)));
  const deceased = c.verdict === 'deceased' && !core.has('ignores-deceased');
  return { ref: p.given.ref, SoDinhDanh: c.personalId, ...kept, ...(deceased ? { NgayMat: c.NgayMat } : {}), ...own };
}

/** What the system says about one record. */
function resultOf(core: ReferenceCore, c: Classified, duplicateOf: Classified | undefined, addressUpdated: boolean): MatchResult {
  const p = c.prepared;
  const normalised = p.steps.map((s) => ({ field: s.field, how: s.how }));
  const tidied = normalised.length === 0 ? '' : ` (tidied first: ${normalised.map((s) => `${s.field} ${s.how}`).join(', ')})`;
  if (duplicateOf) {
    const sameKey = c.personalId ? `the same person ${c.personalId}` : 'the same record';
    return { ref: p.given.ref, verdict: 'duplicate', ...(c.personalId ? { personalId: c.personalId } : {}), duplicateOf: duplicateOf.prepared.given.ref, normalised, explanation: `repeats record ${duplicateOf.prepared.given.ref}: ${sameKey}; left out of the cleaned data${tidied}` };
  }
  if (c.verdict === 'deceased' && core.has('ignores-deceased')) {
    return { ref: p.given.ref, verdict: 'matched', personalId: c.personalId, normalised, explanation: `the NPD knows the ID${tidied}` };
  }
  const moved = addressUpdated ? '; permanent address brought up to date from the NPD (units since 1 July 2025)' : '';
  return {
    ref: p.given.ref,
    verdict: c.verdict,
    ...(c.personalId === undefined ? {} : { personalId: c.personalId }),
    ...(Object.keys(c.differs).length > 0 ? { canonical: { ...c.differs } } : {}),
    ...(c.NgayMat === undefined ? {} : { NgayMat: c.NgayMat }),
    normalised,
    explanation: `${c.reason}${moved}${tidied}`,
  };
}

/** Two addresses in the same ward at the same place. */
function sameAddress(a: DiaChi | undefined, b: DiaChi | undefined): boolean {
  return a?.MaTinhThanh === b?.MaTinhThanh && a?.MaPhuongXa === b?.MaPhuongXa && a?.TenPhuongXa === b?.TenPhuongXa && a?.ChiTiet === b?.ChiTiet;
}

const recordHandlers: Handlers<'matchRecords'> = {
  /**
   * Tidies every record, matches them all through the NPD's batch API in one job (polling its progress), tells a
   * mistyped ID from someone else's, finds repeats within the batch, fetches the NPD's record where the cleaned data
   * needs more than the match gave, and returns a verdict per record and the standardised records.
   */
  async matchRecords(core, { sector, records }) {
    const prepared = (records as readonly SectorRecord[]).map((r) => prepare(core, r));
    const sendable = prepared.map((p, i) => ({ p, i })).filter(({ p }) => p.problem === undefined);
    const { results } = await matchThroughNpd(core, sendable.map(({ p }, line) => toNpd(p, line + 1)), { poll: !core.has('no-progress-polling') });
    const npdOf = new Map(sendable.map(({ i }, line) => [i, results[line]]));
    const classified = prepared.map((p, i) => classify(p, npdOf.get(i)));
    const duplicates = findDuplicates(core, sector, classified);
    const looked = await pooled(classified, LOOKUP_CONCURRENCY, (c) => (needsLookup(core, sector, c) ? canonicalOf(core, c.personalId!) : Promise.resolve(undefined)));
    const dropped = (c: Classified, i: number): boolean =>
      (core.has('drops-unmatched') && (c.verdict === 'not-found' || c.verdict === 'invalid')) || (core.has('merges-duplicates-silently') && duplicates[i] !== undefined);
    const out: { results: MatchResult[]; standardised: StandardisedRecord[] } = { results: [], standardised: [] };
    classified.forEach((c, i) => {
      if (dropped(c, i)) return;
      const duplicateOf = duplicates[i] === undefined ? undefined : classified[duplicates[i]!];
      const addressUpdated = c.prepared.given.ThuongTru !== undefined && looked[i]?.ThuongTru !== undefined && !sameAddress(c.prepared.given.ThuongTru, looked[i]!.ThuongTru);
      out.results.push(resultOf(core, c, duplicateOf, addressUpdated && !core.has('keeps-outdated-address')));
      if (!duplicateOf) out.standardised.push(standardise(core, sector, c, looked[i]));
    });
    core.log(`matched ${records.length} ${sector} records: ${out.results.length} results, ${out.standardised.length} standardised`);
    return out;
  },
};

/** The reference system's handlers of the matching stimuli: sector records (R-MATCH-1 to -6) and tax records (R-MATCH-7). */
export const matchingHandlers: Handlers<'matchRecords' | 'syncTaxpayers'> = { ...recordHandlers, ...taxHandlers };

/** The faulty variants that break the matching requirements, each a habit real cleaning tools have. */
export const matchingVariants: readonly Variant[] = [
  {
    id: 'exact-match-only',
    description: 'Sends records to the NPD exactly as the sector holds them: TCVN3, VNI and upper-case names and odd date forms come back mismatched, and stay so in the cleaned data',
    habits: ['exact-match-only'],
    breaks: ['R-MATCH-1', 'R-MATCH-2', 'R-MATCH-3', 'R-MATCH-4', 'R-MATCH-6'],
    scenarios: ['matching/adversarial-verdicts', 'matching/carrier-batch', 'matching/vaccination-review', 'matching/clean-dataset-rubric', 'matching/sector-shapes'],
  },
  {
    id: 'drops-unmatched',
    description: 'Silently leaves out the records it could not match (unknown or malformed IDs) instead of reporting them',
    habits: ['drops-unmatched'],
    breaks: ['R-MATCH-1', 'R-MATCH-4'],
    scenarios: ['matching/adversarial-verdicts', 'matching/clean-dataset-rubric'],
  },
  {
    id: 'merges-duplicates-silently',
    description: 'Merges every record of the same person into the first, whatever the subscriber number, dose or account, and says nothing about the records it merged away',
    habits: ['merges-duplicates-silently'],
    breaks: ['R-MATCH-1', 'R-MATCH-3', 'R-MATCH-4'],
    scenarios: ['matching/adversarial-verdicts', 'matching/vaccination-review', 'matching/clean-dataset-rubric'],
  },
  {
    id: 'keeps-duplicates',
    description: 'Never looks for repeats: a record entered twice gets two verdicts and stays twice in the cleaned data',
    habits: ['keeps-duplicates'],
    breaks: ['R-MATCH-1', 'R-MATCH-3', 'R-MATCH-4'],
    scenarios: ['matching/adversarial-verdicts', 'matching/vaccination-review', 'matching/clean-dataset-rubric'],
  },
  {
    id: 'ignores-deceased',
    description: 'Reports the dead as matched and leaves them unmarked in the cleaned data',
    habits: ['ignores-deceased'],
    breaks: ['R-MATCH-1', 'R-MATCH-4'],
    scenarios: ['matching/adversarial-verdicts', 'matching/clean-dataset-rubric'],
  },
  {
    id: 'keeps-legacy-id',
    description: 'Rejects old 9-digit IDs as malformed instead of resolving them through the NPD, and keeps them in the cleaned data',
    habits: ['keeps-legacy-id'],
    breaks: ['R-MATCH-1', 'R-MATCH-2', 'R-MATCH-4'],
    scenarios: ['matching/adversarial-verdicts', 'matching/carrier-batch', 'matching/clean-dataset-rubric'],
  },
  {
    id: 'keeps-outdated-address',
    description: 'Keeps the address the sector holds, even when it is written in the units abolished on 1 July 2025 or the person has moved',
    habits: ['keeps-outdated-address'],
    breaks: ['R-MATCH-4'],
    scenarios: ['matching/clean-dataset-rubric'],
  },
  {
    id: 'no-progress-polling',
    description: 'Uploads a large batch and waits for it blindly, never asking the NPD how far the job has got',
    habits: ['no-progress-polling'],
    breaks: ['R-MATCH-2'],
    scenarios: ['matching/carrier-batch'],
  },
  {
    id: 'merges-tax-conflicts',
    description: 'Synchronises a taxpayer to one of the personal IDs a conflict involves (the first candidate, or the ID a code links to) instead of reporting the conflict',
    habits: ['merges-tax-conflicts'],
    breaks: ['R-MATCH-7'],
    scenarios: ['matching/taxpayer-sync'],
  },
  {
    id: 'drops-sector-fields',
    description: 'Returns only the identity columns in the cleaned data, losing the sector’s own fields (subscriber number, dose, account, codes)',
    habits: ['drops-sector-fields'],
    breaks: ['R-MATCH-6'],
    scenarios: ['matching/sector-shapes'],
  },
];
