import type { z } from 'zod';
import { defineRoute } from '../../src/mock/route.js';
import type { BenefitPayment } from './benefit-payments.js';
import {
  benefitListQuery,
  benefitListReply,
  benefitPaymentBody,
  benefitPaymentReply,
  benefitSummaryReply,
  deliveriesReply,
  deliverySchema,
  errorSchema,
  feeParams,
  feeQuery,
  feeReply,
  orderIdParam,
  paymentOrderBody,
  paymentOrderReply,
  payReply,
} from './contract.js';
import { feeDue } from './fee-schedule.js';
import type { PaymentOrder } from './payment-orders.js';
import { isRefusal, notFound, refused } from './refusal.js';
import type { TreasuryState } from './state.js';

export const TREASURY_SCOPES = { payment: 'treasury.payment', benefit: 'treasury.benefit' } as const;

type OrderParams = z.infer<typeof orderIdParam>;

const errors = {
  404: { description: 'no such payment order, or one another client created', schema: errorSchema },
  409: { description: 'conflicts with the order’s state', schema: errorSchema },
  422: { description: 'not allowed: the body names what is wrong in `field`', schema: errorSchema },
};

/** The order as its creator sees it: no callback secret, with the URL where the citizen pays. */
function orderView(order: PaymentOrder, origin: string): z.infer<typeof paymentOrderReply> {
  const { client: _client, callbackSecret: _secret, ...shown } = order;
  return { ...shown, currency: 'VND', paymentUrl: `${origin}/treasury/v1/payment-orders/${order.orderId}/pay` };
}

function paymentView(payment: BenefitPayment): z.infer<typeof benefitPaymentReply> {
  const { client: _client, ...shown } = payment;
  return shown;
}

const missingOrder = (orderId: string) => refused(notFound(`no payment order ${orderId}`));

export const treasuryRoutes = [
  defineRoute<TreasuryState, z.infer<typeof feeParams>, z.infer<typeof feeQuery>>({
    id: 'treasury.fee',
    method: 'GET',
    path: '/v1/fees/:MaTTHC',
    summary: 'The fee due for a procedure on a channel: the online amount carries the reduction the schedule configures (R-PORT-5)',
    scopes: [TREASURY_SCOPES.payment],
    params: feeParams,
    query: feeQuery,
    responses: { 200: { description: 'the fee due', schema: feeReply }, 404: { description: 'the schedule has no entry for the procedure', schema: errorSchema } },
    handle({ params, query }) {
      const due = feeDue(params.MaTTHC, query.channel);
      if (!due) return refused(notFound(`no fee schedule for procedure ${params.MaTTHC}`));
      const { MaTTHC, TenTTHC, MaPhiLePhi, TenPhiLePhi, counter, basis } = due.entry;
      return { status: 200, body: { MaTTHC, TenTTHC, MaPhiLePhi, TenPhiLePhi, channel: due.channel, amount: due.amount, currency: 'VND', counterAmount: counter, reduction: due.reduction, basis } };
    },
  }),
  defineRoute<TreasuryState, Record<string, string>, Record<string, string>, z.infer<typeof paymentOrderBody>>({
    id: 'treasury.payment-order.create',
    method: 'POST',
    path: '/v1/payment-orders',
    summary: 'Create a fee payment order for a dossier at the fee due on its channel; 422 names the expected amount (R-PORT-5)',
    scopes: [TREASURY_SCOPES.payment],
    body: paymentOrderBody,
    responses: { 201: { description: 'the order, pending, with its paymentUrl', schema: paymentOrderReply }, ...errors },
    handle({ body, state, client, origin }) {
      const order = state.orders.create(client!.id, body);
      return isRefusal(order) ? refused(order) : { status: 201, body: orderView(order, origin) };
    },
  }),
  defineRoute<TreasuryState, OrderParams>({
    id: 'treasury.payment-order.get',
    method: 'GET',
    path: '/v1/payment-orders/:orderId',
    summary: 'A payment order and its status (pending or paid)',
    scopes: [TREASURY_SCOPES.payment],
    params: orderIdParam,
    responses: { 200: { description: 'the order', schema: paymentOrderReply }, 404: errors[404] },
    handle({ params, state, client, origin }) {
      const order = state.orders.get(client!.id, params.orderId);
      return order ? { status: 200, body: orderView(order, origin) } : missingOrder(params.orderId);
    },
  }),
  defineRoute<TreasuryState, OrderParams>({
    id: 'treasury.payment-order.pay',
    method: 'POST',
    path: '/v1/payment-orders/:orderId/pay',
    summary: 'Test control, no token: the citizen pays; the order becomes paid, payment.confirmed is emitted and the signed callback delivered',
    scopes: null,
    params: orderIdParam,
    responses: { 200: { description: 'the paid order and the callback attempt', schema: payReply }, 404: errors[404], 409: { description: 'already paid', schema: errorSchema } },
    async handle({ params, state, origin }) {
      const result = await state.orders.pay(params.orderId);
      return isRefusal(result) ? refused(result) : { status: 200, body: { ...orderView(result.order, origin), callback: result.delivery } };
    },
  }),
  defineRoute<TreasuryState, OrderParams>({
    id: 'treasury.payment-order.redeliver',
    method: 'POST',
    path: '/v1/payment-orders/:orderId/callbacks',
    summary: 'Test control, no token: deliver a paid order’s confirmation again, same event ID (a duplicate the receiver must drop)',
    scopes: null,
    params: orderIdParam,
    responses: { 200: { description: 'the delivery attempt', schema: deliverySchema }, 404: errors[404], 409: { description: 'the order is not paid', schema: errorSchema } },
    async handle({ params, state }) {
      const delivery = await state.orders.redeliver(params.orderId);
      return isRefusal(delivery) ? refused(delivery) : { status: 200, body: delivery };
    },
  }),
  defineRoute<TreasuryState, OrderParams>({
    id: 'treasury.payment-order.callbacks',
    method: 'GET',
    path: '/v1/payment-orders/:orderId/callbacks',
    summary: 'Every delivery attempt of an order’s confirmation: URL, event ID, body, signature, the receiver’s status',
    scopes: [TREASURY_SCOPES.payment],
    params: orderIdParam,
    responses: { 200: { description: 'the deliveries, oldest first', schema: deliveriesReply }, 404: errors[404] },
    handle({ params, state, client }) {
      const order = state.orders.get(client!.id, params.orderId);
      return order ? { status: 200, body: { orderId: order.orderId, deliveries: state.orders.deliveries(order) } } : missingOrder(params.orderId);
    },
  }),
  defineRoute<TreasuryState, Record<string, string>, Record<string, string>, z.infer<typeof benefitPaymentBody>>({
    id: 'treasury.benefit.pay',
    method: 'POST',
    path: '/v1/benefit-payments',
    summary: 'Pay a benefit to the beneficiary’s registered account, held under their personal ID; cash only without one (R-PORT-14)',
    scopes: [TREASURY_SCOPES.benefit],
    body: benefitPaymentBody,
    responses: { 201: { description: 'the payment', schema: benefitPaymentReply }, 409: { description: 'this kind and reference were already paid', schema: errorSchema }, 422: errors[422] },
    handle({ body, state, client }) {
      const payment = state.benefits.pay(client!.id, body);
      return isRefusal(payment) ? refused(payment) : { status: 201, body: paymentView(payment) };
    },
  }),
  defineRoute<TreasuryState, Record<string, string>, z.infer<typeof benefitListQuery>>({
    id: 'treasury.benefit.list',
    method: 'GET',
    path: '/v1/benefit-payments',
    summary: 'The caller’s benefit payments, optionally of one beneficiary or one kind',
    scopes: [TREASURY_SCOPES.benefit],
    query: benefitListQuery,
    responses: { 200: { description: 'the payments, oldest first', schema: benefitListReply } },
    handle({ query, state, client }) {
      return { status: 200, body: { payments: state.benefits.list(client!.id, query).map(paymentView) } };
    },
  }),
  defineRoute<TreasuryState>({
    id: 'treasury.benefit.summary',
    method: 'GET',
    path: '/v1/benefit-payments/summary',
    summary: 'The caller’s payment requests by outcome and the account-payment rate of beneficiaries with a registered account (target 100%, R-PORT-14)',
    scopes: [TREASURY_SCOPES.benefit],
    responses: { 200: { description: 'the summary', schema: benefitSummaryReply } },
    handle({ state, client }) {
      return { status: 200, body: state.benefits.summary(client!.id) };
    },
  }),
];
