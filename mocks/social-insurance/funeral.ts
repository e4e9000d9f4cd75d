import type { z } from 'zod';
import type { Citizen } from '../../src/contract/citizen.js';
import { citizenExtras } from '../../src/population/extras.js';
import type { accountSchema, paymentSchema } from './contract.js';
import type { FuneralDecision } from './state.js';

/** The standard funeral allowance is 10 times the base salary (lương cơ sở) in force in the month of death. */
export const FUNERAL_MULTIPLIER = 10;

/**
 * The base salary by the date it came into force, latest last. Recalled, not from the research notes: check before
 * relying on the figures. From 1 July 2025 the law counts in a "reference level" that starts at the base salary.
 */
export const BASE_SALARIES = [
  { inForceFrom: '2018-07-01', amount: 1_390_000, source: 'Nghị định 72/2018/NĐ-CP' },
  { inForceFrom: '2019-07-01', amount: 1_490_000, source: 'Nghị định 38/2019/NĐ-CP' },
  { inForceFrom: '2023-07-01', amount: 1_800_000, source: 'Nghị định 24/2023/NĐ-CP' },
  { inForceFrom: '2024-07-01', amount: 2_340_000, source: 'Nghị định 73/2024/NĐ-CP' },
] as const;

/** Who pays the allowance of a person with meritorious service (người có công) instead of social insurance (R-LT-5). */
export const MERITORIOUS_SERVICE_AUTHORITY = 'Sở Nội vụ (chế độ người có công; trước 1/3/2025: Sở Lao động - Thương binh và Xã hội)';

type Account = z.infer<typeof accountSchema>;
type Payment = z.infer<typeof paymentSchema>;

/** The base salary in force on the first day of the month of a date; deaths before the table use its first row. */
export function baseSalaryOn(date: string): (typeof BASE_SALARIES)[number] {
  const month = `${date.slice(0, 7)}-01`;
  return BASE_SALARIES.findLast((row) => row.inForceFrom <= month) ?? BASE_SALARIES[0];
}

/**
 * Where the allowance goes (R-PORT-14): the account in the claim, else the one the claimant registered, if the
 * provider holds it under the claimant's own personal ID; otherwise nowhere yet, with the reason.
 */
export function paymentFor(seed: number, claimant: Citizen, account: Account | null, today: string): Payment {
  if (account) return { channel: 'account', source: 'request', account: { ...account, holderId: claimant.personalId } };
  const registered = citizenExtras(seed, claimant, today).paymentAccount;
  if (registered === null) return { channel: 'none', reason: `the claimant ${claimant.personalId} registered no bank, e-wallet or mobile-money account; ask for one` };
  if (registered.holderId !== claimant.personalId) {
    return { channel: 'none', reason: `the account registered by ${claimant.personalId} (${registered.provider}) is held under another personal ID (${registered.holderId})` };
  }
  const { kind, provider, number } = registered;
  return { channel: 'account', source: 'registered', account: { kind, provider, number, holderId: claimant.personalId } };
}

/**
 * Decides a claim for a deceased citizen: a person with meritorious service goes to that regime and is not paid here
 * (R-LT-5); anyone else gets the standard allowance, to be paid through the treasury (R-LT-2, R-PORT-14).
 */
export function decideFuneralAllowance(input: {
  readonly seed: number;
  readonly claimId: string;
  readonly deceased: Citizen & { readonly dateOfDeath: string };
  readonly claimant: Citizen;
  readonly account: Account | null;
  readonly today: string;
}): FuneralDecision {
  const { seed, claimId, deceased, claimant, account, today } = input;
  const common = { claimId, SoDinhDanh: deceased.personalId, claimant: { SoDinhDanh: claimant.personalId }, dateOfDeath: deceased.dateOfDeath };
  if (citizenExtras(seed, deceased, today).meritoriousService) {
    return {
      ...common,
      regime: 'meritorious-service',
      amount: null,
      handledBy: MERITORIOUS_SERVICE_AUTHORITY,
      message: `${deceased.personalId} had meritorious service: the funeral allowance follows that regime and is paid by ${MERITORIOUS_SERVICE_AUTHORITY}, not by social insurance; nothing is paid here`,
    };
  }
  const base = baseSalaryOn(deceased.dateOfDeath);
  return {
    ...common,
    regime: 'standard',
    amount: FUNERAL_MULTIPLIER * base.amount,
    currency: 'VND',
    basis: { multiplier: FUNERAL_MULTIPLIER, baseSalary: base.amount, inForceFrom: base.inForceFrom, source: base.source },
    payment: paymentFor(seed, claimant, account, today),
    payBy: 'the State Treasury, to the account in `payment` (POST /treasury/v1/benefit-payments)',
  };
}
