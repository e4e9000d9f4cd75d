import { messageIn, titleIn } from './format.js';
import type { CheckResult, Requirement, ScenarioResult, SuiteResult } from '../scenario/types.js';
import { sortKeys } from './stable-json.js';
import type { Lang } from './strings.js';
import { checkOutcome, summarizeRequirements, totals } from './summary.js';

function checkJson(check: CheckResult, requirement: Requirement | undefined, scenario: ScenarioResult, lang: Lang): unknown {
  const kind = requirement?.kind ?? 'duty';
  return {
    requirement: check.requirement,
    verdict: check.verdict,
    outcome: requirement ? checkOutcome(check, requirement, scenario) : check.verdict === 'fail' ? 'fail' : check.verdict,
    derived: check.derived === true || kind === 'derived',
    message: messageIn(check, lang),
    figure: check.figure === undefined ? undefined : { name: check.figure.name, observed: check.figure.observed, published: check.figure.published, unit: check.figure.unit },
    evidence: check.evidence === undefined ? undefined : { journal: sortKeys(check.evidence.journal), data: sortKeys(check.evidence.data) },
  };
}

/**
 * The JSON report: the suite result with every check's outcome and evidence, and a summary per requirement of the
 * catalogue. Keys come in a fixed order (evidence keys sorted), so the same result always gives the same text.
 */
export function renderJson(result: SuiteResult, lang: Lang, catalogue: readonly Requirement[]): string {
  const summaries = summarizeRequirements(result, catalogue);
  const byId = new Map(summaries.map((s) => [s.requirement.id, s.requirement]));
  const t = totals(result, summaries);
  const report = {
    report: 'vn06-compliance',
    version: 1,
    lang,
    sut: result.sut,
    seed: result.seed,
    startedAt: result.startedAt,
    durationMs: result.durationMs,
    failed: result.failed,
    verdict: result.failed ? 'fail' : 'pass',
    totals: {
      requirements: { ...t.requirements },
      checks: { ...t.checks },
      scenarios: { ...t.scenarios },
    },
    requirements: summaries.map((s) => ({
      id: s.requirement.id,
      area: s.requirement.area,
      kind: s.requirement.kind,
      known: s.known,
      title: s.requirement.title[lang],
      check: s.requirement.check[lang],
      sources: s.requirement.sources,
      harnessAssumption: s.requirement.harnessAssumption,
      verdict: s.verdict,
      counts: { pass: s.counts.pass, fail: s.counts.fail, info: s.counts.info, skipped: s.counts.skipped, error: s.counts.error },
      scenarios: s.scenarios.map((sc) => sc.id),
    })),
    scenarios: result.scenarios.map((sc) => ({
      id: sc.id,
      title: titleIn(sc, lang),
      requirements: sc.requirements,
      status: sc.status,
      durationMs: sc.durationMs,
      error: sc.error,
      expectedFailure: sc.expectedFailure === undefined ? undefined : { reason: sc.expectedFailure.reason, outcome: sc.expectedFailure.outcome },
      checks: sc.checks.map((c) => checkJson(c, byId.get(c.requirement), sc, lang)),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
