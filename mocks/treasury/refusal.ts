import type { RouteResult } from '../../src/mock/route.js';

/** A domain refusal of the treasury: the resource is not there, conflicts with its state, or is not allowed. */
export interface Refusal {
  readonly refusal: true;
  readonly status: 404 | 409 | 422;
  readonly code: 'not_found' | 'conflict' | 'unprocessable';
  readonly message: string;
  readonly field?: string;
}

export const notFound = (message: string): Refusal => ({ refusal: true, status: 404, code: 'not_found', message });
export const conflict = (message: string): Refusal => ({ refusal: true, status: 409, code: 'conflict', message });
export const unprocessable = (message: string, field: string): Refusal => ({ refusal: true, status: 422, code: 'unprocessable', message, field });

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && 'refusal' in value;
}

/** The refusal in vn06's error shape `{ error: { code, message, field? } }`. */
export function refused(refusal: Refusal): RouteResult {
  const { status, code, message, field } = refusal;
  return { status, body: { error: { code, message, ...(field === undefined ? {} : { field }) } } };
}
