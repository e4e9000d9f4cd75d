/**
 * A small, fast, seeded pseudo-random generator (sfc32) with a splitmix32 seeder.
 * Integer arithmetic only, so the same seed gives the same stream on every machine.
 */
export interface Rng {
  /** A uniform unsigned 32-bit integer. */
  uint32(): number;
  /** A uniform float in [0, 1). */
  float(): number;
  /** A uniform integer in [0, n). */
  int(n: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
}

const TWO_POW_32 = 4294967296;

/** Mixes one 32-bit value into a well-spread 32-bit hash (splitmix32 finaliser). */
export function mix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/** Hashes a seed (a safe integer) and any number of stream keys into one 32-bit value. */
export function hashKeys(seed: number, ...keys: number[]): number {
  let h = mix32((seed % TWO_POW_32) >>> 0) ^ mix32(Math.floor(seed / TWO_POW_32) >>> 0);
  for (const k of keys) h = mix32(h ^ mix32((k % TWO_POW_32) >>> 0) ^ Math.floor(k / TWO_POW_32));
  return h >>> 0;
}

class Sfc32 implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = mix32(seed);
    this.b = mix32(this.a ^ 0x85ebca6b);
    this.c = mix32(this.b ^ 0xc2b2ae35);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  float(): number {
    return this.uint32() / TWO_POW_32;
  }

  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }
}

/** Creates the generator for one stream: the same (seed, keys) always gives the same numbers. */
export function createRng(seed: number, ...keys: number[]): Rng {
  return new Sfc32(hashKeys(seed, ...keys));
}
