import type { StimulusInput, StimulusOutput } from '../types.js';
import type { ReferenceCore } from './core.js';
import { receiverOf } from './portal-receiver.js';
import type { DossierRecord, FeeOrder } from './portal-store.js';

/** The treasury's refusal message, or its status. */
function treasuryRefusal(reply: { status: number; text: string }): string {
  try {
    return (JSON.parse(reply.text) as { error?: { message?: string } }).error?.message ?? String(reply.status);
  } catch {
    return String(reply.status);
  }
}

/**
 * Asks the treasury for the fee of a dossier and creates the payment order (R-PORT-5): the amount is the schedule's
 * for the dossier's channel, with the online reduction where one is configured; the signed confirmation will come to
 * the system's receiver. The habit `counter-fee-online` charges an online dossier the counter fee. The order, or why not.
 */
export async function orderFee(core: ReferenceCore, record: DossierRecord): Promise<FeeOrder | { refused: string }> {
  const { MaTTHC } = record.procedure;
  const fee = await core.gateway.call('GET', `/treasury/v1/fees/${MaTTHC}?channel=${record.channel}`);
  if (fee.status !== 200) return { refused: `the treasury has no fee for ${MaTTHC}: ${treasuryRefusal(fee)}` };
  const due = fee.json<{ amount: number; counterAmount: number }>();
  const amount = core.has('counter-fee-online') ? due.counterAmount : due.amount;
  const receiver = await receiverOf(core);
  const body = { MaHoSo: record.code, MaTTHC, amount, channel: record.channel, payerId: record.applicantId, callbackUrl: receiver.url, callbackSecret: receiver.secret };
  const reply = await core.gateway.call('POST', '/treasury/v1/payment-orders', { json: body });
  if (reply.status !== 201) return { refused: `the treasury refused the payment order: ${treasuryRefusal(reply)}` };
  const order = reply.json<{ orderId: string; paymentUrl: string }>();
  receiver.expect(order.orderId, { MaHoSo: record.code, amount });
  return { orderId: order.orderId, amount, channel: record.channel, paymentUrl: order.paymentUrl };
}

/** True once the treasury's signed confirmation of the dossier's fee arrived. */
export async function feePaid(core: ReferenceCore, record: DossierRecord): Promise<boolean> {
  return record.order !== undefined && (await receiverOf(core)).confirmation(record.code) !== undefined;
}

/**
 * Pays a budget-funded benefit through the treasury (R-PORT-14): to the account the beneficiary registered, in cash
 * only when they registered none; a refusal is reported, never turned into a cash payout. The habit `pay-cash` pays at
 * the commune office whatever the beneficiary registered.
 */
export async function payBenefit(core: ReferenceCore, input: StimulusInput<'payBenefit'>): Promise<StimulusOutput<'payBenefit'>> {
  const account = core.has('pay-cash') ? null : input.account;
  const body = { beneficiaryId: input.beneficiaryId, kind: input.kind, amount: input.amount, reference: input.reference, account };
  const reply = await core.gateway.call('POST', '/treasury/v1/benefit-payments', { json: body });
  if (reply.status === 201) {
    const paid = reply.json<{ paymentId: string; method: 'account' | 'cash' }>();
    return { outcome: 'paid', method: paid.method, paymentId: paid.paymentId, message: paid.method === 'account' ? 'paid to the registered account' : 'paid in cash: no account registered' };
  }
  if (reply.status === 422 || reply.status === 409) return { outcome: 'refused', message: `the treasury refused the payment: ${treasuryRefusal(reply)}` };
  return { outcome: 'unavailable', message: `the treasury answered ${reply.status}; the payment is kept and retried later` };
}
