import type { z } from 'zod';
import type { StimulusName, Stimuli } from './stimuli/index.js';

/** The input a stimulus takes, as the caller writes it. */
export type StimulusInput<N extends StimulusName> = z.input<Stimuli[N]['input']>;
/** The output a stimulus gives, validated. */
export type StimulusOutput<N extends StimulusName> = z.output<Stimuli[N]['output']>;

/**
 * The system under test: a ministry or provincial procedure system, driven by scenarios through one interface, one
 * stimulus at a time. The reference system answers in process; an external system answers the same stimuli over
 * HTTP (`POST /driver/<name>`), behind a thin adapter its integrator writes.
 */
export interface SystemUnderTest {
  readonly name: string;
  call<N extends StimulusName>(name: N, input: StimulusInput<N>): Promise<StimulusOutput<N>>;
  close(): Promise<void>;
}

/** Where the mocks are and the credentials the SUT was issued; what a SUT needs to connect. */
export interface SutEnvironment {
  /** Base URL of the mocks (`vn06 serve` or the runner's loopback server). */
  readonly mocksUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly seed: number;
}

/** Makes a fresh SUT for one scenario. */
export type SutFactory = (env: SutEnvironment) => Promise<SystemUnderTest>;
