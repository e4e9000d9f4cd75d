const TRIPLES = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

/** Zero-pads a non-negative integer below 10^6 to `width` digits (at most 6). */
export function padDigits(n: number, width: number): string {
  if (width <= 3) return width === 3 ? TRIPLES[n]! : TRIPLES[n]!.slice(3 - width);
  const high = Math.floor(n / 1000);
  return (width === 6 ? TRIPLES[high]! : TRIPLES[high]!.slice(6 - width)) + TRIPLES[n - high * 1000]!;
}

/** The Feistel round function: a 31-bit hash of the half and the round key (small integers stay fast in V8). */
function round(key: number, half: number): number {
  let z = Math.imul(key ^ half, 0x9e3779b1);
  z ^= z >>> 16;
  z = Math.imul(z, 0x85ebca6b);
  z ^= z >>> 13;
  return z & 0x7fffffff;
}

function roundKey(key: number, salt: number): number {
  return round(key, salt) ^ 0x5bd1e995;
}

/**
 * A keyed bijection from [0, 10^digits) to the `digits`-digit strings: a four-round decimal Feistel network whose two
 * halves may differ in size (10^⌊d/2⌋ and 10^⌈d/2⌉, the moduli swapping each round), so no cycle walking is needed.
 * Used to give every citizen a unique, random-looking serial from an index without storing what was issued.
 * Works on halves of at most six digits, so the arithmetic stays in small integers for up to 12 digits.
 */
export function createSerials(digits: number, key: number): (index: number) => string {
  const smallDigits = Math.floor(digits / 2);
  const largeDigits = digits - smallDigits;
  const small = 10 ** smallDigits;
  const large = 10 ** largeDigits;
  const size = small * large;
  const k0 = roundKey(key, 1);
  const k1 = roundKey(key, 2);
  const k2 = roundKey(key, 3);
  const k3 = roundKey(key, 4);
  // Scales a 31-bit hash into [0, m) with a multiplication: integer division is the slow part of a round.
  const smallScale = small / 2147483648;
  const largeScale = large / 2147483648;
  return (index: number): string => {
    if (!(index >= 0 && index < size)) throw new RangeError(`index ${index} outside [0, ${size})`);
    // (l, r) ∈ Z_small × Z_large; each round maps (l, r) to (r, (l + F(r)) mod |l|), swapping the moduli.
    let l = Math.floor(index / large);
    let r = index - l * large;
    let next = l + Math.floor(round(k0, r) * smallScale);
    if (next >= small) next -= small;
    l = r;
    r = next;
    next = l + Math.floor(round(k1, r) * largeScale);
    if (next >= large) next -= large;
    l = r;
    r = next;
    next = l + Math.floor(round(k2, r) * smallScale);
    if (next >= small) next -= small;
    l = r;
    r = next;
    next = l + Math.floor(round(k3, r) * largeScale);
    if (next >= large) next -= large;
    return padDigits(r, smallDigits) + padDigits(next, largeDigits);
  };
}
