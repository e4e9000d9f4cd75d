import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { ErrorCode, HarnessError } from '../errors.js';
import { seedFiles, type SeedFileName } from './table-schemas.js';

/** Finds `seeds/tables` by walking up from this module (it runs from `src/` in tests and from `dist/src/` when built). */
function findTablesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'seeds', 'tables');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new HarnessError(ErrorCode.SeedTable, 'Failed to find the seed tables: no seeds/tables folder above the vn06 package');
}

function findNonNfc(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value === value.normalize('NFC') ? undefined : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNonNfc(value[i], `${path}[${i}]`);
      if (hit) return hit;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = findNonNfc(v, `${path}.${k}`);
      if (hit) return hit;
    }
  }
  return undefined;
}

const cache = new Map<SeedFileName, unknown>();

/** Loads one seed table, validated by its schema and checked to be Unicode NFC throughout; immutable and read once per process. */
export function loadTable<N extends SeedFileName>(name: N): z.infer<(typeof seedFiles)[N]> {
  const hit = cache.get(name);
  if (hit) return hit as z.infer<(typeof seedFiles)[N]>;
  const file = join(findTablesDir(), name);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new HarnessError(ErrorCode.SeedTable, `Failed to read the seed table ${name}: ${(cause as Error).message}`, { cause });
  }
  const parsed = seedFiles[name].safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HarnessError(ErrorCode.SeedTable, `Failed to load the seed table ${name}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`);
  }
  const nonNfc = findNonNfc(parsed.data, name);
  if (nonNfc) throw new HarnessError(ErrorCode.SeedTable, `Failed to load the seed table ${name}: ${nonNfc} is not Unicode NFC`);
  cache.set(name, Object.freeze(parsed.data));
  return parsed.data as z.infer<(typeof seedFiles)[N]>;
}
