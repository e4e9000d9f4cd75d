import { chainsStimuli } from './chains.js';
import { connectionStimuli } from './connection.js';
import { lookupStimuli } from './lookup.js';
import { matchingStimuli } from './matching.js';
import { portalStimuli } from './portal.js';

/** Every stimulus of the driver contract, by name; one file of stimuli per requirement area. */
export const stimuli = { ...connectionStimuli, ...lookupStimuli, ...matchingStimuli, ...portalStimuli, ...chainsStimuli } as const;

export type Stimuli = typeof stimuli;
export type StimulusName = keyof Stimuli;
