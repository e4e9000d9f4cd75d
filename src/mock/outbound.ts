import { createHmac, timingSafeEqual } from 'node:crypto';
import { Agent, request } from 'undici';

/** One attempt to deliver a callback, as the mock records it (evidence for the integrator's idempotent handling). */
export interface Delivery {
  readonly url: string;
  /** The event's ID: the same on a duplicated delivery, so the receiver can drop the copy. */
  readonly eventId: string;
  readonly body: string;
  readonly signature: string;
  /** The receiver's status, or null when it could not be reached. */
  readonly status: number | null;
  readonly error: string | null;
}

/** The header that carries the HMAC-SHA256 signature of a callback: `t=<unix seconds>,v1=<hex>` over `<t>.<body>`. */
export const SIGNATURE_HEADER = 'x-vn06-signature';

/** Signs a callback body as the mocks do: HMAC-SHA256 over `<timestamp>.<body>` with the secret the receiver registered. */
export function signCallback(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** Checks a callback signature (what a receiver should do); false on any malformed header. */
export function verifyCallback(secret: string, header: string, body: string): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const expected = Buffer.from(signCallback(secret, Number(match[1]), body).slice(`t=${match[1]},v1=`.length), 'hex');
  return timingSafeEqual(expected, Buffer.from(match[2]!, 'hex'));
}

/**
 * Delivers signed callbacks to integrators over real HTTP. It has its own undici agent, so deliveries never pass
 * through the in-process interception that may be installed as the global dispatcher.
 */
export class CallbackSender {
  // Short timeouts: a receiver that stalls must not hold up the mock's own answer for long.
  private readonly agent = new Agent({ connect: { timeout: 2_000 }, headersTimeout: 2_000, bodyTimeout: 2_000 });
  readonly deliveries: Delivery[] = [];

  /** POSTs one JSON event; records and returns the attempt, never throws. */
  async send(url: string, secret: string, eventId: string, payload: unknown, nowMs: number): Promise<Delivery> {
    const body = JSON.stringify(payload);
    const signature = signCallback(secret, Math.floor(nowMs / 1000), body);
    let delivery: Delivery;
    try {
      const res = await request(url, {
        method: 'POST',
        dispatcher: this.agent,
        headers: { 'content-type': 'application/json; charset=utf-8', [SIGNATURE_HEADER]: signature, 'x-vn06-event-id': eventId },
        body,
      });
      await res.body.dump();
      delivery = { url, eventId, body, signature, status: res.statusCode, error: null };
    } catch (error) {
      delivery = { url, eventId, body, signature, status: null, error: (error as Error).message };
    }
    this.deliveries.push(delivery);
    return delivery;
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}
