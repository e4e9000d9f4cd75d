/** The stimuli of the connection scenarios (none yet). */
export const connectionStimuli = {} as const;
