import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ErrorCode, HarnessError } from '../errors.js';
import { requirementById } from './catalogue.js';
import type { Scenario } from './types.js';

/** The suite shipped with vn06: `dist/scenarios` next to the built CLI (or `scenarios/` when run from the sources). */
export function defaultScenariosDir(): string {
  return fileURLToPath(new URL('../../scenarios/', import.meta.url));
}

/**
 * The scenario modules under `dir`: `<area>/<slug>.js` (or `.ts` when run from the sources, never `.d.ts`), in
 * sorted order. Files at the top of `dir` (shared steps, the index) and names starting with `_` are not scenarios.
 */
function scenarioFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch (cause) {
    throw new HarnessError(ErrorCode.BadInput, `Failed to load the scenarios in ${dir}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  }
  return entries
    .filter((e) => e.isFile() && /\.(js|ts)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((path) => path.includes(sep) && !path.split(sep).some((part) => part.startsWith('_')))
    .sort();
}

function isScenario(value: unknown): value is Scenario {
  const s = value as Scenario | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.id === 'string' &&
    s.id !== '' &&
    (typeof s.title === 'string' || (typeof s.title === 'object' && s.title !== null && typeof s.title.en === 'string' && typeof s.title.vi === 'string')) &&
    Array.isArray(s.requirements) &&
    typeof s.run === 'function'
  );
}

/**
 * Imports every scenario module under `dir` (each exports a `Scenario` as default, or an array `scenarios`) and
 * returns the scenarios sorted by ID. Refuses, naming the file, a module that exports none, a malformed scenario, a
 * duplicate ID and a requirement ID the catalogue does not hold.
 */
export async function loadScenarios(dir: string = defaultScenariosDir()): Promise<Scenario[]> {
  const found = new Map<string, { scenario: Scenario; file: string }>();
  for (const file of scenarioFiles(dir)) {
    const fromCwd = relative(process.cwd(), join(dir, file));
    const shown = fromCwd.startsWith('..') ? join(dir, file) : fromCwd;
    const refuse = (reason: string, cause?: unknown): never => {
      throw new HarnessError(ErrorCode.BadInput, `Failed to load the scenario file ${shown}: ${reason}`, cause === undefined ? undefined : { cause });
    };
    let module: { default?: unknown; scenarios?: unknown };
    try {
      module = (await import(pathToFileURL(join(dir, file)).href)) as typeof module;
    } catch (cause) {
      refuse(`${(cause as Error).message ?? String(cause)}`.split('\n')[0]!, cause);
      continue;
    }
    const exported: unknown[] = [];
    if (module.default !== undefined) exported.push(module.default);
    if (module.scenarios !== undefined) {
      if (!Array.isArray(module.scenarios)) refuse('its export "scenarios" is not an array');
      exported.push(...(module.scenarios as unknown[]));
    }
    if (exported.length === 0) refuse('it exports no scenario (export default defineScenario({ … }), or an array named "scenarios")');
    for (const value of exported) {
      if (!isScenario(value)) refuse('an export is not a scenario (it needs id, title, requirements and run)');
      const scenario = value as Scenario;
      if (scenario.requirements.length === 0) refuse(`${scenario.id} cites no requirement`);
      const unknown = scenario.requirements.filter((id) => requirementById(id) === undefined);
      if (unknown.length > 0) refuse(`${scenario.id} cites ${unknown.join(', ')}, not in the requirement catalogue (docs/REQUIREMENTS.md)`);
      const earlier = found.get(scenario.id);
      if (earlier) refuse(`the scenario ID ${scenario.id} is already used in ${earlier.file}`);
      found.set(scenario.id, { scenario, file });
    }
  }
  return [...found.values()].map((f) => f.scenario).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
