import { parsePersonalId } from './personal-id.js';
import { digitProblems, problem, type ParseResult } from './problem.js';

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/**
 * The mod-11 check digit of a legacy 10-digit tax code, or undefined when the nine digits have no valid check digit.
 * @see Circular 105/2020/TT-BTC (replaced by Circular 86/2024/TT-BTC)
 */
export function taxCheckDigit(nineDigits: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (nineDigits.charCodeAt(i) - 48) * WEIGHTS[i]!;
  const check = 10 - (sum % 11);
  return check === 10 ? undefined : check;
}

export interface TaxCodeInfo {
  readonly code: string;
  /** `personal-id` since 1 July 2025 (Circular 86/2024/TT-BTC); `legacy` for the 10-digit code; `branch` for the 13-character dependent-unit form. */
  readonly kind: 'personal-id' | 'legacy' | 'branch';
}

/** Parses a personal tax code: the 12-digit personal ID, a legacy 10-digit code with its check digit, or NNNNNNNNNN-NNN. */
export function parseTaxCode(input: string): ParseResult<TaxCodeInfo> {
  if (input.length === 12) {
    const id = parsePersonalId(input);
    return id.ok ? { ok: true, value: { code: input, kind: 'personal-id' } } : id;
  }
  const [base = '', branch] = input.split('-');
  const problems = digitProblems(base, 10, 'A legacy tax code');
  if (branch !== undefined && !/^\d{3}$/.test(branch)) problems.push(problem('branch', `the dependent-unit suffix must be 3 digits; it is ${JSON.stringify(branch)}`));
  if (problems.length > 0) return { ok: false, problems };
  const expected = taxCheckDigit(base);
  if (expected === undefined) return { ok: false, problems: [problem('no-check-digit', `the first nine digits ${base.slice(0, 9)} admit no valid check digit`)] };
  if (expected !== Number(base[9])) {
    return { ok: false, problems: [problem('check-digit', `the check digit is ${base[9]}; the first nine digits require ${expected}`)] };
  }
  return { ok: true, value: { code: input, kind: branch === undefined ? 'legacy' : 'branch' } };
}
