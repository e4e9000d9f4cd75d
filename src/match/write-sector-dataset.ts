/** `vn06 generate --sector`: a sector's records and their ground truth, streamed to sinks in one format. */
import { stringify } from 'csv-stringify/sync';
import type { Sink } from '../format/sink.js';
import type { Format } from '../format/writers.js';
import type { Profile } from '../generator/dataset.js';
import { cleanColumns } from './result-encoding.js';
import { generateSectorDataset, type SectorRow, type SectorTruth } from './sector-records.js';
import type { Sector } from './sectors.js';

export interface WriteSectorDatasetOptions {
  readonly sector: Sector;
  readonly seed: number;
  readonly count: number;
  readonly profile: Profile;
  readonly format: Format;
  readonly asOf?: string;
  readonly out: Sink;
  readonly truth?: Sink;
  readonly onProgress?: (done: number) => void;
}

const TRUTH_COLUMNS = ['ref', 'record', 'personalId', 'verdict', 'corruptions', 'duplicateOf'] as const;
const BATCH = 256;

interface Encoder<T> {
  header(): string;
  batch(items: readonly T[], first: boolean): string;
  footer(empty: boolean): string;
}

function jsonEncoder<T>(ndjson: boolean): Encoder<T> {
  if (ndjson) return { header: () => '', batch: (items) => items.map((i) => `${JSON.stringify(i)}\n`).join(''), footer: () => '' };
  return {
    header: () => '[',
    batch: (items, first) => items.map((i, k) => `${first && k === 0 ? '\n' : ',\n'}${JSON.stringify(i)}`).join(''),
    footer: (empty) => (empty ? ']\n' : '\n]\n'),
  };
}

function csvEncoder<T>(columns: readonly string[], cell: (item: T, column: string) => string): Encoder<T> {
  return { header: () => stringify([[...columns]]), batch: (items) => stringify(items.map((i) => columns.map((c) => cell(i, c)))), footer: () => '' };
}

function recordCell(row: SectorRow, column: string): string {
  const dot = column.indexOf('.');
  const value = dot < 0 ? row[column] : (row[column.slice(0, dot)] as Record<string, unknown> | undefined)?.[column.slice(dot + 1)];
  return value === undefined || value === null ? '' : String(value);
}

function truthCell(truth: SectorTruth, column: string): string {
  const value = truth[column as keyof SectorTruth];
  return Array.isArray(value) ? value.join(';') : value === null ? '' : String(value);
}

/** Generates a sector's records with their ground truth (the verdict each deserves) and streams them to the sinks. */
export async function writeSectorDataset(options: WriteSectorDatasetOptions): Promise<{ records: number }> {
  const columns = cleanColumns(options.sector).filter((c) => c !== 'NgayMat');
  const records: Encoder<SectorRow> = options.format === 'csv' ? csvEncoder(columns, recordCell) : jsonEncoder(options.format === 'ndjson');
  const truths: Encoder<SectorTruth> = options.format === 'csv' ? csvEncoder(TRUTH_COLUMNS, truthCell) : jsonEncoder(options.format === 'ndjson');
  const { out, truth } = options;
  await out.write(records.header());
  if (truth) await truth.write(truths.header());
  let rows: SectorRow[] = [];
  let truthRows: SectorTruth[] = [];
  let first = true;
  let done = 0;
  const flush = async (): Promise<void> => {
    if (rows.length === 0) return;
    await out.write(records.batch(rows, first));
    if (truth) await truth.write(truths.batch(truthRows, first));
    first = false;
    done += rows.length;
    rows = [];
    truthRows = [];
    options.onProgress?.(done);
  };
  for (const entry of generateSectorDataset(options)) {
    rows.push(entry.record);
    if (truth) truthRows.push(entry.truth);
    if (rows.length >= BATCH) await flush();
  }
  await flush();
  await out.write(records.footer(done === 0));
  if (truth) await truth.write(truths.footer(done === 0));
  return { records: done };
}
