import { ErrorCode, HarnessError } from '../errors.js';
import { requirementById } from './catalogue.js';
import type { SystemUnderTest } from './sut/types.js';
import { english, vietnamese, type CheckResult, type Evidence, type MocksHandle, type RequirementId, type Scenario, type ScenarioContext, type Text } from './types.js';

/** What one scenario recorded: its checks, and how many of them were verdicts or figures (notes do not count). */
export interface Recorder {
  readonly checks: readonly CheckResult[];
  /** Calls of `check` and `figure`: a scenario with none "made no checks". */
  readonly made: number;
  context(sut: SystemUnderTest, mocks: MocksHandle): ScenarioContext;
  /** Ignores whatever the scenario records from now on (after a timeout its `run` may still be going). */
  close(): void;
}

/** True when a failing check on this requirement fails the scenario: `duty` and `derived` rows; `pilot` and `calibration` never gate. */
export function gates(requirement: RequirementId): boolean {
  const kind = requirementById(requirement)?.kind;
  return kind === 'duty' || kind === 'derived';
}

/** The name that stands for the mocks' loopback address in recorded messages and evidence. */
export const MOCKS_HOST = 'mocks.vn06';

/**
 * Replaces the mocks' ephemeral loopback address (a new port every scenario) with `MOCKS_HOST` in strings, arrays and
 * plain objects, so that the same seed records the same evidence; anything else is kept as it is.
 */
export function stabilizer(mocksUrl: string): <T>(value: T) => T {
  const host = new URL(mocksUrl).host;
  const text = (s: string): string => s.replaceAll(host, MOCKS_HOST);
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return text(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  return <T>(value: T) => walk(value) as T;
}

/** A number as Vietnamese writes it: a decimal comma (71,3). */
const viNumber = (n: number): string => String(n).replace('.', ',');

/**
 * Collects a scenario's checks; a check on a requirement the scenario does not cite is a bug in the scenario and
 * throws. Messages and evidence are recorded with the mocks' address made stable (`stabilizer`).
 */
export function createRecorder(scenario: Scenario, seed: number, mocksUrl: string): Recorder {
  const stable = stabilizer(mocksUrl);
  const checks: CheckResult[] = [];
  let made = 0;
  let open = true;

  const row = (requirement: RequirementId): { derived?: true } => {
    const found = requirementById(requirement);
    if (found === undefined || !scenario.requirements.includes(requirement)) {
      throw new HarnessError(
        ErrorCode.BadInput,
        `Failed to record a check of ${scenario.id}: ${requirement} is not ${found === undefined ? 'a requirement ID of the catalogue' : 'one of the requirements it cites'} (${scenario.requirements.join(', ')})`,
      );
    }
    return found.kind === 'derived' ? { derived: true } : {};
  };
  const record = (result: CheckResult, counts: boolean): void => {
    if (!open) return;
    checks.push(stable(result));
    if (counts) made++;
  };
  const withEvidence = (evidence: Evidence | undefined): { evidence?: Evidence } => (evidence === undefined ? {} : { evidence });
  const texts = (message: Text): { message: string; messageVi?: string } => {
    const vi = vietnamese(message);
    return vi === undefined ? { message: english(message) } : { message: english(message), messageVi: vi.normalize('NFC') };
  };

  return {
    checks,
    get made() {
      return made;
    },
    close() {
      open = false;
    },
    context: (sut, mocks) => ({
      sut,
      mocks,
      seed,
      check(requirement, condition, message, evidence) {
        const derived = row(requirement);
        record({ requirement, verdict: condition ? 'pass' : 'fail', ...texts(message), ...withEvidence(evidence), ...derived }, true);
        return condition;
      },
      figure(requirement, label, observed, published, unit) {
        const derived = row(requirement);
        const u = unit === undefined ? '' : ` ${unit}`;
        const name = english(label);
        const vi = vietnamese(label);
        record(
          {
            requirement,
            verdict: 'info',
            ...texts(vi === undefined ? `${name}: observed ${observed}${u}, published ${published}${u}` : { en: `${name}: observed ${observed}${u}, published ${published}${u}`, vi: `${vi}: quan sát được ${viNumber(observed)}${u}, công bố ${viNumber(published)}${u}` }),
            figure: unit === undefined ? { name, observed, published } : { name, observed, published, unit },
            ...derived,
          },
          true,
        );
      },
      note(requirement, message, evidence) {
        const derived = row(requirement);
        record({ requirement, verdict: 'info', ...texts(message), ...withEvidence(evidence), ...derived }, false);
      },
    }),
  };
}
