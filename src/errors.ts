/** Stable codes of the harness's own errors; each maps to one process exit code. */
export const ErrorCode = {
  BadFlag: 'E_BAD_FLAG',
  BadValue: 'E_BAD_VALUE',
  BadInput: 'E_BAD_INPUT',
  Unwritable: 'E_UNWRITABLE',
  SeedTable: 'E_SEED_TABLE',
  PortInUse: 'E_PORT_IN_USE',
  Unreachable: 'E_UNREACHABLE',
  Internal: 'E_INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Exit codes: 1 is reserved for "the system under test failed a check"; harness errors use 2 and up. */
export const exitCodes: Readonly<Record<ErrorCode, number>> = {
  E_BAD_FLAG: 2,
  E_BAD_VALUE: 2,
  E_BAD_INPUT: 2,
  E_UNWRITABLE: 3,
  E_SEED_TABLE: 4,
  E_PORT_IN_USE: 5,
  E_UNREACHABLE: 6,
  E_INTERNAL: 70,
};

/** An error vn06 raises on purpose, with a stable code and a message of the form "Failed to <verb> <object>: <reason>". */
export class HarnessError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HarnessError';
    this.code = code;
  }

  get exitCode(): number {
    return exitCodes[this.code];
  }
}
