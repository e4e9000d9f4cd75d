import type { CheckResult, Requirement, RequirementId, ScenarioResult, SuiteResult } from '../scenario/types.js';
import { strings, type Area, type CheckOutcome, type RequirementVerdict } from './strings.js';

/** The areas in report order (REQUIREMENTS.md, section order). */
export const areas: readonly Area[] = ['connection', 'lookup', 'matching', 'portal', 'lien-thong'];

/** One check as a report shows it. */
export interface CheckRow {
  readonly scenario: ScenarioResult;
  readonly check: CheckResult;
  readonly outcome: CheckOutcome;
  /** The check was derived by the harness (flagged on the check, or the requirement's kind is `derived`). */
  readonly derived: boolean;
}

/** One requirement's results over the run. */
export interface RequirementSummary {
  readonly requirement: Requirement;
  /** False when a result cites an ID the catalogue does not hold. */
  readonly known: boolean;
  readonly verdict: RequirementVerdict;
  /** `fail` counts failing checks of any kind; `error` counts scenarios citing it that ended in error or timeout. */
  readonly counts: { readonly pass: number; readonly fail: number; readonly info: number; readonly skipped: number; readonly error: number };
  readonly checks: readonly CheckRow[];
  /** Scenarios citing the requirement or checking it, in run order. */
  readonly scenarios: readonly ScenarioResult[];
}

export interface Totals {
  readonly scenarios: Readonly<Record<ScenarioResult['status'], number>> & { readonly total: number };
  readonly checks: { readonly total: number; readonly pass: number; readonly fail: number; readonly info: number };
  readonly requirements: Readonly<Record<RequirementVerdict, number>> & { readonly total: number };
}

const prefixArea: Readonly<Record<string, Area>> = { CONN: 'connection', LOOK: 'lookup', MATCH: 'matching', PORT: 'portal', LT: 'lien-thong' };

function placeholder(id: RequirementId): Requirement {
  const prefix = id.split('-')[1] ?? '';
  return {
    id,
    area: prefixArea[prefix] ?? 'connection',
    kind: 'duty',
    sources: [],
    title: { en: strings.en.notInCatalogue, vi: strings.vi.notInCatalogue },
    check: { en: '', vi: '' },
    harnessAssumption: false,
  };
}

function idOrder(a: string, b: string): number {
  const [, pa = '', na = '0'] = a.split('-');
  const [, pb = '', nb = '0'] = b.split('-');
  return pa === pb ? Number(na) - Number(nb) : pa < pb ? -1 : 1;
}

const stillFailing = (s: ScenarioResult): boolean => s.expectedFailure?.outcome === 'still-failing';
const broken = (s: ScenarioResult): boolean => s.status === 'error' || s.status === 'timeout';

/** How a check counts: a failing pilot or calibration check is reported, never a gate; an expected failure does not fail the run. */
export function checkOutcome(check: CheckResult, requirement: Requirement, scenario: ScenarioResult): CheckOutcome {
  if (check.verdict === 'pass') return 'pass';
  if (check.verdict === 'info') return 'info';
  if (requirement.kind === 'pilot' || requirement.kind === 'calibration') return 'reported-fail';
  return stillFailing(scenario) ? 'expected-fail' : 'fail';
}

/** A check with how it counts. */
export function toRow(scenario: ScenarioResult, check: CheckResult, requirement: Requirement): CheckRow {
  return { scenario, check, outcome: checkOutcome(check, requirement, scenario), derived: check.derived === true || requirement.kind === 'derived' };
}

function verdictOf(rows: readonly CheckRow[], scenarios: readonly ScenarioResult[]): RequirementVerdict {
  if (scenarios.length === 0) return 'not-run';
  const has = (o: CheckOutcome): boolean => rows.some((r) => r.outcome === o);
  if (has('fail') || scenarios.some((s) => broken(s) && !stillFailing(s))) return 'fail';
  if (has('expected-fail') || scenarios.some((s) => broken(s))) return 'expected-fail';
  if (has('reported-fail')) return 'reported';
  if (has('pass')) return scenarios.some((s) => s.status === 'skipped') ? 'partial' : 'pass';
  if (has('info')) return 'reported';
  if (scenarios.every((s) => s.status === 'skipped')) return 'skipped';
  return 'not-run';
}

/**
 * Every requirement of the catalogue with its results, in catalogue order, then any ID the results cite that the
 * catalogue lacks. Requirements no scenario touched are included with the verdict `not-run`.
 */
export function summarizeRequirements(result: SuiteResult, catalogue: readonly Requirement[]): RequirementSummary[] {
  const byId = new Map<RequirementId, Requirement>(catalogue.map((r) => [r.id, r]));
  const extra = new Set<RequirementId>();
  for (const s of result.scenarios) {
    for (const id of [...s.requirements, ...s.checks.map((c) => c.requirement)]) if (!byId.has(id)) extra.add(id);
  }
  const ordered: { requirement: Requirement; known: boolean }[] = [
    ...catalogue.map((requirement) => ({ requirement, known: true })),
    ...[...extra].sort(idOrder).map((id) => ({ requirement: placeholder(id), known: false })),
  ];
  return ordered.map(({ requirement, known }) => {
    const rows: CheckRow[] = [];
    const scenarios: ScenarioResult[] = [];
    for (const s of result.scenarios) {
      const own = s.checks.filter((c) => c.requirement === requirement.id);
      if (own.length === 0 && !s.requirements.includes(requirement.id)) continue;
      scenarios.push(s);
      for (const check of own) rows.push(toRow(s, check, requirement));
    }
    const counts = {
      pass: rows.filter((r) => r.check.verdict === 'pass').length,
      fail: rows.filter((r) => r.check.verdict === 'fail').length,
      info: rows.filter((r) => r.check.verdict === 'info').length,
      skipped: scenarios.filter((s) => s.status === 'skipped').length,
      error: scenarios.filter(broken).length,
    };
    return { requirement, known, verdict: verdictOf(rows, scenarios), counts, checks: rows, scenarios };
  });
}

/** The summaries of one area, in order. */
export function inArea(summaries: readonly RequirementSummary[], area: Area): RequirementSummary[] {
  return summaries.filter((s) => s.requirement.area === area);
}

/** Counts of scenarios by status, checks by verdict and requirements by verdict. */
export function totals(result: SuiteResult, summaries: readonly RequirementSummary[]): Totals {
  const scenarios = { total: result.scenarios.length, pass: 0, fail: 0, error: 0, timeout: 0, skipped: 0 };
  const checks = { total: 0, pass: 0, fail: 0, info: 0 };
  for (const s of result.scenarios) {
    scenarios[s.status]++;
    for (const c of s.checks) {
      checks.total++;
      checks[c.verdict]++;
    }
  }
  const requirements = { total: summaries.length, pass: 0, partial: 0, fail: 0, 'expected-fail': 0, reported: 0, skipped: 0, 'not-run': 0 };
  for (const s of summaries) requirements[s.verdict]++;
  return { scenarios, checks, requirements };
}
