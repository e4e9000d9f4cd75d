import type { SutFactory } from '../types.js';
import { createReferenceSystem } from './system.js';

export { createReferenceSystem, createVariantSystem, findVariant, variants } from './system.js';
export type { Variant } from './core.js';

/** The reference procedure system, as `vn06 run --sut reference` runs it. */
export function referenceSut(): SutFactory {
  return createReferenceSystem();
}
