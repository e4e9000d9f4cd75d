import { redactHeaders, redactQuery, redactText, redactValue } from './redact.js';
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

/**
 * What the pipeline hands the journal: the request and response as they were, secrets included. They are redacted
 * when the entry is first read (listed or exported), so the hot path pays for none of it and nothing unredacted
 * ever leaves the journal.
 */
export interface JournalRecord {
  /** Milliseconds since the epoch, from the harness clock. */
  readonly at: number;
  readonly system: string | null;
  readonly route: string | null;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly client: string | null;
  readonly requestHeaders: Readonly<Record<string, string>>;
  /** The parsed body (JSON or form), text, or null. */
  readonly requestBody: unknown;
  readonly status: number;
  readonly responseHeaders: Readonly<Record<string, string>>;
  /** The route's body: an object (JSON) or text. */
  readonly responseBody: unknown;
  readonly durationMs: number;
  readonly fault: string | null;
  readonly violations: readonly string[];
}

/** Redacts a body for reading; text is already bounded when it is journaled (src/mock/dispatch.ts), this bound is a backstop. */
function redactBody(body: unknown, limit = 17 * 1024): unknown {
  if (typeof body !== 'string') return redactValue(body);
  const trimmed = body.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return redactValue(JSON.parse(body));
    } catch {
      // not JSON after all: kept as text
    }
  }
  return redactText(body.slice(0, limit));
}

function view(seq: number, r: JournalRecord): JournalEntry {
  return {
    seq,
    time: new Date(r.at).toISOString(),
    system: r.system,
    route: r.route,
    method: r.method,
    path: r.path,
    query: redactQuery(r.query),
    client: r.client,
    request: { headers: redactHeaders(r.requestHeaders), body: redactBody(r.requestBody) },
    response: { status: r.status, headers: r.responseHeaders, body: redactBody(r.responseBody) },
    durationMs: r.durationMs,
    fault: r.fault,
    violations: r.violations,
  };
}

/** A bounded journal: the newest `capacity` entries are kept, older ones dropped, so a long run cannot exhaust memory. */
export class Journal {
  // A ring in three parallel arrays (no wrapper object per request): the records as handed over, their sequence
  // numbers, and their redacted views once read.
  private readonly records: JournalRecord[] = [];
  private readonly seqs: number[] = [];
  private readonly views: (JournalEntry | undefined)[] = [];
  private start = 0;
  private nextSeq = 1;
  private droppedCount = 0;
  readonly capacity: number;

  constructor(capacity = 10_000) {
    this.capacity = capacity;
  }

  /** Records one request and its response; returns the entry's sequence number. */
  add(record: JournalRecord): number {
    const seq = this.nextSeq++;
    if (this.records.length < this.capacity) {
      this.records.push(record);
      this.seqs.push(seq);
      this.views.push(undefined);
    } else {
      this.records[this.start] = record;
      this.seqs[this.start] = seq;
      this.views[this.start] = undefined;
      this.start = (this.start + 1) % this.capacity;
      this.droppedCount++;
    }
    return seq;
  }

  /** Entries oldest first, optionally filtered, secrets redacted. */
  list(filter: JournalFilter = {}): JournalEntry[] {
    const out: JournalEntry[] = [];
    const count = this.records.length;
    for (let n = 0; n < count; n++) {
      const i = (this.start + n) % count;
      const r = this.records[i]!;
      const seq = this.seqs[i]!;
      if (
        (filter.system === undefined || r.system === filter.system) &&
        (filter.route === undefined || r.route === filter.route) &&
        (filter.client === undefined || r.client === filter.client) &&
        (filter.status === undefined || r.status === filter.status) &&
        (filter.violation === undefined || r.violations.includes(filter.violation)) &&
        (filter.sinceSeq === undefined || seq >= filter.sinceSeq)
      ) {
        const seen = this.views[i] ?? view(seq, r);
        this.views[i] = seen;
        out.push(seen);
      }
    }
    return out;
  }

  /** The sequence number the next entry will get: pass it as `sinceSeq` to read only what happens from now on. */
  get mark(): number {
    return this.nextSeq;
  }

  /** How many entries were dropped because the journal was full. */
  get dropped(): number {
    return this.droppedCount;
  }

  clear(): void {
    this.records.length = 0;
    this.seqs.length = 0;
    this.views.length = 0;
    this.start = 0;
  }

  /** The entries as NDJSON, one line each. */
  toNdjson(filter: JournalFilter = {}): string {
    return this.list(filter)
      .map((e) => `${JSON.stringify(e)}\n`)
      .join('');
  }
}
