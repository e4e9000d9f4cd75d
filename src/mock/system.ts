import type { z } from 'zod';
import type { PopulationIndex } from '../population/population-index.js';
import type { Auth } from './auth.js';
import type { Clock } from './clock.js';
import type { Route } from './route.js';
import type { World } from './world.js';

/** The error codes every system maps to its own error shape. */
export const MockErrorCode = {
  BadRequest: 'bad_request',
  Unauthorized: 'unauthorized',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  MethodNotAllowed: 'method_not_allowed',
  PayloadTooLarge: 'payload_too_large',
  UnsupportedMediaType: 'unsupported_media_type',
  Unprocessable: 'unprocessable',
  TooManyRequests: 'too_many_requests',
  Unavailable: 'unavailable',
} as const;
export type MockErrorCode = (typeof MockErrorCode)[keyof typeof MockErrorCode];

export interface MockError {
  readonly status: number;
  readonly code: MockErrorCode;
  readonly message: string;
  readonly field?: string;
}

/** What a system's state factory receives: the shared population, clock and auth service, the seed, and the world of changes every system shares. */
export interface StateDeps {
  readonly seed: number;
  readonly population: PopulationIndex;
  readonly clock: Clock;
  readonly auth: Auth;
  /** The changes the systems make to the population (births, deaths, residence), shared by every system of the harness; fresh on reset. */
  readonly world: World;
}

/** One simulated system: its routes, its state factory and the error shape it answers with. */
export interface MockSystem<State = unknown> {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  /** Where the system's routes live, e.g. `/npd`. */
  readonly basePath: string;
  createState(deps: StateDeps): State;
  /** Releases what a state holds outside memory (temporary files, open connections); called on reset and on dispose. */
  disposeState?(state: State): void;
  readonly routes: readonly Route<State>[];
  /** Renders an error in the system's own shape (the gateway's `{ error_code, message }` for the NPD). */
  errorBody(error: MockError): unknown;
  /** The schema of what `errorBody` returns, for the OpenAPI documents; derived from a sample error when absent. */
  readonly errorSchema?: z.ZodType;
}

/** Declares a simulated system. */
export function defineMockSystem<State>(system: MockSystem<State>): MockSystem<State> {
  return system;
}

/** vn06's own error shape, for systems whose real one is not known. */
export function defaultErrorBody(error: MockError): unknown {
  return { error: { code: error.code, message: error.message, ...(error.field === undefined ? {} : { field: error.field }) } };
}
