/**
 * `vn06 match` at scale: telecom records (profile `realistic`) matched in process and over HTTP on loopback against
 * `vn06 serve`, at two sizes; records/s and peak memory. Each run is a child process, so its peak RSS is its own.
 *
 *   npm run bench:match                       build, then 100,000 and 1,000,000 records, in process and over HTTP
 *   node dist/bench/match.js --quick          10,000 and 100,000, a smoke test; needs a prior `npm run build`
 *   node dist/bench/match.js --child MODE FILE POPULATION   (internal) one run; MODE is embedded or a URL; prints JSON
 *
 * The NPD holds the same population in every run (as many citizens as the large file has records), so the sizes differ
 * only in the records streamed. Nothing is asserted; the numbers are printed as measured.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { fileSink } from '../src/format/sink.js';
import { matchFile } from '../src/match/match-file.js';
import { connectNpd } from '../src/match/npd-connection.js';
import { writeSectorDataset } from '../src/match/write-sector-dataset.js';
import { int, printHeader, table } from './report.js';

const SEED = 1;

interface RunResult {
  readonly records: number;
  readonly connectSeconds: number;
  readonly matchSeconds: number;
  readonly maxRssMiB: number;
  readonly peakHeapMiB: number;
  readonly exactMatchRate: number;
}

async function child(mode: string, file: string, population: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vn06-bench-match-'));
  let peakHeap = 0;
  const sample = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 50);
  const t0 = performance.now();
  const npd = await connectNpd({ against: mode, clientId: 'telecom', clientSecret: 'telecom-secret', seed: SEED, population });
  const t1 = performance.now();
  const { report } = await matchFile({ input: file, inputFormat: 'ndjson', sector: 'telecom', npd, out: join(dir, 'results.ndjson'), format: 'ndjson', clean: join(dir, 'clean.ndjson') });
  const t2 = performance.now();
  await npd.close();
  clearInterval(sample);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  rmSync(dir, { recursive: true, force: true });
  const result: RunResult = {
    records: report.records,
    connectSeconds: (t1 - t0) / 1000,
    matchSeconds: (t2 - t1) / 1000,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    peakHeapMiB: peakHeap / 2 ** 20,
    exactMatchRate: report.exactMatchRate,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(mode: string, file: string, population: number): RunResult {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', mode, file, String(population)], { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').at(-1)!) as RunResult;
}

async function startServe(population: number): Promise<{ url: string; stop(): void; rssMiB(): number }> {
  const bin = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));
  const server = spawn(process.execPath, [bin, 'serve', '--port', '0', '--population', String(population), '--seed', String(SEED)], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, CI: 'true' } });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    server.on('exit', (code) => reject(new Error(`vn06 serve exited (${code}): ${out}`)));
    server.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
  });
  return {
    url,
    stop: () => void server.kill('SIGTERM'),
    rssMiB: () => {
      try {
        return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(server.pid)], { encoding: 'utf8' }).trim()) / 1024;
      } catch {
        return Number.NaN;
      }
    },
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1]!, args[2]!, Number(args[3]));
  const sizes = args.includes('--quick') ? [10_000, 100_000] : [100_000, 1_000_000];
  const population = sizes[1]!;
  printHeader('vn06 match benchmark: telecom records, profile realistic', `seed ${SEED}, NPD population ${int(population)}`);
  const dir = mkdtempSync(join(tmpdir(), 'vn06-bench-match-'));
  try {
    const files = new Map<number, string>();
    for (const n of sizes) {
      const file = join(dir, `telecom-${n}.ndjson`);
      process.stderr.write(`  … generating ${int(n)} telecom records\n`);
      const out = fileSink(file, 'records');
      await writeSectorDataset({ sector: 'telecom', seed: SEED, count: n, profile: 'realistic', format: 'ndjson', out });
      await out.close();
      files.set(n, file);
    }
    const rows: string[][] = [['mode', 'records', 'NPD ready s', 'match s', 'records/s', 'peak RSS MiB', 'peak heap MiB', 'exact-match']];
    const add = (mode: string, r: RunResult): void => {
      rows.push([mode, int(r.records), r.connectSeconds.toFixed(1), r.matchSeconds.toFixed(1), int(r.records / r.matchSeconds), r.maxRssMiB.toFixed(0), r.peakHeapMiB.toFixed(0), `${(r.exactMatchRate * 100).toFixed(1)}%`]);
    };
    for (const n of sizes) {
      process.stderr.write(`  … in process, ${int(n)} records\n`);
      add('in process', runChild('embedded', files.get(n)!, population));
    }
    process.stderr.write(`  … starting vn06 serve --population ${int(population)}\n`);
    const serve = await startServe(population);
    try {
      for (const n of sizes) {
        process.stderr.write(`  … over HTTP, ${int(n)} records\n`);
        add('HTTP loopback', runChild(serve.url, files.get(n)!, population));
      }
      console.log(`vn06 serve RSS after the HTTP runs: ${serve.rssMiB().toFixed(0)} MiB`);
    } finally {
      serve.stop();
    }
    console.log(table(rows, [false, true, true, true, true, true, true, true]));
    console.log('match s: from the first record read to the results renamed (results, cleaned records and checkpoints written); NPD ready s: the population index built (in process) or the token fetched (HTTP). Peak RSS is the matching process’s maxRSS; over HTTP the server’s memory is not in it.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
