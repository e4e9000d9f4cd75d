import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import type { SuiteResult } from '../../src/scenario/types.js';
import { catalogue, failingSuite, nasty } from './fixtures.js';

const text = renderJson(failingSuite, 'en', catalogue);
const report = JSON.parse(text);

describe('the JSON report', () => {
  it('holds the suite result with a verdict, totals and every check', () => {
    expect(Object.keys(report)).toEqual(['report', 'version', 'lang', 'sut', 'seed', 'startedAt', 'durationMs', 'failed', 'verdict', 'totals', 'requirements', 'scenarios']);
    expect(report).toMatchObject({ sut: 'reference (faulty: retry-storm)', seed: 42, failed: true, verdict: 'fail' });
    expect(report.scenarios.map((s: { id: string }) => s.id)).toEqual(failingSuite.scenarios.map((s) => s.id));
    expect(report.totals.checks).toEqual({ total: 7, pass: 3, fail: 3, info: 1 });
  });

  it('summarizes each requirement of the catalogue with its verdict and counts', () => {
    const byId = Object.fromEntries(report.requirements.map((r: { id: string }) => [r.id, r]));
    expect(byId['R-CONN-3']).toMatchObject({ kind: 'derived', verdict: 'fail', counts: { pass: 1, fail: 1, info: 0, skipped: 0, error: 0 }, scenarios: ['connection/retry-backoff'] });
    expect(byId['R-PORT-11']).toMatchObject({ kind: 'pilot', verdict: 'reported' });
    expect(byId['R-LOOK-3']).toMatchObject({ verdict: 'not-run', scenarios: [] });
    expect(byId['R-PORT-99']).toMatchObject({ known: false });
  });

  it('includes the evidence and each check’s outcome', () => {
    const check = report.scenarios[0].checks[1];
    expect(check).toMatchObject({ requirement: 'R-CONN-3', verdict: 'fail', outcome: 'fail', derived: true, message: 'backs off on 429' });
    expect(check.evidence.journal).toHaveLength(5);
    expect(check.evidence.journal[0].response.headers['retry-after']).toBe('2');
    expect(check.evidence.data).toEqual({ gapsMs: [0, 1, 1, 2] });
    expect(report.scenarios[5].checks[0].outcome).toBe('reported-fail');
    expect(report.scenarios[6].checks[0].outcome).toBe('expected-fail');
    expect(report.scenarios[1].checks[0].message).toBe(nasty);
  });

  it('keeps a stable key order whatever order the input objects had', () => {
    const shuffled = JSON.parse(JSON.stringify(failingSuite), (_k, v) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    ) as SuiteResult;
    expect(renderJson(shuffled, 'en', catalogue)).toBe(text);
  });

  it('titles requirements in the report language', () => {
    const vi = JSON.parse(renderJson(failingSuite, 'vi', catalogue));
    expect(vi.lang).toBe('vi');
    expect(vi.requirements[1].title).toBe('Cổng vận hành thông suốt, không tắc nghẽn');
  });
});
