import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { systems } from '../../mocks/index.js';
import { openApiDocument } from '../contract/openapi.js';
import { ErrorCode, HarnessError } from '../errors.js';
import type { MockSystem } from '../mock/system.js';
import type { CliIo } from './io.js';
import { driverOpenApi } from '../scenario/sut/driver/contract.js';

const reasonOf = (cause: unknown): string => (cause as NodeJS.ErrnoException).code ?? (cause as Error).message ?? String(cause);

/** `vn06 openapi [--out DIR]`: prints the OpenAPI 3.1 document of every simulated system, or writes `DIR/<system>.openapi.json`. */
export function openapiCommand(io: CliIo, from: readonly MockSystem<any>[] = systems): Command {
  return new Command('openapi')
    .description('Print the OpenAPI 3.1 documents of the simulated systems (a JSON object keyed by system id), or write one file per system with --out; --driver: the driver contract instead')
    .option('-o, --out <dir>', 'write <dir>/<system>.openapi.json for each system instead of printing (the directory is created)')
    .option('--driver', 'the driver contract an adapter in front of your procedure system implements (for vn06 run --sut URL), instead of the simulated systems')
    .action((options: { out?: string; driver?: boolean }) => {
      const documents: (readonly [string, Record<string, unknown>])[] = options.driver ? [['driver', driverOpenApi()]] : from.map((system) => [system.id, openApiDocument(system)] as const);
      if (options.out === undefined) {
        io.stdout.write(`${JSON.stringify(Object.fromEntries(documents), null, 2)}\n`);
        return;
      }
      const dir = options.out;
      try {
        mkdirSync(dir, { recursive: true });
      } catch (cause) {
        throw new HarnessError(ErrorCode.Unwritable, `Failed to create the directory ${dir}: ${reasonOf(cause)}`, { cause });
      }
      for (const [id, document] of documents) {
        const file = join(dir, `${id}.openapi.json`);
        try {
          writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
        } catch (cause) {
          throw new HarnessError(ErrorCode.Unwritable, `Failed to write the OpenAPI document ${file}: ${reasonOf(cause)}`, { cause });
        }
        io.stderr.write(`wrote ${file}\n`);
      }
    });
}
