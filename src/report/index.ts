import { requirements } from '../scenario/catalogue.js';
import type { Requirement, SuiteResult } from '../scenario/types.js';
import { renderConsole } from './console.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import type { Lang } from './strings.js';

export { scenarioLine } from './console.js';
export { strings, type Lang, type RequirementVerdict, type CheckOutcome } from './strings.js';
export { summarizeRequirements, totals, type RequirementSummary, type CheckRow, type Totals } from './summary.js';

/** The report formats (`--reporter`). */
export const reportFormats = ['console', 'json', 'junit', 'html'] as const;
export type ReportFormat = (typeof reportFormats)[number];

export interface ReportOptions {
  readonly format: ReportFormat;
  readonly lang: Lang;
  /** ANSI colours in the console report (the CLI passes `process.stdout.isTTY && !NO_COLOR`). */
  readonly color?: boolean;
  /** The requirement catalogue; the real one by default. */
  readonly catalogue?: readonly Requirement[];
}

/** Renders a suite result as a compliance report in one format and language. */
export function renderReport(result: SuiteResult, options: ReportOptions): string {
  const catalogue = options.catalogue ?? requirements;
  switch (options.format) {
    case 'console':
      return renderConsole(result, options.lang, catalogue, options.color ?? false);
    case 'json':
      return renderJson(result, options.lang, catalogue);
    case 'junit':
      return renderJunit(result, options.lang, catalogue);
    case 'html':
      return renderHtml(result, options.lang, catalogue);
  }
}
