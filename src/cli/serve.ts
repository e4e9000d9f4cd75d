import { readFileSync, writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { z } from 'zod';
import { defaultClients, systems } from '../../mocks/index.js';
import { ErrorCode, HarnessError } from '../errors.js';
import { faultRulesSchema, type FaultRule } from '../mock/faults.js';
import { createHarness } from '../mock/harness.js';
import { buildPopulationIndex } from '../population/population-index.js';
import { startServer } from '../server/http-server.js';
import { startDriverServer } from '../scenario/sut/driver/server.js';
import { createReferenceSystem } from '../scenario/sut/reference/system.js';
import { createTestPki, tlsModes, tlsServerOptions, type TlsMode } from '../server/tls.js';
import type { CliIo } from './io.js';
import { parseConfig, wholeNumber } from './options.js';
import { createProgress } from './progress.js';

const configSchema = z.object({
  port: z.number().int().min(0).max(65_535),
  host: z.string().min(1),
  seed: z.number().int().min(0),
  population: z.number().int().min(1),
  faults: z.string().optional(),
  clockStart: z.string().optional(),
  frozenClock: z.boolean().optional(),
  clockOffset: z.number().int().optional(),
  tls: z.enum(tlsModes).optional(),
  caOut: z.string().optional(),
  tokenTtl: z.number().int().min(1),
  reference: z.boolean().optional(),
  referencePort: z.number().int().min(0).max(65_535),
});
const flags: Record<string, string> = { port: '--port', host: '--host', seed: '--seed', population: '--population', faults: '--faults', clockStart: '--clock-start', clockOffset: '--clock-offset', tls: '--tls', caOut: '--ca-out', tokenTtl: '--token-ttl', referencePort: '--reference-port' };

function readFaults(file: string): FaultRule[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? (cause as Error).message;
    throw new HarnessError(ErrorCode.BadInput, `Failed to read the faults file ${file}: ${reason}`, { cause });
  }
  const parsed = faultRulesSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new HarnessError(ErrorCode.BadInput, `Failed to read the faults file ${file}: [${issue.path.join('.')}] ${issue.message} (a JSON array of rules such as {"route":"npd.lookup","kind":"status","status":429,"retryAfter":2,"share":0.1})`);
  }
  return parsed.data;
}

/** `vn06 serve`: the simulated systems over HTTP(S) on one port, with the admin API under /__admin; runs until SIGINT or SIGTERM. */
export function serveCommand(io: CliIo, signals: NodeJS.EventEmitter = process): Command {
  return new Command('serve')
    .description('Serve the simulated systems over HTTP, with an admin API under /__admin; with --reference, also the reference procedure system behind the driver contract')
    .addOption(new Option('--port <n>', 'port to listen on (0 picks a free one)').default(8606).argParser(wholeNumber('--port', 0, 65_535)).env('VN06_PORT'))
    .addOption(new Option('--host <address>', 'address to listen on').default('127.0.0.1'))
    .addOption(new Option('-s, --seed <n>', 'seed of the population, the fault schedule and the tokens').default(1).argParser(wholeNumber('--seed', 0, Number.MAX_SAFE_INTEGER)).env('VN06_SEED'))
    .addOption(new Option('--population <n>', 'citizens in the population database').default(10_000).argParser(wholeNumber('--population', 1, 50_000_000)))
    .addOption(new Option('--faults <file>', 'JSON array of fault rules to apply from the start'))
    .addOption(new Option('--clock-start <instant>', 'start the clock at this ISO 8601 instant (tokens and journal times repeat run to run)'))
    .addOption(new Option('--frozen-clock', 'keep the clock still (advance it with POST /__admin/clock/advance)'))
    .addOption(new Option('--clock-offset <ms>', 'shift the clock by this many milliseconds (negative: into the past)').argParser((v) => {
      if (!/^-?\d+$/.test(v)) throw new HarnessError(ErrorCode.BadValue, `Failed to read --clock-offset: ${JSON.stringify(v)} is not a whole number of milliseconds`);
      return Number(v);
    }))
    .addOption(new Option('--tls <mode>', 'serve HTTPS with a generated test CA; bad modes let a client prove it refuses them').choices(tlsModes))
    .addOption(new Option('--ca-out <file>', 'with --tls: write the test CA certificate (PEM) to this file'))
    .addOption(new Option('--token-ttl <seconds>', 'lifetime of access tokens').default(300).argParser(wholeNumber('--token-ttl', 1, 86_400)))
    .addOption(new Option('--reference', 'also serve the reference procedure system behind the driver contract (try: vn06 run --sut http://127.0.0.1:8607)'))
    .addOption(new Option('--reference-port <n>', 'with --reference: its port (0 picks a free one)').default(8607).argParser(wholeNumber('--reference-port', 0, 65_535)))
    .action(async (raw: Record<string, unknown>) => {
      const config = parseConfig(configSchema, raw, (key) => flags[key] ?? key);
      if (config.caOut !== undefined && config.tls === undefined) throw new HarnessError(ErrorCode.BadValue, 'Failed to read --ca-out: it needs --tls');
      const faults = config.faults === undefined ? [] : readFaults(config.faults);
      const progress = createProgress(io, config.population, 'population');
      const population = buildPopulationIndex({ seed: config.seed, size: config.population, onProgress: (done) => progress.update(done) });
      progress.stop();
      const harness = createHarness({
        seed: config.seed,
        populationIndex: population,
        systems,
        clients: defaultClients,
        faults,
        tokenTtlSeconds: config.tokenTtl,
        clock: { start: config.clockStart, frozen: config.frozenClock, offsetMs: config.clockOffset },
      });
      let tls;
      if (config.tls !== undefined) {
        const pki = await createTestPki({ hostnames: ['localhost', config.host] });
        tls = tlsServerOptions(pki, config.tls as TlsMode);
        if (config.caOut !== undefined) {
          try {
            writeFileSync(config.caOut, pki.caCertPem);
          } catch (cause) {
            throw new HarnessError(ErrorCode.Unwritable, `Failed to write the CA certificate to ${config.caOut}: ${(cause as NodeJS.ErrnoException).code ?? cause}`, { cause });
          }
        } else io.stdout.write(pki.caCertPem);
      }
      const server = await startServer({ harness, port: config.port, host: config.host, tls });
      const driver = config.reference ? await startDriverServer({ sut: createReferenceSystem(), port: config.referencePort, host: config.host }).catch(async (error: unknown) => {
        await server.close();
        throw error;
      }) : undefined;
      const say = (line: string): void => void io.stdout.write(`${line}\n`);
      say(`vn06 serve: listening on ${server.url} (seed ${config.seed}, ${config.population.toLocaleString('en')} citizens${config.tls ? `, TLS mode ${config.tls}` : ''})`);
      for (const system of systems) say(`  ${system.id.padEnd(16)} ${server.url}${system.basePath}  ${system.title}`);
      say(`  admin  ${server.url}/__admin/health, /__admin/journal, /__admin/faults, /__admin/reset`);
      say(`  clients (client credentials at ${server.url}/npd/oauth/token):`);
      for (const c of defaultClients) say(`    ${c.id.padEnd(18)} secret ${c.secret.padEnd(26)} scopes ${c.scopes.join(' ')}`);
      if (driver) say(`  reference procedure system (driver contract): ${driver.url}/driver/openapi.json — vn06 run --sut ${driver.url}`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          say('vn06 serve: stopping');
          void Promise.all([server.close(), driver?.close()]).then(() => {
            harness.dispose();
            resolve();
          });
        };
        signals.once('SIGINT', stop);
        signals.once('SIGTERM', stop);
      });
    });
}
