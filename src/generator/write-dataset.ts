import type { Format } from '../format/writers.js';
import { recordEncoder, truthEncoder } from '../format/writers.js';
import type { Sink } from '../format/sink.js';
import type { DatasetRecord } from './corruptions.js';
import { generateDataset, type Profile, type TruthRecord } from './dataset.js';

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
  const records = recordEncoder(options.format);
  const truths = truthEncoder(options.format);
  const { out, truth } = options;
  await out.write(records.header());
  if (truth) await truth.write(truths.header());
  let batch: DatasetRecord[] = [];
  let truthBatch: TruthRecord[] = [];
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
    options.onProgress?.(done);
  };
  for (const entry of generateDataset({ seed: options.seed, count: options.count, profile: options.profile, asOf: options.asOf })) {
    batch.push(entry.record);
    if (truth) truthBatch.push(entry.truth);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  await out.write(records.footer(done === 0));
  if (truth) await truth.write(truths.footer(done === 0));
  return { records: done };
}
