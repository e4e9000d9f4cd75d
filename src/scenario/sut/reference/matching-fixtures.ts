/**
 * The harness side of the matching scenarios (R-MATCH-1 to -6), shared by them: sector records shaped from the dirty-data
 * generator with what each should get (its ground truth), and the scores that compare a system's answers with it. Not
 * part of the reference system: the scenarios use it to judge whichever system answers.
 */
import type { Citizen } from '../../../contract/citizen.js';
import type { Corruption } from '../../../generator/corruptions.js';
import { generateDataset, type DatasetEntry, type Profile } from '../../../generator/dataset.js';
import { generatePopulation } from '../../../generator/population.js';
import { createRng } from '../../../generator/prng.js';
import { expectedVerdict, identityOf, refOf, sectorFieldsOf } from '../../../match/sector-records.js';
import { toTcvn3, toVni } from '../../../text/legacy-encodings.js';
import { detectLegacyEncoding } from '../../../text/legacy-detect.js';
import type { PopulationIndex } from '../../../population/population-index.js';
import type { SystemUnderTest, StimulusOutput } from '../types.js';
import { matchVerdicts, sectorProfiles, type MatchResult, type MatchVerdict, type Sector, type SectorRecord, type StandardisedRecord } from '../stimuli/matching.js';

export { identityOf, refOf, sectorFieldsOf } from '../../../match/sector-records.js';

/** Where the scenarios read what the NPD holds now (the world: the population with every change applied). */
export interface CitizenSource {
  citizen(personalId: string): Citizen | undefined;
}

/** What a record should get, by its ground truth. */
export interface Expectation {
  readonly ref: string;
  readonly verdict: MatchVerdict;
  /** The person the record is really about, as the NPD holds them now (even when the record's ID is mistyped). */
  readonly citizen: Citizen | undefined;
  /** For a duplicate: the ref of the first record of the same person in the batch. */
  readonly duplicateOf?: string;
  /** What the generator did to the record. */
  readonly corruptions: readonly Corruption[];
}

export interface SectorBatch {
  readonly sector: Sector;
  readonly records: SectorRecord[];
  readonly expected: Expectation[];
}

/** Verdicts of a record that names a person the NPD knows. */
export const RESOLVED_VERDICTS: readonly MatchVerdict[] = ['matched', 'mismatched', 'resolved-from-legacy-id', 'deceased'];

const SEX = { male: '1', female: '2' } as const;

/** A dirty dataset of the first citizens of the harness's population, with its ground truth. */
export function dataset(population: PopulationIndex, profile: Profile, count: number): DatasetEntry[] {
  return [...generateDataset({ seed: population.seed, asOf: population.asOf, profile, count: Math.min(count, population.size) })];
}

/**
 * Shapes dataset entries into one sector's batch, with what each record should get. A repeat counts as a duplicate
 * only when the record it repeats is in the same batch; otherwise it is judged as the record it copies.
 */
export function sectorBatch(sector: Sector, entries: readonly DatasetEntry[], world: CitizenSource, all: readonly DatasetEntry[] = entries): SectorBatch {
  const byNumber = new Map(all.map((e) => [e.truth.record, e]));
  const rootOf = (e: DatasetEntry): DatasetEntry => (e.truth.duplicateOf === null ? e : rootOf(byNumber.get(e.truth.duplicateOf)!));
  const seen = new Set<number>();
  const records: SectorRecord[] = [];
  const expected: Expectation[] = [];
  for (const entry of entries) {
    const root = rootOf(entry);
    const ref = refOf(sector, entry.truth.record);
    records.push({ ref, ...identityOf(sector, entry.record), ...sectorFieldsOf(sector, root.truth.record) } as unknown as SectorRecord);
    const citizen = world.citizen(entry.truth.personalId);
    const repeated = entry !== root && seen.has(root.truth.record);
    const verdict = repeated ? 'duplicate' : expectedVerdict(entry.record, root.truth.corruptions, citizen);
    expected.push({ ref, verdict, citizen, corruptions: root.truth.corruptions, ...(repeated ? { duplicateOf: refOf(sector, root.truth.record) } : {}) });
    seen.add(entry.truth.record);
  }
  return { sector, records, expected };
}

/** Asks the system to match a batch. */
export function matchBatch(sut: SystemUnderTest, batch: Pick<SectorBatch, 'sector' | 'records'>): Promise<StimulusOutput<'matchRecords'>> {
  return sut.call('matchRecords', { sector: batch.sector, records: batch.records } as never);
}

/** A carrier's subscriber list: several subscriptions per person, and which records name a living person the NPD knows. */
export interface CarrierBatch {
  readonly sector: 'telecom';
  readonly records: SectorRecord[];
  /** Refs of the records whose person exists and is alive: matching their cleaned record again must give `matched`. */
  readonly live: ReadonlySet<string>;
}

/** A way a carrier's record of a subscription departs from the NPD: how often, what it does, whether the record still leads to the person. */
interface CarrierFault {
  readonly share: number;
  /** Changes the record; false when it cannot apply (the record stays as the NPD holds it). */
  readonly apply: (record: Record<string, string>, citizen: Citizen) => boolean;
  readonly losesPerson?: boolean;
}

const CARRIER_FAULTS: readonly CarrierFault[] = [
  { share: 0.1, apply: (r) => ((r.HoVaTen = toTcvn3(r.HoVaTen!)), true) },
  { share: 0.1, apply: (r) => ((r.HoVaTen = toVni(r.HoVaTen!)), true) },
  { share: 0.05, apply: (r) => ((r.HoVaTen = r.HoVaTen!.toLocaleUpperCase('vi')), true) },
  { share: 0.1, apply: (r) => ((r.NgayThangNamSinh = isoToVn(r.NgayThangNamSinh!)), true) },
  {
    share: 0.1,
    apply: (r, c) => {
      if (c.legacyId === null) return false;
      delete r.SoDinhDanh;
      r.SoCMND = c.legacyId;
      return true;
    },
  },
  { share: 0.03, apply: (r) => ((r.SoDinhDanh = `${r.SoDinhDanh!.slice(0, 11)}${(Number(r.SoDinhDanh!.at(-1)) + 1) % 10}`), true), losesPerson: true },
];

const isoToVn = (iso: string): string => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1');

/** The i-th subscriber number: a bijection of i (48271 is prime to 10^8), so no two subscriptions share one. */
const subscriberNumber = (i: number): string => `09${String((i * 48_271 + 1_234_567) % 100_000_000).padStart(8, '0')}`;

/** The fault a uniform draw picks, or undefined for a record left as the NPD holds it. */
function carrierFault(u: number): CarrierFault | undefined {
  let rest = u;
  for (const fault of CARRIER_FAULTS) if ((rest -= fault.share) < 0) return fault;
  return undefined;
}

/**
 * A carrier-style batch (R-MATCH-2): `count` subscriptions of the first citizens of the population (a person holds
 * several), about half with one of the faults carriers' data has; the live set names the subscriptions of living
 * people whose record still leads to them (a mistyped ID does not).
 */
export function carrierBatch(population: PopulationIndex, world: CitizenSource, count: number, people = 4000): CarrierBatch {
  const citizens = [...generatePopulation({ seed: population.seed, asOf: population.asOf, count: Math.min(people, population.size) })];
  const rng = createRng(population.seed, 0x7e1e);
  const records: SectorRecord[] = [];
  const live = new Set<string>();
  for (let i = 0; i < count; i++) {
    const citizen = citizens[i % citizens.length]!;
    const ref = `SUB-${String(i + 1).padStart(6, '0')}`;
    const record: Record<string, string> = { ref, SoDinhDanh: citizen.personalId, HoVaTen: citizen.fullName, NgayThangNamSinh: citizen.dateOfBirth, SoThueBao: subscriberNumber(i) };
    const fault = carrierFault(rng.float());
    const lost = fault !== undefined && fault.apply(record, citizen) && fault.losesPerson === true;
    records.push(record as unknown as SectorRecord);
    if (!lost && world.citizen(citizen.personalId)?.dateOfDeath === null) live.add(ref);
  }
  return { sector: 'telecom', records, live };
}

/** Precision and recall of one verdict class. */
export interface ClassScore {
  readonly verdict: MatchVerdict;
  readonly expected: number;
  readonly reported: number;
  readonly right: number;
  readonly precision: number | null;
  readonly recall: number | null;
}

/** A record the system judged otherwise than its ground truth. */
export interface Miss {
  readonly ref: string;
  readonly expected: MatchVerdict;
  readonly reported: MatchVerdict | 'no result';
  readonly corruptions: readonly Corruption[];
  readonly explanation?: string;
}

export interface VerdictScores {
  readonly accuracy: number;
  readonly classes: readonly ClassScore[];
  readonly misses: readonly Miss[];
  /** Refs that got no result at all. */
  readonly unanswered: readonly string[];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : Math.round((a / b) * 10_000) / 10_000);

/** Scores a system's verdicts against the ground truth: accuracy, precision and recall per class, and the misses. */
export function scoreVerdicts(expected: readonly Expectation[], results: readonly MatchResult[]): VerdictScores {
  const byRef = new Map(results.map((r) => [r.ref, r]));
  const misses: Miss[] = [];
  for (const e of expected) {
    const got = byRef.get(e.ref);
    if (got?.verdict !== e.verdict) misses.push({ ref: e.ref, expected: e.verdict, reported: got?.verdict ?? 'no result', corruptions: e.corruptions, ...(got ? { explanation: got.explanation } : {}) });
  }
  const classes = matchVerdicts.map((verdict) => {
    const exp = expected.filter((e) => e.verdict === verdict);
    const reported = expected.filter((e) => byRef.get(e.ref)?.verdict === verdict).length;
    const right = exp.filter((e) => byRef.get(e.ref)?.verdict === verdict).length;
    return { verdict, expected: exp.length, reported, right, precision: ratio(right, reported), recall: ratio(right, exp.length) };
  });
  return { accuracy: ratio(expected.length - misses.length, expected.length) ?? 1, classes, misses, unanswered: expected.filter((e) => !byRef.has(e.ref)).map((e) => e.ref) };
}

/** The NPD's values of a person, in the standardised record's form. */
export function canonicalOf(citizen: Citizen): Record<string, string> {
  return { SoDinhDanh: citizen.personalId, HoVaTen: citizen.fullName, NgayThangNamSinh: citizen.dateOfBirth, GioiTinh: SEX[citizen.sex] };
}

/** A failing record of the rubric, with why. */
export interface RubricFault {
  readonly ref: string;
  readonly fault: string;
}

/** One of the four scores: the share of records that pass, and those that do not. */
export interface RubricScore {
  readonly score: number;
  readonly of: number;
  readonly faults: readonly RubricFault[];
}

export interface Rubric {
  readonly correct: RubricScore;
  readonly complete: RubricScore;
  readonly clean: RubricScore;
  readonly live: RubricScore;
}

function rubricScore(of: number, faults: RubricFault[]): RubricScore {
  return { score: ratio(of - new Set(faults.map((f) => f.ref)).size, of) ?? 1, of, faults };
}

/** Why a standardised record is not in standard form (12-digit ID, clean NFC name, yyyy-MM-dd), or undefined when it is. */
export function malformed(record: StandardisedRecord): string | undefined {
  const name = record.HoVaTen;
  if (record.SoDinhDanh !== undefined && !/^\d{12}$/.test(record.SoDinhDanh)) return `SoDinhDanh ${JSON.stringify(record.SoDinhDanh)} is not 12 digits`;
  if (name !== undefined && (name !== name.normalize('NFC') || name !== name.trim().replace(/\s+/g, ' ') || detectLegacyEncoding(name) !== null)) return `HoVaTen ${JSON.stringify(name)} is not clean NFC text`;
  if (record.NgayThangNamSinh !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(record.NgayThangNamSinh)) return `NgayThangNamSinh ${JSON.stringify(record.NgayThangNamSinh)} is not yyyy-MM-dd`;
  return undefined;
}

/**
 * The four-way rubric of R-MATCH-4 ("đúng, đủ, sạch, sống"; the sources do not define the words, so the rubric is a
 * harness assumption), over a system's results and standardised records:
 * - correct: the records of persons the NPD knows carry the NPD's ID, name, date of birth and sex (those the sector keeps);
 * - complete: every record got a result, every record but a duplicate a standardised record, with every field the sector keeps;
 * - clean: each standardised record well-formed (12-digit ID, NFC name, yyyy-MM-dd) and no person (and sector key) twice;
 * - live: the current NPD state: the deceased present and marked with their date of death, the living not, the current ID and address.
 */
export function scoreRubric(batch: SectorBatch, output: { results: readonly MatchResult[]; standardised: readonly StandardisedRecord[] }): Rubric {
  const keeps = sectorProfiles[batch.sector].keeps;
  const key = sectorProfiles[batch.sector].key;
  const byRef = new Map(output.standardised.map((r) => [r.ref, r]));
  const answered = new Set(output.results.map((r) => r.ref));
  const known = batch.expected.filter((e) => e.citizen && e.verdict !== 'duplicate' && RESOLVED_VERDICTS.includes(e.verdict) && byRef.has(e.ref));
  const correct: RubricFault[] = [];
  const complete: RubricFault[] = [];
  const clean: RubricFault[] = [];
  const live: RubricFault[] = [];
  for (const e of known) {
    const record = byRef.get(e.ref)! as Record<string, unknown>;
    const canonical = canonicalOf(e.citizen!);
    for (const field of ['SoDinhDanh', ...keeps.filter((f) => f !== 'ThuongTru')]) {
      if (record[field] === undefined) complete.push({ ref: e.ref, fault: `${field} missing` });
      else if (record[field] !== canonical[field]) correct.push({ ref: e.ref, fault: `${field} ${JSON.stringify(record[field])}, the NPD holds ${JSON.stringify(canonical[field])}` });
    }
    if (record.SoDinhDanh !== e.citizen!.personalId || record.SoCMND !== undefined) live.push({ ref: e.ref, fault: `ID ${String(record.SoDinhDanh ?? record.SoCMND)}, the current personal ID is ${e.citizen!.personalId}` });
    const dead = e.citizen!.dateOfDeath;
    if ((record.NgayMat ?? null) !== dead) live.push({ ref: e.ref, fault: dead ? `died on ${dead}, not marked` : `marked deceased (${String(record.NgayMat)}) but alive` });
    if (keeps.includes('ThuongTru')) {
      const now = e.citizen!.permanentAddress;
      const held = record.ThuongTru as StandardisedRecord['ThuongTru'];
      if (held === undefined) complete.push({ ref: e.ref, fault: 'ThuongTru missing' });
      else if (held.MaTinhThanh !== now.provinceCode || held.MaPhuongXa !== now.wardCode || held.TenPhuongXa !== now.ward) {
        live.push({ ref: e.ref, fault: `address ${held.TenPhuongXa}, ${held.TenTinhThanh} (${held.MaTinhThanh}); the NPD holds ${now.ward}, ${now.province} (${now.provinceCode})` });
      }
    }
  }
  for (const e of batch.expected) {
    if (!answered.has(e.ref)) complete.push({ ref: e.ref, fault: 'no result' });
    else if (e.verdict !== 'duplicate' && !byRef.has(e.ref)) complete.push({ ref: e.ref, fault: 'no standardised record' });
  }
  const expectedByRef = new Map(batch.expected.map((e) => [e.ref, e]));
  const seen = new Map<string, string>();
  for (const record of output.standardised) {
    const problem = malformed(record);
    if (problem) clean.push({ ref: record.ref, fault: problem });
    const person = expectedByRef.get(record.ref)?.citizen?.personalId ?? record.SoDinhDanh;
    if (person === undefined) continue;
    const who = `${person}#${key === null ? '' : String((record as Record<string, unknown>)[key])}`;
    const first = seen.get(who);
    if (first) clean.push({ ref: record.ref, fault: `the same person as ${first}` });
    else seen.set(who, record.ref);
  }
  return {
    correct: rubricScore(known.length, correct),
    complete: rubricScore(batch.expected.length, complete),
    clean: rubricScore(output.standardised.length, clean),
    live: rubricScore(known.length, live),
  };
}
