import type { Format } from '../format/writers.js';
import { recordEncoder, truthEncoder, writeWithTruth } from '../format/writers.js';
import type { Sink } from '../format/sink.js';
import { generateDataset, type Profile } from './dataset.js';

export interface WriteDatasetOptions {
  readonly seed: number;
  readonly count: number;
  readonly profile: Profile;
  readonly format: Format;
  readonly asOf?: string;
  readonly out: Sink;
  readonly truth?: Sink;
  /** Called now and then with the number of records written so far. */
  readonly onProgress?: (done: number) => void;
}

const BATCH = 128;

/** Generates a dataset and streams it, and its ground truth, to the given sinks in one format. */
export async function writeDataset(options: WriteDatasetOptions): Promise<{ records: number }> {
  const entries = generateDataset({ seed: options.seed, count: options.count, profile: options.profile, asOf: options.asOf });
  const records = await writeWithTruth(entries, {
    out: options.out,
    ...(options.truth ? { truth: options.truth } : {}),
    records: recordEncoder(options.format),
    truths: truthEncoder(options.format),
    batchSize: BATCH,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return { records };
}
