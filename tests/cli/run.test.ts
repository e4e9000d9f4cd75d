import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strings } from '../../src/report/index.js';
import { requirementById } from '../../src/scenario/catalogue.js';
import { run } from './helpers.js';

/** A folder of built scenarios that check the mocks themselves, so that they need nothing of the SUT. */
function scenarioFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vn06-run-'));
  const files: Record<string, string> = {
    'package.json': '{"type":"module"}',
    'lookup/passes.js': `export default {
      id: 'lookup/passes', title: 'Sees the population it was given', requirements: ['R-LOOK-1'], tags: ['npd'],
      async run({ mocks, check, seed }) { check('R-LOOK-1', mocks.harness.population.size === 200, 'population ' + mocks.harness.population.size + ', seed ' + seed); },
    };`,
    'lookup/fails.js': `export default {
      id: 'lookup/fails', title: 'Asks for the household book', requirements: ['R-LOOK-2'], tags: ['gap'],
      async run({ check }) { check('R-LOOK-2', false, 'the form asks for sổ hộ khẩu'); },
    };`,
    'connection/slow.js': `export default {
      id: 'connection/slow', title: 'Takes its time', requirements: ['R-CONN-1'], tags: ['slow'],
      async run({ check }) { await new Promise((r) => setTimeout(r, 300)); check('R-CONN-1', true, 'done'); },
    };`,
  };
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), source);
  }
  return dir;
}

const dir = scenarioFolder();
const vn06run = (...args: string[]) => run('run', '--scenarios', dir, '--population', '200', ...args);

describe('vn06 run', () => {
  it('exits 6 with one line, before running anything, when the driver adapter at --sut cannot be reached', async () => {
    const r = await vn06run('--sut', 'http://127.0.0.1:1');
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(/Failed to reach the driver adapter at http:\/\/127\.0\.0\.1:1: ECONNREFUSED/);
    expect(r.stdout).toBe('');
  });

  it('exits 0 when every selected scenario passes, printing a line per scenario and the console report', async () => {
    const r = await vn06run('--grep', 'passes');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ {2}lookup\/passes {2}R-LOOK-1/);
    expect(r.stdout).toContain(strings.en.reportTitle);
    expect(r.stdout).not.toMatch(/lookup\/fails {2}R-LOOK-2/);
    expect(r.stderr).toBe('');
  });

  it('exits 1 when a check fails, and shows the failure', async () => {
    const r = await vn06run('--tag', 'gap');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✗ {2}lookup\/fails {2}R-LOOK-2/);
    expect(r.stdout).toContain('the form asks for sổ hộ khẩu');
  });

  it('selects by --requirement and by --tag', async () => {
    expect((await vn06run('--requirement', 'R-LOOK-1')).code).toBe(0);
    expect((await vn06run('--requirement', 'R-LOOK-2')).code).toBe(1);
    expect((await vn06run('--tag', 'npd')).code).toBe(0);
  });

  it('times out a scenario slower than --timeout and exits 1', async () => {
    const slow = await vn06run('--tag', 'slow', '--timeout', '50');
    expect(slow.code).toBe(1);
    expect(slow.stdout).toMatch(/⏱ {2}connection\/slow/);
    expect((await vn06run('--tag', 'slow', '--timeout', '5000')).code).toBe(0);
  });

  it('writes a JSON report to --out, with the scenario lines on stderr and nothing on stdout', async () => {
    const out = join(dir, 'report.json');
    const r = await vn06run('--reporter', 'json', '--out', out, '--seed', '9');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/✓ {2}lookup\/passes/);
    expect(r.stderr).toMatch(/✗ {2}lookup\/fails/);
    const report = readFileSync(out, 'utf8');
    expect(report).toContain('"lookup/fails"');
    expect(report).toContain('population 200, seed 9');
  });

  it('prints JUnit XML to stdout', async () => {
    const r = await vn06run('--reporter', 'junit', '--grep', 'passes');
    expect(r.code).toBe(0);
    expect(r.stdout.trimStart()).toMatch(/^<\?xml/);
    expect(r.stdout).toContain('R-LOOK-1');
    expect(r.stderr).toMatch(/✓ {2}lookup\/passes/);
  });

  it('reports in Vietnamese with --lang vi', async () => {
    const r = await vn06run('--grep', 'passes', '--lang', 'vi');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(strings.vi.reportTitle);
    expect(r.stdout).not.toContain(strings.en.reportTitle);
  });

  it('keeps the run green for an expected failure, and turns it red when the expected failure passes', async () => {
    const file = join(dir, 'expected.txt');
    writeFileSync(file, '# known gaps\nlookup/fails  the legacy form is still in use\n');
    const known = await vn06run('--expect-fail', file, '--grep', 'lookup/');
    expect(known.code).toBe(0);
    expect(known.stderr).toBe('');
    writeFileSync(file, 'R-LOOK-1 we thought lookups were broken\n');
    const stale = await vn06run('--expect-fail', file, '--grep', 'passes');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(`vn06: R-LOOK-1 now passes, but ${file} (line 1) expects it to fail: remove it from the file`);
  });

  it.each([
    [['--sut', 'ftp://example.org'], /--sut: "ftp:\/\/example.org" is neither "reference" nor the http\(s\) URL/],
    [['--sut', 'reference+no-such-variant'], /--sut: "reference\+no-such-variant" names no faulty variant; known: reference\+/],
    [['--requirement', 'R-LOOK-99'], /--requirement: "R-LOOK-99" is not a requirement ID of the catalogue/],
    [['--timeout', '0'], /--timeout: "0" is not a whole number from 1/],
    [['--seed', '-1'], /--seed/],
    [['--reporter', 'xml'], /Allowed choices are console, json, junit, html/],
    [['--lang', 'fr'], /Allowed choices are en, vi/],
    [['--grep', 'no scenario is called this'], /Failed to select scenarios: none of 3 matches grep "no scenario is called this"/],
    [['--scenarios', join(tmpdir(), 'vn06-none-here')], /Failed to load the scenarios in .*vn06-none-here: ENOENT/],
    [['--colour'], /unknown option '--colour'/],
  ])('refuses %j with exit code 2 and a message naming the problem', async (args, message) => {
    const r = await vn06run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('refuses a malformed expected-failures file with exit code 2, naming the line', async () => {
    const file = join(dir, 'bad.txt');
    writeFileSync(file, '# gaps\nlookup/fails\n');
    const r = await vn06run('--expect-fail', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.txt: line 2: write an ID, then whitespace and a reason/);
  });

  it('exits 3 when the report cannot be written', async () => {
    const r = await vn06run('--grep', 'passes', '--reporter', 'json', '--out', join(dir, 'no-folder', 'r.json'));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Failed to write the report to .*no-folder.*ENOENT/);
    expect(existsSync(join(dir, 'no-folder'))).toBe(false);
  });
});

describe('vn06 requirements', () => {
  it('lists every requirement with the scenarios covering it and marks the uncovered ones', async () => {
    const r = await run('requirements', '--scenarios', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/R-LOOK-1 +duty .*\n.*\n +scenarios: lookup\/passes\n/);
    expect(r.stdout).toMatch(/R-PORT-4 +duty .*\n.*\n +UNCOVERED: no scenario checks it\n/);
    expect(r.stdout).toMatch(/R-CONN-2 +duty \(sources: .*; harness assumption\)/);
    expect(r.stdout.match(/^ {2}R-[A-Z]+-\d+ /gm)).toHaveLength(43);
    expect(r.stdout).toContain('43 requirements, 3 covered by scenarios, 40 uncovered');
  });

  it('prints titles in Vietnamese with --lang vi', async () => {
    const r = await run('requirements', '--scenarios', dir, '--lang', 'vi');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(requirementById('R-LOOK-2')!.title.vi);
    expect(r.stdout).toMatch(/R-PORT-4 +nghĩa vụ .*\n.*\n +CHƯA CÓ KỊCH BẢN/);
    expect(r.stdout).toContain('kịch bản: lookup/fails');
  });

  it('prints the catalogue and its coverage as JSON', async () => {
    const r = await run('requirements', '--scenarios', dir, '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; kind: string; scenarios: string[]; covered: boolean }[];
    expect(rows).toHaveLength(43);
    expect(rows.find((row) => row.id === 'R-LOOK-2')).toMatchObject({ kind: 'duty', scenarios: ['lookup/fails'], covered: true });
    expect(rows.find((row) => row.id === 'R-PORT-4')).toMatchObject({ scenarios: [], covered: false });
  });

  it('refuses a scenario folder that cannot be loaded with exit code 2', async () => {
    const r = await run('requirements', '--scenarios', join(tmpdir(), 'vn06-none-here'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ENOENT/);
  });
});

describe('help', () => {
  it('lists run and requirements, and documents the run flags', async () => {
    expect((await run('--help')).stdout).toMatch(/run \[options\][\s\S]*requirements \[options\]/);
    const r = await run('run', '--help');
    expect(r.code).toBe(0);
    for (const flag of ['--sut', '--seed', '--population', '--grep', '--requirement', '--tag', '--timeout', '--expect-fail', '--reporter', '--out', '--lang']) expect(r.stdout).toContain(flag);
  });
});
