import type { Requirement, ScenarioResult, SuiteResult } from '../scenario/types.js';
import { escapeXmlAttr as attr, escapeXmlText as text } from './escape.js';
import { evidenceText } from './evidence.js';
import { formatFigure, oneLine, messageIn, titleIn } from './format.js';
import { strings, type Lang } from './strings.js';
import { summarizeRequirements, toRow, type CheckRow } from './summary.js';

interface TestCase {
  readonly name: string;
  /** The inner XML (already escaped), or '' for a plain pass. */
  readonly body: string;
  readonly kind: 'pass' | 'failure' | 'error' | 'skipped';
}

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

function element(name: string, message: string, type: string | undefined, content: string): string {
  const typeAttr = type === undefined ? '' : ` type="${attr(type)}"`;
  return content === '' ? `<${name} message="${attr(message)}"${typeAttr}/>` : `<${name} message="${attr(message)}"${typeAttr}>${text(content)}</${name}>`;
}

function context(requirement: Requirement, lang: Lang): string {
  const s = strings[lang];
  const lines = [`${requirement.id} — ${requirement.title[lang]}`, `${s.kind}: ${s.kindName[requirement.kind]}`];
  if (requirement.kind === 'derived') lines.push(s.derivedShort);
  if (requirement.harnessAssumption) lines.push(s.harnessAssumption);
  else if (requirement.sources.length > 0) lines.push(`${s.sources}: ${requirement.sources.join(', ')}`);
  return lines.join('\n');
}

function checkCase(row: CheckRow, requirement: Requirement, lang: Lang): TestCase {
  const s = strings[lang];
  const { check, scenario } = row;
  const name = `${check.requirement}: ${oneLine(messageIn(check, lang))}`;
  const details = [context(requirement, lang)];
  if (row.derived && requirement.kind !== 'derived') details.push(s.derivedShort);
  if (check.figure) details.push(formatFigure(check.figure, lang));
  const evidence = evidenceText(check.evidence, lang);
  if (evidence !== '') details.push(`${s.evidence}:\n${evidence}`);
  const body = details.join('\n');
  switch (row.outcome) {
    case 'fail':
      return { name, kind: 'failure', body: element('failure', messageIn(check, lang), row.derived ? s.derivedShort : s.kindName[requirement.kind], body) };
    case 'expected-fail':
      return { name, kind: 'skipped', body: `${element('skipped', `${s.expectedFailure} (${s.reason}: ${scenario.expectedFailure?.reason ?? ''})`, undefined, '')}<system-out>${text(body)}</system-out>` };
    case 'reported-fail':
      return { name, kind: 'skipped', body: `${element('skipped', requirement.kind === 'pilot' ? s.pilotNotGate : s.calibrationNotGate, undefined, '')}<system-out>${text(body)}</system-out>` };
    default:
      return { name, kind: 'pass', body: check.figure || check.verdict === 'info' ? `<system-out>${text(body)}</system-out>` : '' };
  }
}

function scenarioCases(scenario: ScenarioResult, byId: ReadonlyMap<string, Requirement>, lang: Lang): TestCase[] {
  const s = strings[lang];
  const cases: TestCase[] = [];
  for (const check of scenario.checks) {
    const requirement = byId.get(check.requirement);
    if (requirement) cases.push(checkCase(toRow(scenario, check, requirement), requirement, lang));
  }
  const expected = scenario.expectedFailure;
  if (scenario.status === 'error' || scenario.status === 'timeout') {
    const message = scenario.status === 'timeout' ? s.scenarioStatus.timeout : `${s.scenarioStatus.error}: ${scenario.error ?? ''}`;
    const name = `${scenario.requirements.join(', ')}: ${titleIn(scenario, lang)} (${s.scenarioStatus[scenario.status]})`;
    cases.push(
      expected?.outcome === 'still-failing'
        ? { name, kind: 'skipped', body: element('skipped', `${s.expectedFailure} (${s.reason}: ${expected.reason}): ${message}`, undefined, '') }
        : { name, kind: 'error', body: element('error', message, scenario.status, scenario.error ?? '') },
    );
  }
  if (scenario.status === 'skipped') {
    for (const id of scenario.requirements) cases.push({ name: `${id}: ${titleIn(scenario, lang)}`, kind: 'skipped', body: element('skipped', s.scenarioStatus.skipped, undefined, '') });
  }
  if (expected?.outcome === 'now-passing') {
    cases.push({ name: `${scenario.id}: ${s.expectedNowPassing}`, kind: 'failure', body: element('failure', s.expectedNowPassing, 'expect-fail', `${s.reason}: ${expected.reason}`) });
  }
  return cases;
}

/**
 * JUnit XML: one `<testsuite>` per scenario, one `<testcase>` per check named `<requirement ID>: <message>`.
 * Failing duty and derived checks are `<failure>`s; failing pilot and calibration checks and expected failures are
 * `<skipped>` (visible in CI without turning it red); calibration figures and notes pass with `<system-out>`.
 */
export function renderJunit(result: SuiteResult, lang: Lang, catalogue: readonly Requirement[]): string {
  const summaries = summarizeRequirements(result, catalogue);
  const byId = new Map<string, Requirement>(summaries.map((r) => [r.requirement.id, r.requirement]));
  const count = (cases: readonly TestCase[], kind: TestCase['kind']): number => cases.filter((c) => c.kind === kind).length;
  const all: TestCase[] = [];
  const suites = result.scenarios.map((scenario) => {
    const cases = scenarioCases(scenario, byId, lang);
    all.push(...cases);
    const classname = scenario.id.replaceAll('/', '.');
    const props = [
      ['requirements', scenario.requirements.join(', ')],
      ['title', titleIn(scenario, lang)],
      ['status', scenario.status],
    ]
      .map(([k = '', v = '']) => `      <property name="${attr(k)}" value="${attr(v)}"/>`)
      .join('\n');
    const body = cases
      .map((c) => `    <testcase classname="${attr(classname)}" name="${attr(c.name)}"${c.body === '' ? '/>' : `>${c.body}</testcase>`}`)
      .join('\n');
    return [
      `  <testsuite name="${attr(scenario.id)}" tests="${cases.length}" failures="${count(cases, 'failure')}" errors="${count(cases, 'error')}" skipped="${count(cases, 'skipped')}" time="${seconds(scenario.durationMs)}" timestamp="${attr(result.startedAt)}">`,
      `    <properties>\n${props}\n    </properties>`,
      ...(body === '' ? [] : [body]),
      '  </testsuite>',
    ].join('\n');
  });
  const head = `<testsuites name="${attr(`vn06 · ${result.sut} · seed ${result.seed}`)}" tests="${all.length}" failures="${count(all, 'failure')}" errors="${count(all, 'error')}" skipped="${count(all, 'skipped')}" time="${seconds(result.durationMs)}" timestamp="${attr(result.startedAt)}">`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...suites, '</testsuites>', ''].join('\n');
}
