import type { Handlers, Variant } from './core.js';

/** The reference system's handlers of the lien-thong stimuli. */
export const chainsHandlers: Handlers<never> = {};

/** The faulty variants that break the lien-thong requirements. */
export const chainsVariants: readonly Variant[] = [];
