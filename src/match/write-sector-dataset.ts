/** `vn06 generate --sector`: a sector's records and their ground truth, streamed to sinks in one format. */
import type { Sink } from '../format/sink.js';
import { csvEncoder, jsonEncoder, writeWithTruth, type Format } from '../format/writers.js';
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
  const csv = options.format === 'csv';
  const records = await writeWithTruth(generateSectorDataset(options), {
    out: options.out,
    ...(options.truth ? { truth: options.truth } : {}),
    records: csv ? csvEncoder<SectorRow>(columns, (row) => columns.map((c) => recordCell(row, c))) : jsonEncoder<SectorRow>(options.format === 'ndjson'),
    truths: csv ? csvEncoder<SectorTruth>(TRUTH_COLUMNS, (t) => TRUTH_COLUMNS.map((c) => truthCell(t, c))) : jsonEncoder<SectorTruth>(options.format === 'ndjson'),
    batchSize: BATCH,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { records };
}
