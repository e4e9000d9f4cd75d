/** Retry timelines (R-CONN-3): every report shows the attempts of a note that carries one, in both languages. */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/report/index.js';
import type { SuiteResult } from '../../src/scenario/types.js';
import { catalogue } from './fixtures.js';

const result: SuiteResult = {
  sut: 'reference',
  seed: 1,
  startedAt: '2026-11-23T00:00:00.000Z',
  durationMs: 3000,
  failed: false,
  scenarios: [
    {
      id: 'connection/retry-backoff',
      title: 'Backs off',
      requirements: ['R-CONN-3'],
      status: 'pass',
      durationMs: 3000,
      checks: [
        { requirement: 'R-CONN-3', verdict: 'pass', message: 'waited at least the Retry-After', derived: true },
        {
          requirement: 'R-CONN-3',
          verdict: 'info',
          message: 'timeline: 503 with Retry-After: 1, twice',
          derived: true,
          evidence: {
            timeline: [
              { at: '2026-06-01T01:00:00.121Z', status: 503, retryAfterS: 1, waitedMs: null, idempotencyKey: null },
              { at: '2026-06-01T01:00:01.125Z', status: 503, retryAfterS: 1, waitedMs: 1003, idempotencyKey: null },
              { at: '2026-06-01T01:00:02.127Z', status: 200, retryAfterS: null, waitedMs: 1002, idempotencyKey: 'a1b2c3d4-0000' },
            ],
          },
        },
      ],
    },
  ],
};

describe('retry timelines', () => {
  it('the console lists each attempt with its status, Retry-After and wait', () => {
    const text = renderReport(result, { format: 'console', lang: 'en', catalogue });
    expect(text).toContain('Retry timelines');
    expect(text).toMatch(/1\s+01:00:00\.121\s+503\s+1 s\s+—/);
    expect(text).toMatch(/3\s+01:00:02\.127\s+200\s+—\s+1002 ms\s+a1b2c3d4/);
  });

  it('the Vietnamese console names the section in Vietnamese', () => {
    expect(renderReport(result, { format: 'console', lang: 'vi', catalogue })).toContain('Diễn biến gửi lại');
  });

  it('the HTML shows the timeline as a table inside the evidence', () => {
    const html = renderReport(result, { format: 'html', lang: 'en', catalogue });
    expect(html).toMatch(/<table class="journal timeline">.*<td>1003 ms<\/td>/s);
  });

  it('a run without timelines has no such section', () => {
    const plain = { ...result, scenarios: [{ ...result.scenarios[0]!, checks: [result.scenarios[0]!.checks[0]!] }] };
    expect(renderReport(plain, { format: 'console', lang: 'en', catalogue })).not.toContain('Retry timelines');
  });
});
