import type { IncomingRequest, OutgoingResponse } from '../mock/dispatch.js';
import { andThen, isPending, type Eventually } from '../mock/eventually.js';
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
  /**
   * Header lines in order, as name/value pairs (repeated names stay repeated), or a record already folded the way
   * `foldHeaders` folds them (Node's `IncomingMessage.headers` when the request has no Set-Cookie); the pipeline may add `host` to it.
   */
  readonly headers: readonly (readonly [string, string])[] | Record<string, string>;
  /** The scheme and host the caller used (`http://vn06.test`); the `host` header wins when the caller set one. */
  readonly origin: string;
  /** Reads the body, keeping at most `limit + 1` bytes (enough to answer 413 without holding an oversized body); null when empty. */
  readBody(limit: number): Eventually<Uint8Array | null>;
  /** The body as a stream, for routes that read it as one (batch uploads); never buffered. */
  stream(): AsyncIterable<Uint8Array>;
}

/** A body already in memory (the in-process transports), as a `RawRequest` body source. */
export function bytesSource(bytes: Uint8Array | null): Pick<RawRequest, 'readBody' | 'stream'> {
  const present = bytes !== null && bytes.byteLength > 0 ? bytes : null;
  return {
    readBody: (limit) => (present === null ? null : present.byteLength > limit + 1 ? present.subarray(0, limit + 1) : present),
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
    // `typeof`, not `=== undefined`: a header named like an Object.prototype member (`constructor`) starts fresh, as in Node.
    if (typeof seen !== 'string') out[name] = value;
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
 * A request target the WHATWG URL parser leaves as it is: path segments of characters it does not escape, none of them
 * `.` or `..`, no percent sign, not starting with `//`; then optionally one `?` and a query of characters it does not
 * escape either. Such a target is split by hand; any other goes through `new URL`, with the same result.
 */
const PLAIN_TARGET = /^(?!\/\/)(?:\/(?!\.\.?(?:[/?]|$))[\w\-.~!$&'()*+,;=:@]*)+(?:\?[\w\-.~!$&'()*+,;=:@%/]*)?$/;

/** The query of a target without one, shared (frozen: no request can change another's). */
const NO_QUERY: Readonly<Record<string, string>> = Object.freeze({});

/** The path and the query parameters of a request target, as `new URL(target, base)` gives them. */
export function splitTarget(target: string): { path: string; query: Readonly<Record<string, string>> } {
  if (PLAIN_TARGET.test(target)) {
    const mark = target.indexOf('?');
    if (mark < 0) return { path: target, query: NO_QUERY };
    return { path: target.slice(0, mark), query: Object.fromEntries(new URLSearchParams(target.slice(mark + 1))) };
  }
  const url = new URL(target || '/', 'http://localhost');
  return { path: url.pathname, query: Object.fromEntries(url.searchParams) };
}

function internalError(error: unknown): OutgoingResponse {
  return plain(500, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify({ error: { code: 'internal', message: `a bug in vn06: ${(error as Error).message}` } }));
}

async function answerAdmin(harness: Harness, raw: RawRequest, path: string, query: Readonly<Record<string, string>>): Promise<OutgoingResponse> {
  const body = await raw.readBody(harness.bodyLimit);
  const answer = handleAdmin(harness, raw.method, path, query, body === null ? '' : Buffer.from(body).toString('utf8'));
  return plain(answer.status, lowerCase(answer.headers), answer.body);
}

/**
 * Answers one request for either transport: the admin API under /__admin, else the router (rebuilt whenever a reset
 * re-mounts the routes) → `harness.handle`, or `harness.unmatched` with the allowed methods, and a 500 naming the bug
 * when the pipeline throws. The answer comes at once unless a step waits (a body to read, a token seen for the first
 * time, a route that awaits): the HTTP server uses this. Delays and resets are left to the transport.
 */
export function createEagerAnswerer(harness: Harness): (raw: RawRequest) => Eventually<OutgoingResponse> {
  let routes = harness.routes;
  let router: Router = createRouter(routes);
  const current = (): Router => {
    if (harness.routes !== routes) {
      routes = harness.routes;
      router = createRouter(routes);
    }
    return router;
  };
  // The journal holds the headers of its last 10,000 requests, and a client sends the same values request after
  // request (an Authorization header is a JWT of some 800 bytes): a value equal to the previous request's is replaced
  // by that one, so the journal holds one copy of it, not one per request.
  let previous: Readonly<Record<string, string>> = {};
  const answer = (raw: RawRequest): Eventually<OutgoingResponse> => {
    const { path, query } = splitTarget(raw.target);
    if (path === '/__admin' || path.startsWith('/__admin/')) return answerAdmin(harness, raw, path, query);
    const headers = Array.isArray(raw.headers) ? foldHeaders(raw.headers) : (raw.headers as Record<string, string>);
    for (const name in headers) {
      const before = previous[name];
      if (before !== undefined && before === headers[name]) headers[name] = before;
    }
    previous = headers;
    const { scheme, host } = originParts(raw.origin);
    headers.host ??= host;
    const origin = `${scheme}//${headers.host}`;
    if (path.includes('%')) {
      try {
        decodeURIComponent(path);
      } catch {
        const base: IncomingRequest = { method: raw.method, path, query, headers, body: null, origin };
        return harness.reject(base, { status: 400, code: 'bad_request', message: `the path ${path} is not valid percent-encoding` });
      }
    }
    const match = current().find(raw.method, path);
    const streaming = match?.route.route.bodyFormat === 'stream';
    return andThen(streaming ? null : raw.readBody(harness.bodyLimit), (body) => {
      const request: IncomingRequest = { method: raw.method, path, query, headers, body, origin, stream: streaming ? raw.stream() : undefined };
      return match ? harness.handle(match.route, match.params, request) : harness.unmatched(request, current().allowed(path));
    });
  };
  return (raw) => {
    try {
      const response = answer(raw);
      return isPending(response) ? Promise.resolve(response).catch(internalError) : response;
    } catch (error) {
      return internalError(error);
    }
  };
}

/** Answers one request for either transport, as a promise (see `createEagerAnswerer`). */
export function createAnswerer(harness: Harness): (raw: RawRequest) => Promise<OutgoingResponse> {
  const answer = createEagerAnswerer(harness);
  return async (raw) => answer(raw);
}

function lowerCase(headers: Readonly<Record<string, string | number | readonly string[]>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  return out;
}
