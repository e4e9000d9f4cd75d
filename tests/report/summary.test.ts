import { describe, expect, it } from 'vitest';
import { checkOutcome, summarizeRequirements, totals } from '../../src/report/summary.js';
import type { CheckResult, ScenarioResult, SuiteResult } from '../../src/scenario/types.js';
import { catalogue, failingSuite, passingSuite } from './fixtures.js';

const scenario = (checks: CheckResult[], extra: Partial<ScenarioResult> = {}): ScenarioResult => ({
  id: 'x/y',
  title: 't',
  requirements: [...new Set(checks.map((c) => c.requirement))],
  status: 'pass',
  durationMs: 1,
  checks,
  ...extra,
});
const suite = (...scenarios: ScenarioResult[]): SuiteResult => ({ ...passingSuite, scenarios });
const verdictOf = (result: SuiteResult, id: string): string | undefined => summarizeRequirements(result, catalogue).find((r) => r.requirement.id === id)?.verdict;
const req = (id: string) => catalogue.find((r) => r.id === id)!;

describe('how a check counts', () => {
  it('fails the run on a failing duty or derived check, and only reports a failing pilot or calibration check', () => {
    const fail: CheckResult = { requirement: 'R-LOOK-3', verdict: 'fail', message: 'm' };
    expect(checkOutcome(fail, req('R-LOOK-3'), scenario([fail]))).toBe('fail');
    expect(checkOutcome({ ...fail, requirement: 'R-CONN-3' }, req('R-CONN-3'), scenario([fail]))).toBe('fail');
    expect(checkOutcome({ ...fail, requirement: 'R-PORT-11' }, req('R-PORT-11'), scenario([fail]))).toBe('reported-fail');
    expect(checkOutcome({ ...fail, requirement: 'R-MATCH-5' }, req('R-MATCH-5'), scenario([fail]))).toBe('reported-fail');
  });

  it('treats a failure in a scenario expected to fail as expected, and one now passing as a pass', () => {
    const fail: CheckResult = { requirement: 'R-LOOK-3', verdict: 'fail', message: 'm' };
    expect(checkOutcome(fail, req('R-LOOK-3'), scenario([fail], { expectedFailure: { reason: 'r', outcome: 'still-failing' } }))).toBe('expected-fail');
    const pass: CheckResult = { ...fail, verdict: 'pass' };
    expect(checkOutcome(pass, req('R-LOOK-3'), scenario([pass], { expectedFailure: { reason: 'r', outcome: 'now-passing' } }))).toBe('pass');
  });
});

describe('a requirement’s verdict', () => {
  it('passes when its checks pass, and fails when one duty check fails', () => {
    const ok: CheckResult = { requirement: 'R-LOOK-3', verdict: 'pass', message: 'ok' };
    expect(verdictOf(suite(scenario([ok])), 'R-LOOK-3')).toBe('pass');
    expect(verdictOf(suite(scenario([ok, { ...ok, verdict: 'fail' }])), 'R-LOOK-3')).toBe('fail');
  });

  it('fails when a scenario citing it ends in error or timeout, unless that was expected', () => {
    const broken = scenario([], { requirements: ['R-LOOK-3'], status: 'timeout' });
    expect(verdictOf(suite(broken), 'R-LOOK-3')).toBe('fail');
    expect(verdictOf(suite({ ...broken, expectedFailure: { reason: 'r', outcome: 'still-failing' } }), 'R-LOOK-3')).toBe('expected-fail');
  });

  it('is reported for a pilot failure or a calibration figure, skipped or not run otherwise', () => {
    expect(verdictOf(failingSuite, 'R-PORT-11')).toBe('reported');
    expect(verdictOf(failingSuite, 'R-MATCH-5')).toBe('reported');
    expect(verdictOf(failingSuite, 'R-PORT-4')).toBe('skipped');
    expect(verdictOf(failingSuite, 'R-LOOK-3')).toBe('not-run');
    expect(verdictOf(suite(scenario([], { requirements: ['R-LOOK-3'] })), 'R-LOOK-3')).toBe('not-run');
  });

  it('keeps catalogue order and appends IDs the catalogue lacks, in ID order', () => {
    const ids = summarizeRequirements(
      suite(scenario([{ requirement: 'R-PORT-99', verdict: 'pass', message: '' }, { requirement: 'R-CONN-10', verdict: 'pass', message: '' }, { requirement: 'R-CONN-9', verdict: 'pass', message: '' }])),
      catalogue,
    ).map((r) => r.requirement.id);
    expect(ids).toEqual([...catalogue.map((r) => r.id), 'R-CONN-9', 'R-CONN-10', 'R-PORT-99']);
  });

  it('marks checks derived when flagged or when the requirement is derived', () => {
    const [conn2, conn3] = summarizeRequirements(failingSuite, catalogue);
    expect(conn3?.checks.every((c) => c.derived)).toBe(true);
    expect(conn2?.checks.some((c) => c.derived)).toBe(false);
  });
});

describe('the totals', () => {
  it('count scenarios by status, checks by verdict and requirements by verdict', () => {
    const t = totals(failingSuite, summarizeRequirements(failingSuite, catalogue));
    expect(t.scenarios).toEqual({ total: 8, pass: 4, fail: 2, error: 1, timeout: 0, skipped: 1 });
    expect(t.checks).toEqual({ total: 7, pass: 3, fail: 3, info: 1 });
    expect(t.requirements).toEqual({ total: 9, pass: 2, partial: 0, fail: 2, 'expected-fail': 1, reported: 2, skipped: 1, 'not-run': 1 });
  });
});

describe('a requirement run in part', () => {
  it('is "partial", not "pass", when some of its scenarios were left out by the filters', async () => {
    const { summarizeRequirements } = await import('../../src/report/summary.js');
    const { catalogue } = await import('./fixtures.js');
    const ran = { id: 'a', title: 'a', requirements: ['R-CONN-3'] as const, status: 'pass' as const, durationMs: 1, checks: [{ requirement: 'R-CONN-3' as const, verdict: 'pass' as const, message: 'ok' }] };
    const left = { id: 'b', title: 'b', requirements: ['R-CONN-3'] as const, status: 'skipped' as const, durationMs: 0, checks: [] };
    const result = { sut: 'x', seed: 1, startedAt: '2026-01-01T00:00:00Z', durationMs: 1, failed: false, scenarios: [ran, left] };
    expect(summarizeRequirements(result, catalogue).find((r) => r.requirement.id === 'R-CONN-3')?.verdict).toBe('partial');
    expect(summarizeRequirements({ ...result, scenarios: [ran] }, catalogue).find((r) => r.requirement.id === 'R-CONN-3')?.verdict).toBe('pass');
  });
});
