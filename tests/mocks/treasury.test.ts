import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultClients } from '../../mocks/index.js';
import { paymentCallbackSchema, paymentOrderReply } from '../../mocks/treasury/contract.js';
import { treasury } from '../../mocks/treasury/index.js';
import { openApiDocument } from '../../src/contract/openapi.js';
import { SIGNATURE_HEADER, verifyCallback } from '../../src/mock/outbound.js';
import { personas } from '../../src/population/personas.js';
import { serve, type Served } from './helpers.js';

interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A callback receiver on a free loopback port that records what it gets and answers 200. */
async function startReceiver() {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/callbacks/treasury`;
  const close = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return { url, received, close };
}

const OTHER = { id: 'other-province', secret: 'other-province-secret', name: 'Another province’s procedure system', scopes: ['treasury.payment', 'treasury.benefit'] };
const SECRET = 'a-callback-secret-of-32-characters';
const personaId = (kind: string) => personas().find((p) => p.kind === kind)!.personalId;
const ADULT = '001085999001';
const MISMATCHED = '048096999009';
const VIETCOMBANK = { kind: 'bank', provider: 'Vietcombank', number: '0011004999001' } as const;

let s: Served;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let token: string;
let otherToken: string;

beforeAll(async () => {
  s = await serve({ clients: [...defaultClients, OTHER] });
  receiver = await startReceiver();
  token = await s.token();
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: OTHER.id, client_secret: OTHER.secret });
  otherToken = (await s.call('POST', '/npd/oauth/token', { body: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } })).json().access_token;
});
afterAll(async () => {
  await receiver.close();
  await s.server.close();
});

const order = (overrides: Record<string, unknown> = {}) => ({
  MaHoSo: 'H01.22-260101-0001',
  MaTTHC: '1.004222',
  amount: 10_000,
  channel: 'online',
  payerId: ADULT,
  callbackUrl: receiver.url,
  callbackSecret: SECRET,
  ...overrides,
});
const createOrder = (body: Record<string, unknown>, bearer = token) => s.call('POST', '/treasury/v1/payment-orders', { token: bearer, json: body });
const pay = (orderId: string) => s.call('POST', `/treasury/v1/payment-orders/${orderId}/pay`);
const payBenefit = (body: Record<string, unknown>) => s.call('POST', '/treasury/v1/benefit-payments', { token, json: { kind: 'social-allowance', amount: 500_000, ...body } });

describe('the fee schedule (R-PORT-5)', () => {
  it('answers the online fee with the configured reduction, and the full fee at the counter', async () => {
    const online = await s.call('GET', '/treasury/v1/fees/1.004222?channel=online', { token });
    expect(online.status).toBe(200);
    expect(online.json()).toMatchObject({ MaTTHC: '1.004222', TenTTHC: 'Đăng ký thường trú', channel: 'online', amount: 10_000, counterAmount: 20_000, reduction: 10_000, currency: 'VND' });
    expect(online.json().basis).toContain('75/2022/TT-BTC');
    const counter = (await s.call('GET', '/treasury/v1/fees/1.004222?channel=counter', { token })).json();
    expect([counter.amount, counter.reduction]).toEqual([20_000, 0]);
  });

  it('charges the counter fee online where no reduction is configured', async () => {
    const r = (await s.call('GET', '/treasury/v1/fees/9.999001?channel=online', { token })).json();
    expect([r.amount, r.counterAmount, r.reduction]).toEqual([50_000, 50_000, 0]);
  });

  it('answers 404 for an unscheduled procedure and 400 without a valid channel', async () => {
    expect((await s.call('GET', '/treasury/v1/fees/1.999999?channel=online', { token })).status).toBe(404);
    expect((await s.call('GET', '/treasury/v1/fees/1.004222', { token })).status).toBe(400);
    expect((await s.call('GET', '/treasury/v1/fees/1.004222?channel=post', { token })).status).toBe(400);
  });

  it('needs a token with treasury.payment', async () => {
    expect((await s.call('GET', '/treasury/v1/fees/1.004222?channel=online')).status).toBe(401);
    expect((await s.call('GET', '/treasury/v1/fees/1.004222?channel=online', { token: await s.token('bank') })).status).toBe(403);
  });
});

describe('payment orders (R-PORT-5, R-PORT-10)', () => {
  let orderId: string;

  it('creates a pending order at the online fee, with the URL where the citizen pays and no secret', async () => {
    const r = await createOrder(order());
    expect(r.status).toBe(201);
    const body = paymentOrderReply.parse(r.json());
    orderId = body.orderId;
    expect(body).toMatchObject({ MaHoSo: 'H01.22-260101-0001', amount: 10_000, status: 'pending', paidAt: null, transactionId: null });
    expect(body.paymentUrl).toBe(`${s.server.url}/treasury/v1/payment-orders/${orderId}/pay`);
    expect(r.text).not.toContain(SECRET);
    const read = await s.call('GET', `/treasury/v1/payment-orders/${orderId}`, { token });
    expect(read.json()).toEqual(r.json());
  });

  it('refuses the counter fee charged online with 422 naming the expected amount', async () => {
    const r = await createOrder(order({ MaHoSo: 'H01.22-260101-0002', amount: 20_000 }));
    expect(r.status).toBe(422);
    expect(r.json().error.field).toBe('amount');
    expect(r.json().error.message).toContain('is 10000 VND, not 20000');
  });

  it('refuses an order for a free or unscheduled procedure, an unknown payer, and a second order for the dossier', async () => {
    const free = await createOrder(order({ MaHoSo: 'KS-1', MaTTHC: '1.001193', amount: 0 }));
    expect([free.status, free.json().error.field]).toEqual([422, 'MaTTHC']);
    expect(free.json().error.message).toContain('no fee is due');
    const unscheduled = await createOrder(order({ MaHoSo: 'X-1', MaTTHC: '1.999999' }));
    expect([unscheduled.status, unscheduled.json().error.field]).toEqual([422, 'MaTTHC']);
    const stranger = await createOrder(order({ MaHoSo: 'X-2', payerId: personaId('unknown-id') }));
    expect([stranger.status, stranger.json().error.field]).toEqual([422, 'payerId']);
    const again = await createOrder(order());
    expect(again.status).toBe(409);
    expect(again.json().error.message).toContain(orderId);
  });

  it('refuses a body off the contract: a short secret, a non-HTTP callback, an unknown field', async () => {
    expect((await createOrder(order({ MaHoSo: 'Y-1', callbackSecret: 'short' }))).json().error.field).toBe('callbackSecret');
    expect((await createOrder(order({ MaHoSo: 'Y-2', callbackUrl: 'ftp://127.0.0.1/cb' }))).json().error.field).toBe('callbackUrl');
    const extra = await createOrder({ ...order({ MaHoSo: 'Y-3' }), discount: 5 });
    expect(extra.status).toBe(422);
  });

  it('shows an order only to the client that created it', async () => {
    expect((await s.call('GET', `/treasury/v1/payment-orders/${orderId}`, { token: otherToken })).status).toBe(404);
    expect((await s.call('GET', `/treasury/v1/payment-orders/${orderId}/callbacks`, { token: otherToken })).status).toBe(404);
  });

  it('on payment, marks the order paid, emits payment.confirmed and POSTs a signed confirmation', async () => {
    const before = receiver.received.length;
    const r = await pay(orderId);
    expect(r.status).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ orderId, status: 'paid', paidAt: '2026-01-01T00:00:00.000Z' });
    expect(body.transactionId).toMatch(/^KB20260101\d{8}$/);
    expect(body.callback).toMatchObject({ url: receiver.url, status: 200, error: null });

    expect(receiver.received).toHaveLength(before + 1);
    const delivery = receiver.received.at(-1)!;
    const signature = delivery.headers[SIGNATURE_HEADER] as string;
    expect(verifyCallback(SECRET, signature, delivery.body)).toBe(true);
    expect(verifyCallback('another-secret-of-enough-length', signature, delivery.body)).toBe(false);
    const payload = paymentCallbackSchema.parse(JSON.parse(delivery.body));
    expect(payload).toMatchObject({ orderId, MaHoSo: 'H01.22-260101-0001', amount: 10_000, payerId: ADULT, transactionId: body.transactionId });
    expect(delivery.headers['x-vn06-event-id']).toBe(payload.eventId);

    const events = s.harness.world.events({ kind: 'payment.confirmed' });
    expect(events.at(-1)).toMatchObject({ system: 'treasury', personalId: ADULT, data: { MaHoSo: 'H01.22-260101-0001', orderId, amount: 10_000 } });
  });

  it('refuses to take a payment twice (409) or for an unknown order (404)', async () => {
    expect((await pay(orderId)).status).toBe(409);
    expect((await pay('PO999999')).status).toBe(404);
    expect((await pay('nope')).status).toBe(400);
  });

  it('redelivers a confirmation with the same event ID, and lists every delivery as evidence', async () => {
    const again = await s.call('POST', `/treasury/v1/payment-orders/${orderId}/callbacks`);
    expect(again.status).toBe(200);
    const list = await s.call('GET', `/treasury/v1/payment-orders/${orderId}/callbacks`, { token });
    const deliveries = list.json().deliveries as { eventId: string; status: number; body: string }[];
    expect(deliveries).toHaveLength(2);
    expect(deliveries[1]!.eventId).toBe(deliveries[0]!.eventId);
    expect(deliveries[1]!.body).toBe(deliveries[0]!.body);
    expect(receiver.received.at(-1)!.headers['x-vn06-event-id']).toBe(deliveries[0]!.eventId);
  });

  it('refuses to redeliver the confirmation of an order not yet paid', async () => {
    const pending = (await createOrder(order({ MaHoSo: 'Z-1', MaTTHC: '1.004194', amount: 7_000 }))).json();
    expect((await s.call('POST', `/treasury/v1/payment-orders/${pending.orderId}/callbacks`)).status).toBe(409);
  });

  it('keeps the payment when the receiver cannot be reached, and records the failed delivery', async () => {
    const dead = await startReceiver();
    await dead.close();
    const created = (await createOrder(order({ MaHoSo: 'Z-2', callbackUrl: dead.url }))).json();
    const r = await pay(created.orderId);
    expect(r.json().status).toBe('paid');
    expect(r.json().callback.status).toBeNull();
    expect(r.json().callback.error).toBeTruthy();
  });
});

describe('benefit payments to registered accounts (R-PORT-14)', () => {
  it('pays a beneficiary to the account registered under their personal ID and emits benefit.paid', async () => {
    const r = await payBenefit({ beneficiaryId: ADULT, account: VIETCOMBANK, reference: 'QD-001' });
    expect(r.status).toBe(201);
    expect(r.json()).toMatchObject({ beneficiaryId: ADULT, method: 'account', account: VIETCOMBANK, amount: 500_000, paidAt: '2026-01-01T00:00:00.000Z' });
    expect(s.harness.world.events({ kind: 'benefit.paid', personalId: ADULT }).at(-1)?.data).toMatchObject({ paymentId: r.json().paymentId, method: 'account' });
  });

  it('refuses cash, or another account, for a beneficiary who registered one', async () => {
    const cash = await payBenefit({ beneficiaryId: ADULT, account: null, reference: 'QD-002' });
    expect([cash.status, cash.json().error.field]).toEqual([422, 'account']);
    expect(cash.json().error.message).toContain('must be paid to the registered account');
    const other = await payBenefit({ beneficiaryId: ADULT, account: { ...VIETCOMBANK, number: '0011004999999' }, reference: 'QD-003' });
    expect(other.status).toBe(422);
    expect(other.json().error.message).toContain('is not the account');
  });

  it('refuses an account the provider holds under another personal ID', async () => {
    const account = { kind: 'mobile-money', provider: 'Viettel Money', number: '0987999009' };
    const r = await payBenefit({ beneficiaryId: MISMATCHED, account, reference: 'QD-004' });
    expect(r.status).toBe(422);
    expect(r.json().error.message).toContain('under another personal ID');
  });

  it('pays in cash a beneficiary with no registered account, and refuses an account it cannot confirm', async () => {
    const child = personaId('child-under-6');
    const cash = await payBenefit({ beneficiaryId: child, account: null, reference: 'QD-005' });
    expect(cash.status).toBe(201);
    expect(cash.json()).toMatchObject({ method: 'cash', account: null });
    const unconfirmed = await payBenefit({ beneficiaryId: child, account: VIETCOMBANK, reference: 'QD-006' });
    expect([unconfirmed.status, unconfirmed.json().error.field]).toEqual([422, 'account']);
  });

  it('pays the funeral allowance to the living claimant, never to the deceased', async () => {
    const deceased = await payBenefit({ kind: 'funeral-allowance', beneficiaryId: personaId('deceased'), account: null, reference: 'MT-001' });
    expect([deceased.status, deceased.json().error.field]).toEqual([422, 'beneficiaryId']);
    expect(deceased.json().error.message).toContain('claimant');
    const claimant = await payBenefit({ kind: 'funeral-allowance', beneficiaryId: ADULT, account: VIETCOMBANK, reference: 'MT-001' });
    expect(claimant.status).toBe(201);
  });

  it('refuses an unknown beneficiary, a second payment of the same kind and reference, and a caller without treasury.benefit', async () => {
    expect((await payBenefit({ beneficiaryId: personaId('unknown-id'), account: null, reference: 'QD-007' })).json().error.field).toBe('beneficiaryId');
    expect((await payBenefit({ beneficiaryId: ADULT, account: VIETCOMBANK, reference: 'QD-001' })).status).toBe(409);
    const paymentOnly = await s.token('procedure-system', 'treasury.payment');
    expect((await s.call('GET', '/treasury/v1/benefit-payments', { token: paymentOnly })).status).toBe(403);
  });

  it('lists the caller’s payments by beneficiary and kind', async () => {
    const mine = (await s.call('GET', `/treasury/v1/benefit-payments?beneficiaryId=${ADULT}`, { token })).json().payments;
    expect(mine.map((p: { reference: string }) => p.reference)).toEqual(['QD-001', 'MT-001']);
    const funeral = (await s.call('GET', '/treasury/v1/benefit-payments?kind=funeral-allowance', { token })).json().payments;
    expect(funeral).toHaveLength(1);
    expect((await s.call('GET', '/treasury/v1/benefit-payments', { token: otherToken })).json().payments).toEqual([]);
    expect((await s.call('GET', '/treasury/v1/benefit-payments?beneficiaryId=123', { token })).status).toBe(400);
  });

  it('reports the account-payment rate: a refusal corrected by a payment to the account counts as paid there', async () => {
    s.harness.reset();
    await payBenefit({ beneficiaryId: ADULT, account: null, reference: 'R-1' });
    await payBenefit({ beneficiaryId: ADULT, account: VIETCOMBANK, reference: 'R-1' });
    await payBenefit({ beneficiaryId: MISMATCHED, account: null, reference: 'R-2' });
    await payBenefit({ beneficiaryId: personaId('child-under-6'), account: null, reference: 'R-3' });
    const summary = (await s.call('GET', '/treasury/v1/benefit-payments/summary', { token })).json();
    expect(summary).toEqual({
      claims: 3,
      paidToAccount: 1,
      paidInCash: 1,
      refused: 1,
      withRegisteredAccount: 2,
      withRegisteredAccountPaidToAccount: 1,
      accountPaymentRate: 0.5,
      target: 1,
    });
    expect((await s.call('GET', '/treasury/v1/benefit-payments/summary', { token: otherToken })).json().accountPaymentRate).toBeNull();
  });
});

describe('the treasury’s OpenAPI document', () => {
  it('is valid OpenAPI 3.1 and lists every route', async () => {
    const doc = openApiDocument(treasury) as { paths: Record<string, Record<string, { operationId: string }>> };
    const result = await new Validator().validate(doc as never);
    expect(result.errors).toBeUndefined();
    const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(ids.sort()).toEqual(treasury.routes.map((r) => r.id).sort());
  });
});
