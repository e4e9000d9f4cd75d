import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions as HttpsOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import { ErrorCode, HarnessError } from '../errors.js';
import type { OutgoingResponse } from '../mock/dispatch.js';
import type { Harness } from '../mock/harness.js';
import { createAnswerer, type RawRequest } from './answer.js';

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
  // A request that announces no body (no Content-Length, no Transfer-Encoding) has none: no need to listen for it.
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) return Promise.resolve(null);
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

/** Answers one HTTP request through the shared answerer (admin API, router → the route's function), without Fetch objects. */
async function respond(answer: (raw: RawRequest) => Promise<OutgoingResponse>, req: IncomingMessage, res: ServerResponse, secure: boolean): Promise<void> {
  const response = await answer({
    method: req.method ?? 'GET',
    target: req.url ?? '/',
    headers: headerPairs(req.rawHeaders),
    origin: `${secure ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`,
    readBody: (limit) => readBody(req, limit),
    stream: () => req,
  });
  if (!req.readableEnded) req.resume();
  if (response.delayMs > 0) await new Promise((r) => setTimeout(r, response.delayMs));
  if (response.reset) {
    req.socket.destroy();
    return;
  }
  const body = Buffer.from(response.body, 'utf8');
  res.writeHead(response.status, body.length > 0 ? { ...response.headers, 'content-length': String(body.length) } : response.headers).end(body);
}

/** Serves the harness's route table on node:http (or node:https); resolves once listening, with a clear error for a busy port. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const { harness } = options;
  const answer = createAnswerer(harness);
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    respond(answer, req, res, options.tls !== undefined).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: { code: 'internal', message: `a bug in vn06: ${(error as Error).message}` } }));
    });
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
