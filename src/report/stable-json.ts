/** A JSON-safe copy of `value` with object keys sorted, so the same data always serializes to the same text. */
export function sortKeys(value: unknown, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  let out: unknown;
  if (Array.isArray(value)) out = value.map((v) => sortKeys(v, seen));
  else if (value instanceof Date) out = value.toISOString();
  else {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined && typeof v !== 'function') sorted[key] = sortKeys(v, seen);
    }
    out = sorted;
  }
  seen.delete(value);
  return out;
}

/** `JSON.stringify` with sorted keys; `undefined` becomes `null`. */
export function stableJson(value: unknown, indent?: number): string {
  return JSON.stringify(sortKeys(value), null, indent) ?? 'null';
}
