import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode, HarnessError } from '../../../errors.js';
import { stimuli } from '../stimuli/index.js';
import type { SutFactory, SystemUnderTest } from '../types.js';
import { driverOpenApi, sessionSchema } from './contract.js';

/** Largest driver request accepted, in bytes (a batch of sector records fits). */
const BODY_LIMIT = 32 * 1024 * 1024;

export interface DriverServer {
  readonly url: string;
  close(): Promise<void>;
}

/** A refusal of the driver server itself (bad request, no session), answered with its status and code. */
class DriverError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BODY_LIMIT) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > BODY_LIMIT) return reject(new DriverError(413, 'payload_too_large', `the body has ${size} bytes; the limit is ${BODY_LIMIT}`));
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch (error) {
        reject(new DriverError(400, 'bad_request', `the body is not JSON: ${(error as Error).message}`));
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) }).end(text);
}

/**
 * Serves a system under test behind the HTTP driver contract: what `vn06 serve --reference` runs for the reference
 * system, and what an integrator's adapter does for theirs. One session (one scenario) at a time.
 */
export async function startDriverServer(options: { sut: SutFactory; port: number; host?: string }): Promise<DriverServer> {
  let current: SystemUnderTest | undefined;
  const closeSession = async (): Promise<void> => {
    const open = current;
    current = undefined;
    await open?.close();
  };

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://driver').pathname;
    if (req.method === 'GET' && path === '/driver/openapi.json') return send(res, 200, driverOpenApi());
    if (path === '/driver/session') {
      if (req.method === 'DELETE') {
        await closeSession();
        return send(res, 204);
      }
      if (req.method !== 'POST') throw new DriverError(405, 'method_not_allowed', `${req.method} is not allowed on /driver/session; use POST or DELETE`);
      const parsed = sessionSchema.safeParse(await readJson(req));
      if (!parsed.success) throw new DriverError(422, 'unprocessable', parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
      await closeSession();
      current = await options.sut(parsed.data);
      return send(res, 204);
    }
    const name = /^\/driver\/([A-Za-z]+)$/.exec(path)?.[1];
    if (name === undefined || !(name in stimuli)) throw new DriverError(404, 'not_found', `no driver operation at ${path}; see GET /driver/openapi.json`);
    if (req.method !== 'POST') throw new DriverError(405, 'method_not_allowed', `${req.method} is not allowed on ${path}; use POST`);
    const input = await readJson(req);
    if (!current) throw new DriverError(409, 'no_session', 'no session: POST /driver/session first');
    const stimulus = stimuli[name as keyof typeof stimuli];
    const parsed = stimulus.input.safeParse(input);
    if (!parsed.success) throw new DriverError(422, 'unprocessable', parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
    return send(res, 200, await current.call(stimulus.name as never, parsed.data as never));
  }

  const server = createServer((req, res) => {
    answer(req, res).catch((error: unknown) => {
      const known = error instanceof DriverError;
      if (!res.headersSent) send(res, known ? error.status : 500, { error: { code: known ? error.code : 'failed', message: (error as Error).message } });
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new HarnessError(ErrorCode.PortInUse, `Failed to listen on ${host}:${options.port}: the port is in use (choose another with --reference-port)`));
      else reject(error);
    });
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    async close() {
      await closeSession();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
