/** The data-quality report written out: a console summary, JSON, or one self-contained HTML page (R-MATCH-4, -5). */
import { escapeHtml } from '../report/escape.js';
import type { QualityReport } from './quality.js';

/** The published 2022 national exact-match rate (BC2060 I.2(5)), shown beside the observed one. */
export const PUBLISHED_EXACT_RATE = 0.699;

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const n = (x: number): string => x.toLocaleString('en');

/** The console summary: verdict counts, the four dimensions, the rates and the worst records. */
export function qualityConsole(report: QualityReport, files: { results: string; clean?: string }): string {
  const lines = [`vn06 match: ${n(report.records)} ${report.sector} records → ${files.results}${files.clean ? ` (cleaned: ${files.clean})` : ''}`];
  lines.push(`  verdicts   ${Object.entries(report.verdicts).filter(([, c]) => c > 0).map(([v, c]) => `${v} ${n(c)}`).join(', ') || 'none'}`);
  for (const d of report.dimensions) lines.push(`  ${d.dimension.padEnd(10)} ${pct(d.score).padStart(6)}  ${n(d.passed)} of ${n(d.of)}`);
  lines.push(`  exact-match rate ${pct(report.exactMatchRate)} (matched as given; 2022 national: ${pct(PUBLISHED_EXACT_RATE)}), after tidying ${pct(report.matchRateAfterTidying)}`);
  if (report.worst.length > 0) {
    lines.push('  worst records:');
    for (const w of report.worst.slice(0, 5)) lines.push(`    #${w.record}${w.ref ? ` ${w.ref}` : ''} (${w.verdict}): ${w.faults.map((f) => `${f.dimension}: ${f.fault}`).join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export const qualityJson = (report: QualityReport): string => `${JSON.stringify({ ...report, publishedExactMatchRate: PUBLISHED_EXACT_RATE }, null, 2)}\n`;

export function qualityHtml(report: QualityReport): string {
  const e = escapeHtml;
  const rows = report.dimensions.map((d) => `<tr><th>${e(d.dimension)}</th><td>${pct(d.score)}</td><td>${n(d.passed)} / ${n(d.of)}</td><td>${e(d.meaning)}</td></tr>`).join('');
  const verdicts = Object.entries(report.verdicts).map(([v, c]) => `<tr><th>${e(v)}</th><td>${n(c)}</td></tr>`).join('');
  const worst = report.worst
    .map((w) => `<tr><td>${w.record}</td><td>${e(w.ref ?? '')}</td><td>${e(w.verdict)}</td><td><ul>${w.faults.map((f) => `<li><b>${e(f.dimension)}</b>: ${e(f.fault)}</li>`).join('')}</ul></td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>vn06 match: ${e(report.sector)} data quality</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}ul{margin:0;padding-left:1.2em}</style></head>
<body><h1>Data quality: ${e(report.sector)}, ${n(report.records)} records</h1>
<p>Đúng, đủ, sạch, sống (R-MATCH-4). Exact-match rate (R-MATCH-5): <b>${pct(report.exactMatchRate)}</b> (2022 national: ${pct(PUBLISHED_EXACT_RATE)}); after tidying ${pct(report.matchRateAfterTidying)}.</p>
<table><thead><tr><th>dimension</th><th>score</th><th>records</th><th>meaning (a harness assumption)</th></tr></thead><tbody>${rows}</tbody></table>
<h2>Verdicts</h2><table><tbody>${verdicts}</tbody></table>
<h2>Worst records</h2><table><thead><tr><th>record</th><th>ref</th><th>verdict</th><th>faults</th></tr></thead><tbody>${worst}</tbody></table>
</body></html>
`;
}
