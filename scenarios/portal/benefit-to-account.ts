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
  title: {
    en: 'Benefits are paid to the beneficiary’s registered account, cash only without one; the account-payment rate is 100%',
    vi: 'Trợ cấp được chi vào tài khoản người thụ hưởng đã đăng ký, chỉ chi tiền mặt khi không có tài khoản; tỷ lệ chi trả qua tài khoản đạt 100%',
  },
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
    check('R-PORT-14', claims.length === 3, {
      en: `the population holds a beneficiary with a wallet account and one with none (${claims.length} of 3 claims)`,
      vi: `tập dân cư có một người thụ hưởng có tài khoản ví điện tử và một người không có tài khoản (${claims.length} trên 3 hồ sơ đề nghị chi trả)`,
    }, { data: claims.map((c) => c.beneficiaryId) });
    for (const { registered, ...input } of claims) {
      const paid = await sut.call('payBenefit', input);
      const expected = registered ? 'account' : 'cash';
      const what = registered ? `${input.account!.kind} account ${input.account!.provider}` : 'no account';
      const whatVi = registered ? `tài khoản ${input.account!.kind} ${input.account!.provider}` : 'không có tài khoản';
      const got = `${paid.outcome}${paid.method ? ` (${paid.method})` : ''}`;
      check(
        'R-PORT-14',
        paid.outcome === 'paid' && paid.method === expected,
        {
          en: `${input.kind} to ${input.beneficiaryId} (${what}): expected paid ${registered ? 'to the account' : 'in cash'}, got ${got}`,
          vi: `${input.kind} cho ${input.beneficiaryId} (${whatVi}): mong đợi chi ${registered ? 'vào tài khoản' : 'bằng tiền mặt'}, thực tế ${got}`,
        },
        { data: paid },
      );
    }
    const summary = await new MockReader(mocks).get<Summary>('/treasury/v1/benefit-payments/summary');
    const s = summary.body;
    const rate = s.accountPaymentRate === null ? undefined : `${Math.round(s.accountPaymentRate * 100)}%`;
    note(
      'R-PORT-14',
      {
        en: `account-payment rate: ${rate ?? 'none'} (${s.withRegisteredAccountPaidToAccount} of ${s.withRegisteredAccount}); target 100%`,
        vi: `tỷ lệ chi trả qua tài khoản: ${rate ?? 'không có'} (${s.withRegisteredAccountPaidToAccount} trên ${s.withRegisteredAccount}); mục tiêu 100%`,
      },
      { data: s },
    );
    check('R-PORT-14', s.accountPaymentRate === 1, {
      en: `every beneficiary with a registered account was paid there (${s.withRegisteredAccountPaidToAccount} of ${s.withRegisteredAccount})`,
      vi: `mọi người thụ hưởng có tài khoản đã đăng ký đều được chi vào tài khoản đó (${s.withRegisteredAccountPaidToAccount} trên ${s.withRegisteredAccount})`,
    }, { data: s });
  },
});
