/**
 * `vn06 match` as a library function (R-MATCH-1 to -5): streams a sector file, tidies each record, matches the records
 * through the NPD's batch API a chunk at a time, finds repeats, and writes one result per record, the cleaned records
 * and a checkpoint after every chunk. Memory holds one chunk and the first record of each person (for duplicates).
 */
import { createReadStream, renameSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { ErrorCode, HarnessError } from '../errors.js';
import { classifyRecord, isResolved, personKey, prepareRecord, toNpdRecord, type Classified, type GivenIdentity, type Prepared } from './classify.js';
import { legacyEncodingOf } from './legacy-rescue.js';
import { tidyPhone } from './normalise.js';
import type { SectorAddress } from './sector-records.js';
import { currentUnitsOf } from './units.js';
import { keysPath, readCheckpoint, removeCheckpoint, ResumableFile, writeCheckpoint, type Checkpoint, type RunIdentity } from './checkpoint.js';
import { matchThroughNpd, type BatchCaller, type NpdBatchResult } from './npd-batch.js';
import { addToQuality, emptyQuality, qualityReport, type QualityReport, type QualityState } from './quality.js';
import { readRecords, type InputFormat, type InputLine } from './read-records.js';
import { cleanEncoder, resultEncoder, type OutputFormat, type RecordResult } from './result-encoding.js';
import { sectorOwnFields, sectorProfiles, type Sector } from './sectors.js';
import { SeenIndex } from './seen-index.js';

export interface MatchFileOptions {
  readonly input: string;
  readonly inputFormat: InputFormat;
  readonly sector: Sector;
  readonly npd: BatchCaller;
  readonly out: string;
  readonly format: OutputFormat;
  /** Where the cleaned records go, if anywhere. */
  readonly clean?: string;
  /** Records per NPD batch (default 10,000). */
  readonly chunk?: number;
  /** Called after each chunk with the records done so far. */
  readonly onProgress?: (done: number) => void;
  /** Called when a run picks up from a checkpoint, with the records already done. */
  readonly onResume?: (done: number) => void;
}

export interface MatchFileResult {
  readonly report: QualityReport;
  /** Records done by an earlier, interrupted run. */
  readonly resumedAt: number;
}

export const DEFAULT_CHUNK = 10_000;

/** A chunk sent to the NPD, its answer still to come. */
interface Sent {
  readonly lines: InputLine[];
  readonly prepared: (Prepared<Given> | undefined)[];
  readonly sendable: number[];
  readonly answers: Promise<NpdBatchResult[]>;
}

type Given = GivenIdentity & { readonly ref?: string } & Readonly<Record<string, unknown>>;

/** A record's identity fields as strings (a number in NDJSON is read as its digits); everything else as given. */
function asGiven(value: Record<string, unknown>): Given {
  const out: Record<string, unknown> = { ...value };
  for (const field of ['ref', 'SoDinhDanh', 'SoCMND', 'HoVaTen', 'NgayThangNamSinh', 'GioiTinh'] as const) {
    const v = out[field];
    if (v === undefined || v === null) delete out[field];
    else if (typeof v === 'number') out[field] = String(v);
    else if (typeof v !== 'string') out[field] = JSON.stringify(v);
  }
  return out as Given;
}

const PHONE = 'SoThueBao';

/** The value of the sector's distinguishing field; a subscriber number written with +84 or spaces is the same number. */
function sectorKeyOf(given: Given, key: string): string {
  const raw = String(given[key] ?? '');
  return key === PHONE ? (tidyPhone(raw)?.value ?? raw) : raw;
}

/** The permanent address a record holds, if it holds one as an object. */
function addressOf(given: Given): SectorAddress | undefined {
  const address = given.ThuongTru;
  return typeof address === 'object' && address !== null && !Array.isArray(address) ? (address as SectorAddress) : undefined;
}

/** Counts the records of a file (its non-empty lines, less a CSV header) without holding it. */
export async function countRecords(path: string, format: InputFormat): Promise<number> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) if (line.trim() !== '') n++;
  return format === 'csv' ? Math.max(0, n - 1) : n;
}

/** The cleaned record: the NPD's values for a person it knows, the tidied values as given otherwise. */
function cleanRecord(sector: Sector, c: Classified<Given>): Record<string, unknown> {
  const p = c.prepared;
  const given = p.given;
  const keeps = sectorProfiles[sector].keeps as readonly string[];
  const own = Object.fromEntries(sectorOwnFields[sector].filter((f) => given[f] !== undefined).map((f) => [f, f === PHONE ? sectorKeyOf(given, f) : given[f]]));
  const held = addressOf(given);
  const address = keeps.includes('ThuongTru') && held !== undefined ? { ThuongTru: currentUnitsOf(held) ?? held } : {};
  const ref = given.ref === undefined ? {} : { ref: given.ref };
  if (!isResolved(c)) {
    return {
      ...ref,
      ...(p.id === undefined ? {} : p.id.length === 9 ? { SoCMND: p.id } : { SoDinhDanh: p.id }),
      ...(p.name === undefined ? {} : { HoVaTen: p.name }),
      ...(p.dateOfBirth === undefined ? {} : { NgayThangNamSinh: p.dateOfBirth }),
      ...(p.sex === undefined ? {} : { GioiTinh: p.sex }),
      ...address,
      ...own,
    };
  }
  const pick = (field: string, mine: string | undefined): Record<string, string> => {
    const value = c.differs[field] ?? mine;
    return value === undefined || !keeps.includes(field) ? {} : { [field]: value };
  };
  return {
    ...ref,
    SoDinhDanh: c.personalId,
    ...pick('HoVaTen', p.name),
    ...pick('NgayThangNamSinh', p.dateOfBirth),
    ...pick('GioiTinh', p.sex),
    ...address,
    ...(c.verdict === 'deceased' ? { NgayMat: c.NgayMat } : {}),
    ...own,
  };
}

/** A name the NPD called different that is its name in a legacy encoding the tidying missed: matched after all. */
function rescue(c: Classified<Given>): Classified<Given> {
  const differs = Object.keys(c.differs);
  const given = c.prepared.given.HoVaTen;
  if (c.verdict !== 'mismatched' || differs.length !== 1 || differs[0] !== 'HoVaTen' || given === undefined) return c;
  const chain = legacyEncodingOf(given, c.differs.HoVaTen!);
  if (chain === undefined) return c;
  const steps = [...c.prepared.steps.filter((s) => s.field !== 'HoVaTen'), ...chain.map((how) => ({ field: 'HoVaTen', how }))];
  const legacy = c.prepared.id?.length === 9;
  return {
    ...c,
    prepared: { ...c.prepared, name: c.differs.HoVaTen, steps },
    verdict: legacy ? 'resolved-from-legacy-id' : 'matched',
    differs: {},
    reason: legacy ? `the old ID ${c.prepared.id} became the personal ID ${c.personalId}; every field agrees` : 'every field given agrees with the NPD',
  };
}

/** Reads the duplicate finder's memory back from a checkpoint's keys file, up to its recorded length. */
async function loadKeys(path: string, bytes: number, into: SeenIndex): Promise<void> {
  if (bytes === 0) return;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', end: bytes - 1 }), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line === '') continue;
    const [key, record] = JSON.parse(line) as [string, number];
    into.set(key, record);
  }
}

/** Matches a sector file and writes its results; resumes from the checkpoint an interrupted run of the same command left. */
export async function matchFile(options: MatchFileOptions): Promise<MatchFileResult> {
  const { sector, out } = options;
  const chunkSize = options.chunk ?? DEFAULT_CHUNK;
  let inputBytes: number;
  try {
    inputBytes = statSync(options.input).size;
  } catch (cause) {
    throw new HarnessError(ErrorCode.BadInput, `Failed to read the input file ${options.input}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  }
  const run: RunIdentity = { input: resolve(options.input), inputBytes, sector, format: options.format, clean: options.clean ?? null };
  const resumed = readCheckpoint(out, run);
  const first = new SeenIndex();
  let quality: QualityState = emptyQuality();
  let files: { results: ResumableFile; clean?: ResumableFile; keys: ResumableFile };
  const results = resultEncoder(options.format);
  const cleaned = cleanEncoder(options.format, sector);
  const open = (path: string, bytes: number): ResumableFile => {
    try {
      return new ResumableFile(path, bytes);
    } catch (cause) {
      throw new HarnessError(ErrorCode.Unwritable, `Failed to open the output file ${path}: ${(cause as NodeJS.ErrnoException).code ?? cause}`, { cause });
    }
  };
  if (resumed) {
    await loadKeys(keysPath(out), resumed.bytes.keys, first);
    quality = resumed.quality;
    files = { results: open(`${out}.partial`, resumed.bytes.results), keys: open(keysPath(out), resumed.bytes.keys), ...(options.clean ? { clean: open(`${options.clean}.partial`, resumed.bytes.clean ?? 0) } : {}) };
    options.onResume?.(resumed.records);
  } else {
    files = { results: open(`${out}.partial`, 0), keys: open(keysPath(out), 0), ...(options.clean ? { clean: open(`${options.clean}.partial`, 0) } : {}) };
    files.results.write(results.header());
    files.clean?.write(cleaned.header());
  }
  let done = resumed?.records ?? 0;
  const key = sectorProfiles[sector].key;
  const keepsAddress = (sectorProfiles[sector].keeps as readonly string[]).includes('ThuongTru');

  /** Tidies a chunk and sends it to the NPD; the answer is awaited by `finish`, so the next chunk is read meanwhile. */
  const start = (lines: InputLine[]): Sent => {
    const prepared = lines.map((l) => ('value' in l ? prepareRecord(asGiven(l.value)) : undefined));
    const sendable = prepared.flatMap((p, i) => (p !== undefined && p.problem === undefined ? [i] : []));
    const answers = matchThroughNpd(options.npd, sendable.map((i, k) => toNpdRecord(prepared[i]!, k + 1)), { poll: false }).then((r) => r.results);
    // Awaited later, in order; a failure meanwhile must not count as unhandled.
    answers.catch(() => {});
    return { lines, prepared, sendable, answers };
  };

  /** Judges a sent chunk from the NPD's answer and writes its results, its cleaned records and the checkpoint. */
  const finish = async ({ lines, prepared, sendable, answers: pending }: Sent): Promise<void> => {
    const answers = await pending;
    const answerOf = new Map(sendable.map((i, k) => [i, answers[k]]));
    const rows: RecordResult[] = [];
    const cleanRows: Record<string, unknown>[] = [];
    let newKeys = '';
    lines.forEach((line, i) => {
      const p = prepared[i];
      if (p === undefined) {
        const problem = (line as { problem: string }).problem;
        rows.push({ record: line.record, verdict: 'invalid', reason: problem });
        addToQuality(quality, sector, { record: line.record, verdict: 'invalid', given: undefined, tidied: [], differs: {}, reason: problem });
        return;
      }
      const c = rescue(classifyRecord(p, answerOf.get(i)));
      const who = `${personKey(c)}#${key === null ? '' : sectorKeyOf(p.given, key)}`;
      const earlier = first.firstOrAdd(who, line.record);
      if (earlier === undefined) {
        newKeys += `${JSON.stringify([who, line.record])}\n`;
      }
      const normalised = p.steps.map((s) => `${s.field} ${s.how}`);
      const identityTidied = normalised.length > 0;
      if (key === PHONE && p.given[PHONE] !== undefined && sectorKeyOf(p.given, PHONE) !== p.given[PHONE]) normalised.push(`${PHONE} phone-format`);
      const tidied = [...normalised];
      const held = keepsAddress ? addressOf(p.given) : undefined;
      const outdated = held !== undefined && currentUnitsOf(held) !== undefined;
      if (outdated) normalised.push('ThuongTru units-since-2025');
      const ref = p.given.ref === undefined ? {} : { ref: p.given.ref };
      const steps = normalised.length === 0 ? {} : { normalised };
      if (earlier !== undefined) {
        rows.push({ record: line.record, ...ref, verdict: 'duplicate', ...(c.personalId ? { personalId: c.personalId } : {}), duplicateOf: earlier, ...steps, reason: `repeats record ${earlier}; left out of the cleaned records` });
      } else {
        rows.push({
          record: line.record,
          ...ref,
          verdict: c.verdict,
          ...(c.personalId === undefined ? {} : { personalId: c.personalId }),
          ...(Object.keys(c.differs).length > 0 ? { canonical: c.differs } : {}),
          ...(c.NgayMat === undefined ? {} : { NgayMat: c.NgayMat }),
          ...steps,
          reason: c.reason,
        });
        cleanRows.push(cleanRecord(sector, c));
      }
      addToQuality(quality, sector, {
        record: line.record,
        ...(p.given.ref === undefined ? {} : { ref: p.given.ref }),
        verdict: earlier === undefined ? c.verdict : 'duplicate',
        classifiedAs: c.verdict,
        given: p.given,
        tidied,
        outdatedAddress: outdated,
        exact: earlier === undefined && c.verdict === 'matched' && !identityTidied,
        differs: c.differs,
        reason: c.reason,
        ...(earlier === undefined ? {} : { duplicateOf: earlier }),
      });
    });
    files.results.write(results.encode(rows));
    files.clean?.write(cleaned.encode(cleanRows));
    files.keys.write(newKeys);
    done = lines[lines.length - 1]!.record;
    const checkpoint: Checkpoint = { version: 1, run, records: done, bytes: { results: files.results.bytes, clean: files.clean?.bytes ?? null, keys: files.keys.bytes }, quality };
    writeCheckpoint(out, checkpoint);
    options.onProgress?.(done);
  };

  try {
    let chunk: InputLine[] = [];
    let sent: Sent | undefined;
    for await (const line of readRecords(options.input, options.inputFormat, done)) {
      chunk.push(line);
      if (chunk.length >= chunkSize) {
        const next = start(chunk);
        chunk = [];
        if (sent) await finish(sent);
        sent = next;
      }
    }
    const last = chunk.length > 0 ? start(chunk) : undefined;
    if (sent) await finish(sent);
    if (last) await finish(last);
  } finally {
    files.results.close();
    files.clean?.close();
    files.keys.close();
  }
  renameSync(`${out}.partial`, out);
  if (options.clean) renameSync(`${options.clean}.partial`, options.clean);
  removeCheckpoint(out);
  return { report: qualityReport(sector, quality), resumedAt: resumed?.records ?? 0 };
}
