import type { SutEnvironment, SutFactory, SystemUnderTest } from '../../src/scenario/sut/types.js';

/** A tiny procedure system for runner tests: it takes a token from the NPD mock and looks citizens up, counting its calls. */
export interface ToySut extends SystemUnderTest {
  readonly env: SutEnvironment;
  /** Lookups this instance made: a fresh SUT starts at 0. */
  lookups: number;
  closed: boolean;
  lookup(id: string): Promise<{ status: number; body: unknown }>;
}

export interface ToyFactory {
  readonly factory: SutFactory;
  /** Every SUT the factory made, in order. */
  readonly made: ToySut[];
}

/** A factory of toy SUTs that records what it made; `startDelayMs` delays each start. */
export function toySut(options: { startDelayMs?: number; failStart?: string; failClose?: string } = {}): ToyFactory {
  const made: ToySut[] = [];
  const factory: SutFactory = async (env) => {
    if (options.startDelayMs) await new Promise((r) => setTimeout(r, options.startDelayMs));
    if (options.failStart) throw new Error(options.failStart);
    const sut: ToySut = {
      name: 'toy',
      env,
      lookups: 0,
      closed: false,
      call: () => Promise.reject(new Error('the toy SUT answers no stimulus')),
      async lookup(id) {
        this.lookups++;
        const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: env.clientId, client_secret: env.clientSecret });
        const token = (await (await fetch(`${env.mocksUrl}/npd/oauth/token`, { method: 'POST', body: form })).json()) as { access_token: string };
        const res = await fetch(`${env.mocksUrl}/npd/v1/citizens/${id}`, { headers: { authorization: `Bearer ${token.access_token}` } });
        return { status: res.status, body: await res.json() };
      },
      async close() {
        this.closed = true;
        if (options.failClose) throw new Error(options.failClose);
      },
    };
    made.push(sut);
    return sut;
  };
  return { factory, made };
}

/** A well-known persona of the population (see src/population/personas.ts). */
export const PERSONA = '001085999001';
