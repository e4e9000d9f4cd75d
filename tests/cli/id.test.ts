import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('vn06 id explain', () => {
  it('explains a valid personal ID and exits 0', async () => {
    const r = await run('id', 'explain', '001203012345');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid personal-id');
    expect(r.stdout).toContain('Thành phố Hà Nội');
    expect(r.stdout).toMatch(/birth year\s+2003/);
    expect(r.stdout).toMatch(/sex\s+male/);
  });

  it('exits 1 and names the reason when an ID is invalid', async () => {
    const r = await run('id', 'explain', '003203012345', '001090000001');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('003203012345: INVALID personal-id');
    expect(r.stdout).toContain('neither one of the 63 province codes');
    expect(r.stdout).toContain('001090000001: valid');
  });

  it('prints JSON on request', async () => {
    const r = await run('id', 'explain', '--json', '0100109106');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ kind: 'tax-code', valid: true });
  });

  it('refuses a call without an ID with exit code 2', async () => {
    const r = await run('id', 'explain');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing required argument/);
  });
});
