import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'vn06-cli-'));

describe('vn06 generate', () => {
  it('writes exactly --count records and the ground truth to files, leaving no partial file', async () => {
    const out = join(dir, 'a.ndjson');
    const truth = join(dir, 'a.truth.ndjson');
    const r = await run('generate', '--count', '250', '--seed', '4', '--profile', 'realistic', '--out', out, '--truth', truth);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(250);
    expect(readFileSync(truth, 'utf8').trimEnd().split('\n')).toHaveLength(250);
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('streams CSV to stdout with a header row', async () => {
    const r = await run('generate', '-n', '10', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^personalId,legacyId,fullName,/);
    expect(lines).toHaveLength(11);
  });

  it('gives the same bytes for the same seed', async () => {
    const a = await run('generate', '-n', '50', '-s', '123');
    const b = await run('generate', '-n', '50', '-s', '123');
    const c = await run('generate', '-n', '50', '-s', '124');
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toBe(c.stdout);
  });

  it.each([
    [['--colour', 'red'], /unknown option '--colour'/],
    [['--count', 'abc'], /--count: "abc" is not a whole number/],
    [['--count', '0'], /--count: "0" is not a whole number from 1/],
    [['--seed', '-3'], /--seed/],
    [['--profile', 'dirty'], /Allowed choices are clean, realistic, adversarial/],
    [['--format', 'xml'], /Allowed choices are ndjson, csv, json/],
    [['--as-of', '2020-01-01'], /reference date: "2020-01-01"/],
    [['--as-of', 'yesterday'], /--as-of: write the date as yyyy-mm-dd/],
    [['--out', 'same.ndjson', '--truth', 'same.ndjson'], /--truth: it names the same file as --out/],
  ])('refuses %j with exit code 2 and a message naming the problem', async (args, message) => {
    const r = await run('generate', ...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('refuses an unwritable path with exit code 3 and writes nothing', async () => {
    const out = join(dir, 'missing-folder', 'x.ndjson');
    const r = await run('generate', '-n', '5', '--out', out);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/Failed to open the output file .*missing-folder.*ENOENT/);
    expect(existsSync(join(dir, 'missing-folder'))).toBe(false);
  });

  it('removes the records file when the truth file cannot be opened', async () => {
    const out = join(dir, 'b.ndjson');
    const r = await run('generate', '-n', '5', '--out', out, '--truth', join(dir, 'nope', 't.ndjson'));
    expect(r.code).toBe(3);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});

describe('help', () => {
  it('lists the commands and exits 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    for (const command of ['generate', 'id', 'demo']) expect(r.stdout).toContain(command);
  });

  it('documents every generate flag with its choices and defaults', async () => {
    const r = await run('generate', '--help');
    expect(r.code).toBe(0);
    for (const flag of ['--count', '--seed', '--profile', '--format', '--out', '--truth', '--as-of']) expect(r.stdout).toContain(flag);
    expect(r.stdout).toContain('"clean", "realistic", "adversarial"');
    expect(r.stdout).toContain('env: VN06_SEED');
  });

  it('refuses an unknown command with exit code 2', async () => {
    const r = await run('generat');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'generat'/);
  });
});
