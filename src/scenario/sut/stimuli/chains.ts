/** The stimuli of the lien-thong scenarios (none yet). */
export const chainsStimuli = {} as const;
