import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { z } from 'zod';
import { ErrorCode, HarnessError } from '../errors.js';
import { countRecords, DEFAULT_CHUNK, matchFile } from '../match/match-file.js';
import { connectNpd } from '../match/npd-connection.js';
import { qualityConsole, qualityHtml, qualityJson } from '../match/quality-output.js';
import { formatOfPath, inputFormats } from '../match/read-records.js';
import { outputFormats } from '../match/result-encoding.js';
import { scoreConsole, scoreFiles } from '../match/score.js';
import { sectors } from '../match/sectors.js';
import type { CliIo } from './io.js';
import { parseConfig, wholeNumber } from './options.js';
import { createProgress, type Progress } from './progress.js';

const configSchema = z.object({
  sector: z.enum(sectors),
  against: z.union([z.literal('embedded'), z.url({ protocol: /^https?$/, error: 'write embedded or an http(s) URL' })]),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  out: z.string({ error: 'name the results file (required)' }).min(1),
  clean: z.string().min(1).optional(),
  report: z.string().regex(/\.(json|html?)$/i, 'name a .json or .html file').optional(),
  format: z.enum(outputFormats),
  inputFormat: z.enum(inputFormats).optional(),
  seed: z.number().int().min(0),
  population: z.number().int().min(1).optional(),
  chunk: z.number().int().min(1),
});
const flags: Record<string, string> = { sector: '--sector', against: '--against', clientId: '--client-id', clientSecret: '--client-secret', out: '--out', clean: '--clean', report: '--report', format: '--format', inputFormat: '--input-format', seed: '--seed', population: '--population', chunk: '--chunk' };

/** The embedded NPD holds at least the default population, and as many citizens as the file has records. */
const EMBEDDED_MINIMUM = 10_000;

function scoreCommand(io: CliIo): Command {
  return new Command('score')
    .description('Score the verdicts of your own matching against the ground truth of vn06 generate --sector --truth: precision, recall, F1 and MCC per verdict class')
    .argument('<results>', 'your results, NDJSON or CSV (by extension), with ref (or record) and verdict')
    .requiredOption('-t, --truth <file>', 'the ground truth written by vn06 generate --sector S --truth FILE')
    .option('--json', 'print the scores as JSON')
    .action(async (results: string, raw: { truth: string; json?: boolean }) => {
      const score = await scoreFiles(results, raw.truth);
      io.stdout.write(raw.json ? `${JSON.stringify(score, null, 2)}\n` : scoreConsole(score));
    });
}

/** `vn06 match`: a sector file matched against the NPD, one result per record, cleaned records and the quality report. */
export function matchCommand(io: CliIo): Command {
  return new Command('match')
    .description('Match a sector file (CSV or NDJSON) against the NPD through its batch API: one verdict per record, the cleaned records, the "đúng, đủ, sạch, sống" report; resumes after an interruption')
    .argument('<file>', 'the records, CSV or NDJSON (by extension, or --input-format); never read whole into memory')
    .addOption(new Option('--sector <name>', 'the shape of the records').choices(sectors).default('telecom'))
    .addOption(new Option('--against <URL|embedded>', 'the NPD: embedded (in this process) or the URL of a vn06 serve').default('embedded').env('VN06_NPD_URL'))
    .addOption(new Option('--client-id <id>', 'client credentials at the NPD').default('telecom'))
    .addOption(new Option('--client-secret <secret>', 'client credentials at the NPD').default('telecom-secret').env('VN06_CLIENT_SECRET'))
    .addOption(new Option('-o, --out <file>', 'one result per record (required); written as FILE.partial with FILE.checkpoint beside it, renamed when complete'))
    .addOption(new Option('--clean <file>', 'also write the cleaned records (the NPD’s values, old IDs resolved, duplicates left out)'))
    .addOption(new Option('--report <file>', 'the data-quality report as JSON or HTML (by extension); a summary is always printed'))
    .addOption(new Option('-f, --format <name>', 'format of the results and cleaned records').choices(outputFormats).default('ndjson'))
    .addOption(new Option('--input-format <name>', 'format of the input, when its extension does not say').choices(inputFormats))
    .addOption(new Option('-s, --seed <n>', 'seed of the embedded NPD’s population (the seed the file was generated with)').default(1).argParser(wholeNumber('--seed', 0, Number.MAX_SAFE_INTEGER)).env('VN06_SEED'))
    .addOption(new Option('--population <n>', 'citizens of the embedded NPD (default: 10,000, or the number of records if more)').argParser(wholeNumber('--population', 1, 50_000_000)))
    .addOption(new Option('--chunk <n>', 'records per NPD batch (and per checkpoint)').default(DEFAULT_CHUNK).argParser(wholeNumber('--chunk', 1, 100_000)))
    .addCommand(scoreCommand(io))
    .action(async (file: string, raw: Record<string, unknown>) => {
      const config = parseConfig(configSchema, raw, (key) => flags[key] ?? key);
      const outputs = [config.out, config.clean, config.report].filter((f): f is string => f !== undefined);
      if (outputs.includes(file) || new Set(outputs).size !== outputs.length) throw new HarnessError(ErrorCode.BadValue, 'Failed to read --out, --clean and --report: each needs a file of its own, not the input');
      const inputFormat = config.inputFormat ?? formatOfPath(file);
      let total: number;
      try {
        total = await countRecords(file, inputFormat);
      } catch (cause) {
        throw new HarnessError(ErrorCode.BadInput, `Failed to read the input file ${file}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`, { cause });
      }
      const embedded = config.against === 'embedded';
      const population = config.population ?? Math.max(EMBEDDED_MINIMUM, total);
      const building = embedded ? createProgress(io, population, 'population') : undefined;
      const npd = await connectNpd({ against: config.against, clientId: config.clientId, clientSecret: config.clientSecret, seed: config.seed, population, onPopulationProgress: (done) => building?.update(done) });
      building?.stop();
      // Made at the first chunk, after a resume is known, so its rate and ETA count only this run's records.
      let resumedAt = 0;
      let progress: Progress | undefined;
      let outcome;
      try {
        outcome = await matchFile({
          input: file,
          inputFormat,
          sector: config.sector,
          npd,
          out: config.out,
          format: config.format,
          ...(config.clean === undefined ? {} : { clean: config.clean }),
          chunk: config.chunk,
          onProgress: (done) => (progress ??= createProgress(io, total - resumedAt, 'match')).update(done - resumedAt),
          onResume: (done) => {
            resumedAt = done;
            io.stderr.write(`vn06 match: resuming after record ${done.toLocaleString('en')} (${config.out}.checkpoint)\n`);
          },
        });
      } catch (error) {
        if (error instanceof HarnessError) throw error;
        throw new HarnessError(ErrorCode.Unreachable, `Failed to match ${file}: ${(error as Error).message}; the records done are kept: run the same command again to resume`, { cause: error });
      } finally {
        progress?.stop();
        await npd.close();
      }
      if (config.report !== undefined) {
        try {
          writeFileSync(config.report, /\.json$/i.test(config.report) ? qualityJson(outcome.report) : qualityHtml(outcome.report));
        } catch (cause) {
          throw new HarnessError(ErrorCode.Unwritable, `Failed to write the report ${config.report}: ${(cause as NodeJS.ErrnoException).code ?? cause}`, { cause });
        }
      }
      io.stdout.write(qualityConsole(outcome.report, { results: config.out, ...(config.clean === undefined ? {} : { clean: config.clean }) }));
    });
}
