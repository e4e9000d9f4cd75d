/**
 * HTTP serving benchmark: `vn06 serve` on the NPD lookup route (with a valid token) against plain node:http serving a fixed
 * JSON body, against msw's `getResponse` on node:http over the generated MSW handlers, and against itself with 200 more routes.
 *
 *   npm run bench:serve                      build, then the full run (about 1 minute on 2 cores)
 *   node dist/bench/serve.js --quick         shorter runs, a smoke test (about 15 s); needs a prior `npm run build`
 *   node dist/bench/serve.js --server KIND   (internal) serve one kind on a free port, print `{ url, path }` on stdout, serve until killed
 *
 * Each server runs in its own child process, so autocannon (in this process) does not share the server's event loop: on a
 * 2-core machine the server gets one core and the load generator the other. Nothing is asserted; the numbers are printed
 * as measured, with wall-clock time and machine details on purpose.
 */
import { int, printHeader, table } from './report.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { getResponse } from 'msw';
import { defaultClients, systems } from '../mocks/index.js';
import { createMswHandlers } from '../src/intercept/msw-handlers.js';
import { createHarness, type Harness } from '../src/mock/harness.js';
import { defineRoute, type HttpMethod } from '../src/mock/route.js';
import { defaultErrorBody, defineMockSystem, type MockSystem } from '../src/mock/system.js';
import { bytesSource, createAnswerer } from '../src/server/answer.js';
import { startServer } from '../src/server/http-server.js';

const SEED = 1;
const POPULATION = 10_000;
/** The citizen every lookup asks for: a generated one (not a persona), at a fixed position of the population. */
const CITIZEN_AT = 4_242;
const EXTRA_ROUTES = 200;
const CONNECTIONS = 10;
const PIPELINING = 1;
const CLIENT = defaultClients.find((c) => c.id === 'procedure-system')!;
const TOKEN_FORM = `grant_type=client_credentials&client_id=${CLIENT.id}&client_secret=${CLIENT.secret}`;

const kinds = ['plain', 'vn06', 'vn06-varied', 'vn06-200', 'msw'] as const;
/** Citizens the `vn06-varied` load cycles through: every reply differs from the one before it. */
const VARIED = 1_000;
type Kind = (typeof kinds)[number];

const DESCRIPTIONS: Readonly<Record<Kind, string>> = {
  plain: 'node:http, fixed JSON body (the same bytes as the NPD reply)',
  vn06: 'vn06 serve: startServer, NPD lookup with a bearer token',
  'vn06-varied': `the same route, cycling through ${VARIED} different citizens (no two replies in a row alike)`,
  'vn06-200': `the same, plus ${EXTRA_ROUTES} more routes registered`,
  msw: 'node:http → Fetch Request → msw getResponse over createMswHandlers → Response',
};

interface Timing {
  readonly warmupSeconds: number;
  readonly seconds: number;
}
const FULL: Timing = { warmupSeconds: 2, seconds: 8 };
const QUICK: Timing = { warmupSeconds: 1, seconds: 2 };

/** What a server child prints on its first stdout line. */
interface Ready {
  readonly url: string;
  readonly path: string;
  /** A token to send, from a server that has no token endpoint (plain). */
  readonly token?: string;
  /** Paths to cycle through instead of `path` (vn06-varied). */
  readonly paths?: readonly string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Server children

/** A synthetic system of `count` routes (GET, POST, PUT, PATCH, DELETE in turn; static, one- and two-parameter paths), none of them hit. */
function syntheticSystem(count: number): MockSystem<null> {
  const methods: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
  const routes = Array.from({ length: count }, (_, i) => {
    const shape = i % 3;
    const path = shape === 0 ? `/v1/resource-${i}` : shape === 1 ? `/v1/resource-${i}/:id` : `/v2/group-${i % 17}/item-${i}/:id/parts/:part`;
    return defineRoute<null>({
      id: `synthetic.r${i}`,
      method: methods[i % methods.length]!,
      path,
      summary: `synthetic route ${i}`,
      scopes: null,
      responses: { 200: { description: 'ok' } },
      handle: () => ({ status: 200, body: { route: i } }),
    });
  });
  return defineMockSystem<null>({
    id: 'synthetic',
    title: `Synthetic system of ${count} routes (benchmark only)`,
    version: '0',
    basePath: '/synthetic',
    createState: () => null,
    routes,
    errorBody: defaultErrorBody,
  });
}

function makeHarness(kind: Kind): Harness {
  const all = kind === 'vn06-200' ? [...systems, syntheticSystem(EXTRA_ROUTES)] : systems;
  return createHarness({ seed: SEED, population: POPULATION, systems: all, clients: defaultClients });
}

function lookupPath(harness: Harness): string {
  return `/npd/v1/citizens/${harness.population.at(CITIZEN_AT).personalId}`;
}

/** The NPD's reply to the lookup, through the shared answerer (no HTTP): the bytes the plain server sends. */
async function npdReply(harness: Harness): Promise<{ body: string; contentType: string; token: string }> {
  const answer = createAnswerer(harness);
  const origin = 'http://127.0.0.1';
  const form = new TextEncoder().encode(TOKEN_FORM);
  const token = await answer({ method: 'POST', target: '/npd/oauth/token', headers: [['content-type', 'application/x-www-form-urlencoded']], origin, ...bytesSource(form) });
  const { access_token } = JSON.parse(token.body) as { access_token: string };
  const reply = await answer({ method: 'GET', target: lookupPath(harness), headers: [['authorization', `Bearer ${access_token}`]], origin, ...bytesSource(null) });
  if (reply.status !== 200) throw new Error(`the NPD lookup answered ${reply.status}: ${reply.body}`);
  return { body: reply.body, contentType: reply.headers['content-type'] ?? 'application/json; charset=utf-8', token: access_token };
}

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function serveKind(kind: Kind): Promise<Ready> {
  const harness = makeHarness(kind);
  const path = lookupPath(harness);
  if (kind === 'plain') {
    const { body, contentType, token } = await npdReply(harness);
    const bytes = Buffer.from(body);
    const headers = { 'content-type': contentType, 'content-length': String(bytes.length) };
    const url = await listen((req, res) => {
      req.resume();
      res.writeHead(200, headers).end(bytes);
    });
    return { url, path, token };
  }
  if (kind === 'vn06' || kind === 'vn06-200') {
    const server = await startServer({ harness, port: 0 });
    return { url: server.url, path };
  }
  if (kind === 'vn06-varied') {
    const server = await startServer({ harness, port: 0 });
    const step = Math.floor(POPULATION / VARIED);
    const paths = Array.from({ length: VARIED }, (_, i) => `/npd/v1/citizens/${harness.population.at(i * step).personalId}`);
    return { url: server.url, path, paths };
  }
  // msw: every request becomes a Fetch Request, msw finds the handler, its Response is written back.
  let handlers: ReturnType<typeof createMswHandlers> = [];
  let origin = '';
  const url = await listen((req, res) => {
    void (async () => {
      const method = req.method ?? 'GET';
      const body = method === 'GET' || method === 'HEAD' ? undefined : await readAll(req);
      const headers: [string, string][] = [];
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
      const request = new Request(`${origin}${req.url ?? '/'}`, { method, headers, body });
      const response = await getResponse(handlers, request);
      if (response === undefined) {
        res.writeHead(404).end();
        return;
      }
      const out = Buffer.from(await response.arrayBuffer());
      const outHeaders: [string, string][] = [];
      response.headers.forEach((value, name) => outHeaders.push([name, value]));
      res.writeHead(response.status, outHeaders.flat()).end(out);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  origin = url;
  handlers = createMswHandlers(harness, { origin });
  return { url, path };
}

// ---------------------------------------------------------------------------------------------------------------
// The load generator (parent)

interface Row {
  readonly kind: Kind;
  readonly requests: number;
  readonly rate: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly replyBytes: number;
  readonly serverHwmKb: number;
  /** The server child's CPU time (user + system) in the timed run, per request, in µs. */
  readonly serverCpuUs: number;
}

function progress(text: string): void {
  process.stderr.write(`  … ${text}\n`);
}

function startChild(kind: Kind): Promise<{ child: ChildProcess; ready: Ready }> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [self, '--server', kind], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve({ child, ready: JSON.parse(line) as Ready }));
    child.once('exit', (code) => reject(new Error(`the ${kind} server exited with ${code} before it was ready`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The child's peak resident set (VmHWM), in kB, from /proc; 0 where /proc is not there. */
function peakRssKb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** The child's CPU time so far (user + system), in ms, from /proc (clock ticks of 10 ms); NaN where /proc is not there. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

async function token(url: string): Promise<string> {
  const response = await fetch(`${url}/npd/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: TOKEN_FORM });
  if (response.status !== 200) throw new Error(`POST /npd/oauth/token answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function measure(kind: Kind, timing: Timing): Promise<Row> {
  progress(`${kind}: starting the server child`);
  const { child, ready } = await startChild(kind);
  try {
    // Every server gets the same request, token included: the plain server reads the same header bytes and ignores them.
    const headers: Record<string, string> = { authorization: `Bearer ${ready.token ?? (await token(ready.url))}` };
    const url = `${ready.url}${ready.path}`;
    const probe = await fetch(url, { headers });
    const replyBytes = (await probe.arrayBuffer()).byteLength;
    if (probe.status !== 200) throw new Error(`${kind}: GET ${ready.path} answered ${probe.status}`);
    progress(`${kind}: warm-up ${timing.warmupSeconds} s`);
    const requests = ready.paths?.map((p) => ({ method: 'GET' as const, path: p }));
    const load = { url, connections: CONNECTIONS, pipelining: PIPELINING, headers, ...(requests ? { requests } : {}) };
    await autocannon({ ...load, duration: timing.warmupSeconds });
    progress(`${kind}: run ${timing.seconds} s, ${CONNECTIONS} connections`);
    const cpuBefore = cpuMs(child.pid!);
    const r = await autocannon({ ...load, duration: timing.seconds });
    const cpuUsed = cpuMs(child.pid!) - cpuBefore;
    return {
      kind,
      requests: r.requests.total,
      rate: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
      replyBytes,
      serverHwmKb: peakRssKb(child.pid!),
      serverCpuUs: (cpuUsed * 1000) / r.requests.total,
    };
  } finally {
    await stopChild(child);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report


function versionOf(pkg: string): string {
  try {
    const file = fileURLToPath(new URL(`../../node_modules/${pkg}/package.json`, import.meta.url));
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const serverAt = args.indexOf('--server');
  if (serverAt >= 0) {
    const kind = args[serverAt + 1] as Kind;
    if (!kinds.includes(kind)) throw new Error(`--server needs one of ${kinds.join(', ')}, got ${String(args[serverAt + 1])}`);
    const ready = await serveKind(kind);
    process.stdout.write(`${JSON.stringify(ready)}\n`);
    process.once('SIGTERM', () => process.exit(0));
    return;
  }
  const quick = args.includes('--quick');
  const timing = quick ? QUICK : FULL;
  const began = performance.now();

  printHeader(`vn06 serve benchmark${quick ? ' (--quick: short runs, smoke test only)' : ''}`, `autocannon ${versionOf('autocannon')}, msw ${versionOf('msw')}`);
  console.log(
    `load    autocannon in this process, each server in its own child process; ${CONNECTIONS} connections, pipelining ${PIPELINING},` +
      ` warm-up ${timing.warmupSeconds} s (discarded), then one run of ${timing.seconds} s per server`,
  );
  console.log(`route   GET /npd/v1/citizens/{id} (citizen #${CITIZEN_AT} of ${int(POPULATION)}, seed ${SEED}), Authorization: Bearer <token of ${CLIENT.id}>`);
  console.log('');

  const rows: Row[] = [];
  for (const kind of kinds) rows.push(await measure(kind, timing));

  const head = ['server', 'what', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'timeouts', 'non-2xx', 'reply B', 'server CPU µs/req', 'server VmHWM MiB'];
  const body = rows.map((r) => [
    r.kind,
    DESCRIPTIONS[r.kind],
    int(r.requests),
    int(r.rate),
    String(r.p50),
    String(r.p99),
    int(r.errors),
    int(r.timeouts),
    int(r.non2xx),
    int(r.replyBytes),
    r.serverCpuUs.toFixed(1),
    (r.serverHwmKb / 1024).toFixed(1),
  ]);
  console.log(table([head, ...body], [false, false, true, true, true, true, true, true, true, true, true, true]));
  console.log('');
  const rate = (kind: Kind): number => rows.find((r) => r.kind === kind)!.rate;
  const x = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
  const cpu = (kind: Kind): number => rows.find((r) => r.kind === kind)!.serverCpuUs;
  console.log(`ratios: vn06/plain ${x(rate('vn06'), rate('plain'))} | vn06-varied/plain ${x(rate('vn06-varied'), rate('plain'))} | vn06/msw ${x(rate('vn06'), rate('msw'))} | vn06-200/vn06 ${x(rate('vn06-200'), rate('vn06'))}`);
  console.log(`server CPU per request: plain/vn06 ${x(cpu('plain'), cpu('vn06'))} | vn06/vn06-200 ${x(cpu('vn06'), cpu('vn06-200'))}`);
  console.log(`(total ${((performance.now() - began) / 1000).toFixed(1)} s)`);
}

await main();
