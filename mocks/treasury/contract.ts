import { z } from 'zod';
import { personalIdSchema } from '../../src/contract/primitives.js';
import { channels } from './fee-schedule.js';

/**
 * The treasury's wire shapes. No public specification of the State Treasury's or the payment platform's interface
 * exists, so every shape here is vn06's own (README.md says so); the procedure and dossier fields keep the names of
 * the portal's dossier synchronisation (`MaTTHC`, `MaHoSo`, `MaPhiLePhi`, `TenPhiLePhi`; research notes §7.3).
 */
export const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) });

/** A procedure code as the national procedure database writes it (e.g. `1.004222`). */
export const maTTHCSchema = z.string().regex(/^[0-9A-Za-z.-]{1,30}$/, 'a procedure code (MaTTHC) has 1-30 letters, digits, dots or dashes');
export const channelSchema = z.enum(channels);

/** The world events the treasury emits. */
export const TREASURY_EVENTS = {
  /** A fee payment order was paid; `data: { MaHoSo, orderId, amount, MaTTHC, channel }`, `personalId` is the payer. */
  paymentConfirmed: 'payment.confirmed',
  /** A budget-funded benefit was paid; `data: { paymentId, kind, amount, method, reference }`, `personalId` is the beneficiary. */
  benefitPaid: 'benefit.paid',
} as const;

export const feeParams = z.object({ MaTTHC: maTTHCSchema });
export const feeQuery = z.object({ channel: channelSchema }).strict();
export const feeReply = z.object({
  MaTTHC: z.string(),
  TenTTHC: z.string(),
  MaPhiLePhi: z.string(),
  TenPhiLePhi: z.string(),
  channel: channelSchema,
  amount: z.number().int(),
  currency: z.literal('VND'),
  counterAmount: z.number().int(),
  /** What the online reduction takes off the counter fee (0 at the counter or where none is configured). */
  reduction: z.number().int(),
  basis: z.string(),
});

export const orderIdParam = z.object({ orderId: z.string().regex(/^PO\d{6}$/, 'a payment order ID looks like PO000001') });

export const paymentOrderBody = z
  .object({
    MaHoSo: z.string().trim().min(1).max(50),
    MaTTHC: maTTHCSchema,
    /** VND, a whole number: the fee due for the procedure on this channel. */
    amount: z.number().int().min(0).max(1_000_000_000),
    channel: channelSchema,
    /** The payer's personal ID (SoDinhDanh). */
    payerId: personalIdSchema,
    /** Where the signed confirmation is POSTed once the citizen pays. */
    callbackUrl: z.url({ protocol: /^https?$/, error: 'callbackUrl must be an http or https URL' }),
    /** The key of the HMAC-SHA256 signature in `x-vn06-signature`; never returned. */
    callbackSecret: z.string().min(16, 'callbackSecret needs at least 16 characters').max(200),
  })
  .strict();

export const orderStatuses = ['pending', 'paid'] as const;

export const paymentOrderReply = z.object({
  orderId: z.string(),
  MaHoSo: z.string(),
  MaTTHC: z.string(),
  amount: z.number().int(),
  currency: z.literal('VND'),
  channel: channelSchema,
  payerId: z.string(),
  status: z.enum(orderStatuses),
  createdAt: z.string(),
  paidAt: z.string().nullable(),
  /** The treasury's transaction reference, once paid. */
  transactionId: z.string().nullable(),
  callbackUrl: z.string(),
  /** Where the citizen pays; in the harness, a POST to it pays (a test control). */
  paymentUrl: z.string(),
});

/** The JSON body of the signed confirmation POSTed to `callbackUrl`. */
export const paymentCallbackSchema = z.object({
  eventId: z.string(),
  type: z.literal(TREASURY_EVENTS.paymentConfirmed),
  orderId: z.string(),
  MaHoSo: z.string(),
  MaTTHC: z.string(),
  amount: z.number().int(),
  currency: z.literal('VND'),
  channel: channelSchema,
  payerId: z.string(),
  paidAt: z.string(),
  transactionId: z.string(),
});

export const deliverySchema = z.object({
  url: z.string(),
  eventId: z.string(),
  body: z.string(),
  signature: z.string(),
  status: z.number().int().nullable(),
  error: z.string().nullable(),
});
export const payReply = paymentOrderReply.extend({ callback: deliverySchema });
export const deliveriesReply = z.object({ orderId: z.string(), deliveries: z.array(deliverySchema) });

export const benefitKinds = ['funeral-allowance', 'social-allowance', 'pension', 'meritorious-service-allowance'] as const;
export const accountKinds = ['bank', 'e-wallet', 'mobile-money'] as const;

export const accountSchema = z
  .object({
    kind: z.enum(accountKinds),
    /** Bank short name (Vietcombank, …), wallet (MoMo, …) or carrier service (Viettel Money, …). */
    provider: z.string().trim().min(1).max(60),
    number: z.string().regex(/^\d{6,20}$/, 'an account number has 6-20 digits'),
  })
  .strict();

export const benefitPaymentBody = z
  .object({
    /** The living person paid: for the funeral allowance, the claimant who organised the funeral, not the deceased. */
    beneficiaryId: personalIdSchema,
    kind: z.enum(benefitKinds),
    amount: z.number().int().min(1).max(1_000_000_000),
    /** The account to pay; null asks for a cash payout, allowed only when the beneficiary registered no account. */
    account: accountSchema.nullable(),
    /** The paying system's reference (decision or dossier number); one payment per kind and reference. */
    reference: z.string().trim().min(1).max(64),
  })
  .strict();

export const benefitPaymentReply = z.object({
  paymentId: z.string(),
  beneficiaryId: z.string(),
  kind: z.enum(benefitKinds),
  amount: z.number().int(),
  currency: z.literal('VND'),
  method: z.enum(['account', 'cash']),
  account: accountSchema.nullable(),
  reference: z.string(),
  paidAt: z.string(),
});

export const benefitListQuery = z.object({ beneficiaryId: personalIdSchema.optional(), kind: z.enum(benefitKinds).optional() }).strict();
export const benefitListReply = z.object({ payments: z.array(benefitPaymentReply) });

export const benefitSummaryReply = z.object({
  /** Distinct payment requests (kind and reference) the caller made, paid or refused. */
  claims: z.number().int(),
  paidToAccount: z.number().int(),
  paidInCash: z.number().int(),
  /** Requests whose last attempt was refused (cash to a registered beneficiary, a wrong account, a holder mismatch). */
  refused: z.number().int(),
  /** Requests for beneficiaries who registered an account. */
  withRegisteredAccount: z.number().int(),
  withRegisteredAccountPaidToAccount: z.number().int(),
  /** The share of those paid to the registered account; null before any such request. R-PORT-14's target is 1. */
  accountPaymentRate: z.number().nullable(),
  target: z.literal(1),
});
