// Your procedure system, as the adapter sees it: start a session, stop it, and one function per stimulus.
//
// In this example "your system" is vn06's own reference procedure system, so the adapter can be run and tested as
// it is. In your stack, replace each operation with a call into your system (its API, a queue, a test hook), and
// make `start` point your system's NPD/portal/VNeID base URLs at `mocksUrl` with the given client credentials.
// The inputs and outputs of each operation are in the driver contract's OpenAPI document.
import { createReferenceSystem } from 'vn06/reference';
import { stimuli } from 'vn06/driver';

export const system = {
  /** Point the system at the mocks; returns whatever your operations need (here: a reference system instance). */
  async start({ mocksUrl, clientId, clientSecret, seed }) {
    return createReferenceSystem()({ mocksUrl, clientId, clientSecret, seed });
  },

  async stop(instance) {
    await instance.close();
  },

  /** One function per stimulus; here each forwards to the reference system. Replace the body with your system's call. */
  operations: Object.fromEntries(Object.keys(stimuli).map((name) => [name, (instance, input) => instance.call(name, input)])),
};
