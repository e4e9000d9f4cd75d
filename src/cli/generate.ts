import { Command, Option } from 'commander';
import { z } from 'zod';
import { ErrorCode, HarnessError } from '../errors.js';
import { profiles } from '../generator/dataset.js';
import { DEFAULT_AS_OF } from '../generator/population.js';
import { writeDataset } from '../generator/write-dataset.js';
import { fileSink, streamSink, type Sink } from '../format/sink.js';
import { sectors } from '../match/sectors.js';
import { writeSectorDataset } from '../match/write-sector-dataset.js';
import { formats } from '../format/writers.js';
import type { CliIo } from './io.js';
import { parseConfig, wholeNumber } from './options.js';
import { createProgress } from './progress.js';

const configSchema = z.object({
  count: z.number().int().min(1),
  seed: z.number().int().min(0),
  profile: z.enum(profiles),
  format: z.enum(formats),
  out: z.string().min(1),
  truth: z.string().min(1).optional(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as yyyy-mm-dd'),
  sector: z.enum(sectors).optional(),
});

const flags: Record<string, string> = { count: '--count', seed: '--seed', profile: '--profile', format: '--format', out: '--out', truth: '--truth', asOf: '--as-of', sector: '--sector' };

/** `vn06 generate`: streams synthetic citizens, clean or with ground-truth dirty variants, to a file or stdout. */
export function generateCommand(io: CliIo): Command {
  return new Command('generate')
    .description('Generate synthetic Vietnamese citizens (households, valid IDs, NFC names); dirty profiles add realistic faults with ground truth')
    .addOption(new Option('-n, --count <n>', 'number of records').default(1000).argParser(wholeNumber('--count', 1, 1_000_000_000)).env('VN06_COUNT'))
    .addOption(new Option('-s, --seed <n>', 'seed: the same seed gives the same bytes on every machine').default(1).argParser(wholeNumber('--seed', 0, Number.MAX_SAFE_INTEGER)).env('VN06_SEED'))
    .addOption(new Option('-p, --profile <name>', 'clean: the population as is; realistic: 69.9% exact matches (BC2060); adversarial: mostly faulty').choices(profiles).default('clean'))
    .addOption(new Option('-f, --format <name>', 'output format').choices(formats).default('ndjson'))
    .addOption(new Option('-o, --out <file>', 'output file, or - for stdout').default('-'))
    .addOption(new Option('-t, --truth <file>', 'also write the ground truth (true ID, faults applied, duplicate of) to this file, in the same format'))
    .addOption(new Option('--sector <name>', 'write sector records (R-MATCH-6) instead of citizens, with the verdict each deserves in --truth').choices(sectors))
    .addOption(new Option('--as-of <date>', 'reference date yyyy-mm-dd: ages are counted to it, no one is born or dies after it').default(DEFAULT_AS_OF))
    .action(async (raw: Record<string, unknown>) => {
      const config = parseConfig(configSchema, raw, (key) => flags[key] ?? key);
      if (config.truth !== undefined && config.truth === config.out) {
        throw new HarnessError(ErrorCode.BadValue, 'Failed to read --truth: it names the same file as --out');
      }
      const out: Sink = config.out === '-' ? streamSink(io.stdout) : fileSink(config.out, 'output');
      let truth: Sink | undefined;
      try {
        truth = config.truth === undefined ? undefined : config.truth === '-' ? streamSink(io.stdout) : fileSink(config.truth, 'truth');
      } catch (error) {
        out.abort();
        throw error;
      }
      const progress = createProgress(io, config.count, 'generate');
      try {
        const onProgress = (done: number): void => progress.update(done);
        if (config.sector === undefined) await writeDataset({ ...config, out, truth, onProgress });
        else await writeSectorDataset({ ...config, sector: config.sector, out, truth, onProgress });
        await out.close();
        await truth?.close();
      } catch (error) {
        out.abort();
        truth?.abort();
        throw error;
      } finally {
        progress.stop();
      }
    });
}
