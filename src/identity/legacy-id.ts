import { digitProblems, problem, type ParseResult } from './problem.js';
import { provinceIndex } from './provinces.js';

/** What an old 9-digit ID (CMND 9 số) says: only the issuing province block. */
export interface LegacyIdInfo {
  readonly id: string;
  readonly prefix: string;
  /** Provinces that issued numbers with this prefix (some prefixes were shared). */
  readonly provinces: readonly string[];
}

/**
 * Parses an old 9-digit ID: nine digits whose first two or three digits name the issuing province block.
 * The prefix list is partly uncertain (seeds/tables/provinces-63.json notes); the rest of the number is sequential.
 */
export function parseLegacyId(input: string): ParseResult<LegacyIdInfo> {
  const problems = digitProblems(input, 9, 'An old 9-digit ID');
  if (problems.length > 0) return { ok: false, problems };
  const byPrefix = provinceIndex().oldByCmndPrefix;
  const prefix = [input.slice(0, 3), input.slice(0, 2)].find((p) => byPrefix.has(p));
  if (!prefix) {
    return { ok: false, problems: [problem('unknown-prefix', `the prefix ${input.slice(0, 2)} is not one of the 9-digit ID province blocks (01–38)`)] };
  }
  return { ok: true, value: { id: input, prefix, provinces: byPrefix.get(prefix)!.map((p) => p.name) } };
}
