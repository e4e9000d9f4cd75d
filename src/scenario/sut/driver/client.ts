import { Agent, request } from 'undici';
import { stimuli } from '../stimuli/index.js';
import type { SutFactory, SystemUnderTest } from '../types.js';
import type { Session } from './contract.js';

/** Reads a driver error answer into one line. */
async function failure(what: string, status: number, text: string): Promise<Error> {
  let message = text.slice(0, 300);
  try {
    const parsed = JSON.parse(text) as { error?: { code?: string; message?: string } };
    if (parsed.error?.message) message = `${parsed.error.code ?? 'error'}: ${parsed.error.message}`;
  } catch {
    // not JSON: keep the text
  }
  return new Error(`the system under test answered ${status} to ${what}: ${message}`);
}

/** How long the driver waits for a session to open or close: a hung adapter fails the scenario, not the whole run. */
const SESSION_TIMEOUT_MS = 15_000;

/**
 * Checks that a driver adapter answers HTTP at all (any status will do) within a few seconds; the reason it does not,
 * or undefined when it does. `vn06 run --sut URL` asks before running anything, so a wrong URL is one clear error.
 */
export async function probeAdapter(baseUrl: string, timeoutMs = 5_000): Promise<string | undefined> {
  try {
    const res = await request(`${baseUrl.replace(/\/+$/, '')}/driver/openapi.json`, { method: 'GET', signal: AbortSignal.timeout(timeoutMs) });
    await res.body.dump();
    return undefined;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
    return (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (cause ?? (error as Error).message);
  }
}

/**
 * An external system under test, driven over HTTP through the driver contract (`src/scenario/sut/driver/contract.ts`).
 * Its outputs are validated against the stimulus schemas, so a malformed answer is an error named after the stimulus.
 */
export function httpSut(baseUrl: string): SutFactory {
  const root = baseUrl.replace(/\/+$/, '');
  return async (env) => {
    const agent = new Agent({ headersTimeout: 120_000, bodyTimeout: 120_000 });
    const post = async (path: string, body: unknown, method: 'POST' | 'DELETE' = 'POST'): Promise<{ status: number; text: string }> => {
      const res = await request(`${root}${path}`, {
        method,
        dispatcher: agent,
        ...(path === '/driver/session' ? { signal: AbortSignal.timeout(SESSION_TIMEOUT_MS) } : {}),
        headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.statusCode, text: await res.body.text() };
    };
    const session: Session = { mocksUrl: env.mocksUrl, clientId: env.clientId, clientSecret: env.clientSecret, seed: env.seed };
    let opened: { status: number; text: string };
    try {
      opened = await post('/driver/session', session);
    } catch (error) {
      await agent.close();
      throw new Error(`the system under test at ${root} cannot be reached: ${(error as Error).message}`);
    }
    if (opened.status >= 300) {
      await agent.close();
      throw await failure('POST /driver/session', opened.status, opened.text);
    }
    const sut: SystemUnderTest = {
      name: root,
      async call(name, input) {
        const reply = await post(`/driver/${name}`, input);
        if (reply.status !== 200) throw await failure(name, reply.status, reply.text);
        let parsed: unknown;
        try {
          parsed = JSON.parse(reply.text);
        } catch {
          throw new Error(`the system under test answered ${name} with a body that is not JSON: ${reply.text.slice(0, 120)}`);
        }
        const checked = stimuli[name].output.safeParse(parsed);
        if (!checked.success) throw new Error(`the system under test answered ${name} off the contract: ${checked.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
        return checked.data as never;
      },
      async close() {
        try {
          await post('/driver/session', undefined, 'DELETE');
        } finally {
          await agent.close();
        }
      },
    };
    return sut;
  };
}
