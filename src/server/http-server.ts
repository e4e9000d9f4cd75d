import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions as HttpsOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import { ErrorCode, HarnessError } from '../errors.js';
import type { OutgoingResponse } from '../mock/dispatch.js';
import { isPending, type Eventually } from '../mock/eventually.js';
import type { Harness } from '../mock/harness.js';
import { createEagerAnswerer, type RawRequest } from './answer.js';

export interface ServeOptions {
  readonly harness: Harness;
  readonly port: number;
  readonly host?: string;
  /** Serve HTTPS with these options (certificate, key, protocol limits). */
  readonly tls?: HttpsOptions;
}

export interface RunningServer {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > limit) return;
      size += chunk.length;
      // Keep one byte past the limit: enough for the pipeline to answer 413, never the whole oversized body.
      chunks.push(size > limit ? chunk.subarray(0, chunk.length - (size - limit - 1)) : chunk);
    });
    req.on('end', () => resolve(size === 0 ? null : new Uint8Array(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function headerPairs(raw: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
  return pairs;
}

/** A node:http request as the answerer reads it; a class, so a request costs one object and no closures. */
class NodeRequest implements RawRequest {
  readonly method: string;
  readonly target: string;
  readonly headers: RawRequest['headers'];
  readonly origin: string;
  private readonly req: IncomingMessage;

  constructor(req: IncomingMessage, scheme: string) {
    this.req = req;
    this.method = req.method ?? 'GET';
    this.target = req.url ?? '/';
    // Node has folded the header lines already, as foldHeaders would, except that it keeps Set-Cookie as an array.
    const folded = req.headers;
    this.headers = folded['set-cookie'] === undefined ? (folded as Record<string, string>) : headerPairs(req.rawHeaders);
    this.origin = `${scheme}://${folded.host ?? 'localhost'}`;
  }

  readBody(limit: number): Eventually<Uint8Array | null> {
    // A request that announces no body (no Content-Length, no Transfer-Encoding) has none: no need to listen for it.
    const { headers } = this.req;
    if (headers['content-length'] === undefined && headers['transfer-encoding'] === undefined) return null;
    return readBody(this.req, limit);
  }

  stream(): AsyncIterable<Uint8Array> {
    return this.req;
  }
}

/**
 * The encoded bytes of recent bodies, keyed by their text: a reply sent again (a cached lookup, a poll) is not encoded
 * again. Cached replies are the same string objects each time, so the lookup reuses the string's own hash. Bounded:
 * the oldest entry goes first; bodies too small to be worth it or too large to keep are encoded every time.
 */
class EncodedBodies {
  private static readonly CAPACITY = 2_048;
  private static readonly MIN = 256;
  private static readonly MAX = 64 * 1024;
  private readonly entries = new Map<string, Buffer>();

  encode(text: string): Buffer {
    if (text.length < EncodedBodies.MIN || text.length > EncodedBodies.MAX) return Buffer.from(text, 'utf8');
    let bytes = this.entries.get(text);
    if (bytes === undefined) {
      bytes = Buffer.from(text, 'utf8');
      if (this.entries.size >= EncodedBodies.CAPACITY) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(text, bytes);
    }
    return bytes;
  }
}

/** Writes one answer: status, headers and body. */
function send(res: ServerResponse, response: OutgoingResponse, last: EncodedBodies): void {
  const { status, headers } = response;
  const body = last.encode(response.body);
  res.writeHead(status, body.length > 0 ? { ...headers, 'content-length': String(body.length) } : headers).end(body);
}

/** Delivers the answer once the pipeline has it: after the fault's delay, a reset or the response; a 500 if writing it fails. */
function deliver(req: IncomingMessage, res: ServerResponse, response: OutgoingResponse, last: EncodedBodies): void {
  try {
    if (!req.readableEnded) req.resume();
    if (response.delayMs > 0) {
      setTimeout(() => deliver(req, res, { ...response, delayMs: 0 }, last), response.delayMs);
      return;
    }
    if (response.reset) {
      req.socket.destroy();
      return;
    }
    send(res, response, last);
  } catch (error) {
    fail(res, error);
  }
}

function fail(res: ServerResponse, error: unknown): void {
  if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error: { code: 'internal', message: `a bug in vn06: ${(error as Error).message}` } }));
}

/** Serves the harness's route table on node:http (or node:https); resolves once listening, with a clear error for a busy port. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const { harness } = options;
  const answer = createEagerAnswerer(harness);
  const scheme = options.tls ? 'https' : 'http';
  const last = new EncodedBodies();
  // Answers through the shared answerer (admin API, router → the route's function), without Fetch objects; in the same
  // tick when nothing on the way waits.
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    let response: Eventually<OutgoingResponse>;
    try {
      response = answer(new NodeRequest(req, scheme));
    } catch (error) {
      fail(res, error);
      return;
    }
    if (isPending(response)) response.then((r) => deliver(req, res, r, last), (error: unknown) => fail(res, error));
    else deliver(req, res, response, last);
  };
  const server = options.tls ? createHttpsServer(options.tls, handler) : createHttpServer(handler);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new HarnessError(ErrorCode.PortInUse, `Failed to listen on ${host}:${options.port}: the port is in use (choose another with --port)`));
      else reject(new HarnessError(ErrorCode.Unwritable, `Failed to listen on ${host}:${options.port}: ${error.code ?? error.message}`));
    });
    server.listen(options.port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `${options.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    url,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
