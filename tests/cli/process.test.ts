import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../dist/src/cli/main.js', import.meta.url));

function vn06(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run "npm run build" first (npm test does it)`);
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `vn06 serve` with the given arguments and resolves with its URL once it prints where it listens. */
async function startServe(args: string[]): Promise<{ url: string; output: () => string; stop: () => Promise<number | null> }> {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [bin, 'serve', ...args], { env: { ...process.env, CI: 'true' } });
  let out = '';
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line: ${out}`)), 20_000);
    child.stdout.on('data', () => {
      const m = /listening on (https?:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  return {
    url,
    output: () => out,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

describe('the vn06 executable', () => {
  it('generates to stdout and exits 0', () => {
    const r = vn06('generate', '--count', '5', '--seed', '1');
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(5);
  });

  it('exits 2 on a bad flag, without a stack trace', () => {
    const r = vn06('generate', '--count', 'many');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--count');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" generate --count 200000 | head -c 100 > /dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('0');
  });

  it('runs the demo', () => {
    const r = vn06('demo');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('profile "realistic"');
  });
});

describe('vn06 serve --reference and vn06 run --sut URL', () => {
  it('drives the reference system over the driver contract: the suite passes as it does in process', { timeout: 600_000 }, async () => {
    const served = await startServe(['--port', '0', '--population', '200', '--reference', '--reference-port', '0']);
    try {
      const started = Date.now();
      while (!served.output().includes('/driver/openapi.json') && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 50));
      const driverUrl = /driver contract\): (http:\/\/\S+)\/driver\/openapi\.json/.exec(served.output())?.[1];
      expect(driverUrl, served.output()).toBeDefined();
      const { spawn } = await import('node:child_process');
      const child = spawn(process.execPath, [bin, 'run', '--sut', driverUrl!, '--population', '3000', '--reporter', 'json'], { env: { ...process.env, CI: 'true' } });
      let out = '';
      child.stdout.on('data', (b: Buffer) => (out += b.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      const report = JSON.parse(out) as { sut: string; scenarios: { status: string }[] };
      expect(report.sut).toBe(driverUrl);
      expect(report.scenarios.length).toBeGreaterThan(3);
      expect(report.scenarios.filter((s) => s.status !== 'pass')).toEqual([]);
      expect(code).toBe(0);
    } finally {
      expect(await served.stop()).toBe(0);
    }
  });
});

describe('vn06 serve', () => {
  it('prints where it listens, refuses a busy port with exit code 5, and stops cleanly on SIGTERM', async () => {
    const server = await startServe(['--port', '0', '--population', '500']);
    const health = await fetch(`${server.url}/__admin/health`);
    expect(health.status).toBe(200);
    const busy = vn06('serve', '--port', new URL(server.url).port, '--population', '10');
    expect(busy.status).toBe(5);
    expect(busy.stderr).toMatch(/port is in use/);
    expect(await server.stop()).toBe(0);
    expect(server.output()).toContain('vn06 serve: stopping');
  });

  it('refuses a faults file that is not a list of rules, naming the problem', () => {
    const r = vn06('serve', '--port', '0', '--population', '10', '--faults', '/nonexistent/faults.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Failed to read the faults file .*ENOENT/);
  });
});

describe('vn06 serve --tls', () => {
  async function startTls(mode: string): Promise<{ url: string; ca: string; stop: () => Promise<number | null> }> {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const caFile = join(mkdtempSync(join(tmpdir(), 'vn06-tls-')), 'ca.pem');
    const server = await startServe(['--port', '0', '--population', '100', '--tls', mode, '--ca-out', caFile]);
    return { url: server.url, ca: readFileSync(caFile, 'utf8'), stop: server.stop };
  }

  function get(url: string, ca: string): Promise<number> {
    return new Promise((resolve, reject) => {
      import('node:https').then(({ request }) => {
        const u = new URL(url);
        const req = request({ host: u.hostname, port: u.port, path: '/__admin/health', ca, servername: 'localhost' }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      }, reject);
    });
  }

  it('serves HTTPS with a test CA a client can trust, written with --ca-out', async () => {
    const server = await startTls('valid');
    try {
      expect(server.ca).toContain('BEGIN CERTIFICATE');
      expect(await get(server.url, server.ca)).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('serves an expired certificate that a correct client refuses', async () => {
    const server = await startTls('expired');
    try {
      await expect(get(server.url, server.ca)).rejects.toMatchObject({ code: 'CERT_HAS_EXPIRED' });
    } finally {
      await server.stop();
    }
  });
});
