import { stimuli, type StimulusName } from '../stimuli/index.js';
import type { SutFactory, SystemUnderTest } from '../types.js';
import { chainsHandlers, chainsVariants } from './chains.js';
import { connectionHandlers, connectionVariants } from './connection.js';
import { createCore, type Habit, type ReferenceCore, type Variant } from './core.js';
import { lookupHandlers, lookupVariants } from './lookup.js';
import { matchingHandlers, matchingVariants } from './matching.js';
import { portalHandlers, portalVariants } from './portal.js';

/** Every handler of the reference system, by stimulus: each area's file adds its own. */
const handlers = { ...connectionHandlers, ...lookupHandlers, ...matchingHandlers, ...portalHandlers, ...chainsHandlers } satisfies { [N in StimulusName]: unknown };

/** Every faulty variant of the reference system, each breaking one family of requirements the way real systems do. */
export const variants: readonly Variant[] = [...connectionVariants, ...lookupVariants, ...matchingVariants, ...portalVariants, ...chainsVariants];

/** A variant by ID, or undefined. */
export function findVariant(id: string): Variant | undefined {
  return variants.find((v) => v.id === id);
}

/**
 * The reference procedure system: talks to the mocks over real HTTP with undici and does everything right, unless
 * habits say otherwise. Every call validates its input and its own output against the stimulus schemas.
 */
export function createReferenceSystem(options: { name?: string; habits?: readonly Habit[] } = {}): SutFactory {
  return async (env) => {
    const core: ReferenceCore = createCore(env, new Set(options.habits ?? []));
    const sut: SystemUnderTest = {
      name: options.name ?? 'reference',
      async call(name, input) {
        const stimulus = stimuli[name];
        const parsed = stimulus.input.parse(input);
        const handler = handlers[name] as (core: ReferenceCore, input: unknown) => Promise<unknown>;
        return stimulus.output.parse(await handler(core, parsed)) as never;
      },
      close: () => core.close(),
    };
    return sut;
  };
}

/** The reference system with a faulty variant's habits, named after it. */
export function createVariantSystem(variant: Variant): SutFactory {
  return createReferenceSystem({ name: `reference+${variant.id}`, habits: variant.habits });
}
