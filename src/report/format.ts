import type { CheckResult } from '../scenario/types.js';
import { strings, type Lang } from './strings.js';
import type { Totals } from './summary.js';

/** A number with the language's digit grouping and decimal mark, at most three decimals (no `Intl`, so output never depends on ICU data). */
export function formatNumber(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return String(n);
  const s = strings[lang];
  const rounded = Math.round(n * 1000) / 1000;
  const [int = '0', frac] = Math.abs(rounded).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, s.thousands);
  return `${rounded < 0 ? '-' : ''}${grouped}${frac === undefined ? '' : s.decimal + frac}`;
}

/** `850 ms` under a second, else `12.3 s` (`12,3 giây`). */
export function formatDuration(ms: number, lang: Lang): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${formatNumber(Math.round(ms / 100) / 10, lang)} ${strings[lang].seconds}`;
}

/** An ISO 8601 instant as `2024-05-01 10:00:00 UTC`; anything else as it is. */
export function formatInstant(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

/** A calibration figure: `match rate: observed 70.1% · published 69.9%`. */
export function formatFigure(figure: NonNullable<CheckResult['figure']>, lang: Lang): string {
  const s = strings[lang];
  const unit = figure.unit === undefined ? '' : figure.unit === '%' ? '%' : ` ${figure.unit}`;
  return `${figure.name}: ${s.observed} ${formatNumber(figure.observed, lang)}${unit} · ${s.published} ${formatNumber(figure.published, lang)}${unit}`;
}

/** Cuts a string to `max` characters (code points), ending with `…` when cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** One line: newlines and tabs become spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\t]+\s*/g, ' ');
}

/** The totals in words, without their labels: requirements run by verdict, checks by verdict, scenarios and duration. */
export function totalsText(t: Totals, durationMs: number, lang: Lang): { requirements: string; checks: string; scenarios: string } {
  const s = strings[lang];
  const run = t.requirements.total - t.requirements['not-run'];
  const req = (['pass', 'partial', 'fail', 'expected-fail', 'reported', 'skipped'] as const)
    .filter((v) => v === 'pass' || v === 'fail' || t.requirements[v] > 0)
    .map((v) => `${t.requirements[v]} ${s.requirementVerdict[v].toLowerCase()}`);
  const checks = (['pass', 'fail', 'info'] as const).filter((v) => v !== 'info' || t.checks.info > 0).map((v) => `${t.checks[v]} ${s.column[v]}`);
  return {
    requirements: `${run} (${req.join(', ')})`,
    checks: `${t.checks.total} (${checks.join(', ')})`,
    // Scenarios run out of all (those the filters left out are not run), then the time: `1/47 · 3.4 s`.
    scenarios: `${t.scenarios.total - t.scenarios.skipped}/${t.scenarios.total} · ${formatDuration(durationMs, lang)}`,
  };
}

/** A check's message in the report's language (the English when the scenario gave no Vietnamese). */
export function messageIn(check: { readonly message: string; readonly messageVi?: string }, lang: 'en' | 'vi'): string {
  return lang === 'vi' && check.messageVi !== undefined ? check.messageVi : check.message;
}

/** A scenario's title in the report's language (the English when the scenario gave no Vietnamese). */
export function titleIn(scenario: { readonly title: string; readonly titleVi?: string }, lang: 'en' | 'vi'): string {
  return lang === 'vi' && scenario.titleVi !== undefined ? scenario.titleVi : scenario.title;
}
