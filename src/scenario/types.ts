import type { Harness } from '../mock/harness.js';
import type { JournalEntry } from '../mock/journal.js';
import type { SystemUnderTest } from './sut/types.js';

/** A requirement ID of the catalogue, e.g. `R-CONN-3`. */
export type RequirementId = `R-${'CONN' | 'LOOK' | 'MATCH' | 'PORT' | 'LT'}-${number}`;

/** How a requirement's result counts (REQUIREMENTS.md, second column). */
export type RequirementKind = 'duty' | 'derived' | 'pilot' | 'calibration';

/** One row of the requirement catalogue, in both report languages. */
export interface Requirement {
  readonly id: RequirementId;
  readonly area: 'connection' | 'lookup' | 'matching' | 'portal' | 'lien-thong';
  readonly kind: RequirementKind;
  /** Source citations as the catalogue writes them, e.g. `['CT05 A12', 'BC2060 I.2(1)']`. */
  readonly sources: readonly string[];
  readonly title: { readonly en: string; readonly vi: string };
  /** What a scenario can check (the catalogue's right-hand column). */
  readonly check: { readonly en: string; readonly vi: string };
  /** True when the check rests on a harness assumption the sources do not state: reports say so. */
  readonly harnessAssumption: boolean;
}

/** A message in English, or in English and Vietnamese (reports in `--lang vi` show the Vietnamese when there is one). */
export type Text = string | { readonly en: string; readonly vi: string };

/** The English of a text. */
export function english(text: Text): string {
  return typeof text === 'string' ? text : text.en;
}

/** The Vietnamese of a text, when it has one. */
export function vietnamese(text: Text): string | undefined {
  return typeof text === 'string' ? undefined : text.vi;
}

/** One attempt of a request, as the mocks saw it: what a retry timeline (R-CONN-3) is made of. */
export interface RetryAttempt {
  /** ISO instant of the attempt, from the harness clock. */
  readonly at: string;
  readonly status: number;
  /** The Retry-After the mock answered with, in seconds. */
  readonly retryAfterS: number | null;
  /** How long the client waited since the previous answer, in ms (null for the first attempt). */
  readonly waitedMs: number | null;
  readonly idempotencyKey: string | null;
}

/** What proves a verdict: journal entries, responses, any small JSON the scenario found, or a retry timeline. */
export interface Evidence {
  readonly journal?: readonly JournalEntry[];
  readonly data?: unknown;
  /** Reports print it as a table: the attempts, their statuses, Retry-After and the waits. */
  readonly timeline?: readonly RetryAttempt[];
}

/** The outcome of one `check`. `fail` on a pilot or calibration row is reported but never fails the run. */
export interface CheckResult {
  readonly requirement: RequirementId;
  readonly verdict: 'pass' | 'fail' | 'info';
  readonly message: string;
  /** The message in Vietnamese, when the scenario gave one. */
  readonly messageVi?: string;
  readonly evidence?: Evidence;
  /** For calibration rows: the figure observed beside the published one. */
  readonly figure?: { readonly name: string; readonly observed: number; readonly published: number; readonly unit?: string };
  /** A derived check says so in the report. */
  readonly derived?: boolean;
}

/** The mocks as a scenario sees them: the harness (journal, faults, clock, world, population) and where it is served. */
export interface MocksHandle {
  readonly harness: Harness;
  /** Base URL of the mocks on loopback, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
}

/** What a scenario's `run` receives. */
export interface ScenarioContext {
  readonly sut: SystemUnderTest;
  readonly mocks: MocksHandle;
  readonly seed: number;
  /** Records a verdict; returns the condition, so a scenario can stop when a precondition failed. */
  check(requirement: RequirementId, condition: boolean, message: Text, evidence?: Evidence): boolean;
  /** Records an observed figure for a calibration row (never pass/fail). */
  figure(requirement: RequirementId, name: Text, observed: number, published: number, unit?: string): void;
  /** Records a fact for the report without a verdict. */
  note(requirement: RequirementId, message: Text, evidence?: Evidence): void;
}

export interface Scenario {
  /** Stable, kebab-case, prefixed by area, e.g. `connection/retry-backoff`. */
  readonly id: string;
  readonly title: Text;
  readonly requirements: readonly RequirementId[];
  readonly tags?: readonly string[];
  /** Per-scenario timeout (default from the runner, 20 s). */
  readonly timeoutMs?: number;
  run(ctx: ScenarioContext): Promise<void>;
}

/** Declares a scenario; the identity function that gives it its type. */
export function defineScenario(scenario: Scenario): Scenario {
  return scenario;
}

/** The result of one scenario run. */
export interface ScenarioResult {
  readonly id: string;
  readonly title: string;
  /** The title in Vietnamese, when the scenario gave one. */
  readonly titleVi?: string;
  readonly requirements: readonly RequirementId[];
  readonly status: 'pass' | 'fail' | 'error' | 'timeout' | 'skipped';
  readonly durationMs: number;
  readonly checks: readonly CheckResult[];
  /** Set for `error` and `timeout`: what went wrong, in one line. */
  readonly error?: string;
  /** Set when an expected-failures entry matched this scenario or one of its requirements. */
  readonly expectedFailure?: { readonly reason: string; readonly outcome: 'still-failing' | 'now-passing' };
}

/** The result of a suite run, as every reporter reads it. */
export interface SuiteResult {
  readonly sut: string;
  readonly seed: number;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly scenarios: readonly ScenarioResult[];
  /** True when the run should exit non-zero: a failing duty/derived check not expected, an error, or an expected failure now passing. */
  readonly failed: boolean;
}
