import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { ErrorCode, HarnessError } from '../errors.js';

/** Where generated text goes: a file (written to FILE.partial, renamed when complete) or a stream such as stdout. */
export interface Sink {
  write(text: string): Promise<void>;
  /** Completes the output; a file appears under its name only now. */
  close(): Promise<void>;
  /** Abandons the output: a partial file is removed, never left under the real name. */
  abort(): void;
}

/** Opens a file for writing, failing at once with a clear error when the path cannot be written. */
export function fileSink(path: string, what: string): Sink {
  const partial = `${path}.partial`;
  let fd: number;
  try {
    fd = openSync(partial, 'w');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
    throw new HarnessError(ErrorCode.Unwritable, `Failed to open the ${what} file ${path}: ${reason}`, { cause });
  }
  let open = true;
  return {
    async write(text) {
      try {
        writeSync(fd, text);
      } catch (cause) {
        throw new HarnessError(ErrorCode.Unwritable, `Failed to write the ${what} file ${path}: ${(cause as NodeJS.ErrnoException).code ?? cause}`, { cause });
      }
    },
    async close() {
      if (!open) return;
      open = false;
      closeSync(fd);
      renameSync(partial, path);
    },
    abort() {
      if (!open) return;
      open = false;
      closeSync(fd);
      try {
        unlinkSync(partial);
      } catch {
        // already gone
      }
    },
  };
}

/** Writes to a stream, waiting when it asks to (backpressure). */
export function streamSink(stream: Writable): Sink {
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
    async close() {},
    abort() {},
  };
}
