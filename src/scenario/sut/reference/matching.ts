import type { Handlers, Variant } from './core.js';

/** The reference system's handlers of the matching stimuli. */
export const matchingHandlers: Handlers<never> = {};

/** The faulty variants that break the matching requirements. */
export const matchingVariants: readonly Variant[] = [];
