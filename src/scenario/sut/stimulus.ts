import type { z } from 'zod';
import type { RequirementId } from '../types.js';

/**
 * One thing a scenario asks the system under test to do (look up a citizen, submit a dossier, …): a name, the input
 * and output schemas, and the requirements it serves. The same definition types the in-process call, validates both
 * sides, and becomes one operation of the HTTP driver contract (`POST /driver/<name>`).
 */
export interface Stimulus<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly summary: string;
  readonly requirements: readonly RequirementId[];
  readonly input: I;
  readonly output: O;
}

/** Declares a stimulus; the identity function that keeps its schema types. */
export function defineStimulus<I extends z.ZodType, O extends z.ZodType>(stimulus: Stimulus<I, O>): Stimulus<I, O> {
  return stimulus;
}
