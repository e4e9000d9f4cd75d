/**
 * Population-scale benchmark: the population index at two sizes (build time, lookups by personal ID of random citizens,
 * peak RSS), each in its own child process, then the real `vn06 serve --population <large>` answering HTTP lookups of
 * random citizens of that population (time to ready, success rate, the server's peak RSS).
 *
 *   npm run bench:population                      build, then the full run (100,000 and 10,000,000; about 1.5 minutes on 2 cores)
 *   node dist/bench/population.js --quick         100,000 and 1,000,000, a smoke test; needs a prior `npm run build`
 *   node dist/bench/population.js --child N [--ids-out FILE]   (internal) build the index of N, time the lookups, print JSON
 *
 * Nothing is asserted; the numbers are printed as measured, with wall-clock time and machine details on purpose.
 */
import { int, printHeader, table } from './report.js';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildPopulationIndex } from '../src/population/population-index.js';

/** The seed `vn06 serve` uses by default; passed to it explicitly as well. */
const SEED = 1;
const LOOKUPS = 50_000;
/** Timed passes over the same 50,000 citizens; the median is reported. */
const ROUNDS = 3;
const HTTP_LOOKUPS = 2_000;
const HTTP_CONCURRENCY = 8;
const TOKEN_FORM = 'grant_type=client_credentials&client_id=procedure-system&client_secret=procedure-system-secret';

interface Sizes {
  readonly small: number;
  readonly large: number;
}
const FULL: Sizes = { small: 100_000, large: 10_000_000 };
const QUICK: Sizes = { small: 100_000, large: 1_000_000 };

/** A small seeded PRNG (mulberry32), so the citizens looked up are the same run to run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function progress(text: string): void {
  process.stderr.write(`  … ${text}\n`);
}

// ---------------------------------------------------------------------------------------------------------------
// Child: the index of N citizens

interface IndexResult {
  readonly size: number;
  readonly buildSeconds: number;
  readonly lookups: number;
  readonly found: number;
  /** Median of the timed passes by personal ID. */
  readonly lookupSeconds: number;
  /** Median of the timed passes by position (`at`), the same citizens. */
  readonly atSeconds: number;
  readonly maxRssKb: number;
  readonly checksum: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function child(size: number, idsOut: string | undefined): Promise<void> {
  const start = performance.now();
  const index = buildPopulationIndex({ seed: SEED, size });
  const buildSeconds = (performance.now() - start) / 1000;
  // The citizens to look up, picked (untimed) from random positions: `at` replays the citizen's household.
  const random = prng(SEED * 7919 + size);
  const positions = Array.from({ length: LOOKUPS }, () => Math.floor(random() * size));
  const ids = positions.map((p) => index.at(p).personalId);
  if (idsOut !== undefined) {
    const sample: string[] = [];
    for (let i = 0; i < HTTP_LOOKUPS; i++) sample.push(index.at(Math.floor(random() * size)).personalId);
    writeFileSync(idsOut, `${sample.join('\n')}\n`);
  }
  // Warm-up on other citizens, then ROUNDS timed passes over the same citizens: by personal ID (search, then rebuild),
  // and by position (`at`: the rebuild alone, no search), to tell the search's share from the household replay's.
  for (let i = 0; i < 2_000; i++) index.byPersonalId(index.at(Math.floor(random() * size)).personalId);
  const byIdRuns: number[] = [];
  const atRuns: number[] = [];
  let found = 0;
  let sink = 0;
  for (let round = 0; round < ROUNDS; round++) {
    found = 0;
    let t = performance.now();
    for (const id of ids) if (index.byPersonalId(id)?.personalId === id) found++;
    byIdRuns.push((performance.now() - t) / 1000);
    t = performance.now();
    for (const p of positions) sink += index.at(p).fullName.length;
    atRuns.push((performance.now() - t) / 1000);
  }
  const result: IndexResult = {
    size,
    buildSeconds,
    lookups: ids.length,
    found,
    lookupSeconds: median(byIdRuns),
    atSeconds: median(atRuns),
    maxRssKb: process.resourceUsage().maxRSS,
    checksum: sink,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(size: number, idsOut?: string): IndexResult {
  progress(`index: child process, ${size.toLocaleString('en-US')} citizens, ${ROUNDS} × ${LOOKUPS.toLocaleString('en-US')} lookups`);
  const self = fileURLToPath(import.meta.url);
  const args = [self, '--child', String(size), ...(idsOut === undefined ? [] : ['--ids-out', idsOut])];
  const stdout = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as IndexResult;
}

// ---------------------------------------------------------------------------------------------------------------
// The real `vn06 serve --population N`

interface ServeResult {
  readonly size: number;
  readonly readySeconds: number;
  readonly lookups: number;
  readonly ok: number;
  readonly httpSeconds: number;
  readonly vmHwmKb: number;
}

function vmHwmKb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

async function serveCheck(size: number, ids: readonly string[]): Promise<ServeResult> {
  progress(`serve: vn06 serve --population ${size} --port 0 --seed ${SEED}`);
  const main = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
  const started = performance.now();
  const server = spawn(process.execPath, [main, 'serve', '--population', String(size), '--port', '0', '--seed', String(SEED)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2_000)));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const lines = createInterface({ input: server.stdout! });
      lines.on('line', (line) => {
        const match = /listening on (\S+)/.exec(line);
        if (match) resolve(match[1]!);
      });
      void exited.then(() => reject(new Error(`vn06 serve exited before it was ready: ${stderr.trim()}`)));
    });
    const readySeconds = (performance.now() - started) / 1000;
    const tokenReply = await fetch(`${url}/npd/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: TOKEN_FORM });
    const { access_token } = (await tokenReply.json()) as { access_token: string };
    const headers = { authorization: `Bearer ${access_token}` };
    progress(`serve: ready after ${readySeconds.toFixed(1)} s; ${ids.length.toLocaleString('en-US')} lookups, ${HTTP_CONCURRENCY} at a time`);
    let ok = 0;
    let next = 0;
    const httpStart = performance.now();
    const worker = async (): Promise<void> => {
      while (next < ids.length) {
        const id = ids[next++]!;
        const response = await fetch(`${url}/npd/v1/citizens/${id}`, { headers });
        const body = (await response.json()) as { data?: { SoDinhDanh?: string } };
        if (response.status === 200 && body.data?.SoDinhDanh === id) ok++;
      }
    };
    await Promise.all(Array.from({ length: HTTP_CONCURRENCY }, worker));
    const httpSeconds = (performance.now() - httpStart) / 1000;
    return { size, readySeconds, lookups: ids.length, ok, httpSeconds, vmHwmKb: vmHwmKb(server.pid!) };
  } finally {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
    await exited;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report

const mib = (kb: number): string => (kb / 1024).toFixed(1);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const childAt = args.indexOf('--child');
  if (childAt >= 0) {
    const size = Number(args[childAt + 1]);
    if (!Number.isSafeInteger(size) || size < 1) throw new Error(`--child needs a positive population size, got ${String(args[childAt + 1])}`);
    const idsAt = args.indexOf('--ids-out');
    await child(size, idsAt >= 0 ? args[idsAt + 1] : undefined);
    return;
  }
  const quick = args.includes('--quick');
  const sizes = quick ? QUICK : FULL;
  const began = performance.now();

  printHeader(`vn06 population benchmark${quick ? ` (--quick: ${int(sizes.large)} instead of 10,000,000, smoke test only)` : ''}`, `seed ${SEED}, every measurement in its own process; index lookups: median of ${ROUNDS} passes, the rest one run`);
  console.log('');

  const dir = mkdtempSync(join(tmpdir(), 'vn06-bench-population-'));
  try {
    const idsFile = join(dir, 'ids.txt');
    const small = runChild(sizes.small);
    const large = runChild(sizes.large, idsFile);
    const ids = readFileSync(idsFile, 'utf8').split('\n').filter((line) => line !== '');
    const serve = await serveCheck(sizes.large, ids);

    const rows: string[][] = [['population index (child process)', 'citizens', 'build s', 'lookups', 'found', 'lookups/s', 'µs/lookup', 'µs at(i)', 'maxRSS MiB']];
    for (const r of [small, large]) {
      rows.push([
        `buildPopulationIndex, byPersonalId, median of ${ROUNDS}`,
        int(r.size),
        r.buildSeconds.toFixed(2),
        int(r.lookups),
        int(r.found),
        int(r.lookups / r.lookupSeconds),
        ((r.lookupSeconds / r.lookups) * 1e6).toFixed(1),
        ((r.atSeconds / r.lookups) * 1e6).toFixed(1),
        mib(r.maxRssKb),
      ]);
    }
    console.log(table(rows, [false, true, true, true, true, true, true, true, true]));
    console.log('');
    const serveRows: string[][] = [
      ['vn06 serve (real CLI, HTTP)', 'citizens', 'ready s', 'lookups', '200 + right citizen', 'success', 'lookups/s', 'server VmHWM MiB'],
      [
        `GET /npd/v1/citizens/{id}, ${HTTP_CONCURRENCY} concurrent`,
        int(serve.size),
        serve.readySeconds.toFixed(1),
        int(serve.lookups),
        int(serve.ok),
        `${((serve.ok / serve.lookups) * 100).toFixed(2)}%`,
        int(serve.lookups / serve.httpSeconds),
        mib(serve.vmHwmKb),
      ],
    ];
    console.log(table(serveRows, [false, true, true, true, true, true, true, true]));
    console.log('');
    const rate = (r: IndexResult): number => r.lookups / r.lookupSeconds;
    const x = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
    console.log(
      `ratios: lookups/s ${int(large.size)}/${int(small.size)} ${x(rate(large), rate(small))}` +
        ` | µs at(i) ${int(large.size)}/${int(small.size)} ${x(large.atSeconds, small.atSeconds)}` +
        ` | build s ${x(large.buildSeconds, small.buildSeconds)} | index maxRSS ${x(large.maxRssKb, small.maxRssKb)}` +
        ` | serve VmHWM ${(serve.vmHwmKb / 2 ** 20).toFixed(2)} GiB of 1 GiB`,
    );
    console.log(`(total ${((performance.now() - began) / 1000).toFixed(1)} s)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
