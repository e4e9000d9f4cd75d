/**
 * The system under test: a ministry or provincial procedure system, driven by scenarios through one interface.
 * The reference system implements it in process; an external system implements it behind the HTTP driver contract.
 * (The stimuli are added as the scenarios need them.)
 */
export interface SystemUnderTest {
  readonly name: string;
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
