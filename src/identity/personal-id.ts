import { digitProblems, problem, type IdProblem, type ParseResult } from './problem.js';
import { provinceIndex } from './provinces.js';

export type Sex = 'male' | 'female';

/** What a 12-digit personal ID says about its holder. */
export interface PersonalIdInfo {
  readonly id: string;
  /** The 3-digit code of the place of birth registration: 001–096 a province, 101–295 a country. */
  readonly placeCode: string;
  readonly place: string;
  readonly registeredAbroad: boolean;
  readonly sex: Sex;
  readonly century: number;
  readonly birthYear: number;
  /** The last six digits: a random range, not a checksum. */
  readonly serial: string;
}

/** Facts about the holder that the ID must agree with. */
export interface PersonalIdExpectations {
  readonly sex?: Sex;
  readonly birthYear?: number;
  /** The old (pre-2025) or current 2-digit province code of birth registration. */
  readonly birthProvinceCode?: string;
  /** IDs with a birth year after this year are refused. */
  readonly currentYear?: number;
}

const FOREIGN_MIN = 101;
const FOREIGN_MAX = 295;

/** The century-and-sex digit (4th digit) for a birth year and sex, per Circular 07/2016/TT-BCA Appendix III. */
export function centurySexDigit(birthYear: number, sex: Sex): number {
  const century = Math.floor(birthYear / 100) - 19;
  return century * 2 + (sex === 'female' ? 1 : 0);
}

/**
 * Parses and checks a 12-digit personal ID (số định danh cá nhân): place code, century and sex, birth year.
 * There is no check digit: the last six digits cannot be validated.
 * @see Decree 137/2015/NĐ-CP Art. 13; Circular 07/2016/TT-BCA Art. 7 and Appendices I–III
 */
export function parsePersonalId(input: string, expect: PersonalIdExpectations = {}): ParseResult<PersonalIdInfo> {
  const problems: IdProblem[] = digitProblems(input, 12, 'A personal ID');
  if (problems.length > 0) return { ok: false, problems };
  const placeCode = input.slice(0, 3);
  const placeNumber = Number(placeCode);
  const d4 = Number(input[3]);
  const yy = Number(input.slice(4, 6));
  const sex: Sex = d4 % 2 === 1 ? 'female' : 'male';
  const century = 1900 + Math.floor(d4 / 2) * 100;
  const birthYear = century + yy;
  const registeredAbroad = placeNumber >= FOREIGN_MIN && placeNumber <= FOREIGN_MAX;
  const province = provinceIndex().oldByCode.get(placeCode.slice(1));
  let place = '';
  if (placeCode[0] === '0' && province) place = province.name;
  else if (registeredAbroad) place = `registered abroad (country code ${placeCode}, Circular 07/2016 Appendix II)`;
  else problems.push(problem('unknown-place', `the first three digits ${placeCode} are neither one of the 63 province codes (001–096) nor a country code (101–295)`));

  const currentYear = expect.currentYear ?? 2100;
  if (birthYear > currentYear) problems.push(problem('future-birth-year', `digits 4–6 (${input.slice(3, 6)}) give birth year ${birthYear}, after ${currentYear}`));
  if (expect.sex && expect.sex !== sex) {
    problems.push(problem('sex-mismatch', `the 4th digit ${d4} means ${sex}, but the holder is ${expect.sex} (expected ${centurySexDigit(birthYear, expect.sex)})`));
  }
  if (expect.birthYear !== undefined && expect.birthYear !== birthYear) {
    const sexForDigit = expect.sex ?? sex;
    problems.push(
      problem(
        'birth-year-mismatch',
        `digits 4–6 (${input.slice(3, 6)}) give birth year ${birthYear}, but the holder was born in ${expect.birthYear} (expected ${centurySexDigit(expect.birthYear, sexForDigit)}${String(expect.birthYear % 100).padStart(2, '0')})`,
      ),
    );
  }
  if (expect.birthProvinceCode !== undefined && placeCode !== `0${expect.birthProvinceCode}`) {
    problems.push(problem('province-mismatch', `the place code ${placeCode} is not the holder's province of birth registration (0${expect.birthProvinceCode})`));
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { id: input, placeCode, place, registeredAbroad, sex, century, birthYear, serial: input.slice(6) } };
}

/** True when `input` is a well-formed 12-digit personal ID. */
export function isPersonalId(input: string): boolean {
  return parsePersonalId(input).ok;
}
