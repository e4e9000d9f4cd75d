import type { StateDeps } from '../../src/mock/system.js';
import type { World } from '../../src/mock/world.js';
import type { CivilRecord } from './contract.js';

/** The registers a number is taken from: births (khai sinh), deaths (khai tử), criminal record certificates (lý lịch tư pháp). */
export type Register = 'KS' | 'KT' | 'LLTP';

/** The civil-status system's state: its records and numbering; the people themselves live in the world. */
export interface CivilStatusState {
  readonly seed: number;
  readonly world: World;
  /** Birth and death records by registration number. */
  readonly records: Map<string, CivilRecord>;
  /** Registration numbers by what makes a record unique: a birth's mother, date and name; a medical certificate's facility and number. */
  readonly registered: Map<string, string>;
  /** The next number of a register, `<register>-<year>-<6 digits>`. */
  nextNumber(register: Register): string;
}

/** A fresh civil-status state: no records, every register numbered from 1. */
export function createCivilStatusState(deps: StateDeps): CivilStatusState {
  const counts: Record<Register, number> = { KS: 0, KT: 0, LLTP: 0 };
  return {
    seed: deps.seed,
    world: deps.world,
    records: new Map(),
    registered: new Map(),
    nextNumber: (register) => `${register}-${deps.world.today().slice(0, 4)}-${String(++counts[register]).padStart(6, '0')}`,
  };
}
