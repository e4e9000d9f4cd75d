import type { RouteResult } from '../../src/mock/route.js';

/** The codes of the portal's own refusals, by HTTP status (the pipeline's errors use the same names). */
const codes = { 400: 'bad_request', 404: 'not_found', 409: 'conflict', 422: 'unprocessable' } as const;
type RefusalStatus = keyof typeof codes;

/** A refusal in vn06's error shape `{ error: { code, message, field? } }`; messages read "Failed to <verb> <object>: <reason>". */
export function refuse(status: RefusalStatus, message: string, field?: string): RouteResult {
  return { status, body: { error: { code: codes[status], message, ...(field === undefined ? {} : { field }) } } };
}

/** What a store returns instead of a value when the request conflicts with its state or is not allowed. */
export class Refusal {
  readonly status: RefusalStatus;
  readonly message: string;
  readonly field: string | undefined;

  constructor(status: RefusalStatus, message: string, field?: string) {
    this.status = status;
    this.message = message;
    this.field = field;
  }

  toResult(): RouteResult {
    return refuse(this.status, this.message, this.field);
  }
}
