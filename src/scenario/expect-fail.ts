import { readFileSync } from 'node:fs';
import { ErrorCode, HarnessError } from '../errors.js';
import { requirementById } from './catalogue.js';
import { gates } from './context.js';
import type { RequirementId, ScenarioResult } from './types.js';

/** One line of an expected-failures file: a requirement or scenario that is known to fail, and why. */
export interface ExpectedFailure {
  readonly id: string;
  readonly kind: 'requirement' | 'scenario';
  readonly reason: string;
  /** Line number in the file (1-based), for messages. */
  readonly line: number;
}

/**
 * Parses an expected-failures file: one requirement ID or scenario ID a line, whitespace, then a reason; `#` starts a
 * comment line; blank lines are fine. Refuses a malformed line, an unknown ID, a row that can never fail (pilot,
 * calibration) and a repeated ID, naming the line.
 */
export function parseExpectedFailures(text: string, scenarioIds: Iterable<string>, source = 'the expected failures'): ExpectedFailure[] {
  const known = new Set(scenarioIds);
  const seen = new Map<string, number>();
  const entries: ExpectedFailure[] = [];
  const refuse = (line: number, reason: string): never => {
    throw new HarnessError(ErrorCode.BadInput, `Failed to read ${source}: line ${line}: ${reason}`);
  };
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const match = /^(\S+)\s+(\S.*)$/.exec(trimmed);
    if (!match) return refuse(line, `write an ID, then whitespace and a reason (got ${JSON.stringify(trimmed)})`);
    const [, id, reason] = match as unknown as [string, string, string];
    const requirement = requirementById(id);
    let kind: ExpectedFailure['kind'];
    if (requirement !== undefined) {
      if (!gates(requirement.id)) return refuse(line, `${id} is a ${requirement.kind} row: it never fails a run, so it cannot be an expected failure`);
      kind = 'requirement';
    } else if (known.has(id)) kind = 'scenario';
    else return refuse(line, `${JSON.stringify(id)} is neither a requirement ID of the catalogue nor the ID of a scenario`);
    const earlier = seen.get(id);
    if (earlier !== undefined) return refuse(line, `${id} is already listed on line ${earlier}`);
    seen.set(id, line);
    entries.push({ id, kind, reason: reason.trim(), line });
  });
  return entries;
}

/** Reads and parses an expected-failures file. */
export function readExpectedFailures(file: string, scenarioIds: Iterable<string>): ExpectedFailure[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new HarnessError(ErrorCode.BadInput, `Failed to read the expected failures ${file}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  }
  return parseExpectedFailures(text, scenarioIds, `the expected failures ${file}`);
}

const failed = (r: ScenarioResult): boolean => r.status === 'fail' || r.status === 'error' || r.status === 'timeout';

/** The requirements whose gating checks failed in this result. */
function failingRequirements(result: ScenarioResult): Set<RequirementId> {
  return new Set(result.checks.filter((c) => c.verdict === 'fail' && gates(c.requirement)).map((c) => c.requirement));
}

/** True when this result shows the requirement failing: a failing gating check, or an error or timeout of a scenario citing it. */
function failsOn(result: ScenarioResult, requirement: string): boolean {
  if (result.status === 'error' || result.status === 'timeout') return result.requirements.some((r) => r === requirement);
  return result.status === 'fail' && failingRequirements(result).has(requirement as RequirementId);
}

const reasons = (entries: readonly ExpectedFailure[]): string => [...new Set(entries.map((e) => e.reason))].join('; ');

/**
 * Marks one finished scenario as far as it alone can tell: a failure wholly covered by the file (its own ID, or every
 * failing requirement listed) is `still-failing`; a listed scenario that passes is `now-passing`. Whether a listed
 * requirement now passes is known only when the suite ends (`settleExpectedFailures`).
 */
export function markExpectedFailure(result: ScenarioResult, expected: readonly ExpectedFailure[]): ScenarioResult {
  const own = expected.find((e) => e.kind === 'scenario' && e.id === result.id);
  if (result.status === 'skipped') return result;
  if (own) return { ...result, expectedFailure: { reason: own.reason, outcome: failed(result) ? 'still-failing' : 'now-passing' } };
  if (!failed(result)) return result;
  const needed = result.status === 'fail' ? [...failingRequirements(result)] : [...result.requirements];
  const covering = needed.map((id) => expected.find((e) => e.kind === 'requirement' && e.id === id));
  if (needed.length === 0 || covering.some((e) => e === undefined)) return result;
  return { ...result, expectedFailure: { reason: reasons(covering as ExpectedFailure[]), outcome: 'still-failing' } };
}

/** The entries that no longer hold in this run: a listed scenario that passed, or a listed requirement checked and failing nowhere. */
export function nowPassing(results: readonly ScenarioResult[], expected: readonly ExpectedFailure[]): ExpectedFailure[] {
  return expected.filter((entry) => {
    if (entry.kind === 'scenario') {
      const result = results.find((r) => r.id === entry.id);
      return result !== undefined && result.status === 'pass';
    }
    const checked = results.some((r) => r.checks.some((c) => c.requirement === entry.id));
    return checked && !results.some((r) => failsOn(r, entry.id));
  });
}

/**
 * Marks every result and says whether the run failed: an unexpected failure, an error or timeout not covered, or an
 * expected failure that now passes ("remove it from the file").
 */
export function settleExpectedFailures(results: readonly ScenarioResult[], expected: readonly ExpectedFailure[]): { results: ScenarioResult[]; failed: boolean } {
  let marked = results.map((r) => markExpectedFailure(r, expected));
  const stale = nowPassing(marked, expected).filter((e) => e.kind === 'requirement');
  for (const entry of stale) {
    const checked = marked.filter((r) => r.checks.some((c) => c.requirement === entry.id) && r.expectedFailure?.outcome !== 'now-passing');
    const targets = checked.filter((r) => r.status === 'pass');
    const chosen = new Set((targets.length > 0 ? targets : checked.slice(0, 1)).map((r) => r.id));
    marked = marked.map((r) => (chosen.has(r.id) ? { ...r, expectedFailure: { reason: entry.reason, outcome: 'now-passing' } } : r));
  }
  const runFailed = marked.some((r) => (failed(r) && r.expectedFailure?.outcome !== 'still-failing') || r.expectedFailure?.outcome === 'now-passing');
  return { results: marked, failed: runFailed };
}
