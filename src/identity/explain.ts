import { parseHealthInsuranceCard } from './health-insurance.js';
import { parseLegacyId } from './legacy-id.js';
import { parsePersonalId } from './personal-id.js';
import type { IdProblem } from './problem.js';
import { parseTaxCode } from './tax-code.js';

/** A readable account of one identifier: what kind it is, what it says, or why it is invalid. */
export interface Explanation {
  readonly input: string;
  readonly kind: 'personal-id' | 'legacy-id' | 'tax-code' | 'health-insurance-card' | 'unknown';
  readonly valid: boolean;
  /** Facts read from the identifier, as label/value pairs. */
  readonly facts: readonly (readonly [string, string])[];
  readonly problems: readonly IdProblem[];
}

/** Recognises an identifier by its shape (12, 9, 10 or 14, or 15 characters) and explains it. */
export function explainIdentifier(raw: string, currentYear?: number): Explanation {
  const input = raw.trim();
  if (input.length === 12) {
    const r = parsePersonalId(input, { currentYear });
    if (!r.ok) return { input, kind: 'personal-id', valid: false, facts: [], problems: r.problems };
    const v = r.value;
    return {
      input,
      kind: 'personal-id',
      valid: true,
      problems: [],
      facts: [
        ['place of birth registration', `${v.placeCode} ${v.place}`],
        ['sex', v.sex],
        ['century', `${v.century}–${v.century + 99}`],
        ['birth year', String(v.birthYear)],
        ['serial', `${v.serial} (random range; there is no check digit)`],
        ['tax code', 'the same number serves as the tax code from 1 July 2025 (Circular 86/2024/TT-BTC)'],
      ],
    };
  }
  if (input.length === 9) {
    const r = parseLegacyId(input);
    if (!r.ok) return { input, kind: 'legacy-id', valid: false, facts: [], problems: r.problems };
    return {
      input,
      kind: 'legacy-id',
      valid: true,
      problems: [],
      facts: [
        ['issued by', `${r.value.prefix}: ${r.value.provinces.join(', ')}`],
        ['note', 'an old 9-digit ID (CMND) carries no birth year or sex; valid until 31/12/2024, resolvable to the 12-digit ID through the NPD'],
      ],
    };
  }
  if (input.length === 10 || input.length === 14) {
    const r = parseTaxCode(input);
    if (!r.ok) return { input, kind: 'tax-code', valid: false, facts: [], problems: r.problems };
    return { input, kind: 'tax-code', valid: true, problems: [], facts: [['kind', r.value.kind === 'branch' ? 'tax code of a dependent unit' : 'legacy 10-digit tax code, check digit correct']] };
  }
  if (input.length === 15) {
    const r = parseHealthInsuranceCard(input);
    if (!r.ok) return { input, kind: 'health-insurance-card', valid: false, facts: [], problems: r.problems };
    const v = r.value;
    return {
      input,
      kind: 'health-insurance-card',
      valid: true,
      problems: [],
      facts: [
        ['beneficiary group', v.group],
        ['benefit level', String(v.benefitLevel)],
        ['province', v.provinceCode],
        ['social insurance code', v.socialInsuranceCode],
      ],
    };
  }
  return {
    input,
    kind: 'unknown',
    valid: false,
    facts: [],
    problems: [{ code: 'length', message: `${input.length} characters match no known identifier: a personal ID has 12 digits, an old ID 9, a tax code 10 (or 14 with a branch), a health-insurance card 15` }],
  };
}
