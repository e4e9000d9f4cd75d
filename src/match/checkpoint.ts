/**
 * The checkpoint of a `vn06 match` run, beside its output (`RESULTS.checkpoint`): how many records are fully written,
 * the byte length of each output at that point, and the report so far. Written after every chunk (to a temporary
 * name, then renamed), so a killed run resumes from the last chunk with no record lost and none written twice.
 */
import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { z } from 'zod';
import type { QualityState } from './quality.js';

const checkpointSchema = z.object({
  version: z.literal(1),
  /** What the run was: a rerun with other inputs starts afresh. */
  run: z.object({ input: z.string(), inputBytes: z.number(), sector: z.string(), format: z.string(), clean: z.string().nullable() }),
  records: z.number().int().min(0),
  bytes: z.object({ results: z.number(), clean: z.number().nullable(), keys: z.number() }),
  quality: z.custom<QualityState>((v) => typeof v === 'object' && v !== null),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;
export type RunIdentity = Checkpoint['run'];

export const checkpointPath = (out: string): string => `${out}.checkpoint`;
/** The first record of each person seen so far, appended chunk by chunk (the duplicate finder's memory). */
export const keysPath = (out: string): string => `${out}.checkpoint.keys`;

/** The checkpoint of an earlier run of the same command whose outputs are still there, or undefined. */
export function readCheckpoint(out: string, run: RunIdentity): Checkpoint | undefined {
  const path = checkpointPath(out);
  if (!existsSync(path)) return undefined;
  let parsed: Checkpoint;
  try {
    parsed = checkpointSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return undefined;
  }
  if (JSON.stringify(parsed.run) !== JSON.stringify(run)) return undefined;
  const long = (file: string, bytes: number | null): boolean => bytes === null || (existsSync(file) && statSync(file).size >= bytes);
  if (!long(`${out}.partial`, parsed.bytes.results) || !long(keysPath(out), parsed.bytes.keys) || (run.clean !== null && !long(`${run.clean}.partial`, parsed.bytes.clean))) return undefined;
  return parsed;
}

export function writeCheckpoint(out: string, checkpoint: Checkpoint): void {
  const path = checkpointPath(out);
  writeFileSync(`${path}.tmp`, JSON.stringify(checkpoint));
  renameSync(`${path}.tmp`, path);
}

export function removeCheckpoint(out: string): void {
  for (const file of [checkpointPath(out), keysPath(out)]) {
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  }
}

/** A file written from a known length on, cutting off whatever a killed run wrote after its last checkpoint. */
export class ResumableFile {
  readonly path: string;
  private readonly fd: number;
  /** Bytes written so far, from the start of the file. */
  bytes: number;

  constructor(path: string, bytes: number) {
    this.path = path;
    this.fd = openSync(path, bytes === 0 ? 'w' : 'r+');
    if (bytes > 0) ftruncateSync(this.fd, bytes);
    this.bytes = bytes;
  }

  write(text: string): void {
    if (text === '') return;
    const buffer = Buffer.from(text, 'utf8');
    for (let off = 0; off < buffer.length; ) off += writeSync(this.fd, buffer, off, buffer.length - off, this.bytes + off);
    this.bytes += buffer.length;
  }

  close(): void {
    closeSync(this.fd);
  }
}
