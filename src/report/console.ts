import type { Requirement, ScenarioResult, SuiteResult } from '../scenario/types.js';
import { shortEvidence, timelineText } from './evidence.js';
import { formatDuration, formatFigure, formatInstant, oneLine, totalsText, truncate, messageIn } from './format.js';
import { strings, type Lang, type RequirementVerdict, type Strings } from './strings.js';
import { areas, summarizeRequirements, totals, type CheckRow, type RequirementSummary } from './summary.js';

type Paint = (code: number, text: string) => string;
const painter = (color: boolean): Paint => (color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text);
const RED = 31;
const GREEN = 32;
const YELLOW = 33;
const BOLD = 1;
const DIM = 2;

const statusSymbol: Readonly<Record<ScenarioResult['status'], string>> = { pass: '✓', fail: '✗', error: '!', timeout: '⏱', skipped: '–' };
const statusColor: Readonly<Record<ScenarioResult['status'], number>> = { pass: GREEN, fail: RED, error: RED, timeout: YELLOW, skipped: DIM };
const verdictColor: Readonly<Record<RequirementVerdict, number>> = {
  pass: GREEN,
  partial: YELLOW,
  fail: RED,
  'expected-fail': YELLOW,
  reported: YELLOW,
  skipped: DIM,
  'not-run': DIM,
};

const width = (text: string): number => [...text].length;
const padEnd = (text: string, n: number): string => text + ' '.repeat(Math.max(0, n - width(text)));
const padStart = (text: string, n: number): string => ' '.repeat(Math.max(0, n - width(text))) + text;

/** One line per scenario while the suite runs: status symbol, ID, requirement IDs and duration. */
export function scenarioLine(result: ScenarioResult, lang: Lang, color = false): string {
  const s = strings[lang];
  const paint = painter(color);
  const parts = [paint(statusColor[result.status], statusSymbol[result.status]), result.id, paint(DIM, result.requirements.join(', ')), paint(DIM, formatDuration(result.durationMs, lang))];
  let line = parts.filter((p) => p !== '').join('  ');
  if (result.status === 'timeout') line += ` — ${s.timedOutAfter(formatDuration(result.durationMs, lang))}`;
  if (result.status === 'error' && result.error !== undefined) line += ` — ${s.scenarioStatus.error}: ${oneLine(result.error)}`;
  if (result.expectedFailure) {
    const label = result.expectedFailure.outcome === 'now-passing' ? s.expectedNowPassing : s.expectedFailure;
    line += ` ${paint(YELLOW, `(${label})`)}`;
  }
  return line;
}

function table(summaries: readonly RequirementSummary[], s: Strings, paint: Paint): string[] {
  const header = [s.requirement, s.kind, s.column.pass, s.column.fail, s.column.skipped, s.column.error, s.result];
  const rows = summaries.map((r) => [
    r.requirement.id,
    s.kindName[r.requirement.kind],
    String(r.counts.pass),
    String(r.counts.fail),
    String(r.counts.skipped),
    String(r.counts.error),
    s.requirementVerdict[r.verdict],
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((row) => width(row[i] ?? ''))));
  const format = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === header.length - 1 ? c : i >= 2 ? padStart(c, widths[i] ?? 0) : padEnd(c, widths[i] ?? 0))).join('  ');
  const out: string[] = [paint(DIM, `  ${format(header)}`)];
  for (const area of areas) {
    const indices = summaries.flatMap((r, i) => (r.requirement.area === area ? [i] : []));
    if (indices.length === 0) continue;
    out.push(paint(BOLD, s.areaName[area]));
    for (const i of indices) {
      const row = rows[i] ?? [];
      const verdict = summaries[i]?.verdict ?? 'not-run';
      out.push(`  ${format(row.slice(0, -1))}  ${paint(verdictColor[verdict], row.at(-1) ?? '')}`);
    }
  }
  return out;
}

function requirementHeading(r: RequirementSummary, lang: Lang): string[] {
  const s = strings[lang];
  const req: Requirement = r.requirement;
  const title = `${req.id} — ${truncate(oneLine(req.title[lang]), 120)}`;
  const notes: string[] = [req.kind === 'derived' ? s.derivedShort : s.kindName[req.kind]];
  if (req.harnessAssumption) notes.push(s.harnessAssumption);
  else if (req.sources.length > 0) notes.push(`${s.sources}: ${req.sources.join(', ')}`);
  return [title, `  ${notes.join(' · ')}`];
}

function checkLines(row: CheckRow, kindIsDerived: boolean, lang: Lang, paint: Paint, evidenceLines: number): string[] {
  const s = strings[lang];
  const tag = row.derived && !kindIsDerived ? ` (${s.derivedShort})` : '';
  const out = [`  ${row.scenario.id}: ${oneLine(messageIn(row.check, lang))}${tag}`];
  // A figure's message already carries the observed and published values (see src/scenario/context.ts).
  if (row.check.figure && !row.check.message.includes(String(row.check.figure.published))) out.push(`    ${formatFigure(row.check.figure, lang)}`);
  for (const line of shortEvidence(row.check.evidence, lang, evidenceLines)) out.push(paint(DIM, `    ${line}`));
  return out;
}

function failures(result: SuiteResult, summaries: readonly RequirementSummary[], lang: Lang, color: boolean): string[] {
  const s = strings[lang];
  const paint = painter(color);
  const out: string[] = [];
  for (const r of summaries) {
    const rows = r.checks.filter((c) => c.outcome === 'fail');
    if (rows.length === 0) continue;
    const [title = '', notes = ''] = requirementHeading(r, lang);
    out.push(`${paint(RED, '✗')} ${paint(BOLD, title)}`, notes);
    for (const row of rows) out.push(...checkLines(row, r.requirement.kind === 'derived', lang, paint, 3));
  }
  for (const sc of result.scenarios) {
    if ((sc.status === 'error' || sc.status === 'timeout') && sc.expectedFailure?.outcome !== 'still-failing') out.push(scenarioLine(sc, lang, color));
    if (sc.expectedFailure?.outcome === 'now-passing') {
      out.push(`${paint(RED, '✗')} ${sc.id}: ${s.expectedNowPassing} (${s.reason}: ${oneLine(sc.expectedFailure.reason)})`);
    }
  }
  return out.length === 0 ? [] : ['', paint(BOLD, s.failures), ...out];
}

/** Why a check that failed does not fail the run, or '' when it did not fail. */
function notGatingBecause(row: CheckRow, requirement: Requirement, lang: Lang): string {
  const s = strings[lang];
  if (row.outcome === 'expected-fail') return `${s.expectedFailure} (${s.reason}: ${oneLine(row.scenario.expectedFailure?.reason ?? '')})`;
  if (row.outcome !== 'reported-fail') return '';
  return requirement.kind === 'pilot' ? s.pilotNotGate : s.calibrationNotGate;
}

function reported(result: SuiteResult, summaries: readonly RequirementSummary[], lang: Lang, color: boolean): string[] {
  const s = strings[lang];
  const paint = painter(color);
  const out: string[] = [];
  for (const r of summaries) {
    const rows = r.checks.filter((c) => c.outcome === 'reported-fail' || c.outcome === 'expected-fail' || c.check.figure !== undefined);
    if (rows.length === 0) continue;
    out.push(`${paint(YELLOW, '•')} ${requirementHeading(r, lang).join('\n')}`);
    for (const row of rows) {
      const why = notGatingBecause(row, r.requirement, lang);
      const lines = checkLines(row, r.requirement.kind === 'derived', lang, paint, row.outcome === 'expected-fail' ? 1 : 0);
      if (why !== '') lines.splice(1, 0, `    ${paint(YELLOW, why)}`);
      out.push(...lines);
    }
  }
  for (const sc of result.scenarios) {
    if ((sc.status === 'error' || sc.status === 'timeout') && sc.expectedFailure?.outcome === 'still-failing') out.push(scenarioLine(sc, lang, color));
  }
  return out.length === 0 ? [] : ['', paint(BOLD, s.reportedSection), ...out];
}

function totalsLine(result: SuiteResult, summaries: readonly RequirementSummary[], lang: Lang, paint: Paint): string {
  const s = strings[lang];
  const t = totalsText(totals(result, summaries), result.durationMs, lang);
  const verdict = result.failed ? paint(RED, s.suiteVerdict.fail) : paint(GREEN, s.suiteVerdict.pass);
  return [`${s.requirements}: ${t.requirements}`, `${s.checks}: ${t.checks}`, `${s.scenarios}: ${t.scenarios}`, paint(BOLD, verdict)].join(' · ');
}

/** Every retry timeline the run recorded (R-CONN-3 grades retries point by point): the message, then the attempts. */
function timelines(result: SuiteResult, lang: Lang, color: boolean): string[] {
  const paint = painter(color);
  const out: string[] = [];
  for (const sc of result.scenarios) {
    for (const check of sc.checks) {
      if (check.evidence?.timeline === undefined || check.verdict !== 'info') continue;
      out.push(`  ${sc.id} · ${check.requirement}: ${oneLine(messageIn(check, lang))}`);
      for (const line of timelineText(check.evidence.timeline, lang)) out.push(paint(DIM, `    ${line}`));
    }
  }
  return out.length === 0 ? [] : ['', paint(BOLD, strings[lang].timeline.title), ...out];
}

/** The console report printed after the run: the table by area, the failures, what is reported without gating, the totals. */
export function renderConsole(result: SuiteResult, lang: Lang, catalogue: readonly Requirement[], color = false): string {
  const s = strings[lang];
  const paint = painter(color);
  const summaries = summarizeRequirements(result, catalogue);
  const shown = summaries.filter((r) => r.verdict !== 'not-run' || r.scenarios.length > 0);
  const notRun = summaries.length - shown.length;
  const lines = [
    paint(BOLD, `${s.reportTitle} · ${s.sut}: ${result.sut} · ${s.seed}: ${result.seed} · ${formatInstant(result.startedAt)}`),
    '',
    ...table(shown, s, paint),
    ...(notRun > 0 ? [paint(DIM, s.notRun(notRun))] : []),
    ...failures(result, shown, lang, color),
    ...reported(result, shown, lang, color),
    ...timelines(result, lang, color),
    '',
    totalsLine(result, shown, lang, paint),
  ];
  return `${lines.join('\n')}\n`;
}
