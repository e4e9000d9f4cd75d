import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NPD_SCOPES, npd } from '../../mocks/npd/index.js';
import { systems } from '../../mocks/index.js';
import { run } from '../cli/helpers.js';
import { openApiDocument } from '../../src/contract/openapi.js';
import { defineRoute } from '../../src/mock/route.js';
import { defaultErrorBody, defineMockSystem } from '../../src/mock/system.js';

type Json = Record<string, any>;

const doc = openApiDocument(npd) as Json;
const operations = Object.values(doc.paths as Json).flatMap((item: Json) => Object.values(item)) as Json[];
const op = (id: string): Json => {
  const found = operations.find((o) => o.operationId === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
};

/** Every `$ref` in a document, to check each names a component that exists. */
const refs = (value: unknown): string[] =>
  typeof value !== 'object' || value === null ? [] : Object.entries(value).flatMap(([k, v]) => (k === '$ref' && typeof v === 'string' ? [v] : refs(v)));

async function validate(document: unknown): Promise<{ valid: boolean; errors?: unknown; version: string }> {
  const validator = new Validator();
  const result = await validator.validate(document as Json);
  return { ...result, version: validator.version };
}

/** Runs `vn06 openapi` in process. */
const runOpenapi = (...argv: string[]) => run('openapi', ...argv);

describe('openApiDocument (NPD)', () => {
  it('is a valid OpenAPI 3.1 document by @seriousme/openapi-schema-validator', async () => {
    const result = await validate(doc);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(result.version).toBe('3.1');
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: npd.title, version: npd.version });
    expect(doc.servers).toEqual([
      { url: 'http://127.0.0.1:8606', description: 'vn06 serve' },
      { url: 'http://vn06.test', description: 'in process (msw)' },
    ]);
  });

  it('the validator rejects a broken copy of the document', async () => {
    const noInfo = structuredClone(doc);
    delete noInfo.info;
    const badParameter = structuredClone(doc);
    delete badParameter.paths['/npd/v1/citizens/{soDinhDanh}'].get.parameters[0].in;
    const badResponses = structuredClone(doc);
    badResponses.paths['/npd/v1/citizens/verify'].post.responses = { 200: 'fine' };
    for (const broken of [noInfo, badParameter, badResponses]) {
      const result = await validate(broken);
      expect(result.valid).toBe(false);
      expect(result.errors).toBeTruthy();
    }
  });

  it('lists every route once, by operationId, at base path plus route path', () => {
    expect(operations.map((o) => o.operationId).sort()).toEqual(npd.routes.map((r) => r.id).sort());
    expect(operations.map((o) => o.operationId)).toEqual(expect.arrayContaining(['npd.legacy-id', 'npd.lookup', 'npd.token', 'npd.verify', 'npd.batch.records']));
    expect(operations).toHaveLength(npd.routes.length);
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/npd/oauth/token',
      '/npd/v1/batches',
      '/npd/v1/batches/{batchId}',
      '/npd/v1/batches/{batchId}/records',
      '/npd/v1/batches/{batchId}/results',
      '/npd/v1/citizens/verify',
      '/npd/v1/citizens/{soDinhDanh}',
      '/npd/v1/legacy-ids/{soCMND}',
    ]);
    expect(Object.keys(doc.paths['/npd/v1/batches/{batchId}/records'].put.requestBody.content).sort()).toEqual(['application/x-ndjson', 'text/csv']);
    expect(doc.paths['/npd/v1/citizens/verify'].post.summary).toBe(npd.routes.find((r) => r.id === 'npd.verify')!.summary);
  });

  it('turns :param into {param} and describes path and query parameters from the zod schemas', () => {
    expect(JSON.stringify(Object.keys(doc.paths))).not.toContain(':');
    const lookup = op('npd.lookup');
    expect(lookup.parameters).toEqual([
      { name: 'soDinhDanh', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{12}$' } },
      { name: 'fields', in: 'query', required: false, schema: { type: 'string' } },
      { name: 'format', in: 'query', required: false, schema: { type: 'string', enum: ['json', 'xml'] } },
    ]);
    expect(op('npd.legacy-id').parameters).toEqual([{ name: 'soCMND', in: 'path', required: true, schema: { type: 'string', pattern: '^\\d{9}$' } }]);
    expect(JSON.stringify(doc)).not.toContain('"$schema"');
    for (const ref of refs(doc)) expect(ref).toBe('#/components/schemas/Error');
  });

  it('gives request bodies the content type of their body format', () => {
    expect(Object.keys(op('npd.token').requestBody.content)).toEqual(['application/x-www-form-urlencoded']);
    const verify = op('npd.verify').requestBody.content['application/json'].schema;
    expect(verify.required).toEqual(['SoDinhDanh', 'HoVaTen', 'NgayThangNamSinh']);
    expect(verify.additionalProperties).toBe(false);
    expect(op('npd.lookup').requestBody).toBeUndefined();
  });

  it('declares the OAuth2 client-credentials scheme with every scope, and per-operation scopes as alternatives', () => {
    expect(doc.security).toBeUndefined();
    const scheme = doc.components.securitySchemes.oauth2;
    expect(scheme.type).toBe('oauth2');
    expect(scheme.flows.clientCredentials.tokenUrl).toBe('/npd/oauth/token');
    const scopes = scheme.flows.clientCredentials.scopes as Record<string, string>;
    expect(Object.keys(scopes).sort()).toEqual(Object.values(NPD_SCOPES).sort());
    for (const description of Object.values(scopes)) expect(description).toMatch(/npd\.\w/);
    expect(op('npd.lookup').security).toEqual([{ oauth2: [NPD_SCOPES.read] }, { oauth2: [NPD_SCOPES.readBasic] }]);
    expect(op('npd.verify').security).toEqual([{ oauth2: [NPD_SCOPES.verify] }]);
    expect(op('npd.legacy-id').security).toEqual([{ oauth2: [NPD_SCOPES.confirmLegacy] }]);
    expect(op('npd.token').security).toBeUndefined();
  });

  it('adds the pipeline errors in the gateway error shape, and keeps the route\'s own responses', () => {
    const error = { $ref: '#/components/schemas/Error' };
    expect(doc.components.schemas.Error).toMatchObject({ type: 'object', required: ['error_code', 'message'] });
    expect(Object.keys(doc.components.schemas.Error.properties)).toEqual(['error_code', 'message', 'field']);
    /** The statuses an operation should list: the route's own plus those the shared pipeline adds. */
    const expected = (id: string, pipeline: number[]): string[] => {
      const own = Object.keys(npd.routes.find((r) => r.id === id)!.responses).map(Number);
      return [...new Set([...own, ...pipeline])].sort((a, b) => a - b).map(String);
    };
    const lookup = op('npd.lookup').responses;
    expect(Object.keys(lookup)).toEqual(expected('npd.lookup', [400, 401, 403, 429, 503]));
    expect(lookup['401'].headers['WWW-Authenticate']).toBeDefined();
    expect(lookup['429'].headers['Retry-After']).toBeDefined();
    for (const status of ['400', '401', '403', '404', '429', '503']) expect(lookup[status].content['application/json'].schema).toEqual(error);
    expect(Object.keys(op('npd.verify').responses)).toEqual(expected('npd.verify', [400, 401, 403, 413, 415, 422, 429, 503]));
    expect(Object.keys(op('npd.legacy-id').responses)).toEqual(expected('npd.legacy-id', [400, 401, 403, 429, 503]));
    const token = op('npd.token').responses;
    expect(Object.keys(token)).toEqual(expected('npd.token', [413, 415, 422, 429, 503]));
    expect(token['403']).toBeUndefined();
    expect(token['401'].content['application/json'].schema.required).toEqual(['error', 'error_description']);
    expect(token['200'].content['application/json'].schema.properties.token_type).toEqual({ type: 'string', const: 'Bearer' });
  });

  it('describes the error shape from a sample when a system has no error schema', async () => {
    const bare = defineMockSystem({ id: 'bare', title: 'Bare', version: '0.0.1', basePath: '/bare', createState: () => ({}), routes: [], errorBody: defaultErrorBody });
    const bareDoc = openApiDocument(bare, { readme: null }) as Json;
    expect(bareDoc.components.schemas.Error).toEqual({
      type: 'object',
      properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, field: { type: 'string' } }, required: ['code', 'message'] } },
      required: ['error'],
    });
    expect(bareDoc.info.description).toMatch(/vn06's own/);
    expect((await validate(bareDoc)).valid).toBe(true);
  });

  it('merges a route\'s own error schema with the pipeline\'s and moves recursive schemas into components', async () => {
    interface Node { name: string; children: Node[] }
    const node: z.ZodType<Node> = z.object({ name: z.string(), children: z.array(z.lazy(() => node)) });
    const route = defineRoute({
      id: 'tree.get',
      method: 'GET',
      path: '/trees/:id',
      summary: 'a tree',
      scopes: [],
      params: z.object({ id: z.string() }),
      responses: { 200: { description: 'the tree', schema: z.object({ root: node }) }, 400: { description: 'its own', schema: z.object({ problem: z.string() }) } },
      handle: () => ({ status: 200 }),
    });
    const tree = defineMockSystem({ id: 'tree', title: 'Tree', version: '1', basePath: '/t', createState: () => ({}), routes: [route], errorBody: defaultErrorBody });
    const treeDoc = openApiDocument(tree, { readme: null }) as Json;
    const get = treeDoc.paths['/t/trees/{id}'].get;
    expect(get.security).toEqual([{ bearer: [] }]);
    expect(treeDoc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(get.responses['400'].content['application/json'].schema.anyOf).toHaveLength(2);
    expect(get.responses['400'].description).toMatch(/^its own; or bad request/);
    const targets = refs(treeDoc).map((r) => r.replace('#/components/schemas/', ''));
    expect(targets.filter((t) => t !== 'Error').length).toBeGreaterThan(0);
    for (const target of targets) expect(treeDoc.components.schemas[target]).toBeDefined();
    expect(JSON.stringify(treeDoc)).not.toMatch(/"\$defs"|"#\/\$defs|"\$ref":"#"/);
    const result = await validate(treeDoc);
    expect(result.errors).toBeUndefined();
  });
});

describe('vn06 openapi', () => {
  it('prints one document per system, keyed by system id', async () => {
    const r = await runOpenapi();
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as Json;
    expect(Object.keys(printed)).toEqual(systems.map((s) => s.id));
    expect(printed.npd).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('--driver prints the driver contract an adapter implements, valid OpenAPI 3.1', async () => {
    const r = await runOpenapi('--driver');
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as Json;
    expect(Object.keys(printed)).toEqual(['driver']);
    expect(Object.keys(printed.driver.paths)).toContain('/driver/session');
    expect(Object.keys(printed.driver.paths)).toContain('/driver/lookupCitizen');
    expect((await validate(printed.driver)).errors).toBeUndefined();
  });

  it('writes DIR/<system>.openapi.json, creating the directory', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'vn06-openapi-')), 'nested', 'docs');
    const r = await runOpenapi('--out', dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const written = JSON.parse(readFileSync(join(dir, 'npd.openapi.json'), 'utf8')) as Json;
    expect(written.info.title).toBe(npd.title);
    expect((await validate(written)).valid).toBe(true);
  });

  it('refuses a directory it cannot create with exit code 3 and a message naming it', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vn06-openapi-')), 'a-file');
    writeFileSync(file, 'not a directory');
    const r = await runOpenapi('--out', join(file, 'docs'));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^vn06: Failed to create the directory .*a-file[/\\]docs: E(NOTDIR|EXIST)/);
  });
});
