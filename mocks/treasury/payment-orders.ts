import type { z } from 'zod';
import { hashKeys } from '../../src/generator/prng.js';
import type { Clock } from '../../src/mock/clock.js';
import { CallbackSender, type Delivery } from '../../src/mock/outbound.js';
import type { World } from '../../src/mock/world.js';
import { TREASURY_EVENTS, type paymentCallbackSchema, type paymentOrderBody } from './contract.js';
import { feeDue, scheduledProcedures, type Channel } from './fee-schedule.js';
import { conflict, notFound, unprocessable, type Refusal } from './refusal.js';

/** A fee payment order, as the treasury keeps it (the callback secret stays here, never in a reply). */
export interface PaymentOrder {
  readonly orderId: string;
  /** The client that created it: the only one that may read it. */
  readonly client: string;
  readonly MaHoSo: string;
  readonly MaTTHC: string;
  readonly amount: number;
  readonly channel: Channel;
  readonly payerId: string;
  readonly callbackUrl: string;
  readonly callbackSecret: string;
  readonly status: 'pending' | 'paid';
  readonly createdAt: string;
  readonly paidAt: string | null;
  readonly transactionId: string | null;
}

type PaymentCallback = z.infer<typeof paymentCallbackSchema>;

/** The event ID of an order's confirmation: the same on every delivery of it, so the receiver can drop a copy. */
function confirmationEventId(orderId: string): string {
  return `evt-${orderId}-paid`;
}

/**
 * Fee payment orders (R-PORT-5): created by a procedure system at the fee the schedule sets for the channel, paid by
 * the citizen, confirmed by a signed callback to the procedure system and by a `payment.confirmed` world event.
 */
export class PaymentOrders {
  private readonly orders = new Map<string, PaymentOrder>();
  private readonly sender = new CallbackSender();
  private readonly world: World;
  private readonly clock: Clock;
  private readonly seed: number;

  constructor(world: World, clock: Clock, seed: number) {
    this.world = world;
    this.clock = clock;
    this.seed = seed;
  }

  /** Creates an order when the amount is the fee due on the channel and the dossier has no order yet. */
  create(client: string, body: z.infer<typeof paymentOrderBody>): PaymentOrder | Refusal {
    const due = feeDue(body.MaTTHC, body.channel);
    if (!due) return unprocessable(`no fee schedule for procedure ${body.MaTTHC}; scheduled: ${scheduledProcedures()}`, 'MaTTHC');
    const what = `${body.MaTTHC} (${due.entry.TenTTHC}) on the ${body.channel} channel`;
    if (due.amount === 0) return unprocessable(`no fee is due for ${what}: no payment order is needed (${due.entry.basis})`, 'MaTTHC');
    if (body.amount !== due.amount) return unprocessable(`the fee due for ${what} is ${due.amount} VND, not ${body.amount} (${due.entry.basis})`, 'amount');
    if (!this.world.citizen(body.payerId)) return unprocessable(`no citizen holds the personal ID ${body.payerId}`, 'payerId');
    const existing = [...this.orders.values()].find((o) => o.client === client && o.MaHoSo === body.MaHoSo);
    if (existing) return conflict(`dossier ${body.MaHoSo} already has payment order ${existing.orderId} (${existing.status})`);
    const order: PaymentOrder = {
      ...body,
      orderId: `PO${String(this.orders.size + 1).padStart(6, '0')}`,
      client,
      status: 'pending',
      createdAt: this.now(),
      paidAt: null,
      transactionId: null,
    };
    this.orders.set(order.orderId, order);
    return order;
  }

  /** The order, when this client created it. */
  get(client: string, orderId: string): PaymentOrder | undefined {
    const order = this.orders.get(orderId);
    return order?.client === client ? order : undefined;
  }

  /** The citizen pays: the order becomes paid, the world hears of it, and the confirmation is delivered (awaited). */
  async pay(orderId: string): Promise<{ order: PaymentOrder; delivery: Delivery } | Refusal> {
    const order = this.orders.get(orderId);
    if (!order) return notFound(`no payment order ${orderId}`);
    if (order.status === 'paid') return conflict(`payment order ${orderId} was already paid at ${order.paidAt}`);
    const paidAt = this.now();
    const serial = String(hashKeys(this.seed, 7300, Number(orderId.slice(2))) % 100_000_000).padStart(8, '0');
    const paid: PaymentOrder = { ...order, status: 'paid', paidAt, transactionId: `KB${this.world.today().replaceAll('-', '')}${serial}` };
    this.orders.set(orderId, paid);
    this.world.emit('treasury', TREASURY_EVENTS.paymentConfirmed, paid.payerId, { MaHoSo: paid.MaHoSo, orderId, amount: paid.amount, MaTTHC: paid.MaTTHC, channel: paid.channel });
    return { order: paid, delivery: await this.deliver(paid) };
  }

  /** Delivers a paid order's confirmation again, with the same event ID (a duplicate the receiver must tolerate). */
  async redeliver(orderId: string): Promise<Delivery | Refusal> {
    const order = this.orders.get(orderId);
    if (!order) return notFound(`no payment order ${orderId}`);
    if (order.status !== 'paid') return conflict(`payment order ${orderId} is not paid yet: there is nothing to confirm`);
    return this.deliver(order);
  }

  /** Every delivery attempt of an order's confirmation, oldest first. */
  deliveries(order: PaymentOrder): readonly Delivery[] {
    const eventId = confirmationEventId(order.orderId);
    return this.sender.deliveries.filter((d) => d.eventId === eventId);
  }

  private deliver(order: PaymentOrder): Promise<Delivery> {
    const eventId = confirmationEventId(order.orderId);
    const payload: PaymentCallback = {
      eventId,
      type: TREASURY_EVENTS.paymentConfirmed,
      orderId: order.orderId,
      MaHoSo: order.MaHoSo,
      MaTTHC: order.MaTTHC,
      amount: order.amount,
      currency: 'VND',
      channel: order.channel,
      payerId: order.payerId,
      paidAt: order.paidAt!,
      transactionId: order.transactionId!,
    };
    return this.sender.send(order.callbackUrl, order.callbackSecret, eventId, payload, this.clock.now());
  }

  private now(): string {
    return new Date(this.clock.now()).toISOString();
  }
}
