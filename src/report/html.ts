import type { JournalEntry } from '../mock/journal.js';
import type { Evidence, Requirement, RetryAttempt, ScenarioResult, SuiteResult } from '../scenario/types.js';
import { escapeHtml as h } from './escape.js';
import { hasEvidence, requestTarget, timelineRows } from './evidence.js';
import { formatDuration, formatFigure, formatInstant, totalsText, truncate, messageIn, titleIn } from './format.js';
import { htmlStyle } from './html-style.js';
import { stableJson } from './stable-json.js';
import { strings, type Lang } from './strings.js';
import { areas, inArea, summarizeRequirements, totals, type CheckRow, type RequirementSummary } from './summary.js';

/** Longest evidence JSON shown in one block; the JSON report has it all. */
const MAX_PRE = 20_000;

function pre(value: unknown): string {
  const json = stableJson(value, 2);
  return `<pre>${h(json.length > MAX_PRE ? `${json.slice(0, MAX_PRE)}\n…` : json)}</pre>`;
}

function journalTable(entries: readonly JournalEntry[], lang: Lang): string {
  const j = strings[lang].journal;
  const head = [j.time, j.method, j.path, j.status, j.duration, j.fault, j.violations].map((c) => `<th>${h(c)}</th>`).join('');
  const rows = entries.map(
    (e) =>
      `<tr><td>${h(e.time)}</td><td>${h(e.method)}</td><td><code>${h(truncate(requestTarget(e), 200))}</code></td><td class="n">${e.response.status}</td>` +
      `<td class="n">${e.durationMs} ms</td><td>${h(e.fault ?? '')}</td><td>${h(e.violations.join(', '))}</td></tr>`,
  );
  return `<table class="journal"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function timelineTable(timeline: readonly RetryAttempt[], lang: Lang): string {
  const t = strings[lang].timeline;
  const head = [t.attempt, t.time, t.status, t.retryAfter, t.waited, t.key].map((c) => `<th>${h(c)}</th>`).join('');
  const rows = timelineRows(timeline).map((r) => `<tr>${r.map((c) => `<td>${h(c)}</td>`).join('')}</tr>`);
  return `<table class="journal timeline"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function evidenceBlock(evidence: Evidence | undefined, lang: Lang): string {
  if (!hasEvidence(evidence)) return '';
  const s = strings[lang];
  const journal = evidence.journal ?? [];
  const label = journal.length > 0 ? `${s.evidence} (${s.calls(journal.length)})` : s.evidence;
  const raw = `<details class="raw"><summary>${h(s.rawJournal)}</summary>${pre(journal)}</details>`;
  const parts = [
    evidence.timeline === undefined ? '' : timelineTable(evidence.timeline, lang),
    journal.length > 0 ? journalTable(journal, lang) + raw : '',
    evidence.data === undefined ? '' : `<p>${h(s.data)}</p>${pre(evidence.data)}`,
  ];
  return `<details class="evidence"><summary>${h(label)}</summary>${parts.join('')}</details>`;
}

function checkItem(row: CheckRow, requirement: Requirement, lang: Lang): string {
  const s = strings[lang];
  const notes: string[] = [];
  if (row.derived && requirement.kind !== 'derived') notes.push(s.derivedShort);
  if (row.outcome === 'reported-fail') notes.push(requirement.kind === 'pilot' ? s.pilotNotGate : s.calibrationNotGate);
  if (row.outcome === 'expected-fail') notes.push(`${s.expectedFailure} (${s.reason}: ${row.scenario.expectedFailure?.reason ?? ''})`);
  return [
    `<li class="check outcome-${row.outcome}">`,
    `<span class="badge ${row.outcome}">${h(s.checkOutcome[row.outcome])}</span> `,
    `<span class="scenario">${h(row.scenario.id)}</span> <span class="message">${h(messageIn(row.check, lang))}</span>`,
    ...notes.map((n) => `<p class="note">${h(n)}</p>`),
    row.check.figure ? `<p class="figure">${h(formatFigure(row.check.figure, lang))}</p>` : '',
    evidenceBlock(row.check.evidence, lang),
    '</li>',
  ].join('');
}

function scenarioProblem(sc: ScenarioResult, lang: Lang): string {
  const s = strings[lang];
  const what = sc.status === 'timeout' ? s.timedOutAfter(formatDuration(sc.durationMs, lang)) : `${s.scenarioStatus.error}: ${sc.error ?? ''}`;
  const expected = sc.expectedFailure?.outcome === 'still-failing' ? `<p class="note">${h(`${s.expectedFailure} (${s.reason}: ${sc.expectedFailure.reason})`)}</p>` : '';
  return `<li class="check outcome-${sc.status}"><span class="badge ${sc.status}">${h(s.scenarioStatus[sc.status])}</span> <span class="scenario">${h(sc.id)}</span> <span class="message">${h(what)}</span>${expected}</li>`;
}

function requirementSection(r: RequirementSummary, lang: Lang): string {
  const s = strings[lang];
  const req = r.requirement;
  const items = [
    ...r.checks.map((row) => checkItem(row, req, lang)),
    ...r.scenarios.filter((sc) => sc.status === 'error' || sc.status === 'timeout').map((sc) => scenarioProblem(sc, lang)),
  ];
  const empty = r.scenarios.length === 0 ? s.noScenario : r.checks.length === 0 ? s.noChecks : '';
  const c = r.counts;
  return [
    `<section class="requirement" id="${h(req.id)}" data-verdict="${r.verdict}">`,
    `<h3><span class="id">${h(req.id)}</span> ${h(req.title[lang])} <span class="badge ${r.verdict}">${h(s.requirementVerdict[r.verdict])}</span></h3>`,
    `<p class="meta">${h(s.kind)}: <strong>${h(s.kindName[req.kind])}</strong>. ${h(s.kindNote[req.kind])}</p>`,
    req.sources.length > 0 ? `<p class="sources">${h(s.sources)}: ${req.sources.map((x) => `<cite>${h(x)}</cite>`).join(', ')}</p>` : '',
    req.check[lang] === '' ? '' : `<p class="check-text">${h(s.whatIsChecked)}: ${h(req.check[lang])}</p>`,
    req.harnessAssumption ? `<p class="assumption">${h(s.harnessAssumption)}</p>` : '',
    `<p class="counts">${h(`${s.column.pass} ${c.pass} · ${s.column.fail} ${c.fail} · ${s.column.skipped} ${c.skipped} · ${s.column.error} ${c.error} · ${s.column.info} ${c.info}`)}</p>`,
    empty === '' ? '' : `<p class="counts">${h(empty)}</p>`,
    items.length > 0 ? `<ul class="checks">${items.join('')}</ul>` : '',
    '</section>',
  ].join('\n');
}

function overview(summaries: readonly RequirementSummary[], lang: Lang): string {
  const s = strings[lang];
  const head = [s.requirement, s.kind, s.column.pass, s.column.fail, s.column.skipped, s.column.error, s.result].map((x) => `<th>${h(x)}</th>`).join('');
  const rows = summaries.map((r) => {
    const c = r.counts;
    return `<tr><td><a href="#${h(r.requirement.id)}">${h(r.requirement.id)}</a></td><td>${h(s.kindName[r.requirement.kind])}</td><td class="n">${c.pass}</td><td class="n">${c.fail}</td><td class="n">${c.skipped}</td><td class="n">${c.error}</td><td><span class="badge ${r.verdict}">${h(s.requirementVerdict[r.verdict])}</span></td></tr>`;
  });
  return `<nav id="overview"><h2>${h(s.overview)}</h2><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></nav>`;
}

function scenarioTable(result: SuiteResult, lang: Lang): string {
  const s = strings[lang];
  const head = [s.scenario, s.requirements, s.result, s.duration].map((x) => `<th>${h(x)}</th>`).join('');
  const rows = result.scenarios.map(
    (sc) =>
      `<tr><td><code>${h(sc.id)}</code><br>${h(titleIn(sc, lang))}</td><td>${sc.requirements.map((id) => `<a href="#${h(id)}">${h(id)}</a>`).join(', ')}</td>` +
      `<td><span class="badge ${sc.status}">${h(s.scenarioStatus[sc.status])}</span></td><td class="n">${h(formatDuration(sc.durationMs, lang))}</td></tr>`,
  );
  return `<section id="scenarios"><h2>${h(s.scenarios)}</h2><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/**
 * One self-contained HTML file: a summary, an overview table, then every requirement of the catalogue grouped by area,
 * citing its sources, with each check's verdict and its evidence in a closed `<details>`. No script, no external fetch.
 */
export function renderHtml(result: SuiteResult, lang: Lang, catalogue: readonly Requirement[]): string {
  const s = strings[lang];
  const summaries = summarizeRequirements(result, catalogue);
  const t = totalsText(totals(result, summaries), result.durationMs, lang);
  const verdict = result.failed ? 'fail' : 'pass';
  const facts: [string, string][] = [
    [s.sut, result.sut],
    [s.seed, String(result.seed)],
    [s.started, formatInstant(result.startedAt)],
    [s.duration, formatDuration(result.durationMs, lang)],
    [s.requirements, t.requirements],
    [s.checks, t.checks],
    [s.scenarios, t.scenarios],
  ];
  const body = areas
    .map((area) => ({ area, list: inArea(summaries, area) }))
    .filter((a) => a.list.length > 0)
    .map(({ area, list }) => `<section class="area" id="area-${area}">\n<h2>${h(s.areaName[area])}</h2>\n${list.map((r) => requirementSection(r, lang)).join('\n')}\n</section>`);
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(`${s.reportTitle} · ${result.sut}`)}</title>`,
    `<style>${htmlStyle}</style>`,
    '</head>',
    '<body>',
    `<header id="summary" class="summary verdict-${verdict}">`,
    `<h1>${h(s.reportTitle)}</h1>`,
    `<p class="suite-verdict">${h(s.result)}: ${h(s.suiteVerdict[verdict])}</p>`,
    `<dl>${facts.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('')}</dl>`,
    '</header>',
    overview(summaries, lang),
    '<main>',
    ...body,
    '</main>',
    scenarioTable(result, lang),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
