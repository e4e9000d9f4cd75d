import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer, type ServerOptions as HttpsOptions } from 'node:https';
import type { AddressInfo } from 'node:net';
import { ErrorCode, HarnessError } from '../errors.js';
import type { IncomingRequest } from '../mock/dispatch.js';
import type { Harness } from '../mock/harness.js';
import { handleAdmin } from './admin.js';
import { createRouter, type Router } from './router.js';

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

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** Answers one HTTP request: admin API, or router → the route's function through the shared pipeline, without Fetch objects. */
async function respond(harness: Harness, router: () => Router, bodyLimit: number, req: IncomingMessage, res: ServerResponse, secure: boolean): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = req.method ?? 'GET';
  const query = Object.fromEntries(url.searchParams);
  const body = await readBody(req, bodyLimit);
  if (url.pathname === '/__admin' || url.pathname.startsWith('/__admin/')) {
    const answer = handleAdmin(harness, method, url.pathname, query, body === null ? '' : Buffer.from(body).toString('utf8'));
    res.writeHead(answer.status, answer.headers).end(answer.body);
    return;
  }
  const request: IncomingRequest = { method, path: url.pathname, query, headers: headersOf(req), body, origin: `${secure ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}` };
  const match = router().find(method, url.pathname);
  const answer = match ? await harness.handle(match.route, match.params, request) : harness.unmatched(request, router().allowed(url.pathname));
  if (answer.delayMs > 0) await new Promise((r) => setTimeout(r, answer.delayMs));
  if (answer.reset) {
    req.socket.destroy();
    return;
  }
  res.writeHead(answer.status, answer.headers).end(answer.body);
}

/** Serves the harness's route table on node:http (or node:https); resolves once listening, with a clear error for a busy port. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const { harness } = options;
  let routes = harness.routes;
  let router = createRouter(routes);
  // The route table is rebuilt by a reset (fresh state); rebuild the router when that happens.
  const current = (): Router => {
    if (harness.routes !== routes) {
      routes = harness.routes;
      router = createRouter(routes);
    }
    return router;
  };
  const bodyLimit = 1024 * 1024;
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    respond(harness, current, bodyLimit, req, res, options.tls !== undefined).catch((error: unknown) => {
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
