import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { z } from 'zod';
import type { Citizen } from '../../src/contract/citizen.js';
import type { Clock } from '../../src/mock/clock.js';
import type { PopulationIndex } from '../../src/population/population-index.js';
import { findPersona } from '../../src/population/personas.js';
import { sameBirthDate, sameName } from './compare.js';
import { sexCode } from './record.js';

/** One sector record to match: the personal ID (or the old 9-digit ID), full name, date of birth, optionally sex and the caller's reference. */
export const batchRecordSchema = z.object({
  ref: z.union([z.string(), z.number()]).optional(),
  SoDinhDanh: z.string().optional(),
  SoCMND: z.string().optional(),
  HoVaTen: z.string().optional(),
  NgayThangNamSinh: z.string().optional(),
  GioiTinh: z.enum(['1', '2']).optional(),
});
export type BatchRecord = z.infer<typeof batchRecordSchema>;

export const verdicts = ['matched', 'mismatched', 'resolved-from-legacy-id', 'not-found', 'deceased', 'invalid'] as const;
export type Verdict = (typeof verdicts)[number];

/** The result of matching one record: the verdict, and for each field that differs the value the NPD holds. */
export interface BatchResult {
  readonly line: number;
  readonly ref?: string | number;
  readonly verdict: Verdict;
  readonly SoDinhDanh?: string;
  readonly mismatches?: readonly { readonly field: 'HoVaTen' | 'NgayThangNamSinh' | 'GioiTinh'; readonly canonical: string }[];
  readonly NgayMat?: string;
  readonly reason?: string;
}

/** Where matching finds citizens: the population, or the world of changes over it. */
export type CitizenSource = Pick<PopulationIndex, 'byPersonalId' | 'byLegacyId'>;

/** Matches one record against the population (R-MATCH-1): not found, deceased, the fields that differ with their canonical values. */
export function matchRecord(population: CitizenSource, line: number, raw: unknown): BatchResult {
  const parsed = batchRecordSchema.safeParse(raw);
  if (!parsed.success) return { line, verdict: 'invalid', reason: parsed.error.issues[0]?.message ?? 'not a record' };
  const record = parsed.data;
  const ref = record.ref === undefined ? {} : { ref: record.ref };
  const id = record.SoDinhDanh?.trim() ?? '';
  const legacy = record.SoCMND?.trim() || (id.length === 9 ? id : '');
  let citizen: Citizen | undefined;
  let viaLegacy = false;
  if (/^\d{12}$/.test(id)) citizen = population.byPersonalId(id);
  else if (/^\d{9}$/.test(legacy)) {
    citizen = population.byLegacyId(legacy);
    viaLegacy = true;
  } else return { line, ...ref, verdict: 'invalid', reason: 'no 12-digit SoDinhDanh and no 9-digit SoCMND' };
  if (!citizen) return { line, ...ref, verdict: 'not-found' };
  const persona = findPersona(citizen.personalId);
  if (persona?.kind === 'revoked-id' || persona?.kind === 'duplicate-records') {
    return { line, ...ref, verdict: 'invalid', reason: persona.kind === 'revoked-id' ? 'the personal ID is revoked' : 'two records hold this personal ID' };
  }
  if (citizen.dateOfDeath !== null) return { line, ...ref, verdict: 'deceased', SoDinhDanh: citizen.personalId, NgayMat: citizen.dateOfDeath.replaceAll('-', '') };
  const mismatches: { field: 'HoVaTen' | 'NgayThangNamSinh' | 'GioiTinh'; canonical: string }[] = [];
  if (record.HoVaTen !== undefined && !sameName(record.HoVaTen, citizen.fullName)) mismatches.push({ field: 'HoVaTen', canonical: citizen.fullName });
  if (record.NgayThangNamSinh !== undefined && !sameBirthDate(record.NgayThangNamSinh.trim(), citizen.dateOfBirth)) {
    mismatches.push({ field: 'NgayThangNamSinh', canonical: citizen.dateOfBirth });
  }
  const sex = sexCode(citizen.sex);
  if (record.GioiTinh !== undefined && record.GioiTinh !== sex) mismatches.push({ field: 'GioiTinh', canonical: sex });
  if (mismatches.length > 0) return { line, ...ref, verdict: 'mismatched', SoDinhDanh: citizen.personalId, mismatches };
  return { line, ...ref, verdict: viaLegacy ? 'resolved-from-legacy-id' : 'matched', SoDinhDanh: citizen.personalId };
}

export type BatchStatus = 'open' | 'receiving' | 'done' | 'failed';

export interface BatchJob {
  readonly id: string;
  readonly client: string;
  readonly format: 'ndjson' | 'csv';
  readonly createdAt: string;
  status: BatchStatus;
  received: number;
  processed: number;
  readonly counts: Record<Verdict, number>;
  error?: string;
  /** The NDJSON results file; results are never kept in memory. */
  readonly resultsFile: string;
}

/** Reads NDJSON or CSV records from a byte stream one at a time, with their 1-based line (or row) number. */
async function* readRecords(input: AsyncIterable<Uint8Array>, format: 'ndjson' | 'csv'): AsyncGenerator<{ line: number; value: unknown }> {
  if (format === 'csv') {
    const parser = parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
    const feeding = (async () => {
      try {
        for await (const chunk of input) if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
        parser.end();
      } catch (error) {
        parser.destroy(error as Error);
      }
    })();
    let line = 0;
    for await (const row of parser) yield { line: ++line, value: row };
    await feeding;
    return;
  }
  const lines = createInterface({ input: Readable.from(input), crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = Symbol.for('invalid-json');
    }
    yield { line, value };
  }
}

function write(stream: WriteStream, text: string): Promise<void> {
  return stream.write(text) ? Promise.resolve() : new Promise((r) => stream.once('drain', r));
}

/** Every result folder not yet disposed: removed when the process exits, whatever happened to its harness. */
const liveDirs = new Set<string>();
let exitHookInstalled = false;

function track(dir: string): void {
  liveDirs.add(dir);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const d of liveDirs) rmSync(d, { recursive: true, force: true });
  });
}

/** The NPD's batch matching jobs: input is matched as it streams in, results go to a file, counts stay in memory. */
export class BatchStore {
  private readonly jobs = new Map<string, BatchJob>();
  private dirPath: string | undefined;
  private readonly population: CitizenSource;
  private readonly clock: Clock;
  private next = 1;

  constructor(population: CitizenSource, clock: Clock) {
    this.population = population;
    this.clock = clock;
  }

  /** The folder of the result files, made on the first batch only. */
  private dir(): string {
    if (this.dirPath === undefined) {
      this.dirPath = mkdtempSync(join(tmpdir(), 'vn06-batches-'));
      track(this.dirPath);
    }
    return this.dirPath;
  }

  get(id: string): BatchJob | undefined {
    return this.jobs.get(id);
  }

  /** Opens a job for a client; its records arrive later through `feed`. */
  open(client: string, format: 'ndjson' | 'csv'): BatchJob {
    const id = `b${String(this.next++).padStart(6, '0')}`;
    const counts = Object.fromEntries(verdicts.map((v) => [v, 0])) as Record<Verdict, number>;
    const job: BatchJob = { id, client, format, createdAt: new Date(this.clock.now()).toISOString(), status: 'open', received: 0, processed: 0, counts, resultsFile: join(this.dir(), `${id}.ndjson`) };
    this.jobs.set(id, job);
    return job;
  }

  /** Matches an upload record by record as it streams in, never holding it in memory; resolves when the input ends. */
  async feed(job: BatchJob, input: AsyncIterable<Uint8Array>): Promise<BatchJob> {
    job.status = 'receiving';
    const out = createWriteStream(job.resultsFile);
    try {
      for await (const { line, value } of readRecords(input, job.format)) {
        job.received++;
        const result = typeof value === 'symbol' ? ({ line, verdict: 'invalid', reason: 'the line is not valid JSON' } as const) : matchRecord(this.population, line, value);
        job.counts[result.verdict]++;
        job.processed++;
        await write(out, `${JSON.stringify(result)}\n`);
      }
      job.status = 'done';
    } catch (error) {
      job.status = 'failed';
      job.error = (error as Error).message;
    } finally {
      await new Promise((r) => out.end(r));
    }
    return job;
  }

  /** One page of results, from the 1-based result `from`, at most `limit` lines; reads the file, keeps only the page. */
  async page(job: BatchJob, from: number, limit: number): Promise<{ text: string; next: number | null }> {
    if (job.processed === 0) return { text: '', next: null };
    const lines = createInterface({ input: createReadStream(job.resultsFile), crlfDelay: Number.POSITIVE_INFINITY });
    const kept: string[] = [];
    let n = 0;
    let more = false;
    for await (const text of lines) {
      n++;
      if (n < from) continue;
      if (kept.length === limit) {
        more = true;
        break;
      }
      kept.push(text);
    }
    lines.close();
    return { text: kept.map((l) => `${l}\n`).join(''), next: more ? from + limit : null };
  }

  /** Removes every job and its files. */
  dispose(): void {
    if (this.dirPath) {
      rmSync(this.dirPath, { recursive: true, force: true });
      liveDirs.delete(this.dirPath);
    }
    this.dirPath = undefined;
    this.jobs.clear();
  }
}
