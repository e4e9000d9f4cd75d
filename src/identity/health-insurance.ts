import { digitProblems, problem, type IdProblem, type ParseResult } from './problem.js';
import { provinceIndex } from './provinces.js';

/** Beneficiary group codes of the 15-character card and the benefit level each usually carries. */
export const beneficiaryGroups = {
  DN: 4, HX: 4, CH: 4, NN: 4, TK: 4, HC: 4, XK: 4,
  HT: 3, TB: 4, NO: 4, CT: 4, XB: 4, TN: 4, CS: 4,
  QN: 5, CA: 5, CY: 5, XN: 4, MS: 4, CC: 1, CK: 2, CB: 2, KC: 2, HD: 4, TE: 1, BT: 2, HN: 2, DT: 2, DK: 2, XD: 2, TS: 2, TC: 3, TQ: 4, TV: 4, TA: 4, TY: 4, HG: 4, LS: 4, PV: 4,
  CN: 3, HS: 4, SV: 4, GB: 4,
  GD: 4,
} as const;
export type BeneficiaryGroup = keyof typeof beneficiaryGroups;

export interface HealthInsuranceCardInfo {
  readonly card: string;
  readonly group: BeneficiaryGroup;
  readonly benefitLevel: number;
  readonly provinceCode: string;
  readonly socialInsuranceCode: string;
}

/**
 * Parses a legacy 15-character health-insurance card code: group (2 letters), benefit level (1–5), province (2 digits), social insurance code (10 digits).
 * @see Decision 1351/QĐ-BHXH (2015), as read in seeds; structure [secondary]
 */
export function parseHealthInsuranceCard(input: string): ParseResult<HealthInsuranceCardInfo> {
  const problems: IdProblem[] = [];
  if (input.length !== 15) problems.push(problem('length', `a health-insurance card code has 15 characters; it has ${input.length}`));
  const group = input.slice(0, 2);
  if (!(group in beneficiaryGroups)) problems.push(problem('group', `${JSON.stringify(group)} is not a beneficiary group code (for example DN, HS, TE, GD)`));
  const level = Number(input[2]);
  if (!(level >= 1 && level <= 5)) problems.push(problem('benefit-level', `the benefit level must be 1–5; it is ${JSON.stringify(input[2] ?? '')}`));
  const provinceCode = input.slice(3, 5);
  const index = provinceIndex();
  if (!index.oldByCode.has(provinceCode) && !index.currentByCode.has(provinceCode)) {
    problems.push(problem('province', `${JSON.stringify(provinceCode)} is not a province code`));
  }
  problems.push(...digitProblems(input.slice(5), 10, 'The social insurance code (last 10 characters)').filter(() => input.length === 15));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { card: input, group: group as BeneficiaryGroup, benefitLevel: level, provinceCode, socialInsuranceCode: input.slice(5) } };
}
