import { mix32 } from './prng.js';

/**
 * A keyed bijection on [0, 10^digits): a balanced decimal Feistel network (even digit counts) with cycle walking (odd ones).
 * Used to give every citizen a unique, random-looking serial from an index without storing what was issued.
 */
export function createPermutation(digits: number, key: number): (index: number) => number {
  const half = Math.ceil(digits / 2);
  const modulus = 10 ** half;
  const domain = modulus * modulus;
  const size = 10 ** digits;
  const keys = [mix32(key ^ 0x1b873593), mix32(key ^ 0xcc9e2d51), mix32(key ^ 0xe6546b64), mix32(key ^ 0x85ebca6b)];
  const round = (value: number): number => {
    let l = Math.floor(value / modulus);
    let r = value - l * modulus;
    for (const k of keys) {
      const f = mix32(k ^ Math.imul(r, 0x9e3779b1)) % modulus;
      const next = (l + f) % modulus;
      l = r;
      r = next;
    }
    return l * modulus + r;
  };
  return (index: number): number => {
    if (index < 0 || index >= size) throw new RangeError(`index ${index} outside [0, ${size})`);
    let v = round(index);
    while (v >= size) v = round(v);
    return v;
  };
}
