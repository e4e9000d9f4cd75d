import type { z } from 'zod';
import type { Clock } from './clock.js';
import type { MockError } from './system.js';

export const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** The caller of a route, once its bearer token is verified. */
export interface Client {
  readonly id: string;
  readonly scopes: readonly string[];
}

/** What a route's function sees: parsed and validated input, the caller, its system's state, the clock. */
export interface RouteContext<State, Params = Record<string, string>, Query = Record<string, string>, Body = unknown> {
  readonly params: Params;
  readonly query: Query;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Body;
  readonly client: Client | null;
  readonly state: State;
  readonly clock: Clock;
  /** The request's base URL as the caller reached it (http://127.0.0.1:8606 or the in-process origin). */
  readonly origin: string;
}

/** A route's answer: status, optional headers, and a body that is JSON-encoded unless it is already a string. */
export interface RouteResult {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

/** How a route reads its request body; `stream` hands the route the raw bytes as they arrive, never buffered. */
export type BodyFormat = 'json' | 'form' | 'text' | 'stream';

/**
 * A route, defined once as data plus a plain function: both the MSW handlers and the HTTP server are made from it.
 * Paths use `:name` parameters and are relative to the system's base path.
 */
export interface Route<State = unknown> {
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string;
  /** The caller's token must carry one of these scopes; `null` for a public route (the token endpoint, discovery). */
  readonly scopes: readonly string[] | null;
  readonly bodyFormat?: BodyFormat;
  /** For `stream` bodies: the accepted content types. */
  readonly accepts?: readonly string[];
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** Renders the pipeline's errors for this route when its shape differs from its system's (the OAuth token endpoint). */
  readonly errorBody?: (error: MockError) => unknown;
  /** The schema of that shape, for the OpenAPI documents. */
  readonly errorSchema?: z.ZodType;
  /** Response schemas by status, for the OpenAPI documents. */
  readonly responses: Readonly<Record<number, { readonly description: string; readonly schema?: z.ZodType }>>;
  handle(ctx: RouteContext<State, any, any, any>): RouteResult | Promise<RouteResult>;
}

/** Declares a route; the identity function that gives the route its types. */
export function defineRoute<State, P = Record<string, string>, Q = Record<string, string>, B = unknown>(
  route: Omit<Route<State>, 'handle'> & { handle(ctx: RouteContext<State, P, Q, B>): RouteResult | Promise<RouteResult> },
): Route<State> {
  return route as Route<State>;
}
