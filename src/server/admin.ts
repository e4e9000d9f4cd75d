import { z } from 'zod';
import { faultRuleSchema } from '../mock/faults.js';
import type { Harness } from '../mock/harness.js';
import type { JournalFilter } from '../mock/journal.js';

export interface AdminResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const json = (status: number, body: unknown): AdminResponse => ({ status, headers: { 'content-type': JSON_TYPE }, body: JSON.stringify(body) });
const error = (status: number, code: string, message: string): AdminResponse => json(status, { error: { code, message } });
const noContent: AdminResponse = { status: 204, headers: {}, body: '' };

const filterSchema = z
  .object({
    system: z.string().optional(),
    route: z.string().optional(),
    client: z.string().optional(),
    status: z.coerce.number().int().optional(),
    violation: z.string().optional(),
    since: z.coerce.number().int().optional(),
  })
  .strict();

function parseJson(body: string): { ok: true; value: unknown } | { ok: false; response: AdminResponse } {
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (cause) {
    return { ok: false, response: error(400, 'bad_request', `the body is not valid JSON: ${(cause as Error).message}`) };
  }
}

/**
 * The admin API under /__admin, in the spirit of WireMock's: health, the journal (read, filter, export NDJSON, clear),
 * faults (list, add, remove, clear), the clock (advance) and reset.
 */
export function handleAdmin(harness: Harness, method: string, path: string, query: Record<string, string>, body: string): AdminResponse {
  const route = `${method} ${path.replace(/\/+$/, '')}`;
  if (route === 'GET /__admin/health') {
    return json(200, {
      status: 'ok',
      seed: harness.seed,
      population: harness.population.size,
      systems: harness.systems.map((s) => ({ id: s.id, basePath: s.basePath, routes: s.routes.length })),
      now: new Date(harness.clock.now()).toISOString(),
    });
  }
  if (route === 'GET /__admin/journal' || route === 'GET /__admin/journal.ndjson') {
    const parsed = filterSchema.safeParse(query);
    if (!parsed.success) return error(400, 'bad_request', `invalid journal filter: ${parsed.error.issues[0]?.message ?? ''}`);
    const { since, ...rest } = parsed.data;
    const filter: JournalFilter = { ...rest, sinceSeq: since };
    if (path.endsWith('.ndjson')) return { status: 200, headers: { 'content-type': 'application/x-ndjson; charset=utf-8' }, body: harness.journal.toNdjson(filter) };
    return json(200, { entries: harness.journal.list(filter), dropped: harness.journal.dropped, capacity: harness.journal.capacity });
  }
  if (route === 'DELETE /__admin/journal') {
    harness.journal.clear();
    return noContent;
  }
  if (route === 'GET /__admin/faults') return json(200, { faults: harness.faults.list() });
  if (route === 'POST /__admin/faults') {
    const parsed = parseJson(body);
    if (!parsed.ok) return parsed.response;
    const rule = faultRuleSchema.safeParse(parsed.value);
    if (!rule.success) return error(422, 'unprocessable', `invalid fault rule: ${rule.error.issues.map((i) => `${i.path.join('.') || '(rule)'}: ${i.message}`).join('; ')}`);
    return json(201, { id: harness.faults.add(rule.data) });
  }
  if (route === 'DELETE /__admin/faults') {
    harness.faults.clear();
    return noContent;
  }
  const faultId = /^DELETE \/__admin\/faults\/(\d+)$/.exec(route);
  if (faultId) return harness.faults.remove(Number(faultId[1])) ? noContent : error(404, 'not_found', `no fault rule ${faultId[1]}`);
  if (route === 'POST /__admin/clock/advance') {
    const parsed = parseJson(body);
    if (!parsed.ok) return parsed.response;
    const advance = z.object({ ms: z.number().int().min(0).max(10 * 365 * 86_400_000) }).strict().safeParse(parsed.value);
    if (!advance.success) return error(422, 'unprocessable', 'the body must be { "ms": <whole milliseconds from 0 to ten years> }');
    harness.clock.advance(advance.data.ms);
    return json(200, { now: new Date(harness.clock.now()).toISOString() });
  }
  if (route === 'POST /__admin/reset') {
    harness.reset();
    return noContent;
  }
  return error(404, 'not_found', `no admin endpoint ${method} ${path}; see GET /__admin/health`);
}
