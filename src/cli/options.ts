import { z } from 'zod';
import { ErrorCode, HarnessError } from '../errors.js';

/** Parses a whole-number flag value within bounds, naming the flag in the error. */
export function wholeNumber(flag: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const cleaned = value.replace(/_/g, '');
    const n = /^\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new HarnessError(ErrorCode.BadValue, `Failed to read ${flag}: ${JSON.stringify(value)} is not a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}`);
    }
    return n;
  };
}

/** Validates a parsed configuration once, turning the first zod issue into a HarnessError that names the flag. */
export function parseConfig<T extends z.ZodType>(schema: T, raw: unknown, flagOf: (key: string) => string): Readonly<z.infer<T>> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    throw new HarnessError(ErrorCode.BadValue, `Failed to read ${flagOf(key)}: ${issue.message}`);
  }
  return Object.freeze(result.data);
}
