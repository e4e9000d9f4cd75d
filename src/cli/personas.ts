import { Command } from 'commander';
import { personas } from '../population/personas.js';
import type { CliIo } from './io.js';

/** `vn06 personas`: the well-known test identities, the same whatever the seed. */
export function personasCommand(io: CliIo): Command {
  return new Command('personas')
    .description('List the test personas: well-known IDs that behave the same whatever the seed (an adult, a child, a deceased person, a revoked ID, …)')
    .option('--json', 'print them as JSON, with the full records')
    .action((options: { json?: boolean }) => {
      if (options.json) {
        io.stdout.write(`${JSON.stringify(personas(), null, 2)}\n`);
        return;
      }
      for (const p of personas()) {
        io.stdout.write(`${p.personalId}  ${(p.legacyId ?? '').padEnd(9)}  ${p.kind.padEnd(18)}  ${p.fullName.padEnd(22)}  ${p.expect}\n`);
      }
    });
}
