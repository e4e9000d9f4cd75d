import { Command, CommanderError } from 'commander';
import { ErrorCode, HarnessError, exitCodes } from '../errors.js';
import { demoCommand } from './demo.js';
import { generateCommand } from './generate.js';
import { idCommand } from './id.js';
import { matchCommand } from './match.js';
import { openapiCommand } from './openapi.js';
import { personasCommand } from './personas.js';
import { requirementsCommand } from './requirements.js';
import { runCommand } from './run.js';
import { serveCommand } from './serve.js';
import type { CliIo } from './io.js';

const VERSION = '0.1.0';

/** Runs the vn06 command line with the given arguments and returns the exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('vn06')
    .description('Test harness for Đề án 06 integrations: the simulated NPD, VNeID, portal and sector systems, scenarios for every requirement with a compliance report, and synthetic Vietnamese citizens')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) })
    .exitOverride();
  program.addCommand(generateCommand(io));
  program.addCommand(idCommand(io, (code) => (exitCode = code)));
  program.addCommand(demoCommand(io));
  program.addCommand(serveCommand(io));
  program.addCommand(personasCommand(io));
  program.addCommand(openapiCommand(io));
  program.addCommand(runCommand(io, (code) => (exitCode = code)));
  program.addCommand(requirementsCommand(io));
  program.addCommand(matchCommand(io));
  for (const command of program.commands) {
    for (const c of [command, ...command.commands]) {
      c.exitOverride()
        .showHelpAfterError(`(run "vn06 ${c === command ? c.name() : `${command.name()} ${c.name()}`} --help" for usage)`)
        .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) });
    }
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not failures; commander already printed its message for the rest.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return exitCodes[ErrorCode.BadFlag];
    }
    if (error instanceof HarnessError) {
      io.stderr.write(`vn06: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`vn06: internal error (a bug in vn06, please report it): ${(error as Error)?.stack ?? String(error)}\n`);
    return exitCodes[ErrorCode.Internal];
  }
}
