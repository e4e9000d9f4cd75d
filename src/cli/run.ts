import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { z } from 'zod';
import { ErrorCode, HarnessError } from '../errors.js';
import { renderReport, reportFormats, scenarioLine } from '../report/index.js';
import { requirementById } from '../scenario/catalogue.js';
import { defaultScenariosDir, loadScenarios } from '../scenario/discover.js';
import { nowPassing, readExpectedFailures } from '../scenario/expect-fail.js';
import { DEFAULT_TIMEOUT_MS, runSuite } from '../scenario/runner.js';
import { httpSut, probeAdapter } from '../scenario/sut/driver/client.js';
import { createVariantSystem, findVariant, referenceSut, variants } from '../scenario/sut/reference/index.js';
import type { SutFactory } from '../scenario/sut/types.js';
import type { CliIo } from './io.js';
import { parseConfig, wholeNumber } from './options.js';

/** The report languages (`--lang`). */
export const langs = ['en', 'vi'] as const;

const configSchema = z.object({
  sut: z.string().min(1),
  seed: z.number().int().min(0),
  population: z.number().int().min(1),
  grep: z.string().min(1, 'give some text to look for').optional(),
  requirement: z.string().optional(),
  tag: z.string().min(1, 'give a tag').optional(),
  timeout: z.number().int().min(1),
  expectFail: z.string().min(1).optional(),
  reporter: z.enum(reportFormats),
  out: z.string().min(1),
  lang: z.enum(langs),
  scenarios: z.string().min(1).optional(),
});
const flags: Record<string, string> = {
  sut: '--sut',
  seed: '--seed',
  population: '--population',
  grep: '--grep',
  requirement: '--requirement',
  tag: '--tag',
  timeout: '--timeout',
  expectFail: '--expect-fail',
  reporter: '--reporter',
  out: '--out',
  lang: '--lang',
  scenarios: '--scenarios',
};

/** The SUT a `--sut` value names: `reference`, `reference+<variant>`, or the base URL of a driver adapter. */
export function resolveSut(value: string): { factory: SutFactory; name: string } {
  if (value === 'reference') return { factory: referenceSut(), name: 'reference' };
  if (value.startsWith('reference+')) {
    const variant = findVariant(value.slice('reference+'.length));
    if (variant === undefined) {
      throw new HarnessError(ErrorCode.BadValue, `Failed to read --sut: ${JSON.stringify(value)} names no faulty variant; known: ${variants.map((v) => `reference+${v.id}`).join(', ')}`);
    }
    return { factory: createVariantSystem(variant), name: value };
  }
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new HarnessError(ErrorCode.BadValue, `Failed to read --sut: ${JSON.stringify(value)} is neither "reference" nor the http(s) URL of a driver adapter`);
  }
  return { factory: httpSut(value), name: value };
}

function write(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (cause) {
    throw new HarnessError(ErrorCode.Unwritable, `Failed to write the report to ${file}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
  }
}

/** `vn06 run`: runs the scenario suite against a system under test and prints the compliance report; exit 1 when it fails. */
export function runCommand(io: CliIo, setExit: (code: number) => void): Command {
  return new Command('run')
    .description('Run the scenario suite against a system under test and report by requirement ID (exit 1 when a check fails)')
    .addOption(new Option('--sut <sut>', 'the system under test: reference, reference+<variant> (a faulty variant), or the http(s) URL of a driver adapter').default('reference'))
    .addOption(new Option('-s, --seed <n>', 'seed of the population, the mocks and the SUT: the same seed gives the same result').default(1).argParser(wholeNumber('--seed', 0, Number.MAX_SAFE_INTEGER)).env('VN06_SEED'))
    .addOption(new Option('--population <n>', 'citizens in the simulated population database').default(10_000).argParser(wholeNumber('--population', 1, 50_000_000)))
    .addOption(new Option('-g, --grep <text>', 'run only scenarios whose ID or title contains this text'))
    .addOption(new Option('-r, --requirement <id>', 'run only scenarios citing this requirement ID, e.g. R-CONN-3'))
    .addOption(new Option('-t, --tag <tag>', 'run only scenarios carrying this tag'))
    .addOption(new Option('--timeout <ms>', 'timeout of each scenario, in milliseconds (a scenario may set its own)').default(DEFAULT_TIMEOUT_MS).argParser(wholeNumber('--timeout', 1, 3_600_000)))
    .addOption(new Option('--expect-fail <file>', 'known gaps: one requirement or scenario ID a line, then a reason; fails the run when one of them passes'))
    .addOption(new Option('--reporter <name>', 'report format').choices(reportFormats).default('console'))
    .addOption(new Option('-o, --out <file>', 'write the report to this file (- for stdout)').default('-'))
    .addOption(new Option('--lang <lang>', 'language of the report').choices(langs).default('en').env('VN06_LANG'))
    .addOption(new Option('--scenarios <dir>', 'folder of built scenarios (default: the suite shipped with vn06)'))
    .action(async (raw: Record<string, unknown>) => {
      const config = parseConfig(configSchema, raw, (key) => flags[key] ?? key);
      if (config.requirement !== undefined && requirementById(config.requirement) === undefined) {
        throw new HarnessError(ErrorCode.BadValue, `Failed to read --requirement: ${JSON.stringify(config.requirement)} is not a requirement ID of the catalogue (see vn06 requirements)`);
      }
      const sut = resolveSut(config.sut);
      if (!sut.name.startsWith('reference')) {
        const unreachable = await probeAdapter(sut.name);
        if (unreachable !== undefined) {
          throw new HarnessError(ErrorCode.Unreachable, `Failed to reach the driver adapter at ${sut.name}: ${unreachable} (start it first, or check --sut)`);
        }
      }
      const scenarios = await loadScenarios(config.scenarios ?? defaultScenariosDir());
      const expectFail = config.expectFail === undefined ? [] : readExpectedFailures(config.expectFail, scenarios.map((s) => s.id));
      const toStdout = config.out === '-';
      const color = toStdout && io.stdout.isTTY === true && io.env.NO_COLOR === undefined;
      const progress = config.reporter === 'console' ? io.stdout : io.stderr;
      const result = await runSuite({
        scenarios,
        sut: sut.factory,
        sutName: sut.name,
        seed: config.seed,
        population: config.population,
        grep: config.grep,
        requirement: config.requirement,
        tag: config.tag,
        timeoutMs: config.timeout,
        expectFail,
        onScenario: (r) => void progress.write(`${scenarioLine(r, config.lang, config.reporter === 'console' && color)}\n`),
      });
      const report = renderReport(result, { format: config.reporter, lang: config.lang, color });
      // The console report follows the scenario lines after a blank line.
      if (toStdout) io.stdout.write(`${config.reporter === 'console' ? '\n' : ''}${report.endsWith('\n') ? report : `${report}\n`}`);
      else write(config.out, report);
      for (const entry of nowPassing(result.scenarios, expectFail)) {
        io.stderr.write(`vn06: ${entry.id} now passes, but ${config.expectFail} (line ${entry.line}) expects it to fail: remove it from the file\n`);
      }
      setExit(result.failed ? 1 : 0);
    });
}
