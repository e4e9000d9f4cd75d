import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { BodyFormat, Route } from '../mock/route.js';
import { MockErrorCode, type MockSystem } from '../mock/system.js';

type JsonSchema = Record<string, unknown>;
export type Components = Record<string, JsonSchema>;

/** Where the documents say a system can be reached: `vn06 serve` and the in-process (MSW) origin. */
export const openApiServers = [
  { url: 'http://127.0.0.1:8606', description: 'vn06 serve' },
  { url: 'http://vn06.test', description: 'in process (msw)' },
] as const;

/** Options for {@link openApiDocument}; `readme` replaces the system's README (`null`: none, use the generic text). */
export interface OpenApiOptions {
  readonly readme?: string | null;
}

const mediaTypes: Readonly<Record<BodyFormat, string>> = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
  text: 'text/plain',
  stream: 'application/octet-stream',
};

const ERROR_SCHEMA = 'Error';
const errorRef = { $ref: `#/components/schemas/${ERROR_SCHEMA}` };
const retryAfter = { 'Retry-After': { description: 'seconds to wait, when the fault rule sets one', schema: { type: 'integer', minimum: 0 } } };
const wwwAuthenticate = { 'WWW-Authenticate': { description: 'the challenge, always `Bearer`', required: true, schema: { type: 'string' } } };

const genericDescription =
  'A system simulated by vn06. Where a shape follows a real integration, the system\'s contract says so in its source; ' +
  'everything else (field codes, error numbering, extra endpoints) is vn06\'s own and may differ from the real system.';

const pipelineNote =
  'Every operation may also answer 429 or 503 when a fault is injected (with `Retry-After` when the rule sets one); ' +
  'a path with no route answers 404, and a known path with another method 405 with `Allow`, all in the error shape `Error`.';

/** Builds the OpenAPI 3.1.0 document of one simulated system from its route table and zod schemas. */
export function openApiDocument(system: MockSystem<unknown>, options: OpenApiOptions = {}): Record<string, unknown> {
  const components: Components = {};
  components[ERROR_SCHEMA] = errorSchemaOf(system, components);
  const tokenRoute = system.routes.find((r) => r.scopes === null && r.method === 'POST' && /\/token$/.test(r.path));
  const scheme = tokenRoute ? 'oauth2' : 'bearer';
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of system.routes) {
    const path = openApiPath(system.basePath + route.path);
    const item = (paths[path] ??= {});
    item[route.method.toLowerCase()] = operation(system, route, scheme, components);
  }
  const readme = options.readme === undefined ? readSystemReadme(system.id) : options.readme;
  return {
    openapi: '3.1.0',
    info: { title: system.title, version: system.version, description: `${readme ?? genericDescription}\n\n${pipelineNote}` },
    servers: openApiServers.map((s) => ({ ...s })),
    paths,
    components: { schemas: components, securitySchemes: { [scheme]: securityScheme(system, tokenRoute) } },
  };
}

/** Turns `/v1/citizens/:soDinhDanh` into `/v1/citizens/{soDinhDanh}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function pathNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]!);
}

function operation(system: MockSystem<unknown>, route: Route<unknown>, scheme: string, components: Components): Record<string, unknown> {
  const op: Record<string, unknown> = { operationId: route.id, summary: route.summary };
  const parameters = [
    ...params(route.params, 'path', pathNames(route.path), route.id, components),
    ...params(route.query, 'query', [], route.id, components),
  ];
  if (parameters.length > 0) op.parameters = parameters;
  const format = route.bodyFormat ?? 'json';
  if (route.body && route.method !== 'GET' && route.method !== 'DELETE') {
    const types = format === 'stream' && route.accepts?.length ? route.accepts : [mediaTypes[format]];
    const schema = format === 'stream' ? { type: 'string', description: `one record a line (NDJSON) or a row (CSV); each record: ${JSON.stringify(embed(route.body, 'input', `${route.id}.body`, components))}` } : embed(route.body, 'input', `${route.id}.body`, components);
    op.requestBody = { required: true, content: Object.fromEntries(types.map((t) => [t, { schema }])) };
  }
  op.responses = responses(system, route, components);
  if (route.scopes !== null) {
    op.security = route.scopes.length === 0 ? [{ [scheme]: [] }] : route.scopes.map((s) => ({ [scheme]: [s] }));
  }
  return op;
}

function params(schema: z.ZodType | undefined, where: 'path' | 'query', names: readonly string[], hint: string, components: Components): JsonSchema[] {
  const json = schema ? embed(schema, 'input', `${hint}.${where}`, components) : {};
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  const all = where === 'path' ? [...new Set([...names, ...Object.keys(properties)])] : Object.keys(properties);
  return all.map((name) => {
    const { description, ...property } = properties[name] ?? { type: 'string' };
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: property,
    };
  });
}

interface PipelineError {
  readonly description: string;
  readonly headers?: Record<string, unknown>;
}

/** The errors the shared pipeline (src/mock/dispatch.ts) can answer for this route, whatever the route's own function does. */
function pipelineErrors(route: Route<unknown>): Map<number, PipelineError> {
  const errors = new Map<number, PipelineError>();
  const format = route.bodyFormat ?? 'json';
  const hasBody = route.body !== undefined && route.method !== 'GET' && route.method !== 'DELETE';
  const bad = [route.params && 'an invalid path parameter', route.query && 'an invalid query', hasBody && format === 'json' && 'a body that is not JSON'];
  const causes = bad.filter((b): b is string => typeof b === 'string');
  if (causes.length > 0) errors.set(400, { description: `bad request: ${causes.join(' or ')}` });
  if (route.scopes !== null) {
    errors.set(401, { description: 'missing, invalid or expired bearer token (or a token in the query string)', headers: wwwAuthenticate });
    if (route.scopes.length > 0) errors.set(403, { description: `the token lacks scope ${route.scopes.join(' or ')}` });
  }
  if (hasBody) {
    errors.set(413, { description: 'the request body is larger than the limit' });
    if (format !== 'text') errors.set(415, { description: `the Content-Type is not ${mediaTypes[format]}` });
    errors.set(422, { description: 'the body does not match the schema' });
  }
  errors.set(429, { description: 'injected fault: too many requests', headers: retryAfter });
  errors.set(503, { description: 'injected fault: unavailable', headers: retryAfter });
  return errors;
}

function responses(system: MockSystem<unknown>, route: Route<unknown>, components: Components): Record<string, unknown> {
  const out: Record<string, Record<string, unknown>> = {};
  const pipelineRef = route.errorSchema ? embed(route.errorSchema, 'output', `${route.id}.error`, components) : errorRef;
  for (const [status, response] of Object.entries(route.responses)) {
    const schema = response.schema === undefined ? undefined : response.schema === system.errorSchema ? errorRef : embed(response.schema, 'output', `${route.id}.${status}`, components);
    out[status] = { description: response.description, ...(schema ? { content: { 'application/json': { schema } } } : {}) };
  }
  for (const [status, error] of pipelineErrors(route)) {
    const own = out[String(status)];
    const headers = error.headers ? { headers: error.headers } : {};
    if (!own) {
      out[String(status)] = { description: error.description, ...headers, content: { 'application/json': { schema: pipelineRef } } };
      continue;
    }
    const content = own.content as { 'application/json'?: { schema: JsonSchema } } | undefined;
    const ownSchema = content?.['application/json']?.schema;
    if (ownSchema === pipelineRef || (route.errorSchema === undefined && ownSchema === errorRef)) {
      out[String(status)] = { ...own, ...headers };
    } else {
      const schema = ownSchema ? { anyOf: [ownSchema, pipelineRef] } : pipelineRef;
      out[String(status)] = { description: `${own.description as string}; or ${error.description}`, ...headers, content: { 'application/json': { schema } } };
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => Number(a) - Number(b)));
}

function securityScheme(system: MockSystem<unknown>, tokenRoute: Route<unknown> | undefined): Record<string, unknown> {
  const scopes: Record<string, string> = {};
  for (const route of system.routes) {
    for (const scope of route.scopes ?? []) {
      const call = `${route.id} (${route.method} ${openApiPath(system.basePath + route.path)})`;
      scopes[scope] = scopes[scope] === undefined ? `Lets the client call ${call}` : `${scopes[scope]}, ${call}`;
    }
  }
  if (!tokenRoute) {
    const list = Object.entries(scopes).map(([s, d]) => `\`${s}\`: ${d}`).join('; ');
    return { type: 'http', scheme: 'bearer', description: `A bearer token from vn06's auth service carrying one of the operation's scopes. ${list}` };
  }
  return {
    type: 'oauth2',
    description: 'OAuth2 client credentials (RFC 6749 §4.4): clients authenticate with HTTP Basic or client_id/client_secret in the form body.',
    flows: { clientCredentials: { tokenUrl: system.basePath + tokenRoute.path, scopes } },
  };
}

/** The JSON Schema of the system's error body: from its zod schema when it has one, else described from sample errors. */
function errorSchemaOf(system: MockSystem<unknown>, components: Components): JsonSchema {
  if (system.errorSchema) return embed(system.errorSchema, 'output', ERROR_SCHEMA, components);
  const sample = { status: 400, code: MockErrorCode.BadRequest, message: 'x' };
  return describeSample(system.errorBody({ ...sample, field: 'x' }), system.errorBody(sample));
}

/** Describes a JSON value's shape; keys missing from `without` (the same value built without optional parts) are optional. */
function describeSample(value: unknown, without?: unknown): JsonSchema {
  if (value === null) return { type: 'null' };
  if (Array.isArray(value)) return { type: 'array' };
  if (typeof value === 'number') return { type: Number.isInteger(value) ? 'integer' : 'number' };
  if (typeof value !== 'object') return { type: typeof value };
  const other = typeof without === 'object' && without !== null ? (without as Record<string, unknown>) : undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  return {
    type: 'object',
    properties: Object.fromEntries(entries.map(([k, v]) => [k, describeSample(v, other?.[k])])),
    required: entries.map(([k]) => k).filter((k) => other === undefined || k in other),
  };
}

/**
 * Converts a zod schema to JSON Schema 2020-12 for embedding: drops `$schema`, moves `$defs` into the components and
 * points their references there, and registers a self-referencing schema as a component of its own.
 */
export function embed(schema: z.ZodType, io: 'input' | 'output', hint: string, components: Components): JsonSchema {
  const { $schema: _, $defs, ...json } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  const renames = new Map<string, string>();
  for (const [name, def] of Object.entries(($defs ?? {}) as Components)) renames.set(name, register(components, name, def));
  const selfName = hasRef(json, '#') || hasRef($defs, '#') ? uniqueName(components, hint) : undefined;
  const rewritten = rewriteRefs(json, renames, selfName) as JsonSchema;
  for (const name of renames.values()) components[name] = rewriteRefs(components[name], renames, selfName) as JsonSchema;
  if (selfName === undefined) return rewritten;
  components[selfName] = rewritten;
  return { $ref: `#/components/schemas/${selfName}` };
}

function sanitize(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_');
}

function uniqueName(components: Components, wanted: string): string {
  const base = sanitize(wanted);
  let name = base;
  for (let i = 2; name in components; i++) name = `${base}_${i}`;
  return name;
}

function register(components: Components, wanted: string, def: JsonSchema): string {
  const same = sanitize(wanted);
  if (same in components && JSON.stringify(components[same]) === JSON.stringify(def)) return same;
  const name = uniqueName(components, wanted);
  components[name] = def;
  return name;
}

function hasRef(value: unknown, ref: string): boolean {
  if (Array.isArray(value)) return value.some((v) => hasRef(v, ref));
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([k, v]) => (k === '$ref' ? v === ref : hasRef(v, ref)));
}

function rewriteRefs(value: unknown, renames: ReadonlyMap<string, string>, selfName: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, renames, selfName));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => {
      if (k !== '$ref' || typeof v !== 'string') return [k, rewriteRefs(v, renames, selfName)];
      if (v === '#' && selfName !== undefined) return [k, `#/components/schemas/${selfName}`];
      const def = /^#\/\$defs\/(.+)$/.exec(v);
      const target = def ? renames.get(decodeURIComponent(def[1]!)) : undefined;
      return [k, target === undefined ? v : `#/components/schemas/${target}`];
    }),
  );
}

/** The introduction of the system's README (`mocks/<id>/README.md` in the source tree: the text between the title and the first section), or null. */
function readSystemReadme(id: string): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const file = join(dir, 'mocks', id, 'README.md');
    if (existsSync(join(dir, 'package.json'))) {
      if (!existsSync(file)) return null;
      const text = readFileSync(file, 'utf8').replace(/^\s*#(?!#)[^\n]*\n/, '').split(/^##\s/m)[0]!.trim();
      return text === '' ? null : text;
    }
    dir = dirname(dir);
  }
  return null;
}
