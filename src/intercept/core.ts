import type { IncomingRequest, OutgoingResponse } from '../mock/dispatch.js';
import type { Harness } from '../mock/harness.js';
import { handleAdmin } from '../server/admin.js';
import { createRouter, type Router } from '../server/router.js';

/** The origin the in-process transports answer for when none is given; `.test` is reserved (RFC 2606), so it never reaches a real host. */
export const DEFAULT_ORIGIN = 'http://vn06.test';

/** The HTTP server's body limit (src/server/http-server.ts): bodies are cut one byte past it, exactly as over HTTP. */
const SERVER_BODY_LIMIT = 1024 * 1024;

/** Headers Node's HTTP server keeps only the first of when a request repeats them (IncomingMessage.headers). */
const SINGLE_VALUED = new Set([
  'age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from', 'host', 'if-modified-since',
  'if-unmodified-since', 'last-modified', 'location', 'max-forwards', 'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent',
]);

/** A request as an in-process transport received it, before it becomes the pipeline's `IncomingRequest`. */
export interface RawRequest {
  readonly method: string;
  /** The request target: path and query string, as on an HTTP request line. */
  readonly target: string;
  /** Header lines in order, as name/value pairs; repeated names stay repeated. */
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array | null;
  /** The scheme and host the caller used (`http://vn06.test`); the `host` header wins when the caller set one, as over HTTP. */
  readonly origin: string;
}

/** Normalises an origin option (`http://vn06.test/` → `http://vn06.test`) and refuses anything that is not an http(s) URL. */
export function normaliseOrigin(origin: string = DEFAULT_ORIGIN): string {
  const url = new URL(origin);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`the in-process origin must be http or https, got ${JSON.stringify(origin)}`);
  return url.origin;
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

/** Cuts a body one byte past the server's limit and maps an empty body to `null`, as the HTTP server's body reader does. */
export function serverBody(bytes: Uint8Array | null): Uint8Array | null {
  if (bytes === null || bytes.byteLength === 0) return null;
  return bytes.byteLength > SERVER_BODY_LIMIT + 1 ? bytes.subarray(0, SERVER_BODY_LIMIT + 1) : bytes;
}

function plain(status: number, headers: Record<string, string>, body: string): OutgoingResponse {
  return { status, headers, body, reset: false, delayMs: 0 };
}

/**
 * Answers one in-process request exactly as src/server/http-server.ts answers it over HTTP: the admin API under /__admin, else the
 * router (rebuilt whenever a reset re-mounts the routes) → `harness.handle`, or `harness.unmatched` with the allowed methods, and the
 * server's 500 when the pipeline throws. Delays and resets are left to the transport.
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
      const body = serverBody(raw.body);
      if (url.pathname === '/__admin' || url.pathname.startsWith('/__admin/')) {
        const answer = handleAdmin(harness, raw.method, url.pathname, query, body === null ? '' : Buffer.from(body).toString('utf8'));
        return plain(answer.status, lowerCase(answer.headers), answer.body);
      }
      const headers = foldHeaders(raw.headers);
      headers.host ??= new URL(raw.origin).host;
      const scheme = new URL(raw.origin).protocol;
      const request: IncomingRequest = { method: raw.method, path: url.pathname, query, headers, body, origin: `${scheme}//${headers.host}` };
      const match = current().find(raw.method, url.pathname);
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
