import { defaultClients, systems } from '../../mocks/index.js';
import { createHarness, type Harness, type HarnessOptions } from '../../src/mock/harness.js';
import { buildPopulationIndex, type PopulationIndex } from '../../src/population/population-index.js';
import { startServer, type RunningServer } from '../../src/server/http-server.js';

let shared: PopulationIndex | undefined;

/** One small population shared by the mock tests (seed 1, 3,000 citizens); building it once keeps the suite fast. */
export function testPopulation(): PopulationIndex {
  shared ??= buildPopulationIndex({ seed: 1, size: 3000 });
  return shared;
}

export interface Served {
  readonly harness: Harness;
  readonly server: RunningServer;
  call(method: string, path: string, init?: { token?: string; body?: string; json?: unknown; headers?: Record<string, string> }): Promise<{ status: number; headers: Headers; text: string; json: () => any }>;
  token(clientId?: string, scope?: string): Promise<string>;
}

/** A harness of every system served on a free loopback port, with a frozen clock so tokens repeat. */
export async function serve(options: Partial<HarnessOptions> = {}): Promise<Served> {
  const harness = createHarness({
    seed: 1,
    populationIndex: testPopulation(),
    systems,
    clients: defaultClients,
    clock: { start: '2026-01-01T00:00:00Z', frozen: true },
    ...options,
  });
  const server = await startServer({ harness, port: 0 });
  const call: Served['call'] = async (method, path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    let body = init.body;
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(`${server.url}${path}`, { method, headers, body });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
  };
  const token: Served['token'] = async (clientId = 'procedure-system', scope) => {
    const secret = defaultClients.find((c) => c.id === clientId)!.secret;
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret, ...(scope ? { scope } : {}) });
    const res = await call('POST', '/npd/oauth/token', { body: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    if (res.status !== 200) throw new Error(`token request failed: ${res.status} ${res.text}`);
    return res.json().access_token as string;
  };
  return { harness, server, call, token };
}
