import { STATUS_CODES } from 'node:http';
// node:timers/promises keeps real time even when a test fakes the global timers, so an injected latency still elapses.
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, Dispatcher, errors, Response as UndiciResponse } from 'undici';
import type { OutgoingResponse } from '../mock/dispatch.js';
import type { Harness } from '../mock/harness.js';
import { bytesSource, createAnswerer, DEFAULT_ORIGIN, normaliseOrigin, type InterceptOptions, type RawRequest } from './core.js';

type Handler = Dispatcher.DispatchHandler;
type Controller = Dispatcher.DispatchController;

/** Options of the undici dispatcher: the in-process origin, and where requests for other origins go. */
export interface UndiciDispatcherOptions extends InterceptOptions {
  /** Receives requests for every other origin (default: an undici `Agent` made on first use and closed by `close()`). */
  readonly fallback?: Dispatcher;
}

/** The controller handed to a handler: abort, pause and resume over an in-process exchange. */
class InProcessController implements Controller {
  #aborted = false;
  #paused = false;
  #reason: Error | null = null;
  #resumed: (() => void) | null = null;
  readonly #onAbort: (reason: Error) => void;

  constructor(onAbort: (reason: Error) => void) {
    this.#onAbort = onAbort;
  }

  get aborted(): boolean {
    return this.#aborted;
  }
  get paused(): boolean {
    return this.#paused;
  }
  get reason(): Error | null {
    return this.#reason;
  }
  abort(reason: Error): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason;
    this.#onAbort(reason);
    this.resume();
  }
  pause(): void {
    this.#paused = true;
  }
  resume(): void {
    this.#paused = false;
    const resumed = this.#resumed;
    this.#resumed = null;
    resumed?.();
  }
  /** Resolves once the handler no longer holds the exchange paused (at once when it does not). */
  flowing(): Promise<void> {
    if (!this.#paused || this.#aborted) return Promise.resolve();
    return new Promise((resolve) => {
      this.#resumed = resolve;
    });
  }
}

/** The legacy callbacks (`onConnect`, `onHeaders`, `onData`, `onComplete`, `onError`) that undici's own `request()` and `fetch()` still pass. */
interface LegacyHandler {
  onConnect?(abort: (reason?: Error) => void, context?: unknown): void;
  onResponseStarted?(): void;
  onHeaders?(statusCode: number, rawHeaders: Buffer[], resume: () => void, statusText: string): boolean | void;
  onData?(chunk: Buffer): boolean | void;
  onComplete?(trailers: Buffer[] | null): void;
  onError?(error: Error): void;
}

/** Presents a legacy handler through the controller API (as undici's internal WrapHandler does), so one code path drives both. */
function asControllerHandler(handler: Handler): Handler {
  if (typeof handler.onRequestStart === 'function') return handler;
  const legacy = handler as unknown as LegacyHandler;
  return {
    onRequestStart: (controller, context) => legacy.onConnect?.((reason) => controller.abort(reason ?? new errors.RequestAbortedError()), context),
    onResponseStart: (controller, statusCode, headers, statusMessage) => {
      legacy.onResponseStarted?.();
      const raw: Buffer[] = [];
      for (const [name, value] of Object.entries(headers)) {
        for (const v of Array.isArray(value) ? value : [value ?? '']) raw.push(Buffer.from(name, 'latin1'), Buffer.from(String(v), 'latin1'));
      }
      if (legacy.onHeaders?.(statusCode, raw, () => controller.resume(), statusMessage ?? '') === false) controller.pause();
    },
    onResponseData: (controller, chunk) => {
      if (legacy.onData?.(chunk) === false) controller.pause();
    },
    onResponseEnd: () => legacy.onComplete?.([]),
    onResponseError: (_controller, error) => {
      if (!legacy.onError) throw error;
      legacy.onError(error);
    },
  };
}

function text(value: unknown): string {
  return Buffer.isBuffer(value) ? value.toString('latin1') : String(value);
}

/** Header lines of any form undici accepts: a record (values may be arrays), a flat `[name, value, …]` array, pairs, or an iterable such as `Headers`. */
function headerLines(headers: unknown): [string, string][] {
  if (headers === null || headers === undefined) return [];
  const lines: [string, string][] = [];
  if (Array.isArray(headers)) {
    if (headers.length > 0 && Array.isArray(headers[0])) for (const [k, v] of headers as unknown[][]) lines.push([text(k), text(v)]);
    else for (let i = 0; i + 1 < headers.length; i += 2) lines.push([text(headers[i]), text(headers[i + 1])]);
  } else if (typeof (headers as Iterable<unknown>)[Symbol.iterator] === 'function') {
    for (const [k, v] of headers as Iterable<[unknown, unknown]>) lines.push([text(k), text(v)]);
  } else {
    for (const [k, v] of Object.entries(headers as Record<string, unknown>)) {
      if (v === undefined || v === null) continue;
      for (const one of Array.isArray(v) ? v : [v]) lines.push([k, text(one)]);
    }
  }
  return lines;
}

/** Appends undici's `query` option to the path as undici's own request serialiser does. */
function withQuery(path: string, query: Readonly<Record<string, unknown>> | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) for (const one of Array.isArray(v) ? v : [v]) if (one !== undefined) params.append(k, String(one));
  const search = params.toString();
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path;
}

/** Reads a dispatch body of any form undici accepts into bytes; FormData is encoded as multipart and names its content type. */
async function readBody(body: unknown): Promise<{ bytes: Uint8Array | null; contentType?: string }> {
  if (body === null || body === undefined) return { bytes: null };
  if (typeof body === 'string') return { bytes: Buffer.from(body, 'utf8') };
  if (body instanceof ArrayBuffer) return { bytes: new Uint8Array(body) };
  if (ArrayBuffer.isView(body)) return { bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
  if (typeof body === 'object' && Object.prototype.toString.call(body) === '[object FormData]') {
    // Node's global FormData and undici's are different classes: encode each with its own Response.
    const encoded = body instanceof globalThis.FormData ? new globalThis.Response(body) : new UndiciResponse(body as never);
    return { bytes: new Uint8Array(await encoded.arrayBuffer()), contentType: encoded.headers.get('content-type') ?? undefined };
  }
  if (typeof (body as Blob).arrayBuffer === 'function' && typeof (body as Blob).stream === 'function') {
    const blob = body as Blob;
    return { bytes: new Uint8Array(await blob.arrayBuffer()), contentType: blob.type || undefined };
  }
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<unknown>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk as Uint8Array));
  return { bytes: new Uint8Array(Buffer.concat(chunks)) };
}

/**
 * An undici 7 dispatcher that answers requests for the harness's origin in process, through the HTTP server's router and the shared
 * pipeline, and hands every other origin to a real dispatcher. It drives handlers through undici 7's controller API
 * (`onRequestStart` … `onResponseEnd` / `onResponseError`) and accepts the legacy handlers that `request()` and `fetch()` pass.
 */
export class HarnessDispatcher extends Dispatcher {
  /** The origin answered in process. */
  readonly origin: string;
  readonly #answer: (raw: RawRequest) => Promise<OutgoingResponse>;
  readonly #given: Dispatcher | undefined;
  #fallback: Dispatcher | undefined;

  constructor(harness: Harness, options: UndiciDispatcherOptions = {}) {
    super();
    this.origin = normaliseOrigin(options.origin ?? DEFAULT_ORIGIN);
    this.#answer = createAnswerer(harness);
    this.#given = options.fallback;
    this.#fallback = options.fallback;
  }

  override dispatch(options: Dispatcher.DispatchOptions, handler: Handler): boolean {
    const origin = options.origin === undefined ? '' : new URL(String(options.origin)).origin;
    if (origin !== this.origin) {
      this.#fallback ??= new Agent();
      return this.#fallback.dispatch(options, handler);
    }
    this.#serve(options, asControllerHandler(handler)).catch(() => undefined);
    return true;
  }

  /** Runs one exchange: request start, the pipeline, the fault's delay, then a socket error (reset) or the response in one chunk. */
  async #serve(options: Dispatcher.DispatchOptions, handler: Handler): Promise<void> {
    const cancel = new AbortController();
    let finished = false;
    const controller = new InProcessController((reason) => {
      cancel.abort(reason);
      if (!finished) handler.onResponseError?.(controller, reason);
      finished = true;
    });
    try {
      handler.onRequestStart?.(controller, {});
      if (controller.aborted) return;
      if (options.upgrade || options.method === 'CONNECT') throw new errors.NotSupportedError('upgrades and CONNECT are not simulated in process');
      const { bytes, contentType } = await readBody(options.body);
      const headers = headerLines(options.headers);
      if (contentType !== undefined && !headers.some(([k]) => k.toLowerCase() === 'content-type')) headers.push(['content-type', contentType]);
      const target = withQuery(options.path, options.query);
      const response = await this.#answer({ method: options.method, target, headers, origin: this.origin, ...bytesSource(bytes) });
      if (response.delayMs > 0) await sleep(response.delayMs, undefined, { signal: cancel.signal }).catch(() => undefined);
      if (controller.aborted) return;
      if (response.reset) {
        finished = true;
        handler.onResponseError?.(controller, new errors.SocketError('other side closed (vn06 injected a connection reset)'));
        return;
      }
      handler.onResponseStart?.(controller, response.status, { ...response.headers }, STATUS_CODES[response.status] ?? '');
      await controller.flowing();
      if (controller.aborted) return;
      if (response.body !== '' && options.method !== 'HEAD' && response.status !== 204 && response.status !== 304) {
        handler.onResponseData?.(controller, Buffer.from(response.body, 'utf8'));
        await controller.flowing();
        if (controller.aborted) return;
      }
      finished = true;
      handler.onResponseEnd?.(controller, {});
    } catch (error) {
      if (!finished) handler.onResponseError?.(controller, error as Error);
      finished = true;
    }
  }

  override close(): Promise<void>;
  override close(callback: () => void): void;
  override close(callback?: () => void): Promise<void> | void {
    const done = this.#release((d) => d.close());
    if (!callback) return done;
    void done.then(callback, callback);
  }

  override destroy(): Promise<void>;
  override destroy(error: Error | null): Promise<void>;
  override destroy(callback: () => void): void;
  override destroy(error: Error | null, callback: () => void): void;
  override destroy(a?: Error | null | (() => void), b?: () => void): Promise<void> | void {
    const error = typeof a === 'function' ? null : (a ?? null);
    const callback = typeof a === 'function' ? a : b;
    const done = this.#release((d) => d.destroy(error));
    if (!callback) return done;
    void done.then(callback, callback);
  }

  /** Closes the fallback this dispatcher made (never one it was given); a later request for another origin makes a new one. */
  async #release(how: (d: Dispatcher) => Promise<void>): Promise<void> {
    const own = this.#fallback !== undefined && this.#fallback !== this.#given ? this.#fallback : undefined;
    this.#fallback = this.#given;
    if (own) await how(own);
  }
}

/** Creates an undici dispatcher that answers the harness's origin in process; pass it as `dispatcher` or to `setGlobalDispatcher`. */
export function createUndiciDispatcher(harness: Harness, options: UndiciDispatcherOptions = {}): HarnessDispatcher {
  return new HarnessDispatcher(harness, options);
}
