import type { Citizen } from '../../src/contract/citizen.js';
import { generatePopulation } from '../../src/generator/population.js';
import type { PopulationIndex } from '../../src/population/population-index.js';
import type { Conflict } from './contract.js';
import { LEGACY_CODE_FIXTURES } from './fixtures.js';
import { search } from '../../src/population/population-index.js';

/** The links between legacy 10-digit tax codes and personal IDs: the fixtures plus the codes the population holds. */
export interface LegacyLinks {
  /** The personal IDs a legacy code links to: none, one, or several (a conflict). */
  idsOf(code: string): readonly string[];
  /** The legacy codes linked to a citizen. */
  codesOf(citizen: Citizen): readonly string[];
  /** What keeps a citizen from being one clean link (several codes; a code shared with other IDs). */
  conflictsOf(citizen: Citizen): readonly Conflict[];
}

/** The population's legacy codes, sorted, with the personal ID (as a number) holding each: 16 bytes per code. */
interface CodeIndex {
  readonly codes: Float64Array;
  readonly owners: Float64Array;
}


/** Scans the population once (about 0.2 s per 100,000 citizens); the generator gives each legacy code to one citizen only. */
function buildCodeIndex(population: PopulationIndex): CodeIndex {
  const codes: number[] = [];
  const ids: number[] = [];
  for (const citizen of generatePopulation({ seed: population.seed, count: population.size, asOf: population.asOf })) {
    if (citizen.legacyTaxCode === null) continue;
    codes.push(Number(citizen.legacyTaxCode));
    ids.push(Number(citizen.personalId));
  }
  const sorted = Float64Array.from(codes).sort();
  const owners = new Float64Array(sorted.length);
  codes.forEach((code, i) => {
    owners[search(sorted, code)] = ids[i]!;
  });
  return { codes: sorted, owners };
}

/**
 * Built on first use and kept while the population lives: the population is read-only, so every harness built on it
 * (and every reset) shares one index instead of scanning again.
 */
const codeIndexes = new WeakMap<PopulationIndex, CodeIndex>();

function codeIndexOf(population: PopulationIndex): CodeIndex {
  let index = codeIndexes.get(population);
  if (!index) {
    index = buildCodeIndex(population);
    codeIndexes.set(population, index);
  }
  return index;
}

export function createLegacyLinks(population: PopulationIndex): LegacyLinks {
  const fixtureIds = new Map<string, string[]>();
  const fixtureCodes = new Map<string, string[]>();
  for (const { code, personalId } of LEGACY_CODE_FIXTURES) {
    fixtureIds.set(code, [...(fixtureIds.get(code) ?? []), personalId]);
    fixtureCodes.set(personalId, [...(fixtureCodes.get(personalId) ?? []), code]);
  }
  const idsOf = (code: string): readonly string[] => {
    const fixed = fixtureIds.get(code);
    if (fixed) return fixed;
    const index = codeIndexOf(population);
    const at = search(index.codes, Number(code));
    return at < 0 ? [] : [String(index.owners[at]!).padStart(12, '0')];
  };
  const codesOf = (citizen: Citizen): readonly string[] => {
    const fixed = fixtureCodes.get(citizen.personalId) ?? [];
    return citizen.legacyTaxCode === null || fixed.includes(citizen.legacyTaxCode) ? fixed : [...fixed, citizen.legacyTaxCode];
  };
  const conflictsOf = (citizen: Citizen): readonly Conflict[] => {
    const codes = codesOf(citizen);
    const conflicts: Conflict[] = codes.length > 1 ? [{ kind: 'two-codes-one-id', codes: [...codes] }] : [];
    for (const code of codes) {
      const holders = idsOf(code);
      if (holders.length > 1) conflicts.push({ kind: 'one-code-two-ids', code, personalIds: [...holders] });
    }
    return conflicts;
  };
  return { idsOf, codesOf, conflictsOf };
}
