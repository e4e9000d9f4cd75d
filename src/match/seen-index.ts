/**
 * The duplicate finder's memory: for each person (and sector key) seen, the number of their first record. Keys are
 * kept as 64-bit hashes in typed arrays (24 to 48 bytes a person, not a string each), so ten million persons fit in a
 * few hundred megabytes; two different keys share a hash with a probability of about n²/2⁶⁵ (3·10⁻⁸ at a million).
 */
const EMPTY = 0;

/** Two independent 32-bit hashes of a string (FNV-1a and a Murmur-style mix), never both zero. */
function hash64(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a >>>= 0;
  b = (Math.imul(b ^ (b >>> 13), 0xc2b2ae35) ^ text.length) >>> 0;
  return a === 0 && b === 0 ? [1, 0] : [a, b];
}

export class SeenIndex {
  private hi = new Uint32Array(1 << 16);
  private lo = new Uint32Array(1 << 16);
  private records = new Uint32Array(1 << 16);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The first record of this key, or undefined (and the key is remembered as `record`'s). */
  firstOrAdd(key: string, record: number): number | undefined {
    const [a, b] = hash64(key);
    const found = this.find(a, b);
    if (found >= 0) return this.records[found];
    this.insert(a, b, record);
    return undefined;
  }

  /** Remembers a key's first record (reading a checkpoint back). */
  set(key: string, record: number): void {
    const [a, b] = hash64(key);
    if (this.find(a, b) < 0) this.insert(a, b, record);
  }

  private find(a: number, b: number): number {
    const mask = this.hi.length - 1;
    for (let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask; ; i = (i + 1) & mask) {
      if (this.hi[i] === EMPTY && this.lo[i] === EMPTY) return -1;
      if (this.hi[i] === a && this.lo[i] === b) return i;
    }
  }

  private insert(a: number, b: number, record: number): void {
    if ((this.count + 1) * 2 > this.hi.length) this.grow();
    const mask = this.hi.length - 1;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    while (this.hi[i] !== EMPTY || this.lo[i] !== EMPTY) i = (i + 1) & mask;
    this.hi[i] = a;
    this.lo[i] = b;
    this.records[i] = record;
    this.count++;
  }

  private grow(): void {
    const { hi, lo, records } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(hi.length * 2);
    this.records = new Uint32Array(hi.length * 2);
    this.count = 0;
    for (let i = 0; i < hi.length; i++) if (hi[i] !== EMPTY || lo[i] !== EMPTY) this.insert(hi[i]!, lo[i]!, records[i]!);
  }
}
