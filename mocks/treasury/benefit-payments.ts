import type { z } from 'zod';
import type { Citizen } from '../../src/contract/citizen.js';
import type { Clock } from '../../src/mock/clock.js';
import type { World } from '../../src/mock/world.js';
import { citizenExtras, type PaymentAccount } from '../../src/population/extras.js';
import { TREASURY_EVENTS, type benefitPaymentBody, type benefitPaymentReply, type benefitSummaryReply } from './contract.js';
import { conflict, isRefusal, unprocessable, type Refusal } from './refusal.js';

type BenefitRequest = z.infer<typeof benefitPaymentBody>;
type Account = NonNullable<BenefitRequest['account']>;
/** A benefit payment as the treasury keeps it, with the client that made it. */
export type BenefitPayment = z.infer<typeof benefitPaymentReply> & { readonly client: string };

/** Where one payment request (one kind and reference of one client) stands after its last attempt. */
interface Claim {
  readonly client: string;
  readonly registered: boolean;
  readonly outcome: 'account' | 'cash' | 'refused';
}

/** `Vietcombank 0011004999001` → `Vietcombank ****9001`: enough to tell accounts apart in a message. */
function accountLabel(account: Pick<PaymentAccount, 'kind' | 'provider' | 'number'>): string {
  return `${account.kind} account ${account.provider} ****${account.number.slice(-4)}`;
}

function sameAccount(given: Account, registered: PaymentAccount): boolean {
  const provider = (name: string): string => name.normalize('NFC').trim().toLowerCase();
  return given.kind === registered.kind && provider(given.provider) === provider(registered.provider) && given.number === registered.number;
}

/**
 * Decides how a benefit may be paid to a beneficiary (R-PORT-14): to the account they registered, held under their
 * own personal ID; in cash only when they registered none. Returns the method, or the refusal.
 */
function paymentMethod(beneficiaryId: string, given: Account | null, registered: PaymentAccount | null): 'account' | 'cash' | Refusal {
  if (given === null) {
    if (registered === null) return 'cash';
    return unprocessable(`${beneficiaryId} registered a ${accountLabel(registered)}: a budget-funded benefit must be paid to the registered account, not in cash`, 'account');
  }
  if (registered === null) {
    return unprocessable(`${beneficiaryId} has no account registered with a provider, so the holder of ${accountLabel(given)} cannot be confirmed; pay in cash or have the account registered`, 'account');
  }
  if (!sameAccount(given, registered)) return unprocessable(`${accountLabel(given)} is not the account ${beneficiaryId} registered (${accountLabel(registered)})`, 'account');
  if (registered.holderId !== beneficiaryId) {
    return unprocessable(`the provider holds ${accountLabel(registered)} under another personal ID: the holder must be the beneficiary ${beneficiaryId}`, 'account');
  }
  return 'account';
}

/** Budget-funded benefit payments (funeral allowance, social allowances, pensions) and the account-payment rate. */
export class BenefitLedger {
  private readonly payments: BenefitPayment[] = [];
  private readonly claims = new Map<string, Claim>();
  private readonly world: World;
  private readonly clock: Clock;
  private readonly seed: number;

  constructor(world: World, clock: Clock, seed: number) {
    this.world = world;
    this.clock = clock;
    this.seed = seed;
  }

  /** Pays a living beneficiary to their registered account (or in cash when they have none), once per kind and reference. */
  pay(client: string, request: BenefitRequest): BenefitPayment | Refusal {
    const citizen = this.world.citizen(request.beneficiaryId);
    if (!citizen) return unprocessable(`no citizen holds the personal ID ${request.beneficiaryId}`, 'beneficiaryId');
    if (citizen.dateOfDeath !== null) {
      return unprocessable(
        `the beneficiary ${request.beneficiaryId} died on ${citizen.dateOfDeath}: a benefit is paid to a living person (for the funeral allowance, the claimant who organised the funeral)`,
        'beneficiaryId',
      );
    }
    const key = `${client}|${request.kind}|${request.reference}`;
    const previous = this.claims.get(key);
    if (previous !== undefined && previous.outcome !== 'refused') {
      return conflict(`the ${request.kind} with reference ${request.reference} was already paid`);
    }
    const registered = this.registeredAccount(citizen);
    const method = paymentMethod(request.beneficiaryId, request.account, registered);
    this.claims.set(key, { client, registered: registered !== null, outcome: isRefusal(method) ? 'refused' : method });
    if (isRefusal(method)) return method;
    const payment: BenefitPayment = {
      paymentId: `BP${String(this.payments.length + 1).padStart(6, '0')}`,
      client,
      beneficiaryId: request.beneficiaryId,
      kind: request.kind,
      amount: request.amount,
      currency: 'VND',
      method,
      account: request.account,
      reference: request.reference,
      paidAt: new Date(this.clock.now()).toISOString(),
    };
    this.payments.push(payment);
    const { paymentId, kind, amount, reference } = payment;
    this.world.emit('treasury', TREASURY_EVENTS.benefitPaid, payment.beneficiaryId, { paymentId, kind, amount, method, reference });
    return payment;
  }

  /** This client's payments, optionally of one beneficiary or one kind. */
  list(client: string, filter: { beneficiaryId?: string; kind?: string }): readonly BenefitPayment[] {
    return this.payments.filter(
      (p) => p.client === client && (filter.beneficiaryId === undefined || p.beneficiaryId === filter.beneficiaryId) && (filter.kind === undefined || p.kind === filter.kind),
    );
  }

  /** This client's requests by outcome, and the share of beneficiaries with a registered account paid there (target 100%). */
  summary(client: string): z.infer<typeof benefitSummaryReply> {
    const claims = [...this.claims.values()].filter((c) => c.client === client);
    const count = (keep: (c: Claim) => boolean): number => claims.filter(keep).length;
    const withRegisteredAccount = count((c) => c.registered);
    const withRegisteredAccountPaidToAccount = count((c) => c.registered && c.outcome === 'account');
    return {
      claims: claims.length,
      paidToAccount: count((c) => c.outcome === 'account'),
      paidInCash: count((c) => c.outcome === 'cash'),
      refused: count((c) => c.outcome === 'refused'),
      withRegisteredAccount,
      withRegisteredAccountPaidToAccount,
      accountPaymentRate: withRegisteredAccount === 0 ? null : withRegisteredAccountPaidToAccount / withRegisteredAccount,
      target: 1,
    };
  }

  private registeredAccount(citizen: Citizen): PaymentAccount | null {
    return citizenExtras(this.seed, citizen, this.world.today()).paymentAccount;
  }
}
