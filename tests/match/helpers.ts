import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh folder for one test file's inputs and outputs. */
export const scratch = (): string => mkdtempSync(join(tmpdir(), 'vn06-match-'));

/** The lines of an NDJSON file, parsed. */
export function ndjson<T = Record<string, any>>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);
}
