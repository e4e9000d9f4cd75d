import type { IncomingRequest, OutgoingResponse } from '../mock/dispatch.js';
import type { Harness } from '../mock/harness.js';
import { handleAdmin } from './admin.js';
import { createRouter, type Router } from './router.js';

/** Headers Node's HTTP server keeps only the first of when a request repeats them (IncomingMessage.headers). */
const SINGLE_VALUED = new Set([
  'age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from', 'host', 'if-modified-since',
  'if-unmodified-since', 'last-modified', 'location', 'max-forwards', 'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent',
]);

/** A request as a transport received it, before it becomes the pipeline's `IncomingRequest`. */
export interface RawRequest {
  readonly method: string;
  /** The request target: path and query string, as on an HTTP request line. */
  readonly target: string;
  /** Header lines in order, as name/value pairs; repeated names stay repeated. */
  readonly headers: readonly (readonly [string, string])[];
  /** The scheme and host the caller used (`http://vn06.test`); the `host` header wins when the caller set one. */
  readonly origin: string;
  /** Reads the body, keeping at most `limit + 1` bytes (enough to answer 413 without holding an oversized body); null when empty. */
  readBody(limit: number): Promise<Uint8Array | null>;
  /** The body as a stream, for routes that read it as one (batch uploads); never buffered. */
  stream(): AsyncIterable<Uint8Array>;
}

/** A body already in memory (the in-process transports), as a `RawRequest` body source. */
export function bytesSource(bytes: Uint8Array | null): Pick<RawRequest, 'readBody' | 'stream'> {
  const present = bytes !== null && bytes.byteLength > 0 ? bytes : null;
  return {
    readBody: async (limit) => (present === null ? null : present.byteLength > limit + 1 ? present.subarray(0, limit + 1) : present),
    async *stream() {
      if (present !== null) yield present;
    },
  };
}

/** Folds header lines into a record the way Node's HTTP server does: lower-case names, first value of single-valued headers, cookies joined by `; `, the rest by `, `. */
export function foldHeaders(lines: readonly (readonly [string, string])[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [rawName, value] of lines) {
    const name = rawName.toLowerCase();
    const seen = out[name];
    if (seen === undefined) out[name] = value;
    else if (SINGLE_VALUED.has(name)) continue;
    else out[name] = `${seen}${name === 'cookie' ? '; ' : ', '}${value}`;
  }
  return out;
}

function plain(status: number, headers: Record<string, string>, body: string): OutgoingResponse {
  return { status, headers, body, reset: false, delayMs: 0 };
}

const origins = new Map<string, { scheme: string; host: string }>();

/** The scheme and host of an origin, parsed once per distinct origin (a transport has one or two). */
function originParts(origin: string): { scheme: string; host: string } {
  let parts = origins.get(origin);
  if (!parts) {
    try {
      const url = new URL(origin);
      parts = { scheme: url.protocol, host: url.host };
    } catch {
      // A Host header that makes no URL (spaces, junk): the request still gets an answer, not a 500.
      return { scheme: origin.startsWith('https:') ? 'https:' : 'http:', host: 'invalid-host' };
    }
    if (origins.size < 64) origins.set(origin, parts);
  }
  return parts;
}

/**
 * Answers one request for either transport: the admin API under /__admin, else the router (rebuilt whenever a reset
 * re-mounts the routes) → `harness.handle`, or `harness.unmatched` with the allowed methods, and a 500 naming the bug
 * when the pipeline throws. Delays and resets are left to the transport.
 */
export function createAnswerer(harness: Harness): (raw: RawRequest) => Promise<OutgoingResponse> {
  let routes = harness.routes;
  let router: Router = createRouter(routes);
  const current = (): Router => {
    if (harness.routes !== routes) {
      routes = harness.routes;
      router = createRouter(routes);
    }
    return router;
  };
  return async (raw) => {
    try {
      const url = new URL(raw.target || '/', 'http://localhost');
      const query = Object.fromEntries(url.searchParams);
      if (url.pathname === '/__admin' || url.pathname.startsWith('/__admin/')) {
        const body = await raw.readBody(harness.bodyLimit);
        const answer = handleAdmin(harness, raw.method, url.pathname, query, body === null ? '' : Buffer.from(body).toString('utf8'));
        return plain(answer.status, lowerCase(answer.headers), answer.body);
      }
      const headers = foldHeaders(raw.headers);
      const { scheme, host } = originParts(raw.origin);
      headers.host ??= host;
      try {
        decodeURIComponent(url.pathname);
      } catch {
        const base: IncomingRequest = { method: raw.method, path: url.pathname, query, headers, body: null, origin: `${scheme}//${headers.host}` };
        return harness.reject(base, { status: 400, code: 'bad_request', message: `the path ${url.pathname} is not valid percent-encoding` });
      }
      const match = current().find(raw.method, url.pathname);
      const streaming = match?.route.route.bodyFormat === 'stream';
      const body = streaming ? null : await raw.readBody(harness.bodyLimit);
      const request: IncomingRequest = { method: raw.method, path: url.pathname, query, headers, body, origin: `${scheme}//${headers.host}`, ...(streaming ? { stream: raw.stream() } : {}) };
      return match ? await harness.handle(match.route, match.params, request) : harness.unmatched(request, current().allowed(url.pathname));
    } catch (error) {
      return plain(500, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify({ error: { code: 'internal', message: `a bug in vn06: ${(error as Error).message}` } }));
    }
  };
}

function lowerCase(headers: Readonly<Record<string, string | number | readonly string[]>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  return out;
}
