/** The stimuli of the portal scenarios (none yet). */
export const portalStimuli = {} as const;
