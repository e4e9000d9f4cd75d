import type { HttpMethod } from './route.js';

/** One request and its response, as the mock saw them, secrets redacted. */
export interface JournalEntry {
  readonly seq: number;
  /** ISO 8601, from the harness clock. */
  readonly time: string;
  readonly system: string | null;
  readonly route: string | null;
  readonly method: HttpMethod | string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly client: string | null;
  readonly request: { readonly headers: Readonly<Record<string, string>>; readonly body: unknown };
  readonly response: { readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: unknown };
  readonly durationMs: number;
  /** The fault applied to this request, if any. */
  readonly fault: string | null;
  /** Rule breaches the mock noticed, e.g. `token-in-query`. */
  readonly violations: readonly string[];
}

export interface JournalFilter {
  readonly system?: string;
  readonly route?: string;
  readonly client?: string;
  readonly status?: number;
  readonly violation?: string;
  readonly sinceSeq?: number;
}

/** A bounded journal: the newest `capacity` entries are kept, older ones dropped, so a long run cannot exhaust memory. */
export class Journal {
  private readonly entries: JournalEntry[] = [];
  private start = 0;
  private nextSeq = 1;
  private droppedCount = 0;
  readonly capacity: number;

  constructor(capacity = 10_000) {
    this.capacity = capacity;
  }

  /** The sequence number the next entry will get. */
  peekSeq(): number {
    return this.nextSeq;
  }

  add(entry: Omit<JournalEntry, 'seq'>): JournalEntry {
    const full = { seq: this.nextSeq++, ...entry };
    if (this.entries.length < this.capacity) this.entries.push(full);
    else {
      this.entries[this.start] = full;
      this.start = (this.start + 1) % this.capacity;
      this.droppedCount++;
    }
    return full;
  }

  /** Entries oldest first, optionally filtered. */
  list(filter: JournalFilter = {}): JournalEntry[] {
    const ordered = [...this.entries.slice(this.start), ...this.entries.slice(0, this.start)];
    return ordered.filter(
      (e) =>
        (filter.system === undefined || e.system === filter.system) &&
        (filter.route === undefined || e.route === filter.route) &&
        (filter.client === undefined || e.client === filter.client) &&
        (filter.status === undefined || e.response.status === filter.status) &&
        (filter.violation === undefined || e.violations.includes(filter.violation)) &&
        (filter.sinceSeq === undefined || e.seq >= filter.sinceSeq),
    );
  }

  /** How many entries were dropped because the journal was full. */
  get dropped(): number {
    return this.droppedCount;
  }

  clear(): void {
    this.entries.length = 0;
    this.start = 0;
  }

  /** The entries as NDJSON, one line each. */
  toNdjson(filter: JournalFilter = {}): string {
    return this.list(filter)
      .map((e) => `${JSON.stringify(e)}\n`)
      .join('');
  }
}
