/** The stimuli of the matching scenarios (none yet). */
export const matchingStimuli = {} as const;
