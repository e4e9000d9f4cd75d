import { Command } from 'commander';
import { explainIdentifier } from '../identity/explain.js';
import type { CliIo } from './io.js';

/** Exit code of `vn06 id explain` for an identifier that is not valid: a finding, like a failed check. */
export const INVALID_ID_EXIT = 1;

/** `vn06 id explain ID...`: says what each identifier means, or exactly why it is invalid. */
export function idCommand(io: CliIo, setExit: (code: number) => void): Command {
  const id = new Command('id').description('Parse, validate and explain identifiers');
  id.command('explain')
    .description('Explain 12-digit personal IDs, old 9-digit IDs, tax codes and 15-character health-insurance card codes (exit 1 if any is invalid)')
    .argument('<id...>', 'one or more identifiers')
    .option('--json', 'print the explanations as JSON')
    .action((inputs: string[], options: { json?: boolean }) => {
      const explanations = inputs.map((input) => explainIdentifier(input));
      if (options.json) io.stdout.write(`${JSON.stringify(explanations, null, 2)}\n`);
      else {
        for (const e of explanations) {
          io.stdout.write(`${e.input}: ${e.valid ? 'valid' : 'INVALID'} ${e.kind}\n`);
          for (const [label, value] of e.facts) io.stdout.write(`  ${label.padEnd(28)} ${value}\n`);
          for (const p of e.problems) io.stdout.write(`  problem (${p.code}): ${p.message}\n`);
        }
      }
      if (explanations.some((e) => !e.valid)) setExit(INVALID_ID_EXIT);
    });
  return id;
}
