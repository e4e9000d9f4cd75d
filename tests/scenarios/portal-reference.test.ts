/**
 * The reference system's portal helpers: working-day deadlines, and the receiver of the treasury's signed payment
 * confirmations (HMAC checked, duplicates dropped, unknown orders and wrong amounts refused, closed with the system).
 */
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { SIGNATURE_HEADER, signCallback } from '../../src/mock/outbound.js';
import { createCore, type ReferenceCore } from '../../src/scenario/sut/reference/core.js';
import { receiverOf, type Receiver } from '../../src/scenario/sut/reference/portal-receiver.js';
import { addWorkingDays, vnDay, vnTimestamp } from '../../src/scenario/sut/reference/portal-time.js';

const at = (text: string): number => Date.parse(text);

describe('addWorkingDays', () => {
  it('skips Saturdays and Sundays, keeping the time of day (Vietnam time)', () => {
    expect(vnTimestamp(addWorkingDays(at('2026-06-01T08:00:00+07:00'), 3))).toBe('20260604080000');
    expect(vnTimestamp(addWorkingDays(at('2026-06-05T16:00:00+07:00'), 1))).toBe('20260608160000');
    expect(vnTimestamp(addWorkingDays(at('2026-06-06T09:00:00+07:00'), 1))).toBe('20260608090000');
  });

  it('reads the weekday in Vietnam, not in UTC', () => {
    expect(vnDay(at('2026-06-02T23:30:00Z'))).toEqual({ date: '2026-06-03', weekday: 3 });
  });
});

describe('the payment confirmation receiver', () => {
  let core: ReferenceCore;
  let closed = false;
  afterEach(async () => {
    if (!closed) await core.close();
  });

  const start = async (habits: string[] = []): Promise<Receiver> => {
    closed = false;
    core = createCore({ mocksUrl: 'http://127.0.0.1:9', clientId: 'procedure-system', clientSecret: 'procedure-system-secret', seed: 1 }, new Set(habits));
    const receiver = await receiverOf(core);
    receiver.expect('PO000001', { MaHoSo: 'H26-0001', amount: 10_000 });
    return receiver;
  };
  const event = (overrides: Record<string, unknown> = {}) => JSON.stringify({ eventId: 'evt-1', type: 'payment.confirmed', orderId: 'PO000001', MaHoSo: 'H26-0001', amount: 10_000, transactionId: 'KB1', ...overrides });
  const post = async (receiver: Receiver, body: string, secret = receiver.secret): Promise<number> => {
    const res = await request(receiver.url, { method: 'POST', headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signCallback(secret, 1_780_000_000, body) }, body });
    await res.body.dump();
    return res.statusCode;
  };

  it('believes a confirmation signed with its secret, once; a repeat is acknowledged and dropped', async () => {
    const receiver = await start();
    expect(await post(receiver, event())).toBe(200);
    expect(await post(receiver, event({ transactionId: 'KB2' }))).toBe(200);
    expect(receiver.confirmation('H26-0001')).toMatchObject({ orderId: 'PO000001', transactionId: 'KB1' });
  });

  it('refuses a wrong signature, an order it never created and an amount other than the order’s', async () => {
    const receiver = await start();
    expect(await post(receiver, event(), 'someone-else-entirely')).toBe(401);
    expect(await post(receiver, event({ orderId: 'PO999999' }))).toBe(404);
    expect(await post(receiver, event({ amount: 1 }))).toBe(422);
    expect(receiver.confirmation('H26-0001')).toBeUndefined();
  });

  it('takes any signature with the habit skip-callback-signature', async () => {
    const receiver = await start(['skip-callback-signature']);
    expect(await post(receiver, event(), 'someone-else-entirely')).toBe(200);
    expect(receiver.confirmation('H26-0001')).toBeDefined();
  });

  it('stops listening when the system closes', async () => {
    const receiver = await start();
    await core.close();
    closed = true;
    await expect(post(receiver, event())).rejects.toThrow();
  });
});
