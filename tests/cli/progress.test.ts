import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

function stream(isTTY: boolean): PassThrough & { isTTY: boolean; text: () => string } {
  const s = Object.assign(new PassThrough(), { isTTY, columns: 120 });
  const chunks: Buffer[] = [];
  s.on('data', (b: Buffer) => chunks.push(b));
  return Object.assign(s, { text: () => Buffer.concat(chunks).toString('utf8') });
}

describe('the progress bar', () => {
  it('shows count, rate and ETA on a terminal', () => {
    const stderr = stream(true);
    const p = createProgress({ stdout: stream(false), stderr, env: {} }, 1000, 'generate');
    p.update(500);
    p.stop();
    expect(stderr.text()).toMatch(/generate .*500\/1000 \| \d+ records\/s \| ETA/);
  });

  it('stays silent in pipes and CI logs', () => {
    for (const [isTTY, env] of [[false, {}], [true, { CI: 'true' }]] as const) {
      const stderr = stream(isTTY);
      const p = createProgress({ stdout: stream(false), stderr, env }, 1000, 'generate');
      p.update(500);
      p.stop();
      expect(stderr.text()).toBe('');
    }
  });
});
