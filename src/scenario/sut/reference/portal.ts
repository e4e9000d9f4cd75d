import type { Handlers, Variant } from './core.js';

/** The reference system's handlers of the portal stimuli. */
export const portalHandlers: Handlers<never> = {};

/** The faulty variants that break the portal requirements. */
export const portalVariants: readonly Variant[] = [];
