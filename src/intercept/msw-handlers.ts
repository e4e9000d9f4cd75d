import { STATUS_CODES } from 'node:http';
// node:timers/promises keeps real time even when a test fakes the global timers, so an injected latency still elapses.
import { setTimeout as sleep } from 'node:timers/promises';
import { http, HttpResponse, type HttpHandler, type HttpResponseResolver } from 'msw';
import type { Harness } from '../mock/harness.js';
import type { HttpMethod } from '../mock/route.js';
import { bytesSource, createAnswerer, DEFAULT_ORIGIN, normaliseOrigin, type InterceptOptions } from './core.js';

const byMethod: Readonly<Record<HttpMethod, typeof http.get>> = { GET: http.get, POST: http.post, PUT: http.put, PATCH: http.patch, DELETE: http.delete };

/**
 * Builds a response the way the HTTP server writes one: the pipeline's status, headers and body, Node's reason phrase, and no body
 * (so no implied Content-Type) when the pipeline's body is empty or the request was HEAD (Node never sends a body to HEAD).
 */
function toResponse(method: string, status: number, headers: Readonly<Record<string, string>>, body: string): HttpResponse<string> {
  const empty = body === '' || method === 'HEAD' || status === 204 || status === 304;
  return new HttpResponse(empty ? null : body, { status, statusText: STATUS_CODES[status] ?? '', headers: { ...headers } });
}

/**
 * MSW 2 request handlers for a harness: one per mounted route (`http.get(origin + path)` and so on), then one catch-all for every
 * other path on the origin, so unknown paths and wrong methods get the same 404 and 405 (and /__admin the same admin API) as over HTTP.
 * Every handler answers through the HTTP server's own router and the shared pipeline, re-reading `harness.routes` on each request, so a
 * `harness.reset()` (fresh state, re-mounted routes) is honoured without rebuilding the handlers.
 */
export function createMswHandlers(harness: Harness, options: InterceptOptions = {}): HttpHandler[] {
  const origin = normaliseOrigin(options.origin ?? DEFAULT_ORIGIN);
  const answer = createAnswerer(harness);
  const resolver: HttpResponseResolver = async ({ request }) => {
    const url = new URL(request.url);
    const bytes = new Uint8Array(await request.arrayBuffer());
    const headers: [string, string][] = [];
    request.headers.forEach((value, name) => headers.push([name, value]));
    const response = await answer({ method: request.method, target: url.pathname + url.search, headers, origin: url.origin, ...bytesSource(bytes) });
    if (response.delayMs > 0) await sleep(response.delayMs);
    if (response.reset) return HttpResponse.error();
    return toResponse(request.method, response.status, response.headers, response.body);
  };
  const seen = new Set<string>();
  const handlers: HttpHandler[] = [];
  for (const mounted of harness.routes) {
    const key = `${mounted.route.method} ${mounted.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    handlers.push(byMethod[mounted.route.method](`${origin}${mounted.path}`, resolver));
  }
  handlers.push(http.all(`${origin}/*`, resolver));
  return handlers;
}
