import type { StateDeps } from '../../src/mock/system.js';
import { BenefitLedger } from './benefit-payments.js';
import { PaymentOrders } from './payment-orders.js';

/** The treasury's state: fee payment orders with their callback deliveries, and benefit payments. */
export interface TreasuryState {
  readonly orders: PaymentOrders;
  readonly benefits: BenefitLedger;
}

export function createTreasuryState(deps: StateDeps): TreasuryState {
  return { orders: new PaymentOrders(deps.world, deps.clock, deps.seed), benefits: new BenefitLedger(deps.world, deps.clock, deps.seed) };
}
