import { stringify } from 'csv-stringify/sync';
import type { DatasetRecord } from '../generator/corruptions.js';
import type { TruthRecord } from '../generator/dataset.js';
import { recordColumns, recordToRow, truthColumns, truthToRow } from './columns.js';

export const formats = ['ndjson', 'csv', 'json'] as const;
export type Format = (typeof formats)[number];

/** Turns batches of items into text in one format: a header, bodies, and a footer. */
export interface Encoder<T> {
  header(): string;
  /** Encodes a batch; `first` tells whether it is the first batch of the file. */
  batch(items: readonly T[], first: boolean): string;
  footer(empty: boolean): string;
}

function jsonEncoder<T>(ndjson: boolean): Encoder<T> {
  if (ndjson) {
    return { header: () => '', batch: (items) => items.map((i) => `${JSON.stringify(i)}\n`).join(''), footer: () => '' };
  }
  return {
    header: () => '[',
    batch: (items, first) => items.map((i, k) => `${first && k === 0 ? '\n' : ',\n'}${JSON.stringify(i)}`).join(''),
    footer: (empty) => (empty ? ']\n' : '\n]\n'),
  };
}

function csvEncoder<T>(columns: readonly string[], toRow: (item: T) => string[]): Encoder<T> {
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
