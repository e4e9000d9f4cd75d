import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIGNATURE_HEADER, verifyCallback } from '../../../mock/outbound.js';
import type { ReferenceCore } from './core.js';
import { storeOf } from './portal-store.js';

/** A payment the treasury confirmed by a signed callback. */
export interface Confirmation {
  readonly eventId: string;
  readonly orderId: string;
  readonly MaHoSo: string;
  readonly amount: number;
  readonly transactionId: string;
}

/**
 * The system's receiver of the treasury's payment confirmations (R-PORT-5): a small HTTP server on loopback whose URL
 * and secret go with every payment order. It believes a confirmation only when its HMAC verifies with that secret and
 * it names an order the system created, for the amount ordered; a repeated event is acknowledged and dropped.
 */
export interface Receiver {
  readonly url: string;
  readonly secret: string;
  /** Orders the system created, by order ID: the dossier and the amount a confirmation must carry. */
  expect(orderId: string, order: { MaHoSo: string; amount: number }): void;
  /** The confirmed payment of a dossier, if any. */
  confirmation(maHoSo: string): Confirmation | undefined;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body: Record<string, unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

/** What a confirmation carries, as far as the receiver reads it. */
interface PaymentEvent {
  readonly eventId?: unknown;
  readonly type?: unknown;
  readonly orderId?: unknown;
  readonly MaHoSo?: unknown;
  readonly amount?: unknown;
  readonly transactionId?: unknown;
}

async function startReceiver(core: ReferenceCore): Promise<Receiver> {
  const secret = randomBytes(24).toString('hex');
  const orders = new Map<string, { MaHoSo: string; amount: number }>();
  const confirmed = new Map<string, Confirmation>();
  const seen = new Set<string>();

  /** Why a delivery is refused (status and reason), or null when it is a genuine confirmation. */
  const refusal = (raw: string, signature: string | undefined, event: PaymentEvent | undefined): [number, string] | null => {
    if (!core.has('skip-callback-signature') && (signature === undefined || !verifyCallback(secret, signature, raw))) return [401, 'the signature does not verify'];
    if (!event || event.type !== 'payment.confirmed' || typeof event.eventId !== 'string' || typeof event.orderId !== 'string') return [422, 'not a payment confirmation'];
    const order = orders.get(event.orderId);
    if (!order) return [404, `no payment order ${event.orderId} was created here`];
    if (event.MaHoSo !== order.MaHoSo || event.amount !== order.amount) return [422, `the confirmation does not match order ${event.orderId}`];
    return null;
  };

  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'POST' || req.url !== '/treasury/payment-confirmed') return reply(res, 404, { error: 'not found' });
      const raw = await readBody(req);
      let event: PaymentEvent | undefined;
      try {
        event = JSON.parse(raw) as PaymentEvent;
      } catch {
        event = undefined;
      }
      const header = req.headers[SIGNATURE_HEADER];
      const refused = refusal(raw, typeof header === 'string' ? header : undefined, event);
      if (refused) {
        core.log(`payment confirmation refused: ${refused[1]}`);
        return reply(res, refused[0], { error: refused[1] });
      }
      const { eventId, orderId, MaHoSo, amount, transactionId } = event as Confirmation;
      if (seen.has(eventId)) return reply(res, 200, { received: true, duplicate: true });
      seen.add(eventId);
      confirmed.set(MaHoSo, { eventId, orderId, MaHoSo, amount, transactionId: String(transactionId) });
      core.log(`payment confirmed for dossier ${MaHoSo} (order ${orderId})`);
      return reply(res, 200, { received: true });
    })().catch(() => reply(res, 400, { error: 'unreadable request' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/treasury/payment-confirmed`,
    secret,
    expect: (orderId, order) => void orders.set(orderId, order),
    confirmation: (maHoSo) => confirmed.get(maHoSo),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The system's receiver, started on first use and stopped when the system closes. */
export function receiverOf(core: ReferenceCore): Promise<Receiver> {
  const store = storeOf(core);
  if (!store.receiver) {
    store.receiver = startReceiver(core);
    core.onClose(async () => (await store.receiver)?.close());
  }
  return store.receiver;
}
