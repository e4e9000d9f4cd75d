import type { Citizen } from '../../src/contract/citizen.js';
import type { Harness } from '../../src/mock/harness.js';
import { citizenExtras, type PaymentAccount } from '../../src/population/extras.js';
import type { StimulusInput } from '../../src/scenario/sut/types.js';
import { defineScenario } from '../../src/scenario/types.js';
import { MockReader, PERSONA } from './_steps.js';

/** The first living adult of the population whose registered account (held in their own name) or lack of one fits. */
function beneficiary(harness: Harness, fits: (account: PaymentAccount | null) => boolean): Citizen | undefined {
  const today = harness.world.today();
  for (let i = 0; i < harness.population.size; i++) {
    const citizen = harness.population.at(i);
    const account = citizenExtras(harness.seed, citizen, today).paymentAccount;
    const own = account === null || account.holderId === citizen.personalId;
    if (citizen.dateOfDeath === null && citizen.dateOfBirth <= '2000-01-01' && own && fits(account)) return citizen;
  }
  return undefined;
}

/** A benefit claim as the beneficiary filed it: the account they registered, or none. */
function claim(harness: Harness, who: Citizen, kind: StimulusInput<'payBenefit'>['kind'], reference: string): StimulusInput<'payBenefit'> & { readonly registered: boolean } {
  const account = citizenExtras(harness.seed, who, harness.world.today()).paymentAccount;
  return { beneficiaryId: who.personalId, kind, amount: 1_500_000, reference, account: account && { kind: account.kind, provider: account.provider, number: account.number }, registered: account !== null };
}

interface Summary {
  readonly claims: number;
  readonly paidInCash: number;
  readonly withRegisteredAccount: number;
  readonly withRegisteredAccountPaidToAccount: number;
  readonly accountPaymentRate: number | null;
}

/**
 * R-PORT-14: budget-funded benefits go to the account the beneficiary registered (held under their personal ID), never
 * in cash to someone who registered one; cash only for a beneficiary with no account. Three beneficiaries: the ordinary
 * adult (a bank account), someone with an e-wallet or mobile-money account, someone with none. The treasury's summary
 * gives the account-payment rate the report shows (target 100%).
 */
export default defineScenario({
  id: 'portal/benefit-to-account',
  title: 'Benefits are paid to the beneficiary’s registered account, cash only without one; the account-payment rate is 100%',
  requirements: ['R-PORT-14'],
  tags: ['portal', 'treasury', 'benefit'],
  async run({ sut, mocks, check, note }) {
    const { harness } = mocks;
    const wallet = beneficiary(harness, (a) => a !== null && a.kind !== 'bank');
    const none = beneficiary(harness, (a) => a === null);
    const claims = [
      claim(harness, harness.world.citizen(PERSONA.ordinary)!, 'social-allowance', 'QD-TCXH-2026-0001'),
      ...(wallet ? [claim(harness, wallet, 'pension', 'QD-LH-2026-0002')] : []),
      ...(none ? [claim(harness, none, 'funeral-allowance', 'QD-MT-2026-0003')] : []),
    ];
    check('R-PORT-14', claims.length === 3, `the population holds a beneficiary with a wallet account and one with none (${claims.length} of 3 claims)`, { data: claims.map((c) => c.beneficiaryId) });
    for (const { registered, ...input } of claims) {
      const paid = await sut.call('payBenefit', input);
      const expected = registered ? 'account' : 'cash';
      const what = registered ? `${input.account!.kind} account ${input.account!.provider}` : 'no account';
      const got = `${paid.outcome}${paid.method ? ` (${paid.method})` : ''}`;
      check('R-PORT-14', paid.outcome === 'paid' && paid.method === expected, `${input.kind} to ${input.beneficiaryId} (${what}): expected paid ${registered ? 'to the account' : 'in cash'}, got ${got}`, { data: paid });
    }
    const summary = await new MockReader(mocks).get<Summary>('/treasury/v1/benefit-payments/summary');
    const s = summary.body;
    note('R-PORT-14', `account-payment rate: ${s.accountPaymentRate === null ? 'none' : `${Math.round(s.accountPaymentRate * 100)}%`} (${s.withRegisteredAccountPaidToAccount} of ${s.withRegisteredAccount}); target 100%`, { data: s });
    check('R-PORT-14', s.accountPaymentRate === 1, `every beneficiary with a registered account was paid there (${s.withRegisteredAccountPaidToAccount} of ${s.withRegisteredAccount})`, { data: s });
  },
});
