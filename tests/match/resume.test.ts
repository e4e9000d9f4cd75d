/** A `vn06 match` killed midway resumes from its checkpoint: the final files equal an uninterrupted run's, byte for byte. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../cli/helpers.js';
import { scratch } from './helpers.js';

const bin = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));
const dir = scratch();
const input = join(dir, 'subscribers.ndjson');
let serve: ChildProcess | undefined;
let url = '';

function vn06(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> } {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, CI: 'true' } });
  let stderr = '';
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  child.stdout!.resume();
  return { child, done: new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr }))) };
}

const recordsDone = (out: string): number => {
  try {
    return (JSON.parse(readFileSync(`${out}.checkpoint`, 'utf8')) as { records: number }).records;
  } catch {
    return 0;
  }
};

beforeAll(async () => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run "npm run build" first (npm test does it)`);
  expect((await run('generate', '--sector', 'telecom', '--profile', 'adversarial', '-n', '4000', '--out', input)).code).toBe(0);
  // A fifth of the uploads answered 503 with Retry-After 0: the client waits and retries.
  const faults = join(dir, 'faults.json');
  writeFileSync(faults, JSON.stringify([{ route: 'npd.batch.records', kind: 'status', status: 503, retryAfter: 0, share: 0.2 }]));
  const started = vn06(['serve', '--port', '0', '--faults', faults]);
  serve = started.child;
  let out = '';
  url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vn06 serve did not start: ${out}`)), 30_000);
    serve!.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
});

afterAll(() => {
  serve?.kill('SIGTERM');
});

it('resumes a run killed midway, through 503s, with no record lost and none twice', async () => {
  const whole = await run('match', input, '--out', join(dir, 'whole.ndjson'), '--clean', join(dir, 'whole.clean.ndjson'));
  expect(whole.code).toBe(0);

  const out = join(dir, 'resumed.ndjson');
  const args = ['match', input, '--against', url, '--out', out, '--clean', join(dir, 'resumed.clean.ndjson'), '--chunk', '100'];
  const first = vn06(args);
  while (recordsDone(out) < 1000) {
    if (first.child.exitCode !== null) throw new Error('the run ended before it could be killed');
    await new Promise((r) => setTimeout(r, 10));
  }
  first.child.kill('SIGKILL');
  const killed = await first.done;
  expect(killed.signal).toBe('SIGKILL');
  const at = recordsDone(out);
  expect(at).toBeGreaterThanOrEqual(1000);
  expect(at).toBeLessThan(4000);
  expect(existsSync(out)).toBe(false);

  const second = await vn06(args).done;
  expect(second.code).toBe(0);
  expect(second.stderr).toMatch(/resuming after record [\d,]+/);
  expect(readFileSync(out)).toEqual(readFileSync(join(dir, 'whole.ndjson')));
  expect(readFileSync(join(dir, 'resumed.clean.ndjson'))).toEqual(readFileSync(join(dir, 'whole.clean.ndjson')));
  expect(existsSync(`${out}.checkpoint`)).toBe(false);
  const journal = await (await fetch(`${url}/__admin/journal.ndjson`)).text();
  expect(journal).toMatch(/"status":503/);
});
