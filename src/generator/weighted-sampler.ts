import type { Rng } from './prng.js';

/** Draws one of a fixed list of values in O(1) by Walker's alias method. */
export interface Sampler<T> {
  readonly values: readonly T[];
  /** Each value's probability, in the order of `values`. */
  readonly probabilities: readonly number[];
  sample(rng: Rng): T;
}

/** Builds an alias-method sampler from values and their (positive, unnormalised) weights. */
export function createSampler<T>(values: readonly T[], weights: readonly number[]): Sampler<T> {
  const n = values.length;
  if (n === 0 || n !== weights.length) throw new Error(`Failed to build a sampler: ${n} values and ${weights.length} weights`);
  const total = weights.reduce((s, w) => s + w, 0);
  if (!(total > 0)) throw new Error('Failed to build a sampler: the weights sum to zero');
  const probabilities = weights.map((w) => w / total);
  const prob = new Float64Array(n);
  const alias = new Int32Array(n);
  const scaled = probabilities.map((p) => p * n);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length > 0 && large.length > 0) {
    const s = small.pop()!;
    const l = large.pop()!;
    prob[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! + scaled[s]! - 1;
    (scaled[l]! < 1 ? small : large).push(l);
  }
  for (const i of large) prob[i] = 1;
  for (const i of small) prob[i] = 1;
  return {
    values,
    probabilities,
    sample(rng: Rng): T {
      const u = rng.float() * n;
      const i = Math.floor(u);
      return values[u - i < prob[i]! ? i : alias[i]!]!;
    },
  };
}

/** Builds a sampler from `{ value, weight }` entries. */
export function samplerOf<T extends { value: string; weight: number }>(entries: readonly T[]): Sampler<string> {
  return createSampler(
    entries.map((e) => e.value),
    entries.map((e) => e.weight),
  );
}
