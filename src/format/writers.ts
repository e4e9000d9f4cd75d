import { stringify } from 'csv-stringify/sync';
import type { DatasetRecord } from '../generator/corruptions.js';
import type { TruthRecord } from '../generator/dataset.js';
import { recordColumns, recordToRow, truthColumns, truthToRow } from './columns.js';
import type { Sink } from './sink.js';

export const formats = ['ndjson', 'csv', 'json'] as const;
export type Format = (typeof formats)[number];

/** Turns batches of items into text in one format: a header, bodies, and a footer. */
export interface Encoder<T> {
  header(): string;
  /** Encodes a batch; `first` tells whether it is the first batch of the file. */
  batch(items: readonly T[], first: boolean): string;
  footer(empty: boolean): string;
}

/** JSON: one object a line (NDJSON), or one array. */
export function jsonEncoder<T>(ndjson: boolean): Encoder<T> {
  if (ndjson) {
    return { header: () => '', batch: (items) => items.map((i) => `${JSON.stringify(i)}\n`).join(''), footer: () => '' };
  }
  return {
    header: () => '[',
    batch: (items, first) => items.map((i, k) => `${first && k === 0 ? '\n' : ',\n'}${JSON.stringify(i)}`).join(''),
    footer: (empty) => (empty ? ']\n' : '\n]\n'),
  };
}

/** CSV with a header row of `columns`; `toRow` gives an item's cells in that order. */
export function csvEncoder<T>(columns: readonly string[], toRow: (item: T) => string[]): Encoder<T> {
  return {
    header: () => stringify([columns as string[]]),
    batch: (items) => stringify(items.map(toRow)),
    footer: () => '',
  };
}

export function recordEncoder(format: Format): Encoder<DatasetRecord> {
  return format === 'csv' ? csvEncoder(recordColumns, recordToRow) : jsonEncoder(format === 'ndjson');
}

export function truthEncoder(format: Format): Encoder<TruthRecord> {
  return format === 'csv' ? csvEncoder(truthColumns, truthToRow) : jsonEncoder(format === 'ndjson');
}

/** Where a dataset and its ground truth go, and how each is encoded. */
export interface TruthOutput<R, T> {
  readonly out: Sink;
  readonly truth?: Sink;
  readonly records: Encoder<R>;
  readonly truths: Encoder<T>;
  readonly batchSize: number;
  /** Called after each batch with the number of records written so far. */
  readonly onProgress?: (done: number) => void;
}

/** Streams records and their ground truth to their sinks in batches (memory stays flat); the number written. */
export async function writeWithTruth<R, T>(entries: Iterable<{ readonly record: R; readonly truth: T }>, output: TruthOutput<R, T>): Promise<number> {
  const { out, truth, records, truths } = output;
  await out.write(records.header());
  if (truth) await truth.write(truths.header());
  let batch: R[] = [];
  let truthBatch: T[] = [];
  let first = true;
  let done = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    await out.write(records.batch(batch, first));
    if (truth) await truth.write(truths.batch(truthBatch, first));
    first = false;
    done += batch.length;
    batch = [];
    truthBatch = [];
    output.onProgress?.(done);
  };
  for (const entry of entries) {
    batch.push(entry.record);
    if (truth) truthBatch.push(entry.truth);
    if (batch.length >= output.batchSize) await flush();
  }
  await flush();
  await out.write(records.footer(done === 0));
  if (truth) await truth.write(truths.footer(done === 0));
  return done;
}
